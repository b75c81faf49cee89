import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { ArrayMaxSize, IsOptional, Length, Min } from 'class-validator';
import { ListArgs, MetaArgs } from '../../core/graphql/list';
import { AgencyKind } from '../agencies/agency.type';
import { AgencyLevel } from './plan.enums';

@InputType()
export class ResponsibilityFilter {
  @Field(() => [ID], { nullable: true })
  ids?: string[];

  @Field(() => ID, { nullable: true })
  planId?: string;

  @Field(() => Boolean, { nullable: true, description: 'Only requests ("Đề nghị ..."), or only assignments' })
  isRequest?: boolean;
}

@ArgsType()
export class ResponsibilityListArgs extends ListArgs {
  @Field(() => ResponsibilityFilter, { nullable: true })
  filter?: ResponsibilityFilter;
}

@ArgsType()
export class ResponsibilityMetaArgs extends MetaArgs {
  @Field(() => ResponsibilityFilter, { nullable: true })
  filter?: ResponsibilityFilter;
}

@InputType({ description: 'The agency a responsibility is given to: agencyId, or agencyKind and/or agencyLevel with the words ("Ủy ban nhân dân cấp xã")' })
export class ResponsibleAgencyInput {
  @Field(() => ID, { nullable: true })
  agencyId?: string | null;

  @Field(() => AgencyKind, { nullable: true })
  agencyKind?: AgencyKind | null;

  @Field(() => AgencyLevel, { nullable: true })
  agencyLevel?: AgencyLevel | null;

  @Field(() => String, { nullable: true, description: 'The document\'s words; defaults to the agency\'s name' })
  @IsOptional()
  @Length(1, 300)
  label?: string | null;
}

@ArgsType()
export class ResponsibilityFieldsArgs {
  @Field(() => Boolean, { nullable: true, description: 'A request ("Đề nghị ...") to a body the committee does not direct; default: the text starts with "Đề nghị"' })
  isRequest?: boolean | null;

  @Field(() => [ResponsibleAgencyInput], { nullable: true, description: 'Replaces the agencies it is given to, in order' })
  @IsOptional()
  @ArrayMaxSize(30)
  agencies?: ResponsibleAgencyInput[] | null;

  @Field(() => Int, { nullable: true, description: 'Place in the plan, from 1 (default: last); the others move' })
  position?: number | null;
}

@ArgsType()
export class CreateResponsibilityArgs extends ResponsibilityFieldsArgs {
  @Field(() => ID)
  planId: string;

  @Field({ description: 'The document\'s words' })
  @Length(1, 5000, { message: 'text must be 1 to 5000 characters long' })
  text: string;
}

@ArgsType()
export class UpdateResponsibilityArgs extends ResponsibilityFieldsArgs {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  @Min(1)
  version: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 5000, { message: 'text must be 1 to 5000 characters long' })
  text?: string | null;
}
