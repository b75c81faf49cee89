import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DateTimeISOResolver } from 'graphql-scalars';
import { DecimalScalar } from './decimal.scalar';
import { IndicatorCodeScalar } from '../indicators/indicator-code.scalar';
import { TargetApplies, TargetComparator, TargetUnit } from './plan.enums';

@ObjectType({ description: 'A target of a task: indicator, comparator, value, unit, and when it applies (> 95% every year; = 100% by 2025)' })
export class Target {
  @Field(() => ID)
  id: number;

  @Field(() => ID)
  planId: number;

  @Field(() => ID, { nullable: true, description: 'null: a target of the plan itself' })
  taskId: number | null;

  @Field(() => Int)
  position: number;

  @Field(() => IndicatorCodeScalar, { description: 'The code of an indicator of the catalogue (allIndicators)' })
  indicator: string;

  @Field(() => TargetComparator)
  comparator: TargetComparator;

  @Field(() => DecimalScalar)
  value: string;

  @Field(() => TargetUnit)
  unit: TargetUnit;

  @Field(() => Int, { nullable: true, description: 'For COUNT ratios: value per this many (1 trainer per 80 teams)' })
  perQuantity: number | null;

  @Field(() => TargetApplies)
  applies: TargetApplies;

  @Field(() => Int, { nullable: true, description: 'The year of a BY_YEAR target' })
  year: number | null;

  @Field(() => Int, { nullable: true, description: 'The first year of a FROM_TO target' })
  fromYear: number | null;

  @Field(() => Int, { nullable: true, description: 'The last year of a FROM_TO target' })
  toYear: number | null;

  @Field(() => String, { nullable: true, description: 'The document\'s words' })
  note: string | null;

  @Field(() => ID, { nullable: true, description: 'The parent plan\'s target this one implements' })
  implementsId: number | null;

  @Field(() => Int)
  version: number;

  @Field(() => DateTimeISOResolver)
  createdAt: Date;

  @Field(() => DateTimeISOResolver)
  updatedAt: Date;
}
