import type { EntityManager } from 'typeorm';
import type { Context } from '../../core/context';
import { pageCount, pageRows } from '../../core/rows';
import { RECORD_FIELDS } from './tenant-record.type';
import { createAudited, deleteAudited, updateAudited } from '../../core/crud';
import { badInput, explainConstraint, notFound } from '../../core/errors';
import { applyListArgs, numericIds, parseId, searchPattern } from '../../core/graphql/list';
import { MediationTeamService } from './mediation-team.service';
import { recordUnitOf, yearEnd } from './record-unit';
import type { CreateTeamReviewArgs, TeamReviewFilter, TeamReviewListArgs, UpdateTeamReviewArgs } from './team-review.args';
import { TeamReviewEntity } from './team-review.entity';
import type { TeamReview } from './team-review.type';
import { assertRowWritable, optionalText, underUnit } from '../../core/tenant-query';

const NOT_REVIEWED = 'A team that was not reviewed cannot have been brought to compliance by the review';
explainConstraint('team_review_team_year_unique', 'year', 'This team already has a review for this year', 'TEAM_REVIEW_EXISTS');
explainConstraint('team_review_compliant_check', 'compliantAfter', NOT_REVIEWED, 'TEAM_REVIEW_COMPLIANT_NOT_REVIEWED');

const REVIEW = {
  name: 'TeamReview',
  entity: TeamReviewEntity,
  snapshot: (r: TeamReviewEntity) => ({ unitId: r.unitId, teamId: r.teamId, year: r.year, reviewed: r.reviewed, compliantAfter: r.compliantAfter, note: r.note }),
};

const SORTABLE = { year: 'r.year', teamId: 'r.team_id', reviewed: 'r.reviewed', compliantAfter: 'r.compliant_after', unitId: 'r.unit_id', createdAt: 'r.created_at', id: 'r.id' };

/** The columns TeamReview shows: lists read only these (no internal column, no entity hydration). */
export const REVIEW_FIELDS = [
  ...RECORD_FIELDS, 'teamId', 'year', 'reviewed', 'compliantAfter', 'note',
] as const;
export type TeamReviewRow = Pick<TeamReviewEntity, (typeof REVIEW_FIELDS)[number]>;

export const toTeamReview = (r: TeamReviewRow): TeamReview => ({
  id: r.id, unitId: r.unitId, synthetic: r.synthetic, version: r.version, createdAt: r.createdAt, updatedAt: r.updatedAt,
  teamId: r.teamId, year: r.year, reviewed: r.reviewed, compliantAfter: r.compliantAfter, note: r.note,
});

function checkCompliantAfter(reviewed: boolean, compliantAfter: boolean): void {
  if (compliantAfter && !reviewed) throw badInput('compliantAfter', NOT_REVIEWED, 'TEAM_REVIEW_COMPLIANT_NOT_REVIEWED');
}

export class TeamReviewService {
  private static filtered(manager: EntityManager, filter: TeamReviewFilter = {}) {
    const qb = manager.createQueryBuilder(TeamReviewEntity, 'r');
    if (filter.ids) qb.andWhere('r.id = any(:ids)', { ids: numericIds(filter.ids) });
    if (filter.q) qb.andWhere('r.team_id in (select t.id from mediation_team t where t.search like :pattern)', { pattern: searchPattern(filter.q) });
    if (filter.unitId) underUnit(qb, filter.unitId);
    if (filter.teamId) qb.andWhere('r.team_id = :teamId', { teamId: parseId('filter.teamId', filter.teamId) });
    if (filter.year != null) qb.andWhere('r.year = :year', { year: filter.year });
    if (filter.reviewed != null) qb.andWhere('r.reviewed = :reviewed', { reviewed: filter.reviewed });
    if (filter.compliantAfter != null) qb.andWhere('r.compliant_after = :compliantAfter', { compliantAfter: filter.compliantAfter });
    return qb;
  }

  static async list(ctx: Context, args: TeamReviewListArgs): Promise<TeamReview[]> {
    const qb = TeamReviewService.filtered(await ctx.db(), args.filter);
    return (await pageRows(ctx, 'TeamReview', args.filter, applyListArgs(qb, args, SORTABLE, 'year', args.filter?.ids?.length), REVIEW_FIELDS)).map(toTeamReview);
  }

  static async count(ctx: Context, filter?: TeamReviewFilter): Promise<number> {
    return pageCount(ctx, 'TeamReview', filter, TeamReviewService.filtered(await ctx.db(), filter));
  }

  static async byId(ctx: Context, id: string): Promise<TeamReview | null> {
    const row = await (await ctx.db()).findOne(TeamReviewEntity, { where: { id: parseId('id', id) } });
    return row ? toTeamReview(row) : null;
  }

  static async create(ctx: Context, args: CreateTeamReviewArgs): Promise<TeamReview> {
    const team = await MediationTeamService.readable(ctx, 'teamId', args.teamId);
    const compliantAfter = args.compliantAfter ?? false;
    checkCompliantAfter(args.reviewed, compliantAfter);
    const unit = await recordUnitOf(ctx, team, 'year', yearEnd(args.year));
    return toTeamReview(await createAudited(ctx, REVIEW, {
      teamId: team.id, unitId: unit.id, year: args.year, reviewed: args.reviewed, compliantAfter, note: optionalText(args.note) ?? null,
    }));
  }

  static async update(ctx: Context, args: UpdateTeamReviewArgs): Promise<TeamReview> {
    const before = await (await ctx.db()).findOne(TeamReviewEntity, { where: { id: parseId('id', args.id) } });
    if (!before) throw notFound('TeamReview', args.id);
    assertRowWritable(ctx, before);
    const changes: Partial<TeamReviewEntity> = {};
    if (args.reviewed != null) changes.reviewed = args.reviewed;
    if (args.compliantAfter != null) changes.compliantAfter = args.compliantAfter;
    if (args.note !== undefined) changes.note = optionalText(args.note) ?? null;
    checkCompliantAfter(changes.reviewed ?? before.reviewed, changes.compliantAfter ?? before.compliantAfter);
    return toTeamReview(await updateAudited(ctx, REVIEW, before.id, args.version, changes));
  }

  static async remove(ctx: Context, id: string, version: number): Promise<TeamReview> {
    return toTeamReview(await deleteAudited(ctx, REVIEW, parseId('id', id), version));
  }
}
