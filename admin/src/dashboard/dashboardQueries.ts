import { gql } from '@apollo/client';

const FIGURES = `year teams teamsConsolidated mediators mediatorsTrained casesReceived casesSettled casesNotSettled
  settlementRate consolidatedShare secretaryLedShare mediatorsTrainedShare newMediatorsTrainedShare`;

/** One request for a landing page (server: modules/dashboard). */
export const UNIT_DASHBOARD = gql`
  query UnitDashboard($unitId: ID, $year: Int) {
    unitDashboard(unitId: $unitId, year: $year) {
      unit { id code name level parent { id code name } }
      year fromYear
      trend { ${FIGURES} }
      report { unitId unitName dueDate dueBefore reportId status timeliness daysLate writable }
      plans { id number title unitId }
      rows {
        unit { id code name level } pilot
        plans { planId status implementingPlanId }
        report { unitId dueDate reportId status timeliness daysLate }
        targetsMet targetsNotMet targetsNoData teamsNow teamsCompliantNow compliantShare trainerShortfall
        figures { ${FIGURES} }
      }
      lateReports { unitId unitName unitCode unitLevel dueDate reportId status timeliness daysLate }
      pilotUnits { id code name }
      trainerShortfall
      teamsNeedingAttentionCount teamsNeedingAttention { teamId name unitId reasons activeMediators }
      untrainedMediatorsCount untrainedMediators { mediatorId fullName teamId teamName electedOn }
    }
  }
`;

/** The targets of the plans in force, measured for the unit, and its pilot communes against the others. */
export const UNIT_TARGETS_AND_PILOTS = gql`
  query UnitTargetsAndPilots($unitId: ID!, $year: Int!) {
    allTargets(perPage: 100, filter: { appliesToUnitId: $unitId, year: $year }) {
      id indicator comparator value unit year plan { id number title } task { code } indicatorDetails { name nameEn }
      evaluation(unitId: $unitId, year: $year) { actual met due }
    }
    indicatorsComparison(unitId: $unitId, year: $year) {
      pilotUnits { id }
      pilot { settlementRate consolidatedShare mediatorsTrainedShare secretaryLedShare }
      nonPilot { settlementRate consolidatedShare mediatorsTrainedShare secretaryLedShare }
    }
  }
`;

export const GENERATE_REPORT = gql`
  mutation GenerateReport($unitId: ID!, $year: Int!) { generateReport(unitId: $unitId, year: $year) { id version status } }
`;

export type Figures = { year: number } & Record<string, number | null>;
export type Unit = { id: string; code: string; name: string; level: 'PROVINCE' | 'DISTRICT' | 'COMMUNE' };
export type DashboardReport = {
  unitId: string; unitName?: string; unitCode?: string; unitLevel?: string; dueDate: string; dueBefore?: boolean; reportId: string | null;
  status: 'DRAFT' | 'SUBMITTED' | 'APPROVED' | null; timeliness: 'NOT_DUE' | 'OVERDUE' | 'ON_TIME' | 'LATE'; daysLate: number; writable?: boolean;
};
export type DashboardRow = {
  unit: Unit; pilot: boolean;
  plans: { planId: string; status: 'NONE' | 'DRAFTED' | 'ISSUED'; implementingPlanId: string | null }[];
  report: DashboardReport | null;
  targetsMet: number; targetsNotMet: number; targetsNoData: number;
  teamsNow: number; teamsCompliantNow: number; compliantShare: number | null; trainerShortfall: number | null;
  figures: Figures[];
};
export type UnitDashboard = {
  unit: Unit & { parent: { id: string; code: string; name: string } | null };
  year: number; fromYear: number;
  trend: Figures[];
  report: DashboardReport | null;
  plans: { id: string; number: string | null; title: string; unitId: string }[];
  rows: DashboardRow[];
  lateReports: DashboardReport[];
  pilotUnits: { id: string; code: string; name: string }[];
  trainerShortfall: number | null;
  teamsNeedingAttentionCount: number;
  teamsNeedingAttention: { teamId: string; name: string; unitId: string; reasons: string[]; activeMediators: number }[];
  untrainedMediatorsCount: number;
  untrainedMediators: { mediatorId: string; fullName: string; teamId: string; teamName: string; electedOn: string | null }[];
};
export type TargetsAndPilots = {
  allTargets: {
    id: string; indicator: string; comparator: string; value: string; unit: string; year: number | null;
    plan: { id: string; number: string | null; title: string } | null;
    task: { code: string } | null;
    indicatorDetails: { name: string; nameEn: string } | null;
    evaluation: { actual: number | null; met: boolean | null; due: boolean };
  }[];
  indicatorsComparison: { pilotUnits: { id: string }[]; pilot: Record<string, number | null>; nonPilot: Record<string, number | null> } | null;
};

/** The shares the charts and tables show, in percent. */
export const SHARES = ['settlementRate', 'consolidatedShare', 'mediatorsTrainedShare', 'secretaryLedShare'] as const;
