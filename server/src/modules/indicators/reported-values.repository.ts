import type { EntityManager } from 'typeorm';
import type { Context } from '../../core/context';
import type { ReportedSums } from './target-measure';

/** One REPORTED indicator for one unit's subtree and one year. */
export type ReportedGroup = { key: string; unitId: number; year: number; indicator: string };

type Row = { key: string; entries: number; numerator: string | null; denominator: string | null };

// PERF: one statement for a whole batch of (unit, year, indicator): the values of the batch's
// indicators and years are read once through (indicator, year) and summed into every group whose
// unit's subtree holds them. Row-level security applies: a caller sums only the reports it reads.
const REPORTED_SQL = `
with g as (
  select x.key, x.year, x.indicator, a.path
    from jsonb_to_recordset($1::jsonb) as x (key text, unit_id int, year int, indicator text)
    join admin_unit a on a.id = x.unit_id
)
select g.key, count(v.id)::int as entries, sum(v.numerator)::text as numerator, sum(v.denominator)::text as denominator
  from g
  left join report_indicator_value v on v.indicator = g.indicator and v.year = g.year and v.unit_path <@ g.path
 group by g.key`;

const sumsOf = (row: Row | undefined): ReportedSums => ({
  entries: row?.entries ?? 0,
  numerator: Number(row?.numerator ?? 0),
  denominator: row?.denominator == null ? null : Number(row.denominator),
});

async function sumsBy(run: (payload: string) => Promise<Row[]>, groups: ReportedGroup[]): Promise<ReportedSums[]> {
  if (groups.length === 0) return [];
  const payload = JSON.stringify(groups.map((g) => ({ key: g.key, unit_id: g.unitId, year: g.year, indicator: g.indicator })));
  const byKey = new Map((await run(payload)).map((row) => [row.key, row]));
  return groups.map((g) => sumsOf(byKey.get(g.key)));
}

/** The summed values of REPORTED indicators, in one prepared statement of the request. */
export function reportedSumsOf(ctx: Context, groups: ReportedGroup[]): Promise<ReportedSums[]> {
  return sumsBy((payload) => ctx.tx.prepared<Row>('indicators.reported', REPORTED_SQL, [payload]), groups);
}

/** The same on a connection of the caller's (report snapshots, also written by the demo generator as the owner). */
export function reportedSumsOn(manager: Pick<EntityManager, 'query'>, groups: ReportedGroup[]): Promise<ReportedSums[]> {
  return sumsBy((payload) => manager.query(REPORTED_SQL, [payload]) as Promise<Row[]>, groups);
}
