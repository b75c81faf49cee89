import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { Min } from 'class-validator';
import { ListArgs, MetaArgs } from '../../core/graphql/list';
import { DecimalScalar } from './decimal.scalar';
import { IndicatorCodeScalar } from '../indicators/indicator-code.scalar';
import { TargetApplies, TargetComparator, TargetUnit } from './plan.enums';

@InputType()
export class TargetFilter {
  @Field(() => [ID], { nullable: true })
  ids?: string[];

  @Field(() => ID, { nullable: true })
  planId?: string;

  @Field(() => ID, { nullable: true })
  taskId?: string;

  @Field(() => Boolean, { nullable: true, description: 'true: only the targets of the plan itself (no task); false: only those of tasks' })
  onPlan?: boolean;

  @Field(() => IndicatorCodeScalar, { nullable: true })
  indicator?: string;

  @Field(() => ID, { nullable: true, description: 'Only the targets that apply to this unit: those of its own plans and of the plans of the units above it' })
  appliesToUnitId?: string;

  @Field(() => Int, { nullable: true, description: 'Only the targets of plans whose period includes this year' })
  year?: number;
}

@ArgsType()
export class TargetListArgs extends ListArgs {
  @Field(() => TargetFilter, { nullable: true })
  filter?: TargetFilter;
}

@ArgsType()
export class TargetMetaArgs extends MetaArgs {
  @Field(() => TargetFilter, { nullable: true })
  filter?: TargetFilter;
}

@ArgsType()
export class TargetFieldsArgs {
  @Field(() => TargetUnit, { nullable: true, description: 'Defaults to the indicator\'s unit, and must match it' })
  unit?: TargetUnit | null;

  @Field(() => Int, { nullable: true })
  perQuantity?: number | null;

  @Field(() => Int, { nullable: true, description: 'Required for BY_YEAR' })
  year?: number | null;

  @Field(() => Int, { nullable: true, description: 'FROM_TO: the first year' })
  fromYear?: number | null;

  @Field(() => Int, { nullable: true, description: 'FROM_TO: the last year' })
  toYear?: number | null;

  @Field(() => String, { nullable: true })
  note?: string | null;
}

@ArgsType()
export class CreateTargetArgs extends TargetFieldsArgs {
  @Field(() => ID, { nullable: true, description: 'The task; omit it (and give planId) for a target of the plan itself' })
  taskId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The plan, for a target of the plan itself; with taskId, it must be the task\'s plan' })
  planId?: string | null;

  @Field(() => IndicatorCodeScalar, { description: 'An indicator of the catalogue the caller reads' })
  indicator: string;

  @Field(() => TargetComparator)
  comparator: TargetComparator;

  @Field(() => DecimalScalar)
  value: string;

  @Field(() => TargetApplies)
  applies: TargetApplies;
}

@ArgsType()
export class UpdateTargetArgs extends TargetFieldsArgs {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  @Min(1)
  version: number;

  @Field(() => IndicatorCodeScalar, { nullable: true })
  indicator?: string | null;

  @Field(() => TargetComparator, { nullable: true })
  comparator?: TargetComparator | null;

  @Field(() => DecimalScalar, { nullable: true })
  value?: string | null;

  @Field(() => TargetApplies, { nullable: true })
  applies?: TargetApplies | null;
}
