import type { Comparator, Signer } from './official-plan';

/**
 * A unit's yearly report as an official document (Báo cáo): its figures, the progress of the tasks
 * of the plan reported on, and its targets compared with what was achieved. Plain data, close to
 * the reports module's Report (figures, taskProgress) and indicators' target evaluations; part 2
 * maps a stored report onto it.
 */

/** The figures of a yearly report, in the order the report prints them (reports/report-snapshot.ts REPORT_FIGURES). */
export const REPORT_FIGURE_NAMES = [
  'teams', 'teamsConsolidated', 'secretaryLedTeams', 'mediators', 'mediatorsWomen', 'mediatorsEthnicMinority', 'mediatorsTrained',
  'newMediators', 'newMediatorsTrained', 'casesReceived', 'casesSettled', 'casesNotSettled', 'casesInProgress',
] as const;
export type ReportFigureName = (typeof REPORT_FIGURE_NAMES)[number];

export type ReportedTarget = {
  /** The task the target belongs to ("2"), or null for a target of the plan itself. */
  taskCode: string | null;
  /** The indicator's name as the catalogue gives it ("Tỷ lệ hòa giải thành"). */
  indicator: string;
  comparator: Comparator;
  value: string;
  unit: 'PERCENT' | 'COUNT';
  applies: 'EVERY_YEAR' | 'BY_YEAR' | 'FROM_TO';
  year?: number;
  fromYear?: number;
  toYear?: number;
  /** What was achieved (decimal string), null when nothing was measured ("no data", never "not met"). */
  actual: string | null;
  /** Met, not met, or null without data. */
  met: boolean | null;
  /** False for a target due in a later year ("đến năm 2025" reported in 2022). */
  due: boolean;
  /**
   * The evaluation's verdict (Target.evaluation.status): MET, NOT_MET, NOT_DUE (not yet due, or outside
   * its FROM_TO years), NO_DATA, NOT_APPLICABLE (the unit is outside the plan's). Without it, `met` and `due` decide.
   */
  status?: 'MET' | 'NOT_MET' | 'NOT_DUE' | 'NO_DATA' | 'NOT_APPLICABLE';
};

export type OfficialReport = {
  issuingBody: string | null;
  parentBody: string | null;
  number: string | null;
  placeOfIssue: string | null;
  issuedOn: string | null;
  /** The unit reported on, in running text ("huyện Mỹ Tú"). */
  unitName: string;
  year: number;
  /** The plan reported on (its tasks are the progress items). */
  plan: { number: string | null; issuedOn: string | null; issuingBody: string | null; title: string } | null;
  figures: Record<ReportFigureName, number | null>;
  /** Figures corrected by hand: marked in the tables. */
  corrected: ReportFigureName[];
  tasks: { code: string; title: string; progress: string }[];
  targets: ReportedTarget[];
  recipients: string[];
  archive: string | null;
  signer: Signer | null;
};
