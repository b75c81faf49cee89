import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { IsOptional, Length, Max, Min } from 'class-validator';
import { ListArgs, MAX_PER_PAGE, MetaArgs } from '../../core/graphql/list';
import { UnitLevel } from './unit.type';

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
