import type { Context } from '../../core/context';
import { badInput } from '../../core/errors';
import { pageOf, parseId, searchPattern } from '../../core/graphql/list';
import { covers, toLtreeArray } from '../../core/tenancy/scope';
import type { UnitLevel } from '../units/unit.type';
import type { ReportObligation, ReportObligationFilter, ReportObligationListArgs } from './report-obligation.type';
import { timelinessOf, vietnamDay } from './report-timeliness';
import type { ReportBasis, ReportStatus } from './report.type';

type Row = {
  unit_id: number; code: string; name: string; level: UnitLevel; path: string; due_date: string; due_before: boolean; basis: ReportBasis;
  report_id: number | null; status: ReportStatus | null; first_submitted_at: Date | null; submitted_at: Date | null;
};

// The units the caller reads that were in force during the year, narrowed by the filter; what each
// owes by the reporting rules (app.report_obligations, as the caller: only rules it reads count),
// and any report of the year generated under a rule since changed. A unit that neither owes nor
// has a report is left out.
const OBLIGATIONS_SQL = (narrowing: string) => `
  with units as materialized (
    select u.id, u.code, u.name, u.level, u.path from admin_unit u
     where u.path <@ any ($1::ltree[])
       and u.valid_from <= make_date($2, 12, 31) and (u.valid_to is null or u.valid_to >= make_date($2, 1, 1))
       ${narrowing}
  ), owed as (
    select * from app.report_obligations(array(select id from units), $2)
  )
  select a.id as unit_id, a.code, a.name, a.level, a.path::text as path,
         coalesce(o.due_date, r.due_date)::text as due_date, coalesce(o.due_before, r.due_before) as due_before,
         coalesce(o.basis, r.basis) as basis, r.id as report_id, r.status, r.first_submitted_at, r.submitted_at
    from units a
    left join owed o on o.unit_id = a.id
    left join report r on r.unit_id = a.id and r.year = $2
   where o.unit_id is not null or r.id is not null`;

const LEVELS = ['PROVINCE', 'DISTRICT', 'COMMUNE'];

const SORTABLE: Record<string, (o: ReportObligation) => string | number> = {
  unitCode: (o) => o.unitPath, unitId: (o) => o.unitPath, unitName: (o) => o.unitName, level: (o) => `${LEVELS.indexOf(o.unitLevel)}${o.unitPath}`, 'unit.level': (o) => `${LEVELS.indexOf(o.unitLevel)}${o.unitPath}`, dueDate: (o) => o.dueDate,
  status: (o) => o.status ?? '', daysLate: (o) => o.daysLate, timeliness: (o) => o.timeliness, submittedAt: (o) => o.submittedAt?.toISOString() ?? '',
};

/** "<unitId>-<year>" → its parts (the ids react-admin sends back). */
const parseObligationId = (id: string): { unitId: number; year: number } => {
  const [unit, year] = id.split('-');
  return { unitId: parseId('filter.ids', unit), year: Number(year) };
};

/**
 * The reports every unit in the caller's scope owes for a year, generated or not: the reports list
 * shows the due, late and missing ones before anybody generated a report.
 */
export class ReportObligationService {
  /**
   * The latest year, up to this one, in which a plan the caller reads asks for yearly reports: a
   * plan counts until its period ends, and only for years whose due date its unit is still in force
   * on (as app.report_obligations: the 2021 units ended on 30 June 2025, before the reports of 2025
   * were due on 15 November, so they last owed those of 2024; their successors report for 2025).
   */
  static async reportingYear(ctx: Context): Promise<number | null> {
    const thisYear = Number(vietnamDay(new Date()).slice(0, 4));
    const [row]: { year: number | null }[] = await (await ctx.db()).query(
      `select max(t.year)::int as year
         from (select p.year_from,
                      least(coalesce(p.period_to, $1), $1,
                            case when u.valid_to is null then $1
                                 else extract(year from u.valid_to)::int
                                      - case when make_date(extract(year from u.valid_to)::int, r.due_month, r.due_day) > u.valid_to then 1 else 0 end
                            end) as year
                 from plan p join reporting_rule r on r.plan_id = p.id join admin_unit u on u.id = p.unit_id
                where r.frequency = 'YEARLY' and p.status <> 'DRAFT' and p.year_from <= $1) t
        where t.year >= t.year_from`,
      [thisYear],
    );
    return row?.year ?? null;
  }

