import type { EntityManager } from 'typeorm';
import type { Context } from '../../core/context';
import { pageCount, pageRows } from '../../core/rows';
import { RECORD_FIELDS } from '../workforce/tenant-record.type';
import { createAudited, deleteAudited, updateAudited } from '../../core/crud';
import { badInput, explainConstraint, notFound } from '../../core/errors';
import { applyListArgs, numericIds, parseId, searchPattern } from '../../core/graphql/list';
import { MediationTeamService } from '../workforce/mediation-team.service';
import { recordUnitOf, yearEnd } from '../workforce/record-unit';
import { assertRowWritable, optionalText, underUnit } from '../../core/tenant-query';
import type { CaseYearlyCountFilter, CaseYearlyCountListArgs, CreateCaseYearlyCountArgs, UpdateCaseYearlyCountArgs } from './case-yearly-count.args';
import { CaseYearlyCountEntity } from './case-yearly-count.entity';
import type { CaseYearlyCount } from './case-yearly-count.type';

const SUM_RULE = 'received must equal settled + notSettled + inProgress';
explainConstraint('case_yearly_count_team_year_unique', 'year', 'This team already has counts for this year: update them', 'CASE_COUNTS_EXIST');
explainConstraint('case_yearly_count_sum_check', 'received', SUM_RULE, 'CASE_COUNTS_SUM');

const COUNT = {
  name: 'CaseYearlyCount',
  entity: CaseYearlyCountEntity,
  snapshot: (c: CaseYearlyCountEntity) => ({
    unitId: c.unitId, teamId: c.teamId, year: c.year, received: c.received, settled: c.settled, notSettled: c.notSettled, inProgress: c.inProgress, note: c.note,
  }),
};

const SORTABLE = { year: 'y.year', teamId: 'y.team_id', received: 'y.received', settled: 'y.settled', unitId: 'y.unit_id', id: 'y.id' };

/** The columns CaseYearlyCount shows: lists read only these (no internal column, no entity hydration). */
export const YEARLY_COUNT_FIELDS = [
  ...RECORD_FIELDS, 'teamId', 'year', 'received', 'settled', 'notSettled', 'inProgress', 'note',
] as const;
export type CaseYearlyCountRow = Pick<CaseYearlyCountEntity, (typeof YEARLY_COUNT_FIELDS)[number]>;

export const toCaseYearlyCount = (c: CaseYearlyCountRow): CaseYearlyCount => ({
  id: c.id, unitId: c.unitId, synthetic: c.synthetic, version: c.version, createdAt: c.createdAt, updatedAt: c.updatedAt,
  teamId: c.teamId, year: c.year, received: c.received, settled: c.settled, notSettled: c.notSettled, inProgress: c.inProgress, note: c.note,
});

type Counts = { received: number; settled: number; notSettled: number; inProgress: number };

function counts(sent: Partial<Counts>, current: Counts): Counts {
  const settled = sent.settled ?? current.settled;
  const notSettled = sent.notSettled ?? current.notSettled;
  const inProgress = sent.inProgress ?? current.inProgress;
  const received = sent.received ?? settled + notSettled + inProgress;
  if (received !== settled + notSettled + inProgress) throw badInput('received', SUM_RULE, 'CASE_COUNTS_SUM');
  return { received, settled, notSettled, inProgress };
}

export class CaseYearlyCountService {
  private static filtered(manager: EntityManager, filter: CaseYearlyCountFilter = {}) {
    const qb = manager.createQueryBuilder(CaseYearlyCountEntity, 'y');
    if (filter.ids) qb.andWhere('y.id = any(:ids)', { ids: numericIds(filter.ids) });
    if (filter.q) qb.andWhere('y.team_id in (select t.id from mediation_team t where t.search like :pattern)', { pattern: searchPattern(filter.q) });
    if (filter.unitId) underUnit(qb, filter.unitId);
    if (filter.teamId) qb.andWhere('y.team_id = :teamId', { teamId: parseId('filter.teamId', filter.teamId) });
    if (filter.year != null) qb.andWhere('y.year = :year', { year: filter.year });
    return qb;
  }

  static async list(ctx: Context, args: CaseYearlyCountListArgs): Promise<CaseYearlyCount[]> {
    const qb = CaseYearlyCountService.filtered(await ctx.db(), args.filter);
    return (await pageRows(ctx, 'CaseYearlyCount', args.filter, applyListArgs(qb, args, SORTABLE, 'year', args.filter?.ids?.length), YEARLY_COUNT_FIELDS)).map(toCaseYearlyCount);
  }

  static async count(ctx: Context, filter?: CaseYearlyCountFilter): Promise<number> {
    return pageCount(ctx, 'CaseYearlyCount', filter, CaseYearlyCountService.filtered(await ctx.db(), filter));
  }

  static async byId(ctx: Context, id: string): Promise<CaseYearlyCount | null> {
    const row = await (await ctx.db()).findOne(CaseYearlyCountEntity, { where: { id: parseId('id', id) } });
    return row ? toCaseYearlyCount(row) : null;
  }

  static async create(ctx: Context, args: CreateCaseYearlyCountArgs): Promise<CaseYearlyCount> {
    const team = await MediationTeamService.readable(ctx, 'teamId', args.teamId);
    const values = counts(args, { received: 0, settled: 0, notSettled: 0, inProgress: 0 });
    const unit = await recordUnitOf(ctx, team, 'year', yearEnd(args.year));
    const inBook: unknown[] = await (await ctx.db()).query(
      `select 1 from mediation_case where team_id = $1 and received_on >= make_date($2, 1, 1) and received_on < make_date($2 + 1, 1, 1) limit 1`,
      [team.id, args.year],
    );
    if (inBook.length) throw badInput('year', `The team already keeps its ${args.year} case book in the platform: its figures come from the cases`, 'CASE_YEAR_KEPT_AS_BOOK', {
      year: args.year,
    });
    return toCaseYearlyCount(await createAudited(ctx, COUNT, {
      teamId: team.id, unitId: unit.id, year: args.year, ...values, note: optionalText(args.note) ?? null,
    }));
  }

  static async update(ctx: Context, args: UpdateCaseYearlyCountArgs): Promise<CaseYearlyCount> {
    const before = await (await ctx.db()).findOne(CaseYearlyCountEntity, { where: { id: parseId('id', args.id) } });
    if (!before) throw notFound('CaseYearlyCount', args.id);
    assertRowWritable(ctx, before);
    const changes: Partial<CaseYearlyCountEntity> = { ...counts(args, before) };
    if (args.note !== undefined) changes.note = optionalText(args.note) ?? null;
    return toCaseYearlyCount(await updateAudited(ctx, COUNT, before.id, args.version, changes));
  }

  static async remove(ctx: Context, id: string, version: number): Promise<CaseYearlyCount> {
    return toCaseYearlyCount(await deleteAudited(ctx, COUNT, parseId('id', id), version));
  }
}
