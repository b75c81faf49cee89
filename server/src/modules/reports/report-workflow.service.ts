import type { Context } from '../../core/context';
import { assertWritable } from '../../core/crud';
import { audit } from '../../core/audit';
import { badInput, conflict, forbidden } from '../../core/errors';
import { parseId } from '../../core/graphql/list';
import { writesAbove } from './report-actions';
import type { CorrectReportFigureArgs, ReopenReportArgs, ReportVersionArgs } from './report.args';
import { ReportEntity } from './report.entity';
import { reportSnapshot, TASK_PROGRESS_PREFIX, toReport } from './report.mappers';
import { obligationOf, reportedPlanId, unsubmittedChildren } from './report-obligation.repository';
import { changeReport, readableReport } from './report.repository';
import { computeSnapshot, REPORT_FIGURES, type ReportFigureName } from './report-snapshot';
import { timelinessOf } from './report-timeliness';
import { type Report, ReportAction, ReportTimeliness } from './report.type';

const MAX_FIGURE = 10_000_000;

const DONE: Record<ReportAction, string> = {
  SUBMIT: 'submitted', APPROVE: 'approved', REOPEN: 'reopened', CORRECT: 'corrected (ask the level above to reopen it)', WITHDRAW: 'withdrawn',
};

/**
 * The workflow: DRAFT → SUBMITTED → APPROVED, reopening, and corrections of a draft.
 *
 * Decision on "a district cannot approve until all its communes have submitted": both the
 * submission and the approval of a report wait for every unit directly below that owes a report
 * of the year (by the reporting rules) to have submitted it. A district thus cannot sign off its
 * consolidated report while a commune is missing, and the province cannot approve it after a
 * commune report was reopened meanwhile.
 */
export class ReportWorkflowService {
  private static async load(ctx: Context, args: ReportVersionArgs): Promise<ReportEntity> {
    return readableReport(await ctx.db(), parseId('id', args.id));
  }

  private static requireStatus(report: ReportEntity, allowed: ReportEntity['status'][], action: ReportAction): void {
    if (!allowed.includes(report.status)) throw badInput('status', `A ${report.status} report cannot be ${DONE[action]}`, 'REPORT_STATUS_STEP', { status: report.status, action });
  }

  /** Approving and reopening belong to the level above: the write scope must cover the parent unit. */
  private static requireLevelAbove(ctx: Context, report: ReportEntity): void {
    if (!writesAbove(ctx, report.unitPath)) throw forbidden('Only the level above the reporting unit approves or reopens its report', 'LEVEL_ABOVE_ONLY');
  }

  private static async requireChildrenSubmitted(ctx: Context, report: ReportEntity): Promise<void> {
    const missing = await unsubmittedChildren(await ctx.db(), report.unitId, report.year);
    if (missing.length > 0) {
      const names = missing.slice(0, 5).map((unit) => `${unit.name} (${unit.code})`).join(', ');
      throw badInput('status', `${missing.length} unit(s) below have not submitted their ${report.year} report: ${names}${missing.length > 5 ? ', ...' : ''}`,
        'REPORT_CHILDREN_NOT_SUBMITTED', { count: missing.length, year: report.year, units: missing.slice(0, 5).map((unit) => `${unit.name} (${unit.code})`) });
    }
  }

  static async submit(ctx: Context, args: ReportVersionArgs): Promise<Report> {
    const report = await ReportWorkflowService.load(ctx, args);
    assertWritable(ctx, report.unitPath);
    ReportWorkflowService.requireStatus(report, ['DRAFT'], ReportAction.SUBMIT);
    await ReportWorkflowService.requireChildrenSubmitted(ctx, report);
    // The snapshot is taken again at submission: what is submitted is the data of that moment.
    const manager = await ctx.db();
    const obligation = await obligationOf(manager, report.unitId, report.year);
    const planId = obligation ? await reportedPlanId(manager, report.unitId, report.year, obligation) : report.planId;
    const snapshot = await computeSnapshot(ctx, report.unitId, report.year, planId);
    const due = obligation ? { dueDate: obligation.dueDate, dueBefore: obligation.dueBefore, reportingRuleId: obligation.reportingRuleId } : {};
    const now = new Date();
    const firstSubmittedAt = report.firstSubmittedAt ?? now;
    const onTime = timelinessOf({ ...report, ...due, firstSubmittedAt }).timeliness === ReportTimeliness.ON_TIME;
    const changes = {
      ...due, ...snapshot, planId, status: 'SUBMITTED' as const, computedAt: now, submittedAt: now, firstSubmittedAt,
      submittedBy: ctx.caller?.userId ?? null,
    };
    return toReport(await changeReport(ctx, report, args.version, changes, 'TRANSITION', { kind: 'SUBMITTED', onTime }));
  }

  static async approve(ctx: Context, args: ReportVersionArgs): Promise<Report> {
    const report = await ReportWorkflowService.load(ctx, args);
    ReportWorkflowService.requireLevelAbove(ctx, report);
    ReportWorkflowService.requireStatus(report, ['SUBMITTED'], ReportAction.APPROVE);
    await ReportWorkflowService.requireChildrenSubmitted(ctx, report);
    const changes = { status: 'APPROVED' as const, approvedAt: () => 'now()', approvedBy: ctx.caller?.userId ?? null };
    return toReport(await changeReport(ctx, report, args.version, changes, 'TRANSITION', { kind: 'APPROVED' }));
  }

