import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { ArrayMaxSize, IsOptional, Length, Min } from 'class-validator';
import { ListArgs, MetaArgs } from '../../core/graphql/list';
import { CaseCategory, CaseOutcome } from './mediation-case.type';

@InputType()
export class MediationCaseFilter {
  @Field(() => [ID], { nullable: true })
  ids?: string[];

  @Field({ nullable: true, description: 'Search in team names (never in the parties)' })
  @IsOptional()
  @Length(1, 100)
  q?: string;

  @Field(() => ID, { nullable: true, description: 'The unit and everything below it' })
  unitId?: string;

  @Field(() => ID, { nullable: true })
  teamId?: string;

  @Field(() => ID, { nullable: true })
  hamletId?: string;

  @Field(() => Int, { nullable: true, description: 'Cases received in this year' })
  year?: number;

  @Field(() => CaseCategory, { nullable: true })
  category?: CaseCategory;

  @Field(() => CaseOutcome, { nullable: true })
  outcome?: CaseOutcome;
}

@ArgsType()
export class MediationCaseListArgs extends ListArgs {
  @Field(() => MediationCaseFilter, { nullable: true })
  filter?: MediationCaseFilter;
}

@ArgsType()
export class MediationCaseMetaArgs extends MetaArgs {
  @Field(() => MediationCaseFilter, { nullable: true })
  filter?: MediationCaseFilter;
}

@ArgsType()
class MediationCaseFields {
  @Field(() => LocalDateResolver, { nullable: true, description: 'Required unless the outcome is IN_PROGRESS' })
  closedOn?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Mediators of the team who handled the case (replaces the list)' })
  @IsOptional()
  @ArrayMaxSize(50)
  mediatorIds?: string[];

  @Field(() => String, {
    nullable: true,
    description: 'PERSONAL DATA: names and addresses of the parties. Only the commune\'s own staff may send it; null or empty removes it',
  })
  @IsOptional()
  @Length(0, 2000)
  parties?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'PERSONAL DATA: what the dispute is about, in a sentence or two. Only the commune\'s own staff may send it; null or empty removes it',
  })
  @IsOptional()
  @Length(0, 500)
  summary?: string | null;
}

@ArgsType()
export class CreateMediationCaseArgs extends MediationCaseFields {
  @Field(() => ID)
  teamId: string;

  @Field(() => LocalDateResolver)
  receivedOn: string;

  @Field(() => CaseCategory)
  category: CaseCategory;

  @Field(() => CaseOutcome, { nullable: true, description: 'Defaults to IN_PROGRESS' })
  outcome?: CaseOutcome;
}

@ArgsType()
export class UpdateMediationCaseArgs extends MediationCaseFields {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  @Min(1)
  version: number;

  @Field(() => LocalDateResolver, { nullable: true })
  receivedOn?: string;

  @Field(() => CaseCategory, { nullable: true })
  category?: CaseCategory;

  @Field(() => CaseOutcome, { nullable: true })
  outcome?: CaseOutcome;
}
