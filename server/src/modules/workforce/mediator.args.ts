import { ArgsType, Field, Float, ID, InputType, Int } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { IsOptional, Length, Max, Min } from 'class-validator';
import { ListArgs, MetaArgs } from '../../core/graphql/list';
import { Gender, MediatorStatus } from './mediator.type';

@InputType()
export class MediatorFilter {
  @Field(() => [ID], { nullable: true })
  ids?: string[];

  @Field({ nullable: true, description: 'Search in full names, ignoring case and diacritics' })
  @IsOptional()
  @Length(1, 100)
  q?: string;

  @Field(() => ID, { nullable: true, description: 'The unit and everything below it' })
  unitId?: string;

  @Field(() => ID, { nullable: true })
  teamId?: string;

  @Field(() => ID, { nullable: true })
  hamletId?: string;

  @Field(() => MediatorStatus, { nullable: true })
  status?: MediatorStatus;

  @Field(() => Gender, { nullable: true })
  gender?: Gender;

  @Field({ nullable: true })
  ethnicMinority?: boolean;

  @Field({ nullable: true })
  trained?: boolean;

  @Field({ nullable: true })
  partyCellSecretary?: boolean;
}

@ArgsType()
export class MediatorListArgs extends ListArgs {
  @Field(() => MediatorFilter, { nullable: true })
  filter?: MediatorFilter;
}

@ArgsType()
export class MediatorMetaArgs extends MetaArgs {
  @Field(() => MediatorFilter, { nullable: true })
  filter?: MediatorFilter;
}

/** The fields a mediator's record holds, shared by create and update. */
@ArgsType()
class MediatorFields {
  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(1900)
  @Max(2100)
  birthYear?: number | null;

  @Field(() => String, { nullable: true, description: 'Dân tộc; anything but Kinh makes the mediator ethnic minority' })
  @IsOptional()
  @Length(1, 100)
  ethnicity?: string | null;

  @Field({ nullable: true, description: 'Derived from ethnicity when omitted' })
  ethnicMinority?: boolean;

  @Field({ nullable: true })
  partyCellSecretary?: boolean;

  @Field(() => LocalDateResolver, { nullable: true })
  electedOn?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 100)
  recognitionDecisionNumber?: string | null;

  @Field(() => LocalDateResolver, { nullable: true })
  recognitionDecisionDate?: string | null;
}

@ArgsType()
export class CreateMediatorArgs extends MediatorFields {
  @Field(() => ID)
  teamId: string;

  @Field()
  @Length(1, 200, { message: 'fullName must be 1 to 200 characters long' })
  fullName: string;

  @Field(() => Gender)
  gender: Gender;

  @Field(() => Float, { description: 'Percent of household representatives; must exceed 50' })
  @Min(0)
  @Max(100)
  voteShare: number;
}

@ArgsType()
export class UpdateMediatorArgs extends MediatorFields {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  @Min(1)
  version: number;

  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 200, { message: 'fullName must be 1 to 200 characters long' })
  fullName?: string;

  @Field(() => Gender, { nullable: true })
  gender?: Gender;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @Min(0)
  @Max(100)
  voteShare?: number;

  @Field(() => MediatorStatus, { nullable: true })
  status?: MediatorStatus;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Required when the status is LEFT' })
  leftOn?: string | null;
}
