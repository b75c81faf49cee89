import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../core/context';
import { ListMetadata } from '../../core/graphql/list';
import { unitLoaders, unitById, type UnitAnswer } from '../units/unit.loader';
import { AdministrativeUnit } from '../units/unit.type';
import { workforceLoaders } from '../workforce/workforce.loader';
import { CreateHamletMoveArgs, HamletMoveListArgs, HamletMoveMetaArgs, UnassignedHamletListArgs, UnassignedHamletMetaArgs } from './hamlet-move.args';
import { hamletMoveLoaders, HamletMoveService, toHamletMove, UnassignedHamletService } from './hamlet-move.service';
import { HamletMove, UnassignedHamlet } from './hamlet-move.type';
import { Hamlet } from './hamlet.type';

const unitsOf = async (ctx: Context, ids: number[]): Promise<AdministrativeUnit[]> =>
  (await unitLoaders(ctx).byId.loadMany(ids)).filter((u): u is AdministrativeUnit => u != null && !(u instanceof Error));

@Resolver(() => HamletMove)
export class HamletMoveResolver {
  @Authorized()
  @Query(() => HamletMove, { nullable: true })
  HamletMove(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<HamletMove | null> {
    return HamletMoveService.byId(ctx, id);
  }

  @Authorized()
  @Query(() => [HamletMove], { description: 'Moves of hamlets across the 2025 reform, into or out of the units the caller reads' })
  allHamletMoves(@Args() args: HamletMoveListArgs, @Ctx() ctx: Context): Promise<HamletMove[]> {
    return HamletMoveService.list(ctx, args);
  }

  @Authorized()
  @Query(() => ListMetadata)
  async _allHamletMovesMeta(@Args() args: HamletMoveMetaArgs, @Ctx() ctx: Context): Promise<ListMetadata> {
    return { count: await HamletMoveService.count(ctx, args.filter) };
  }

  @Authorized('ADMIN')
  @Mutation(() => HamletMove, { description: 'Assigns a hamlet of a split or unmapped old commune to one of its candidate communes (admin of the destination\'s province)' })
  createHamletMove(@Args() args: CreateHamletMoveArgs, @Ctx() ctx: Context): Promise<HamletMove> {
    return HamletMoveService.create(ctx, args);
  }

  @FieldResolver(() => Hamlet, { nullable: true })
  hamlet(@Root() move: HamletMove, @Ctx() ctx: Context): Promise<Hamlet | null> {
    return workforceLoaders(ctx).hamletById.load(Number(move.hamletId));
  }

  @FieldResolver(() => AdministrativeUnit, { nullable: true })
  unit(@Root() move: HamletMove, @Ctx() ctx: Context): UnitAnswer {
    return unitById(ctx, move.unitId);
  }

  @FieldResolver(() => AdministrativeUnit, { nullable: true })
  fromUnit(@Root() move: HamletMove, @Ctx() ctx: Context): UnitAnswer {
    return unitById(ctx, move.fromUnitId);
  }
}

@Resolver(() => UnassignedHamlet)
export class UnassignedHamletResolver {
  @Authorized()
  @Query(() => UnassignedHamlet, { nullable: true })
  async UnassignedHamlet(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<UnassignedHamlet | null> {
    return (await UnassignedHamletService.list(ctx, { filter: { ids: [id] } }))[0] ?? null;
  }

  @Authorized()
  @Query(() => [UnassignedHamlet], { description: 'Hamlets still under a commune abolished in 2025, waiting to be assigned to a 2025 commune' })
  allUnassignedHamlets(@Args() args: UnassignedHamletListArgs, @Ctx() ctx: Context): Promise<UnassignedHamlet[]> {
    return UnassignedHamletService.list(ctx, args);
  }

  @Authorized()
  @Query(() => ListMetadata, { description: 'How many hamlets are still unassigned (same filter)' })
  async _allUnassignedHamletsMeta(@Args() args: UnassignedHamletMetaArgs, @Ctx() ctx: Context): Promise<ListMetadata> {
    return { count: await UnassignedHamletService.count(ctx, args.filter) };
  }

  @FieldResolver(() => AdministrativeUnit, { nullable: true, description: 'The abolished commune it is still under' })
  unit(@Root() hamlet: UnassignedHamlet, @Ctx() ctx: Context): UnitAnswer {
    return unitById(ctx, hamlet.unitId);
  }

  @FieldResolver(() => [ID], { description: 'The communes it may move to, in code order' })
  candidateIds(@Root() hamlet: UnassignedHamlet, @Ctx() ctx: Context): Promise<number[]> {
    return hamletMoveLoaders(ctx).candidates.load(Number(hamlet.id));
  }

  @FieldResolver(() => [AdministrativeUnit], { description: 'The communes it may move to, in code order' })
  async candidates(@Root() hamlet: UnassignedHamlet, @Ctx() ctx: Context): Promise<AdministrativeUnit[]> {
    return unitsOf(ctx, await hamletMoveLoaders(ctx).candidates.load(Number(hamlet.id)));
  }
}

/** The move of a hamlet, as a field of the hamlet. */
@Resolver(() => Hamlet)
export class HamletMoveFieldResolver {
  @FieldResolver(() => HamletMove, { nullable: true, description: 'Its move across the 2025 reform, if it moved' })
  async move(@Root() hamlet: Hamlet, @Ctx() ctx: Context): Promise<HamletMove | null> {
    if (!hamlet.movedOn) return null;
    const row = await hamletMoveLoaders(ctx).byHamlet.load(Number(hamlet.id));
    return row ? toHamletMove(row) : null;
  }
}
