import { REPORT_FIGURE_NAMES, type OfficialReport, type ReportFigureName, type ReportedTarget } from '../official-report';
import type { Comparator } from '../official-plan';
import { nfc } from '../vietnamese';
import { placeOfUnit, runningName, type UnitWords } from './unit-words';

/**
 * A stored yearly report, as the API answers REPORT_DOCUMENT_QUERY, and the plan it reports on with
 * its targets measured for the report's unit and year (REPORT_PLAN_QUERY: the targets module's own
 * evaluation, `Target.evaluation(unitId, year)`), mapped onto `OfficialReport`.
 */
export const REPORT_DOCUMENT_QUERY = `query ReportDocument($id: ID!) {
  Report(id: $id) {
    id unitId year status planId submittedAt unit { name type }
    figures { ${REPORT_FIGURE_NAMES.join(' ')} corrected }
    taskProgress { code title text }
  }
}`;

export const REPORT_PLAN_QUERY = `query ReportPlan($planId: ID!, $unitId: ID!, $year: Int!) {
  Plan(id: $planId) {
    number issuedOn issuingBody title
    targets { ...reported }
    tasks { code targets { ...reported } }
  }
}
fragment reported on Target {
  indicator comparator value unit applies year fromYear toYear indicatorDetails { name }
  evaluation(year: $year, unitId: $unitId) { actual met due status }
}`;

export type StoredReport = {
  id: string; unitId: string; year: number; status: string; planId: string | null; submittedAt: string | null; unit: UnitWords | null;
  figures: Record<ReportFigureName, number | null> & { corrected: string[] };
  taskProgress: { code: string; title: string; text: string }[];
};
export type ReportDocumentData = { Report: StoredReport | null };

type StoredTarget = {
  indicator: string; comparator: Comparator; value: string; unit: ReportedTarget['unit']; applies: ReportedTarget['applies']; year: number | null;
  fromYear?: number | null; toYear?: number | null; indicatorDetails: { name: string } | null;
  evaluation: { actual: number | null; met: boolean | null; due: boolean; status?: ReportedTarget['status'] };
};
export type ReportPlanData = {
  Plan: {
    number: string | null; issuedOn: string | null; issuingBody: string | null; title: string;
    targets: StoredTarget[]; tasks: { code: string; targets: StoredTarget[] }[];
  } | null;
};

/** The day in Vietnam (UTC+7) of an instant: the date the report was sent. */
const vietnamDay = (instant: string) => new Date(Date.parse(instant) + 7 * 3600e3).toISOString().slice(0, 10);

/** The value as the report prints its shares: one decimal (the verdict `met` is the server's, computed exactly). */
const printed = (actual: number | null) => (actual == null ? null : String(Math.round(actual * 10) / 10));

/**
 * The plan's own targets, then each task's, with the catalogue's name of the indicator (a province's
 * own REPORTED indicator has its own) and the evaluation for the report's unit and year (a REPORTED
 * indicator's actual is the value the unit reported).
 */
function targetsOf(plan: ReportPlanData): ReportedTarget[] {
  const reported = (taskCode: string | null) => (target: StoredTarget): ReportedTarget => ({
    taskCode, indicator: target.indicatorDetails?.name ?? target.indicator, comparator: target.comparator, value: target.value, unit: target.unit,
    applies: target.applies, ...(target.year != null ? { year: target.year } : {}),
    ...(target.fromYear != null ? { fromYear: target.fromYear } : {}), ...(target.toYear != null ? { toYear: target.toYear } : {}),
    actual: printed(target.evaluation.actual), met: target.evaluation.met, due: target.evaluation.due,
    ...(target.evaluation.status ? { status: target.evaluation.status } : {}),
  });
  return [
    ...(plan.Plan?.targets ?? []).map(reported(null)),
    ...(plan.Plan?.tasks ?? []).flatMap((task) => task.targets.map(reported(task.code))),
  ];
}

/**
 * Today's reports keep no number, signer or recipients: they print as "…" and blanks until the
 * report model has them. The issuing body is the unit's People's Committee; the date is the day of
 * submission (a draft has none).
 */
export function officialReport({ Report: report }: ReportDocumentData, plan: ReportPlanData | null): OfficialReport | null {
  if (!report) return null;
  const unitName = report.unit ? runningName(report.unit) : '';
  const figures = Object.fromEntries(REPORT_FIGURE_NAMES.map((name) => [name, report.figures[name] ?? null])) as OfficialReport['figures'];
  return nfc<OfficialReport>({
    issuingBody: unitName ? `Ủy ban nhân dân ${unitName}` : null, parentBody: null, number: null,
    placeOfIssue: report.unit ? placeOfUnit(report.unit) : null, issuedOn: report.submittedAt ? vietnamDay(report.submittedAt) : null,
    unitName, year: report.year,
    plan: plan?.Plan ? { number: plan.Plan.number, issuedOn: plan.Plan.issuedOn, issuingBody: plan.Plan.issuingBody, title: plan.Plan.title } : null,
    figures, corrected: REPORT_FIGURE_NAMES.filter((name) => report.figures.corrected.includes(name)),
    tasks: report.taskProgress.map((task) => ({ code: task.code, title: task.title, progress: task.text })),
    targets: plan ? targetsOf(plan) : [],
    recipients: [], archive: null, signer: null,
  });
}