  /** The obligations a filter finds, computed once per request: the list and its count ask for the same. */
  private static all(ctx: Context, filter: ReportObligationFilter = {}): Promise<ReportObligation[]> {
    return ctx.loaders.get(`reports.obligations ${JSON.stringify(filter)}`, () => ReportObligationService.find(ctx, filter));
  }

  private static async find(ctx: Context, filter: ReportObligationFilter): Promise<ReportObligation[]> {
    const year = filter.year ?? (await ReportObligationService.reportingYear(ctx));
    if (year == null || ctx.scope.read.length === 0) return [];
    const params: unknown[] = [toLtreeArray(ctx.scope.read), year];
    const narrowing: string[] = [];
    const add = (sql: string, value: unknown) => {
      params.push(value);
      narrowing.push(sql.replace('?', `$${params.length}`));
    };
    if (filter.withinUnitId) add('and u.path <@ (select w.path from admin_unit w where w.id = ?)', parseId('filter.withinUnitId', filter.withinUnitId));
    if (filter.level) add('and u.level = ?', filter.level);
    if (filter.q) add('and u.search like ?', searchPattern(filter.q));
    if (filter.ids) {
      const ids = filter.ids.map(parseObligationId);
      if (ids.some((id) => id.year !== year)) throw badInput('filter.ids', 'The ids are of another year than the filter\'s', 'INVALID_ID');
      add('and u.id = any(?)', ids.map((id) => id.unitId));
    }
    const rows: Row[] = await (await ctx.db()).query(OBLIGATIONS_SQL(narrowing.join(' ')), params);
    const now = new Date();
    return rows
      .map((row) => ReportObligationService.toObligation(ctx, row, year, now))
      .filter((o) => filter.outstanding == null || filter.outstanding === (o.status == null || o.status === 'DRAFT'))
      .filter((o) => filter.timeliness == null || filter.timeliness === o.timeliness);
  }

  private static toObligation(ctx: Context, row: Row, year: number, now: Date): ReportObligation {
    const { timeliness, daysLate } = timelinessOf({ dueDate: row.due_date, dueBefore: row.due_before, firstSubmittedAt: row.first_submitted_at }, now);
    return {
      id: `${row.unit_id}-${year}`,
      unitId: row.unit_id,
      year,
      dueDate: row.due_date,
      dueBefore: row.due_before,
      basis: row.basis,
      reportId: row.report_id,
      status: row.status,
      timeliness,
      daysLate,
      submittedAt: row.submitted_at,
      writable: covers(ctx.scope.write, row.path),
      unitPath: row.path,
      unitCode: row.code,
      unitName: row.name,
      unitLevel: row.level,
    };
  }

  static async list(ctx: Context, args: ReportObligationListArgs): Promise<ReportObligation[]> {
    const { offset, limit } = pageOf(args, args.filter?.ids?.length);
    const key = SORTABLE[args.sortField ?? 'unitCode'];
    if (!key) throw badInput('sortField', `sortField must be one of: ${Object.keys(SORTABLE).join(', ')}`, 'SORT_FIELD_UNKNOWN', { allowed: Object.keys(SORTABLE) });
    const order = (args.sortOrder ?? 'ASC').toUpperCase();
    if (order !== 'ASC' && order !== 'DESC') throw badInput('sortOrder', 'sortOrder must be ASC or DESC', 'SORT_ORDER_INVALID');
    const sign = order === 'ASC' ? 1 : -1;
    const all = await ReportObligationService.all(ctx, args.filter);
    const compare = (a: ReportObligation, b: ReportObligation) => {
      const x = key(a);
      const y = key(b);
      return (x < y ? -1 : x > y ? 1 : a.unitPath.localeCompare(b.unitPath)) * sign;
    };
    return [...all].sort(compare).slice(offset, offset + limit);
  }

  static async count(ctx: Context, filter?: ReportObligationFilter): Promise<number> {
    return (await ReportObligationService.all(ctx, filter)).length;
  }
}
