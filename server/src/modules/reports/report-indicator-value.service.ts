import { audit } from '../../core/audit';
import type { Context } from '../../core/context';
import { assertWritable } from '../../core/crud';
import { badInput, conflict, explainConstraint } from '../../core/errors';
import { parseId } from '../../core/graphql/list';
import { groupLoader } from '../../core/tenant-query';
import type { TargetUnit } from '../plans/plan.enums';
import type { ReportEntity } from './report.entity';
import { toReport } from './report.mappers';
import { readableReport } from './report.repository';
import { computeSnapshot } from './report-snapshot';
import type { ClearReportIndicatorValueArgs, ReportIndicatorValue, SetReportIndicatorValueArgs } from './report-indicator-value.type';
import type { Report } from './report.type';

explainConstraint('report_indicator_value_draft_only', 'status', 'Values are entered in a draft report only', 'REPORT_VALUE_DRAFT_ONLY');
explainConstraint('report_indicator_value_share', 'numerator', 'The part counted cannot exceed the whole', 'REPORT_VALUE_EXCEEDS_DENOMINATOR');

type ValueRow = { id: number; numerator: string; denominator: string | null };
type ApplicableRow = {
  report_id: number; code: string; name: string; name_en: string; unit: string; numerator: string | null; denominator: string | null;
  entries: number; total_numerator: string | null; total_denominator: string | null;
};

const WHOLE = /^\d+$/;
const plain = (value: string | null) => (value == null ? null : value.replace(/\.0+$/, '').replace(/(\.\d*?)0+$/, '$1'));

/**
 * Values of REPORTED indicators in the yearly reports (issue 7): each unit enters its own share in
 * its draft; a unit's actual value sums the values of its subtree. Only national indicators and
 * those of the report unit's ancestors apply (row-level security hides the others).
 */
export class ReportIndicatorValueService {
  static async set(ctx: Context, args: SetReportIndicatorValueArgs): Promise<Report> {
    const manager = await ctx.db();
    const report = await ReportIndicatorValueService.editable(ctx, args);
    const unit = await ReportIndicatorValueService.reportedIndicator(ctx, report, args.indicator);
    const { numerator, denominator } = ReportIndicatorValueService.validate(unit, args.numerator, args.denominator ?? null);
    const [before]: ValueRow[] = await manager.query('select id, numerator::text, denominator::text from report_indicator_value where report_id = $1 and indicator = $2',
      [report.id, args.indicator]);
    const [after]: ValueRow[] = await manager.query(
      `insert into report_indicator_value (report_id, indicator, numerator, denominator) values ($1, $2, $3, $4)
       on conflict (report_id, indicator) do update set numerator = excluded.numerator, denominator = excluded.denominator,
              version = report_indicator_value.version + 1, updated_at = now()
       returning id, numerator::text, denominator::text`,
      [report.id, args.indicator, numerator, denominator]);
    await ReportIndicatorValueService.touch(ctx, report, args.version);
    await audit(ctx, manager, {
      entity: 'ReportIndicatorValue', entityId: after.id, action: before ? 'UPDATE' : 'CREATE', unitId: report.unitId,
      before: before ? { reportId: report.id, indicator: args.indicator, numerator: plain(before.numerator), denominator: plain(before.denominator) } : undefined,
      after: { reportId: report.id, indicator: args.indicator, numerator: plain(after.numerator), denominator: plain(after.denominator) },
    });
    return toReport(await readableReport(manager, report.id));
  }

  static async clear(ctx: Context, args: ClearReportIndicatorValueArgs): Promise<Report> {
    const manager = await ctx.db();
    const report = await ReportIndicatorValueService.editable(ctx, args);
    // A DELETE answers [rows, rowCount] through TypeORM.
    const [[before]]: [ValueRow[], number] = await manager.query(
      'delete from report_indicator_value where report_id = $1 and indicator = $2 returning id, numerator::text, denominator::text', [report.id, args.indicator]);
    if (!before) throw badInput('indicator', `The report holds no value of ${args.indicator}`, 'REPORT_VALUE_ABSENT', { code: args.indicator });
    await ReportIndicatorValueService.touch(ctx, report, args.version);
    await audit(ctx, manager, {
      entity: 'ReportIndicatorValue', entityId: before.id, action: 'DELETE', unitId: report.unitId,
      before: { reportId: report.id, indicator: args.indicator, numerator: plain(before.numerator), denominator: plain(before.denominator) },
    });
    return toReport(await readableReport(manager, report.id));
  }

