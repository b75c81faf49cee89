import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { IsOptional, Length, Min } from 'class-validator';
import { ListArgs, MetaArgs } from '../../core/graphql/list';
import { TargetUnit } from '../plans/plan.enums';
import { IndicatorCodeScalar } from './indicator-code.scalar';
import { IndicatorMeasure, IndicatorMeasurement } from './indicator-catalogue.type';

@InputType()
export class IndicatorFilter {
  @Field(() => [ID], { nullable: true })
  ids?: string[];

  @Field({ nullable: true, description: 'Search in the code and both names, ignoring case and diacritics' })
  @IsOptional()
  @Length(1, 100)
  q?: string;

  @Field(() => [IndicatorCodeScalar], { nullable: true })
  codes?: string[];

  @Field(() => IndicatorMeasurement, { nullable: true })
  measurement?: IndicatorMeasurement;

  @Field(() => TargetUnit, { nullable: true })
  unit?: TargetUnit;

  @Field(() => ID, { nullable: true, description: 'The indicators a province owns' })
  unitId?: string;

  @Field({ nullable: true, description: 'true: national indicators only (built-in or added by the system admin); false: provinces\' own only' })
  national?: boolean;

  @Field({ nullable: true })
  builtin?: boolean;
}

@ArgsType()
export class IndicatorListArgs extends ListArgs {
  @Field(() => IndicatorFilter, { nullable: true })
  filter?: IndicatorFilter;
}

@ArgsType()
export class IndicatorMetaArgs extends MetaArgs {
  @Field(() => IndicatorFilter, { nullable: true })
  filter?: IndicatorFilter;
}

@ArgsType()
export class CreateIndicatorArgs {
  @Field({ description: 'Capital letters, digits and underscores (LEGAL_AID_SHARE); unique across the catalogue; fixed once created' })
  code: string;

  @Field({ description: 'In Vietnamese' })
  name: string;

  @Field()
  nameEn: string;

  @Field(() => TargetUnit)
  unit: TargetUnit;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => IndicatorMeasurement)
  measurement: IndicatorMeasurement;

  @Field(() => IndicatorMeasure, { nullable: true, description: 'Required for COMPUTED, absent for REPORTED' })
  measure?: IndicatorMeasure | null;

  @Field(() => ID, { nullable: true, description: 'The owning province (a province admin\'s default: its province); absent for the system admin: national' })
  unitId?: string | null;
}

@ArgsType()
export class UpdateIndicatorArgs {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  @Min(1)
  version: number;

  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => String, { nullable: true })
  nameEn?: string | null;

  @Field(() => TargetUnit, { nullable: true, description: 'Changed only while no target or report value uses the indicator' })
  unit?: TargetUnit | null;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => IndicatorMeasurement, { nullable: true, description: 'Changed only while no target or report value uses the indicator' })
  measurement?: IndicatorMeasurement | null;

  @Field(() => IndicatorMeasure, { nullable: true })
  measure?: IndicatorMeasure | null;
}
