import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../core/context';
import { ListMetadata } from '../../core/graphql/list';
import { unitById, type UnitAnswer } from '../units/unit.loader';
import { AdministrativeUnit } from '../units/unit.type';
import { toMediationTeam } from './mediation-team.service';
import { MediationTeam } from './mediation-team.type';
import { CreateTeamReviewArgs, TeamReviewListArgs, TeamReviewMetaArgs, UpdateTeamReviewArgs } from './team-review.args';
import { TeamReviewService } from './team-review.service';
import { TeamReview } from './team-review.type';
import { workforceLoaders } from './workforce.loader';

@Resolver(() => TeamReview)
export class TeamReviewResolver {
  @Authorized()
  @Query(() => TeamReview, { nullable: true })
  TeamReview(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<TeamReview | null> {
    return TeamReviewService.byId(ctx, id);
  }

  @Authorized()
  @Query(() => [TeamReview])
  allTeamReviews(@Args() args: TeamReviewListArgs, @Ctx() ctx: Context): Promise<TeamReview[]> {
    return TeamReviewService.list(ctx, args);
  }

  @Authorized()
  @Query(() => ListMetadata)
  async _allTeamReviewsMeta(@Args() args: TeamReviewMetaArgs, @Ctx() ctx: Context): Promise<ListMetadata> {
    return { count: await TeamReviewService.count(ctx, args.filter) };
  }

  @Authorized('WRITER')
  @Mutation(() => TeamReview)
  createTeamReview(@Args() args: CreateTeamReviewArgs, @Ctx() ctx: Context): Promise<TeamReview> {
    return TeamReviewService.create(ctx, args);
  }

  @Authorized('WRITER')
  @Mutation(() => TeamReview)
  updateTeamReview(@Args() args: UpdateTeamReviewArgs, @Ctx() ctx: Context): Promise<TeamReview> {
    return TeamReviewService.update(ctx, args);
  }

  @Authorized('WRITER')
  @Mutation(() => TeamReview)
  deleteTeamReview(@Arg('id', () => ID) id: string, @Arg('version', () => Int, { description: 'The version read: a stale one answers CONFLICT and deletes nothing' }) version: number, @Ctx() ctx: Context): Promise<TeamReview> {
    return TeamReviewService.remove(ctx, id, version);
  }

  @FieldResolver(() => MediationTeam, { nullable: true })
  async team(@Root() review: TeamReview, @Ctx() ctx: Context): Promise<MediationTeam | null> {
    const row = await workforceLoaders(ctx).teamById.load(Number(review.teamId));
    return row ? toMediationTeam(row) : null;
  }

  /**
   * The commune the record belongs to: where the team was at the year's end. A team that moved at
   * the 2025 reform keeps its earlier years under its former commune, so its own `unit` (today's)
   * would name the wrong one.
   */
  @FieldResolver(() => AdministrativeUnit, { nullable: true, description: "The commune the record belongs to: the team's at the year's end" })
  unit(@Root() review: TeamReview, @Ctx() ctx: Context): UnitAnswer {
    return unitById(ctx, review.unitId);
  }
}
