import DataLoader from 'dataloader';
import type { Context } from '../../core/context';
import { covers } from '../../core/tenancy/scope';
import { outstandingChildCounts } from './report-obligation.repository';
import { ReportAction, type Report, ReportStatus } from './report.type';

/** The path of the unit above a report's unit ('y2021' for a province: only the system scope covers it). */
const parentPathOf = (unitPath: string): string => unitPath.split('.').slice(0, -1).join('.');

/** Approving and reopening belong to the level above: the write scope must cover the parent unit. */
export function writesAbove(ctx: Context, unitPath: string): boolean {
  const parent = parentPathOf(unitPath);
  return parent.includes('.') ? covers(ctx.scope.write, parent) : ctx.scope.write.includes('');
}

/** Per request: how many units directly below each report's unit owe their report of the year and have not submitted it. */
const outstandingLoader = (ctx: Context) =>
  ctx.loaders.get('reports.outstandingChildren', () =>
    new DataLoader<string, number>(async (keys) => {
      const byYear = new Map<number, number[]>();
      for (const key of keys) {
        const [unitId, year] = key.split(':').map(Number);
        byYear.set(year, [...(byYear.get(year) ?? []), unitId]);
      }
      const counts = new Map<string, number>();
      for (const [year, unitIds] of byYear) {
        for (const [unitId, count] of await outstandingChildCounts(await ctx.db(), unitIds, year)) counts.set(`${unitId}:${year}`, count);
      }
      return keys.map((key) => counts.get(key) ?? 0);
    }));

/**
 * What the caller may do with a report now, by the same rules the workflow enforces
 * (report-workflow.service.ts and the report_guard trigger): the console offers exactly these.
 */
export async function reportActions(ctx: Context, report: Report): Promise<ReportAction[]> {
  const writable = covers(ctx.scope.write, report.unitPath);
  const above = writesAbove(ctx, report.unitPath);
  const actions: ReportAction[] = [];
  const childrenSubmitted = async () => (await outstandingLoader(ctx).load(`${report.unitId}:${report.year}`)) === 0;
  if (report.status === ReportStatus.DRAFT && writable) {
    actions.push(ReportAction.CORRECT);
    if (await childrenSubmitted()) actions.push(ReportAction.SUBMIT);
    if (!report.firstSubmittedAt) actions.push(ReportAction.WITHDRAW);
  }
  if (report.status === ReportStatus.SUBMITTED && above && (await childrenSubmitted())) actions.push(ReportAction.APPROVE);
  if (report.status !== ReportStatus.DRAFT && above) actions.push(ReportAction.REOPEN);
  return actions;
}
