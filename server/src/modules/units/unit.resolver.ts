import type { GraphQLResolveInfo } from 'graphql';
import { Args, Authorized, Ctx, FieldResolver, ID, Arg, Info, Query, Resolver, Root } from 'type-graphql';
import { columnsFor } from '../../core/graphql/selection';
import type { Context } from '../../core/context';
import { ListMetadata } from '../../core/graphql/list';
import { AdministrativeUnitListArgs, AdministrativeUnitMetaArgs, ChildrenArgs } from './unit.args';
import { childrenAsked, childrenPage, unitById, unitLoaders, type UnitAnswer } from './unit.loader';
import { UNIT_READS, UnitService } from './unit.service';
import { AdministrativeUnit, SuccessionLink, UnitName } from './unit.type';

@Resolver(() => AdministrativeUnit)
export class AdministrativeUnitResolver {
  @Authorized()
  @Query(() => AdministrativeUnit, { nullable: true })
  AdministrativeUnit(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<AdministrativeUnit | null> {
    return UnitService.byId(ctx, id);
  }

  @Authorized()
  // Nullable: a list that fails (e.g. too many units to sort by an indicator) is null with its
  // error, and the other fields of the same request still answer (issue 8, 3b).
  @Query(() => [AdministrativeUnit], { nullable: true })
  allAdministrativeUnits(@Args() args: AdministrativeUnitListArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<AdministrativeUnit[]> {
    return UnitService.list(ctx, args, columnsFor(UNIT_READS, info), childrenAsked(ctx, info));
  }

  @Authorized()
  @Query(() => ListMetadata, { nullable: true })
  async _allAdministrativeUnitsMeta(@Args() args: AdministrativeUnitMetaArgs, @Ctx() ctx: Context): Promise<ListMetadata> {
    return { count: await UnitService.count(ctx, args.filter) };
  }

  @FieldResolver(() => AdministrativeUnit, { nullable: true })
  parent(@Root() unit: AdministrativeUnit, @Ctx() ctx: Context): UnitAnswer {
    return unitById(ctx, unit.parentId);
  }

  @FieldResolver(() => [AdministrativeUnit])
  children(@Root() unit: AdministrativeUnit, @Args() { page, perPage }: ChildrenArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): AdministrativeUnit[] | Promise<AdministrativeUnit[]> {
    return childrenPage(ctx, { parentId: Number(unit.id), offset: page * perPage, limit: perPage, shape: columnsFor(UNIT_READS, info) });
  }

  @FieldResolver(() => [SuccessionLink], { description: 'The units this one became in the 2025 reorganisation' })
  async successors(@Root() unit: AdministrativeUnit, @Ctx() ctx: Context): Promise<SuccessionLink[]> {
    return (await unitLoaders(ctx).successors.load(Number(unit.id))).links;
  }

  @FieldResolver(() => [SuccessionLink], { description: 'The units this one was formed from' })
  async predecessors(@Root() unit: AdministrativeUnit, @Ctx() ctx: Context): Promise<SuccessionLink[]> {
    return (await unitLoaders(ctx).predecessors.load(Number(unit.id))).links;
  }

  @FieldResolver(() => Boolean, { description: 'True for a 2021 unit the 2025 mapping does not cover: reported, never guessed' })
  async unmapped(@Root() unit: AdministrativeUnit, @Ctx() ctx: Context): Promise<boolean> {
    return (await unitLoaders(ctx).successors.load(Number(unit.id))).unmapped;
  }

  @FieldResolver(() => [UnitName], { description: 'Name changes in force from a date (empty when the name never changed)' })
  names(@Root() unit: AdministrativeUnit, @Ctx() ctx: Context): Promise<UnitName[]> {
    return unitLoaders(ctx).names.load(Number(unit.id));
  }
}
