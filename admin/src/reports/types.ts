import type { Identifier, RaRecord } from 'react-admin';
import type { UnitSummary } from '../types';

// The report records the console reads, as the GraphQL API returns them.

export const REPORT_STATUSES = ['DRAFT', 'SUBMITTED', 'APPROVED'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

export const TIMELINESS = ['NOT_DUE', 'OVERDUE', 'ON_TIME', 'LATE'] as const;
export type Timeliness = (typeof TIMELINESS)[number];

/** The counts a report keeps, in the order a report lists them; each can be corrected. */
export const REPORT_FIGURES = [
  'teams', 'teamsConsolidated', 'secretaryLedTeams', 'mediators', 'mediatorsWomen', 'mediatorsEthnicMinority', 'mediatorsTrained',
  'newMediators', 'newMediatorsTrained', 'casesReceived', 'casesSettled', 'casesNotSettled', 'casesInProgress',
] as const;
export type ReportFigure = (typeof REPORT_FIGURES)[number];

export const SHARES = ['settlementRate', 'consolidatedShare', 'secretaryLedShare', 'mediatorsTrainedShare', 'newMediatorsTrainedShare'] as const;
export type Share = (typeof SHARES)[number];

export type Figures = Record<ReportFigure, number> & Record<Share, number | null> & { corrected?: string[] };

export const REPORT_ACTIONS = ['SUBMIT', 'APPROVE', 'REOPEN', 'CORRECT', 'WITHDRAW'] as const;
export type ReportAction = (typeof REPORT_ACTIONS)[number];

export type TaskProgress = { taskId: Identifier; code: string; title: string; text: string; corrected: boolean };
export type Correction = {
  id: Identifier; field: string; computed: string | null; previous: string | null; value: string; reason: string; correctedAt: string; correctedByName: string | null;
};
export type ReportEvent = { id: Identifier; kind: string; at: string; userId: Identifier | null; userName: string | null; reason: string | null; onTime: boolean | null };

export type Report = RaRecord & {
  unitId: Identifier;
  unit?: UnitSummary | null;
  year: number;
  status: ReportStatus;
  basis: string;
  timeliness: Timeliness;
  daysLate: number;
  dueDate: string;
  dueBefore: boolean;
  lastOnTimeDay: string;
  submittedAt?: string | null;
  approvedAt?: string | null;
  computedAt?: string;
  version: number;
  figures?: Figures;
  computedFigures?: Figures;
  taskProgress?: TaskProgress[];
  corrections?: Correction[];
  events?: ReportEvent[];
  warnings?: string[];
  firstSubmittedAt?: string | null;
  /** What the caller may do now, as the server decides (WorkflowButtons offers exactly these). */
  actions?: ReportAction[];
  /** REPORTED indicators that apply to the unit: its own value and the sum below it (issue 7). */
  indicatorValues?: ReportIndicatorValue[];
};

export type ReportIndicatorValue = {
  indicator: string; name: string; nameEn: string; unit: string; entered: boolean; numerator: string | null; denominator: string | null;
  totalNumerator: string | null; totalDenominator: string | null; actual: number | null;
};

/** What a unit owes for a year, generated or not (allReportObligations). */
export type ReportObligation = RaRecord & {
  unitId: Identifier;
  unit?: UnitSummary | null;
  year: number;
  dueDate: string;
  dueBefore: boolean;
  basis: string;
  reportId: Identifier | null;
  status: ReportStatus | null;
  timeliness: Timeliness;
  daysLate: number;
  submittedAt: string | null;
  writable: boolean;
};
