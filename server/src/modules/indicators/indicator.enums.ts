import { registerEnumType } from 'type-graphql';
import { TargetUnit } from '../plans/plan.enums';

/** The enums of the indicator catalogue, free of decorators (pure modules such as target-measure.ts import them). */

export enum IndicatorMeasurement {
  COMPUTED = 'COMPUTED',
  REPORTED = 'REPORTED',
}
registerEnumType(IndicatorMeasurement, {
  name: 'IndicatorMeasurement',
  description: 'COMPUTED from the platform\'s rows by a built-in measure; REPORTED: each reporting unit enters the value in its yearly report (a percent as numerator and denominator), summed up the tree',
});

/** The built-in measures a COMPUTED indicator uses (target-measure.ts computes each). */
export enum IndicatorMeasure {
  TEAMS_CONSOLIDATED_SHARE = 'TEAMS_CONSOLIDATED_SHARE',
  SETTLEMENT_RATE = 'SETTLEMENT_RATE',
  SECRETARY_LED_SHARE = 'SECRETARY_LED_SHARE',
  MEDIATORS_TRAINED_SHARE = 'MEDIATORS_TRAINED_SHARE',
  NEW_MEDIATORS_TRAINED_SHARE = 'NEW_MEDIATORS_TRAINED_SHARE',
  TRAINERS_PER_TEAMS = 'TRAINERS_PER_TEAMS',
  TRAINERS_TRAINED_SHARE = 'TRAINERS_TRAINED_SHARE',
}
registerEnumType(IndicatorMeasure, {
  name: 'IndicatorMeasure',
  description: 'The built-in computations: shares of teams consolidated and secretary-led, settlement rate, shares of mediators and new mediators trained, trainers per teams, share of trainers trained (every pool of the subtree)',
});

/** The unit each built-in measure yields: a COMPUTED indicator has its measure's unit. */
export const MEASURE_UNIT: Record<IndicatorMeasure, TargetUnit> = {
  TEAMS_CONSOLIDATED_SHARE: TargetUnit.PERCENT,
  SETTLEMENT_RATE: TargetUnit.PERCENT,
  SECRETARY_LED_SHARE: TargetUnit.PERCENT,
  MEDIATORS_TRAINED_SHARE: TargetUnit.PERCENT,
  NEW_MEDIATORS_TRAINED_SHARE: TargetUnit.PERCENT,
  TRAINERS_PER_TEAMS: TargetUnit.COUNT,
  TRAINERS_TRAINED_SHARE: TargetUnit.PERCENT,
};

export enum TargetStatus {
  MET = 'MET',
  NOT_MET = 'NOT_MET',
  NOT_DUE = 'NOT_DUE',
  NO_DATA = 'NO_DATA',
  NOT_APPLICABLE = 'NOT_APPLICABLE',
}
registerEnumType(TargetStatus, {
  name: 'TargetStatus',
  description: 'MET or NOT_MET by the actual value; NOT_DUE before a BY_YEAR deadline or outside FROM_TO years; NO_DATA where nothing was measured (no denominator, no value reported): never "not met"; NOT_APPLICABLE for a unit outside the plan\'s unit and the units below it',
});