  /** The values section of reports: every REPORTED indicator that applies, entered or not, in one statement per batch. */
  static loader(ctx: Context) {
    return groupLoader(ctx, 'reports.indicatorValues',
      async (ids: number[]): Promise<ApplicableRow[]> => (await ctx.db()).query(
        `select r.id as report_id, i.code, i.name, i.name_en, i.unit::text as unit, v.numerator::text as numerator, v.denominator::text as denominator,
                s.entries, s.numerator::text as total_numerator, s.denominator::text as total_denominator
           from report r
           join target_indicator i on i.measurement = 'REPORTED' and i.owner_path @> r.unit_path
           left join report_indicator_value v on v.report_id = r.id and v.indicator = i.code
           cross join lateral (select count(*)::int as entries, sum(x.numerator) as numerator, sum(x.denominator) as denominator
                                 from report_indicator_value x where x.indicator = i.code and x.year = r.year and x.unit_path <@ r.unit_path) s
          where r.id = any($1)
          order by r.id, i.builtin desc, i.code`, [ids]),
      (row) => row.report_id,
      (row): ReportIndicatorValue => {
        const totalNumerator = row.entries > 0 ? Number(row.total_numerator) : null;
        const totalDenominator = row.entries > 0 && row.total_denominator != null ? Number(row.total_denominator) : null;
        const actual = totalNumerator == null ? null : row.unit === 'PERCENT' ? (totalDenominator ? (100 * totalNumerator) / totalDenominator : null) : totalNumerator;
        return {
          indicator: row.code, name: row.name, nameEn: row.name_en, unit: row.unit as TargetUnit, entered: row.numerator != null,
          numerator: plain(row.numerator), denominator: plain(row.denominator),
          totalNumerator: row.entries > 0 ? plain(row.total_numerator) : null, totalDenominator: row.entries > 0 ? plain(row.total_denominator) : null, actual,
        };
      });
  }

  /** A report the caller writes, still a draft, at the version the caller read. */
  private static async editable(ctx: Context, args: { id: string; version: number }): Promise<ReportEntity> {
    const report = await readableReport(await ctx.db(), parseId('id', args.id));
    assertWritable(ctx, report.unitPath);
    if (report.status !== 'DRAFT') {
      throw badInput('status', `A ${report.status} report is not changed: values are entered in a draft`, 'REPORT_VALUE_DRAFT_ONLY');
    }
    if (report.version !== args.version) throw conflict('Report', report.id);
    return report;
  }

  /** The indicator's unit, if it is a REPORTED indicator that applies to the report's unit (national or an ancestor's). */
  private static async reportedIndicator(ctx: Context, report: ReportEntity, code: string): Promise<TargetUnit> {
    const [row]: { unit: TargetUnit; measurement: string }[] = await (await ctx.db()).query(
      'select unit::text as unit, measurement::text as measurement from target_indicator where code = $1 and owner_path @> $2::ltree', [code, report.unitPath]);
    if (!row) throw badInput('indicator', `Unknown indicator ${code}`, 'INDICATOR_UNKNOWN', { code });
    if (row.measurement !== 'REPORTED') throw badInput('indicator', `${code} is computed from the data, not entered in reports`, 'INDICATOR_NOT_REPORTED', { code });
    return row.unit;
  }

  private static validate(unit: TargetUnit, numerator: string, denominator: string | null): { numerator: string; denominator: string | null } {
    if (numerator.startsWith('-')) throw badInput('numerator', 'A reported value is 0 or more', 'REPORT_VALUE_NEGATIVE');
    if (unit === 'PERCENT') {
      if (denominator == null) throw badInput('denominator', 'A percent is entered as a part and a whole: give the denominator', 'REPORT_VALUE_DENOMINATOR_REQUIRED');
      if (denominator.startsWith('-')) throw badInput('denominator', 'A reported value is 0 or more', 'REPORT_VALUE_NEGATIVE');
      if (!WHOLE.test(numerator)) throw badInput('numerator', 'The part and the whole of a percent are whole numbers', 'REPORT_VALUE_WHOLE_NUMBER');
      if (!WHOLE.test(denominator)) throw badInput('denominator', 'The part and the whole of a percent are whole numbers', 'REPORT_VALUE_WHOLE_NUMBER');
      if (BigInt(numerator) > BigInt(denominator)) throw badInput('numerator', 'The part counted cannot exceed the whole', 'REPORT_VALUE_EXCEEDS_DENOMINATOR');
      return { numerator, denominator };
    }
    if (denominator != null) throw badInput('denominator', 'Only a percent has a denominator', 'REPORT_VALUE_NO_DENOMINATOR');
    if (unit === 'COUNT' && !WHOLE.test(numerator)) throw badInput('numerator', 'A count is a whole number', 'REPORT_VALUE_WHOLE_NUMBER');
    return { numerator, denominator: null };
  }

  /**
   * The report changed: its tasks' progress is written again (the targets on REPORTED indicators
   * now read the value) and its version moves on, checked in the statement (CONFLICT against a
   * concurrent writer). The figures stay as they were taken: a value is not a refresh of the data.
   */
  private static async touch(ctx: Context, report: ReportEntity, version: number): Promise<void> {
    const { taskProgress } = await computeSnapshot(ctx, report.unitId, report.year, report.planId);
    const [, affected]: [unknown, number] = await (await ctx.db()).query(
      'update report set task_progress = $3::jsonb, version = version + 1, updated_at = now() where id = $1 and version = $2',
      [report.id, version, JSON.stringify(taskProgress)]);
    if (!affected) throw conflict('Report', report.id);
  }
}
