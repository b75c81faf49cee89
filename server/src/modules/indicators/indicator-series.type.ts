import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { AdministrativeUnit } from '../units/unit.type';
import { IndicatorCoverage, UnitIndicators } from './indicator.type';

export enum NoDataReason {
  UNIT_ABOLISHED = 'UNIT_ABOLISHED',
}
registerEnumType(NoDataReason, { name: 'NoDataReason', description: 'Why a unit has no figures for a year' });

@ObjectType({ description: 'Why a unit has no figures for a year: it was abolished before the year began (its work goes on under its successors)' })
export class IndicatorNoData {
  @Field(() => NoDataReason)
  reason: NoDataReason;

  @Field({ description: 'The unit\'s last day in force (ISO date)' })
  endedOn: string;

  @Field(() => [ID], { description: 'The units that succeeded it (a district, abolished as a level: the successors of its communes)' })
  successorIds: number[];

  @Field(() => [AdministrativeUnit])
  successors: AdministrativeUnit[];
}

@ObjectType({ description: 'One year of a unit\'s series: its figures and their coverage, or why it has none' })
export class UnitIndicatorYear {
  @Field(() => Int)
  year: number;

  @Field(() => UnitIndicators, { nullable: true, description: 'The figures of the year (see AdministrativeUnit.indicators); null when there are none (noData says why)' })
  indicators: UnitIndicators | null;

  @Field(() => IndicatorCoverage, { nullable: true, description: 'For a unit that succeeded others: the share of its teams the figures count (same as indicators.coverage)' })
  coverage: IndicatorCoverage | null;

  @Field(() => IndicatorNoData, { nullable: true, description: 'Why the year has no figures: the unit had been abolished' })
  noData: IndicatorNoData | null;
}
