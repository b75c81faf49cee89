import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { IsOptional, Length, Min } from 'class-validator';
import { ListArgs, MetaArgs } from '../../core/graphql/list';
import { AgencyKind } from '../agencies/agency.type';
import { Gender } from '../workforce/mediator.type';

@InputType()
export class TrainerFilter {
  @Field(() => [ID], { nullable: true })
  ids?: string[];

  @Field({ nullable: true, description: 'Search in full names, ignoring case and diacritics' })
  @IsOptional()
  @Length(1, 100)
  q?: string;

  @Field(() => ID, { nullable: true, description: 'The unit and everything below it' })
  unitId?: string;

  @Field(() => ID, { nullable: true })
  poolId?: string;

  @Field(() => AgencyKind, { nullable: true })
  agencyKind?: AgencyKind;

  @Field({ nullable: true })
  trained?: boolean;
}

@ArgsType()
export class TrainerListArgs extends ListArgs {
  @Field(() => TrainerFilter, { nullable: true })
  filter?: TrainerFilter;
}

@ArgsType()
export class TrainerMetaArgs extends MetaArgs {
  @Field(() => TrainerFilter, { nullable: true })
  filter?: TrainerFilter;
}

@ArgsType()
class TrainerFields {
  @Field(() => ID, { nullable: true, description: 'The agency; its kind then sets agencyKind' })
  agencyId?: string | null;

  @Field(() => AgencyKind, { nullable: true, description: 'Required when no agency is given' })
  agencyKind?: AgencyKind;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(0, 300)
  position?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(0, 1000)
  expertise?: string | null;

  @Field(() => LocalDateResolver, { nullable: true })
  trainedElsewhereOn?: string | null;
}

@ArgsType()
export class CreateTrainerArgs extends TrainerFields {
  @Field(() => ID)
  poolId: string;

  @Field()
  @Length(1, 200, { message: 'fullName must be 1 to 200 characters long' })
  fullName: string;

  @Field(() => Gender)
  gender: Gender;
}

@ArgsType()
export class UpdateTrainerArgs extends TrainerFields {
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
}
