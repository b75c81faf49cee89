import { ArgsType, Field, Float, ID, InputType, Int } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { IsOptional, Length, Max, Min, ValidateNested } from 'class-validator';
import { IndicatorField } from '../indicators/indicator-field';
import { ListArgs, MAX_PER_PAGE, MetaArgs } from '../../core/graphql/list';
import { UnitLevel } from './unit.type';

@InputType({ description: 'An indicator of a year to filter a unit list by (min, max) and to sort it by (sortField "indicator")' })
export class UnitIndicatorFilter {
  @Field(() => Int)
  @Min(2000)
  @Max(2100)
  year: number;

  @Field(() => IndicatorField)
  field: IndicatorField;

  @Field(() => Float, { nullable: true, description: 'Only the units whose value is at least this' })
  min?: number;

  @Field(() => Float, { nullable: true, description: 'Only the units whose value is at most this' })
  max?: number;
}

@InputType()
export class AdministrativeUnitFilter {
  @Field(() => [ID], { nullable: true })
  ids?: string[];

  @Field({ nullable: true, description: 'Search in names, ignoring case and diacritics: "my tu" finds "Mỹ Tú"' })
  @IsOptional()
  @Length(1, 100)
  q?: string;

  @Field(() => UnitLevel, { nullable: true })
  level?: UnitLevel;

  @Field(() => ID, { nullable: true })
  parentId?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 10)
  code?: string;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Only the units in force on this day' })
  validOn?: string;

  @Field({ nullable: true, description: 'Only the units where the caller may create records (its write scope); for pickers in forms' })
  writable?: boolean;

  @Field(() => ID, { nullable: true, description: 'Only the units in this unit\'s subtree, itself excluded (with level: e.g. the communes of a province)' })
  withinUnitId?: string;

  @Field(() => UnitIndicatorFilter, {
    nullable: true,
    description: 'An indicator of a year, as AdministrativeUnit.indicators gives it: the list keeps the units whose value lies in [min, max] (units without a value are kept only without bounds) and sorts by it with sortField "indicator" (units without a value last)',
  })
  @ValidateNested()
  indicator?: UnitIndicatorFilter;
}

@ArgsType()
export class AdministrativeUnitListArgs extends ListArgs {
  @Field(() => AdministrativeUnitFilter, { nullable: true })
  filter?: AdministrativeUnitFilter;
}

@ArgsType()
export class AdministrativeUnitMetaArgs extends MetaArgs {
  @Field(() => AdministrativeUnitFilter, { nullable: true })
  filter?: AdministrativeUnitFilter;
}

@ArgsType()
export class ChildrenArgs {
  @Field(() => Int, { defaultValue: 0 })
  @Min(0)
  page: number;

  @Field(() => Int, { defaultValue: 25 })
  @Min(1)
  @Max(MAX_PER_PAGE)
  perPage: number;
}
