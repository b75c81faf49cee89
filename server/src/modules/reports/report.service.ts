import { isDeepStrictEqual } from 'node:util';
import type { EntityManager } from 'typeorm';
import { audit } from '../../core/audit';
import type { Context } from '../../core/context';
import { countRows } from '../../core/rows';
import { assertWritable } from '../../core/crud';
import { badInput, explainConstraint, notFound } from '../../core/errors';
import { applyListArgs, numericIds, parseId, searchPattern } from '../../core/graphql/list';
import { covers } from '../../core/tenancy/scope';
import { AdminUnitEntity } from '../units/unit.entity';
import { UnitService } from '../units/unit.service';
import type { GenerateReportArgs, ReportFilter, ReportListArgs } from './report.args';
import { ReportEntity } from './report.entity';
import { reportSnapshot, toReport } from './report.mappers';
import { obligationOf, reportedPlanId, unsubmittedBelow } from './report-obligation.repository';
import { changeReport, readableReport, recordEvent } from './report.repository';
import { computeSnapshot } from './report-snapshot';
import { daysLate, vietnamDay } from './report-timeliness';
import type { MissingReport, Report, ReportStatus } from './report.type';

explainConstraint('report_unit_year_unique', 'year', 'This unit already has a report for this year', 'REPORT_EXISTS');
explainConstraint('report_locked', 'status', 'An approved report is locked; the level above reopens it', 'REPORT_LOCKED');
explainConstraint('report_status_transition', 'status', 'This change of status is not allowed', 'REPORT_STATUS_STEP');
explainConstraint('report_correction_draft_only', 'status', 'Only a draft report is corrected', 'REPORT_CORRECTION_DRAFT_ONLY');

const SORTABLE = {
  year: 'r.year', status: 'r.status', dueDate: 'r.due_date', submittedAt: 'r.submitted_at', approvedAt: 'r.approved_at',
  unitId: 'u.code', unitCode: 'u.code', unitName: 'u.name', updatedAt: 'r.updated_at', id: 'r.id',
};

/** Yearly reports: listing and generation. Which rows exist for the caller is row-level security's decision. */
export class ReportService {
  private static filtered(manager: EntityManager, filter: ReportFilter = {}) {
    const qb = manager.createQueryBuilder(ReportEntity, 'r').innerJoin(AdminUnitEntity, 'u', 'u.id = r.unit_id');
    if (filter.ids) qb.andWhere('r.id = any(:ids)', { ids: numericIds(filter.ids) });
    if (filter.q) qb.andWhere('u.search like :pattern', { pattern: searchPattern(filter.q) });
    if (filter.unitId) qb.andWhere('r.unit_id = :unitId', { unitId: parseId('filter.unitId', filter.unitId) });
    if (filter.withinUnitId) {
      qb.andWhere('r.unit_path <@ (select w.path from admin_unit w where w.id = :withinId)', { withinId: parseId('filter.withinUnitId', filter.withinUnitId) });
    }
    if (filter.parentUnitId) qb.andWhere('u.parent_id = :parentId', { parentId: parseId('filter.parentUnitId', filter.parentUnitId) });
    if (filter.year != null) qb.andWhere('r.year = :year', { year: filter.year });
    if (filter.status) qb.andWhere('r.status = :status', { status: filter.status });
    if (filter.level) qb.andWhere('u.level = :level', { level: filter.level });
    return qb;
  }

  static async list(ctx: Context, args: ReportListArgs): Promise<Report[]> {
    const qb = ReportService.filtered(await ctx.db(), args.filter);
    return (await applyListArgs(qb, args, SORTABLE, 'year', args.filter?.ids?.length).getMany()).map((r) => toReport(r));
  }

  static async count(ctx: Context, filter?: ReportFilter): Promise<number> {
    return countRows(ctx, ReportService.filtered(await ctx.db(), filter));
  }

