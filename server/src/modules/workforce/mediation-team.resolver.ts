import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Info, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../core/context';
import { ListMetadata } from '../../core/graphql/list';
import { columnsFor } from '../../core/graphql/selection';
import { Hamlet } from '../hamlets/hamlet.type';
import { unitById, type UnitAnswer } from '../units/unit.loader';
import { AdministrativeUnit } from '../units/unit.type';
import { CreateMediationTeamArgs, MediationTeamListArgs, MediationTeamMetaArgs, UpdateMediationTeamArgs } from './mediation-team.args';
import { MediationTeamService, TEAM_READS } from './mediation-team.service';
import { MediationTeam, TeamCompliance } from './mediation-team.type';
import { MEDIATOR_READS, toMediator } from './mediator.service';
import { Mediator } from './mediator.type';
import { toTeamReview } from './team-review.service';
import { TeamReview } from './team-review.type';
import { mediatorsAsked, mediatorsOfTeam, workforceLoaders } from './workforce.loader';

@Resolver(() => MediationTeam)
export class MediationTeamResolver {
  @Authorized()
  @Query(() => MediationTeam, { nullable: true })
  MediationTeam(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<MediationTeam | null> {
    return MediationTeamService.byId(ctx, id);
  }

  @Authorized()
  @Query(() => [MediationTeam])
  allMediationTeams(@Args() args: MediationTeamListArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<MediationTeam[]> {
    return MediationTeamService.list(ctx, args, columnsFor(TEAM_READS, info), mediatorsAsked(info));
  }

  @Authorized()
  @Query(() => ListMetadata)
  async _allMediationTeamsMeta(@Args() args: MediationTeamMetaArgs, @Ctx() ctx: Context): Promise<ListMetadata> {
    return { count: await MediationTeamService.count(ctx, args.filter) };
  }

  @Authorized('WRITER')
  @Mutation(() => MediationTeam)
  createMediationTeam(@Args() args: CreateMediationTeamArgs, @Ctx() ctx: Context): Promise<MediationTeam> {
    return MediationTeamService.create(ctx, args);
  }

  @Authorized('WRITER')
  @Mutation(() => MediationTeam)
  updateMediationTeam(@Args() args: UpdateMediationTeamArgs, @Ctx() ctx: Context): Promise<MediationTeam> {
    return MediationTeamService.update(ctx, args);
  }

  @Authorized('WRITER')
  @Mutation(() => MediationTeam)
  deleteMediationTeam(@Arg('id', () => ID) id: string, @Arg('version', () => Int, { description: 'The version read: a stale one answers CONFLICT and deletes nothing' }) version: number, @Ctx() ctx: Context): Promise<MediationTeam> {
    return MediationTeamService.remove(ctx, id, version);
  }

  @FieldResolver(() => AdministrativeUnit, { nullable: true })
  unit(@Root() team: MediationTeam, @Ctx() ctx: Context): UnitAnswer {
    return unitById(ctx, team.unitId);
  }

  @FieldResolver(() => AdministrativeUnit, { nullable: true, description: 'The commune it belonged to before the 2025 reform (formerUnitId)' })
  formerUnit(@Root() row: MediationTeam, @Ctx() ctx: Context): UnitAnswer {
    return unitById(ctx, row.formerUnitId);
  }

  @FieldResolver(() => Hamlet, { nullable: true })
  hamlet(@Root() team: MediationTeam, @Ctx() ctx: Context): Promise<Hamlet | null> {
    return workforceLoaders(ctx).hamletById.load(Number(team.hamletId));
  }

  @FieldResolver(() => Mediator, { nullable: true })
  async leader(@Root() team: MediationTeam, @Ctx() ctx: Context): Promise<Mediator | null> {
    if (team.leaderMediatorId == null) return null;
    const row = await workforceLoaders(ctx).mediatorById.load(Number(team.leaderMediatorId));
    return row ? toMediator(row) : null;
  }

  @FieldResolver(() => [Mediator], { description: 'Active mediators first, then those who left' })
  mediators(@Root() team: MediationTeam, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Mediator[] | Promise<Mediator[]> {
    return mediatorsOfTeam(ctx, Number(team.id), columnsFor(MEDIATOR_READS, info));
  }

  @FieldResolver(() => [TeamReview], { description: 'Yearly consolidation reviews, oldest first' })
  async reviews(@Root() team: MediationTeam, @Ctx() ctx: Context): Promise<TeamReview[]> {
    return (await workforceLoaders(ctx).reviewsByTeam.load(Number(team.id))).map(toTeamReview);
  }

  @FieldResolver(() => TeamCompliance, { description: 'Law 35/2013 art. 12 checked on live data: flagged, never refused' })
  async compliance(@Root() team: MediationTeam, @Ctx() ctx: Context): Promise<TeamCompliance> {
    const found = await workforceLoaders(ctx).complianceByTeam.load(Number(team.id));
    if (!found) throw new Error(`No compliance row for team ${team.id}`);
    return found;
  }
}
