import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateTimeISOResolver } from 'graphql-scalars';
import { TargetUnit } from '../plans/plan.enums';
import { IndicatorCodeScalar } from './indicator-code.scalar';

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
  NO_DATA = 'NO_DATA',
  NOT_APPLICABLE = 'NOT_APPLICABLE',
}
registerEnumType(TargetStatus, {
  name: 'TargetStatus',
  description: 'MET or NOT_MET by the actual value; NO_DATA where nothing was measured (no denominator, no value reported): never "not met"; NOT_APPLICABLE for a unit outside the plan\'s unit and the units below it',
});

@ObjectType({ description: 'An indicator of the catalogue: built-in (national, read-only), national (system admin) or a province\'s own (its province admin)' })
export class Indicator {
  @Field(() => ID)
  id: number;

  @Field(() => IndicatorCodeScalar, { description: 'The stable key targets and report values use' })
  code: string;

  @Field({ description: 'In Vietnamese' })
  name: string;

  @Field()
  nameEn: string;

  @Field(() => TargetUnit)
  unit: TargetUnit;

  @Field()
  description: string;

  @Field(() => IndicatorMeasurement)
  measurement: IndicatorMeasurement;

  @Field(() => IndicatorMeasure, { nullable: true, description: 'For COMPUTED: the built-in measure' })
  measure: IndicatorMeasure | null;

  @Field({ description: 'Built into the platform: read-only' })
  builtin: boolean;

  @Field(() => ID, { nullable: true, description: 'The province that owns it; null for a national indicator' })
  unitId: number | null;

  @Field(() => Int, { description: 'Send it back with updates: a stale version answers CONFLICT' })
  version: number;

  @Field(() => DateTimeISOResolver)
  createdAt: Date;

  @Field(() => DateTimeISOResolver)
  updatedAt: Date;
}
