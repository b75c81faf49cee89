import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Info, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../core/context';
import { ListMetadata } from '../../core/graphql/list';
import { columnsFor } from '../../core/graphql/selection';
import { unitById, type UnitAnswer } from '../units/unit.loader';
import { AdministrativeUnit } from '../units/unit.type';
import { CreateHamletArgs, HamletListArgs, HamletMetaArgs, UpdateHamletArgs } from './hamlet.args';
import { HAMLET_READS, HamletService } from './hamlet.service';
import { Hamlet } from './hamlet.type';

@Resolver(() => Hamlet)
export class HamletResolver {
  @Authorized()
  @Query(() => Hamlet, { nullable: true })
  Hamlet(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Hamlet | null> {
    return HamletService.byId(ctx, id);
  }

  @Authorized()
  @Query(() => [Hamlet])
  allHamlets(@Args() args: HamletListArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<Hamlet[]> {
    return HamletService.list(ctx, args, columnsFor(HAMLET_READS, info));
  }

  @Authorized()
  @Query(() => ListMetadata)
  async _allHamletsMeta(@Args() args: HamletMetaArgs, @Ctx() ctx: Context): Promise<ListMetadata> {
    return { count: await HamletService.count(ctx, args.filter) };
  }

  @Authorized('WRITER')
  @Mutation(() => Hamlet)
  createHamlet(@Args() args: CreateHamletArgs, @Ctx() ctx: Context): Promise<Hamlet> {
    return HamletService.create(ctx, args);
  }

  @Authorized('WRITER')
  @Mutation(() => Hamlet)
  updateHamlet(@Args() args: UpdateHamletArgs, @Ctx() ctx: Context): Promise<Hamlet> {
    return HamletService.update(ctx, args);
  }

  @Authorized('WRITER')
  @Mutation(() => Hamlet)
  deleteHamlet(@Arg('id', () => ID) id: string, @Arg('version', () => Int, { description: 'The version read: a stale one answers CONFLICT and deletes nothing' }) version: number, @Ctx() ctx: Context): Promise<Hamlet> {
    return HamletService.remove(ctx, id, version);
  }

  @FieldResolver(() => AdministrativeUnit)
  unit(@Root() hamlet: Hamlet, @Ctx() ctx: Context): UnitAnswer {
    return unitById(ctx, hamlet.unitId);
  }

  @FieldResolver(() => AdministrativeUnit, { nullable: true, description: 'The commune it belonged to before the 2025 reform (formerUnitId)' })
  formerUnit(@Root() row: Hamlet, @Ctx() ctx: Context): UnitAnswer {
    return unitById(ctx, row.formerUnitId);
  }
}
