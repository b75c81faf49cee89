import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { IsOptional, Length, Min } from 'class-validator';
import { ListArgs, MetaArgs } from '../../core/graphql/list';
import { AgencyKind } from './agency.type';

@InputType()
export class AgencyFilter {
  @Field(() => [ID], { nullable: true })
  ids?: string[];

  @Field({ nullable: true, description: 'Search in names, ignoring case and diacritics' })
  @IsOptional()
  @Length(1, 100)
  q?: string;

  @Field(() => ID, { nullable: true })
  unitId?: string;

  @Field(() => AgencyKind, { nullable: true })
  kind?: AgencyKind;
}

@ArgsType()
export class AgencyListArgs extends ListArgs {
  @Field(() => AgencyFilter, { nullable: true })
  filter?: AgencyFilter;
}

@ArgsType()
export class AgencyMetaArgs extends MetaArgs {
  @Field(() => AgencyFilter, { nullable: true })
  filter?: AgencyFilter;
}

@ArgsType()
export class CreateAgencyArgs {
  @Field(() => ID, { description: 'The unit the agency belongs to' })
  unitId: string;

  @Field()
  @Length(1, 300, { message: 'name must be 1 to 300 characters long' })
  name: string;

  @Field(() => AgencyKind)
  kind: AgencyKind;
}

@ArgsType()
export class UpdateAgencyArgs {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  @Min(1)
  version: number;

  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 300, { message: 'name must be 1 to 300 characters long' })
  name?: string;

  @Field(() => AgencyKind, { nullable: true })
  kind?: AgencyKind;
}
