import { gql } from '@apollo/client';

const FIGURES = `teams teamsConsolidated secretaryLedTeams mediators mediatorsWomen mediatorsEthnicMinority mediatorsTrained newMediators
  newMediatorsTrained casesReceived casesSettled casesNotSettled casesInProgress settlementRate consolidatedShare secretaryLedShare
  mediatorsTrainedShare newMediatorsTrainedShare`;

const COVERAGE = 'coverage { teamsCovered teamsPending teamsMaybe share complete }';

/** One request for the page: the unit rolled up, its children, the targets measured for it, pilot vs non-pilot. */
export const INDICATORS_PAGE = gql`
  query IndicatorsPage($id: ID!, $year: Int!, $fromYear: Int!) {
    AdministrativeUnit(id: $id) {
      id code name level pilot indicators(year: $year) { ${FIGURES} trainers trainersTrained ${COVERAGE} }
      indicatorSeries(fromYear: $fromYear, toYear: $year) {
        year indicators { teams mediators casesReceived settlementRate consolidatedShare } ${COVERAGE}
        noData { endedOn successors { id name } }
      }
    }
    allAdministrativeUnits(perPage: 100, sortField: "code", filter: { parentId: $id }) {
      id code name level pilot indicators(year: $year) { teams mediators casesReceived consolidatedShare settlementRate secretaryLedShare mediatorsTrainedShare }
    }
    allTargets(perPage: 100, filter: { appliesToUnitId: $id, year: $year }) {
      id indicator comparator value unit applies year indicatorDetails { name nameEn } plan { number title } task { code }
      evaluation(unitId: $id, year: $year) { actual met due numerator denominator status }
    }
    indicators { code name nameEn unit }
    indicatorsComparison(unitId: $id, year: $year) { pilotUnits { id code name } pilot { ${FIGURES} } nonPilot { ${FIGURES} } }
  }
`;

export type Figures = Record<string, number | null>;
export type Coverage = { teamsCovered: number; teamsPending: number; teamsMaybe: number; share: number | null; complete: boolean };
export type SeriesYear = {
  year: number; indicators: Figures | null; coverage: Coverage | null;
  noData: { endedOn: string; successors: { id: string; name: string }[] } | null;
};
export type TargetStatus = 'MET' | 'NOT_MET' | 'NOT_DUE' | 'NO_DATA' | 'NOT_APPLICABLE';
export type UnitRow = { id: string; code: string; name: string; level: string; pilot: boolean; indicators: Figures | null };
export type PageUnit = UnitRow & { indicators: (Figures & { coverage?: Coverage | null }) | null; indicatorSeries: SeriesYear[] | null };
export type TargetRow = {
  id: string; indicator: string; comparator: string; value: string; unit: string; applies: string; year: number | null;
  indicatorDetails?: { name: string; nameEn: string } | null;
  plan: { number: string | null; title: string } | null;
  task: { code: string } | null;
  evaluation: { actual: number | null; met: boolean | null; due: boolean; numerator: number | null; denominator: number | null; status: TargetStatus };
};
export type IndicatorsPageData = {
  AdministrativeUnit: PageUnit | null;
  allAdministrativeUnits: UnitRow[];
  allTargets: TargetRow[];
  indicators: { code: string; name: string; nameEn: string; unit: string }[];
  indicatorsComparison: { pilotUnits: { id: string; code: string; name: string }[]; pilot: Figures; nonPilot: Figures } | null;
};