  static async reopen(ctx: Context, args: ReopenReportArgs): Promise<Report> {
    const report = await ReportWorkflowService.load(ctx, args);
    ReportWorkflowService.requireLevelAbove(ctx, report);
    ReportWorkflowService.requireStatus(report, ['SUBMITTED', 'APPROVED'], ReportAction.REOPEN);
    const reason = args.reason.normalize('NFC').trim();
    if (reason.length < 5) throw badInput('reason', 'reason must say why, in 5 to 2000 characters', 'REPORT_REASON_LENGTH', { min: 5, max: 2000 });
    const changes = { status: 'DRAFT' as const, approvedAt: null, approvedBy: null };
    return toReport(await changeReport(ctx, report, args.version, changes, 'TRANSITION', { kind: 'REOPENED', reason }));
  }

  /**
   * Withdraws a draft generated by mistake (the wrong unit or year): it is deleted with its events
   * and corrections. A report that was ever submitted keeps its history; the level above reopens it.
   */
  static async withdraw(ctx: Context, args: ReportVersionArgs): Promise<Report> {
    const report = await ReportWorkflowService.load(ctx, args);
    assertWritable(ctx, report.unitPath);
    if (report.status !== 'DRAFT') {
      throw badInput('status', `A ${report.status} report is not withdrawn: the level above reopens it`, 'REPORT_WITHDRAW_NOT_DRAFT', { status: report.status });
    }
    if (report.firstSubmittedAt) {
      throw badInput('status', 'This draft was submitted before and reopened: it keeps its history and is not withdrawn', 'REPORT_WITHDRAW_SUBMITTED_BEFORE');
    }
    if (report.version !== args.version) throw conflict('Report', report.id);
    const manager = await ctx.db();
    const result = await manager.createQueryBuilder().delete().from(ReportEntity)
      .where('id = :id and version = :version', { id: report.id, version: args.version }).execute();
    if (!result.affected) throw conflict('Report', report.id);
    await audit(ctx, manager, { entity: 'Report', entityId: report.id, action: 'DELETE', unitId: report.unitId, before: reportSnapshot(report) });
    return toReport(report);
  }

  /** Corrects one figure or one task's progress text of a draft; the correction and its reason are kept. */
  static async correct(ctx: Context, args: CorrectReportFigureArgs): Promise<Report> {
    const report = await ReportWorkflowService.load(ctx, args);
    assertWritable(ctx, report.unitPath);
    ReportWorkflowService.requireStatus(report, ['DRAFT'], ReportAction.CORRECT);
    const { field, value, computed } = ReportWorkflowService.parseCorrection(report, args);
    const reason = args.reason.normalize('NFC').trim();
    if (reason.length < 5) throw badInput('reason', 'reason must say why, in 5 to 2000 characters', 'REPORT_REASON_LENGTH', { min: 5, max: 2000 });
    const previous = report.overrides?.[field] ?? computed;
    const manager = await ctx.db();
    await manager.query(
      `insert into report_correction (report_id, field, computed, previous, value, reason, corrected_by, corrected_by_name)
       values ($1, $2, $3, $4, $5, $6, $7, (select u.full_name from app_user u where u.id = $7))`,
      [report.id, field, JSON.stringify(computed), JSON.stringify(previous), JSON.stringify(value), reason, ctx.caller?.userId ?? null],
    );
    const changes = { overrides: () => 'overrides || cast(:patch as jsonb)' };
    const after = await changeReport(ctx, report, args.version, changes, 'CORRECT', { kind: 'CORRECTED', reason }, { patch: JSON.stringify({ [field]: value }) });
    return toReport(after);
  }

  private static parseCorrection(report: ReportEntity, args: CorrectReportFigureArgs): { field: string; value: number | string; computed: number | string } {
    if (args.field.startsWith(TASK_PROGRESS_PREFIX)) {
      const taskId = Number(args.field.slice(TASK_PROGRESS_PREFIX.length));
      const task = report.taskProgress.find((t) => t.taskId === taskId);
      if (!task) throw badInput('field', `The report has no progress item ${args.field}`, 'REPORT_NO_PROGRESS_ITEM', { field: args.field });
      const text = args.value.normalize('NFC').trim();
      if (!text) throw badInput('value', 'The progress text must not be blank', 'REPORT_PROGRESS_BLANK');
      return { field: `${TASK_PROGRESS_PREFIX}${taskId}`, value: text, computed: task.text };
    }
    if (!(REPORT_FIGURES as readonly string[]).includes(args.field)) {
      throw badInput('field', `field must be one of ${REPORT_FIGURES.join(', ')}, or taskProgress.<taskId>`, 'REPORT_FIELD_UNKNOWN', { field: args.field });
    }
    if (!/^\d+$/.test(args.value.trim()) || Number(args.value) > MAX_FIGURE) {
      throw badInput('value', `${args.field} is a whole number from 0 to ${MAX_FIGURE}`, 'REPORT_FIGURE_WHOLE_NUMBER', { max: MAX_FIGURE });
    }
    const name = args.field as ReportFigureName;
    return { field: name, value: Number(args.value), computed: Number(report.figures[name] ?? 0) };
  }
}
