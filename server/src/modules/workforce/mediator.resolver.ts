import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Info, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../core/context';
import { ListMetadata } from '../../core/graphql/list';
import { columnsFor } from '../../core/graphql/selection';
import { unitById, type UnitAnswer } from '../units/unit.loader';
import { AdministrativeUnit } from '../units/unit.type';
import { toMediationTeam } from './mediation-team.service';
import { MediationTeam } from './mediation-team.type';
import { CreateMediatorArgs, MediatorListArgs, MediatorMetaArgs, UpdateMediatorArgs } from './mediator.args';
import { MEDIATOR_READS, MediatorService } from './mediator.service';
import { Mediator } from './mediator.type';
import { workforceLoaders } from './workforce.loader';

@Resolver(() => Mediator)
export class MediatorResolver {
  @Authorized()
  @Query(() => Mediator, { nullable: true })
  Mediator(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Mediator | null> {
    return MediatorService.byId(ctx, id);
  }

  @Authorized()
  @Query(() => [Mediator])
  allMediators(@Args() args: MediatorListArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<Mediator[]> {
    return MediatorService.list(ctx, args, columnsFor(MEDIATOR_READS, info));
  }

  @Authorized()
  @Query(() => ListMetadata)
  async _allMediatorsMeta(@Args() args: MediatorMetaArgs, @Ctx() ctx: Context): Promise<ListMetadata> {
    return { count: await MediatorService.count(ctx, args.filter) };
  }

  @Authorized('WRITER')
  @Mutation(() => Mediator)
  createMediator(@Args() args: CreateMediatorArgs, @Ctx() ctx: Context): Promise<Mediator> {
    return MediatorService.create(ctx, args);
  }

  @Authorized('WRITER')
  @Mutation(() => Mediator)
  updateMediator(@Args() args: UpdateMediatorArgs, @Ctx() ctx: Context): Promise<Mediator> {
    return MediatorService.update(ctx, args);
  }

  @Authorized('WRITER')
  @Mutation(() => Mediator)
  deleteMediator(@Arg('id', () => ID) id: string, @Arg('version', () => Int, { description: 'The version read: a stale one answers CONFLICT and deletes nothing' }) version: number, @Ctx() ctx: Context): Promise<Mediator> {
    return MediatorService.remove(ctx, id, version);
  }

  @FieldResolver(() => AdministrativeUnit, { nullable: true })
  unit(@Root() mediator: Mediator, @Ctx() ctx: Context): UnitAnswer {
    return unitById(ctx, mediator.unitId);
  }

  @FieldResolver(() => AdministrativeUnit, { nullable: true, description: 'The commune it belonged to before the 2025 reform (formerUnitId)' })
  formerUnit(@Root() row: Mediator, @Ctx() ctx: Context): UnitAnswer {
    return unitById(ctx, row.formerUnitId);
  }

  @FieldResolver(() => MediationTeam, { nullable: true })
  async team(@Root() mediator: Mediator, @Ctx() ctx: Context): Promise<MediationTeam | null> {
    const row = await workforceLoaders(ctx).teamById.load(Number(mediator.teamId));
    return row ? toMediationTeam(row) : null;
  }
}