  static async byId(ctx: Context, id: string): Promise<Report | null> {
    const row = await (await ctx.db()).findOne(ReportEntity, { where: { id: parseId('id', id) } });
    return row ? toReport(row) : null;
  }

  /** A unit the caller reads, or NOT_FOUND (units are public, but another tenant's unit has nothing to show). */
  static async readableUnit(ctx: Context, field: string, unitId: string): Promise<AdminUnitEntity> {
    const unit = await UnitService.entity(await ctx.db(), parseId(field, unitId));
    if (!unit || !covers(ctx.scope.read, unit.path)) throw notFound('AdministrativeUnit', unitId);
    return unit;
  }

  /**
   * Generates the unit's report of the year from the governing reporting rule, or returns the one
   * that exists: a draft's snapshot is refreshed when the data changed, a submitted report is left as it is.
   */
  static async generate(ctx: Context, args: GenerateReportArgs): Promise<Report> {
    const manager = await ctx.db();
    const unit = await ReportService.readableUnit(ctx, 'unitId', args.unitId);
    assertWritable(ctx, unit.path);
    const thisYear = Number(vietnamDay(new Date()).slice(0, 4));
    if (args.year > thisYear) throw badInput('year', `${args.year} has not started: its report is generated once the year is under way`, 'REPORT_YEAR_NOT_STARTED', { year: args.year });
    const obligation = await obligationOf(manager, unit.id, args.year);
    if (!obligation) {
      throw badInput('unitId', `No yearly reporting rule of a plan in force in ${args.year} reaches ${unit.name}: it owes no report for that year`, 'REPORT_NO_OBLIGATION', {
        unit: unit.name, year: args.year,
      });
    }
    const planId = await reportedPlanId(manager, unit.id, args.year, obligation);
    const snapshot = await computeSnapshot(ctx, unit.id, args.year, planId);
    const rule = { reportingRuleId: obligation.reportingRuleId, planId, basis: obligation.basis, dueDate: obligation.dueDate, dueBefore: obligation.dueBefore };
    const existing = await manager.findOne(ReportEntity, { where: { unitId: unit.id, year: args.year } });
    if (existing) {
      const unchanged = isDeepStrictEqual({ ...rule, ...snapshot }, {
        reportingRuleId: existing.reportingRuleId, planId: existing.planId, basis: existing.basis, dueDate: existing.dueDate,
        dueBefore: existing.dueBefore, figures: existing.figures, taskProgress: existing.taskProgress,
      });
      if (existing.status !== 'DRAFT' || unchanged) return toReport(existing);
      return toReport(await changeReport(ctx, existing, existing.version, { ...rule, ...snapshot, computedAt: () => 'now()' }, 'UPDATE', { kind: 'REFRESHED' }));
    }
    const inserted = await manager.insert(ReportEntity, { unitId: unit.id, year: args.year, ...rule, ...snapshot, computedAt: new Date() });
    const created = await readableReport(manager, (inserted.identifiers[0] as { id: number }).id);
    await recordEvent(ctx, manager, created.id, { kind: 'GENERATED' });
    await audit(ctx, manager, { entity: 'Report', entityId: created.id, action: 'CREATE', unitId: created.unitId, after: reportSnapshot(created) });
    return toReport(created);
  }

  /** Units below the given one that owe a report for the year and have not submitted it, in tree order. */
  static async missing(ctx: Context, unitId: string, year: number): Promise<MissingReport[]> {
    const unit = await ReportService.readableUnit(ctx, 'unitId', unitId);
    const today = vietnamDay(new Date());
    return (await unsubmittedBelow(await ctx.db(), unit.path, year)).map((row) => ({
      unitId: row.unitId,
      dueDate: row.dueDate,
      dueBefore: row.dueBefore,
      daysLate: daysLate(row.dueDate, row.dueBefore, today),
      reportId: row.reportId,
      status: row.status as ReportStatus | null,
    }));
  }
}
