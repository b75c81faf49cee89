import { withShares } from '../indicators/indicator.type';
import type { ReportEntity, StoredFigures } from './report.entity';
import { REPORT_FIGURES, type ReportFigureName } from './report-snapshot';
import { lastOnTimeDay, timelinessOf } from './report-timeliness';
import { type Report, type ReportBasis, type ReportFigures, type ReportStatus, type ReportTaskProgress } from './report.type';

export const TASK_PROGRESS_PREFIX = 'taskProgress.';

const figuresFrom = (stored: StoredFigures, overrides: Record<string, number | string>, corrected: string[]): ReportFigures => {
  const counts = Object.fromEntries(
    REPORT_FIGURES.map((name) => [name, typeof overrides[name] === 'number' ? (overrides[name] as number) : Number(stored[name] ?? 0)]),
  ) as Record<ReportFigureName, number>;
  // A report states its own counts: its consolidated share is of the teams it counts, and its case
  // counts are its own, whether or not reviews and cases were recorded in the platform that year
  // (teamsWithReview and caseRecords are for live figures).
  return { ...withShares({ ...counts, teamsWithReview: null, caseRecords: null }), corrected };
};

/** Entities are not the API: the report as clients see it, with the corrections applied. */
export function toReport(r: ReportEntity, now: Date = new Date()): Report {
  const corrected = Object.keys(r.overrides ?? {});
  const { timeliness, daysLate } = timelinessOf(r, now);
  const taskProgress: ReportTaskProgress[] = r.taskProgress.map((task) => {
    const override = r.overrides?.[`${TASK_PROGRESS_PREFIX}${task.taskId}`];
    return { ...task, text: typeof override === 'string' ? override : task.text, corrected: typeof override === 'string' };
  });
  return {
    id: r.id,
    unitId: r.unitId,
    year: r.year,
    status: r.status as ReportStatus,
    basis: r.basis as ReportBasis,
    planId: r.planId,
    reportingRuleId: r.reportingRuleId,
    dueDate: r.dueDate,
    dueBefore: r.dueBefore,
    lastOnTimeDay: lastOnTimeDay(r.dueDate, r.dueBefore),
    timeliness,
    daysLate,
    figures: figuresFrom(r.figures, r.overrides ?? {}, corrected.filter((field) => !field.startsWith(TASK_PROGRESS_PREFIX))),
    computedFigures: figuresFrom(r.figures, {}, []),
    taskProgress,
    computedAt: r.computedAt,
    firstSubmittedAt: r.firstSubmittedAt,
    submittedAt: r.submittedAt,
    submittedById: r.submittedBy,
    approvedAt: r.approvedAt,
    approvedById: r.approvedBy,
    version: r.version,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
    unitPath: r.unitPath,
  };
}

/** What the audit log keeps of a report: never paths. */
export const reportSnapshot = (r: ReportEntity) => ({
  unitId: r.unitId, year: r.year, status: r.status, dueDate: r.dueDate, dueBefore: r.dueBefore,
  figures: r.figures, overrides: r.overrides, submittedAt: r.submittedAt, approvedAt: r.approvedAt,
});

/** Arithmetic the figures should obey; a correction may break it, and the report then says so. */
export function warningsOf(figures: ReportFigures): string[] {
  const warnings: string[] = [];
  // a report's counts are its own, never null (figuresFrom)
  const count = (value: number | null) => value ?? 0;
  if (count(figures.casesReceived) !== count(figures.casesSettled) + count(figures.casesNotSettled) + count(figures.casesInProgress)) {
    warnings.push('casesReceived differs from casesSettled + casesNotSettled + casesInProgress');
  }
  if (count(figures.teamsConsolidated) > figures.teams) warnings.push('teamsConsolidated exceeds teams');
  if (figures.secretaryLedTeams > figures.teams) warnings.push('secretaryLedTeams exceeds teams');
  for (const part of ['mediatorsWomen', 'mediatorsEthnicMinority', 'mediatorsTrained', 'newMediators'] as const) {
    if (figures[part] > figures.mediators) warnings.push(`${part} exceeds mediators`);
  }
  if (figures.newMediatorsTrained > figures.newMediators) warnings.push('newMediatorsTrained exceeds newMediators');
  return warnings;
}
