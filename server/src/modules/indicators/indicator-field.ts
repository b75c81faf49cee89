import { registerEnumType } from 'type-graphql';
import type { UnitIndicators } from './indicator.type';

/** An indicator of AdministrativeUnit.indicators that a unit list may be sorted and filtered by (issue 8, 3b). */
export enum IndicatorField {
  TEAMS = 'teams',
  TEAMS_CONSOLIDATED = 'teamsConsolidated',
  SECRETARY_LED_TEAMS = 'secretaryLedTeams',
  MEDIATORS = 'mediators',
  MEDIATORS_WOMEN = 'mediatorsWomen',
  MEDIATORS_ETHNIC_MINORITY = 'mediatorsEthnicMinority',
  MEDIATORS_TRAINED = 'mediatorsTrained',
  NEW_MEDIATORS = 'newMediators',
  NEW_MEDIATORS_TRAINED = 'newMediatorsTrained',
  CASES_RECEIVED = 'casesReceived',
  CASES_SETTLED = 'casesSettled',
  CASES_NOT_SETTLED = 'casesNotSettled',
  CASES_IN_PROGRESS = 'casesInProgress',
  SETTLEMENT_RATE = 'settlementRate',
  CONSOLIDATED_SHARE = 'consolidatedShare',
  SECRETARY_LED_SHARE = 'secretaryLedShare',
  MEDIATORS_TRAINED_SHARE = 'mediatorsTrainedShare',
  NEW_MEDIATORS_TRAINED_SHARE = 'newMediatorsTrainedShare',
}
registerEnumType(IndicatorField, { name: 'IndicatorField', description: 'A figure of AdministrativeUnit.indicators (same name, same definition)' });

/** The value of a field in a unit's indicators; null when it has none (no concluded case, nothing recorded in the year, out of scope, abolished). */
export const indicatorValue = (indicators: UnitIndicators | null, field: IndicatorField): number | null =>
  indicators ? (indicators[field as keyof UnitIndicators] as number | null) : null;
