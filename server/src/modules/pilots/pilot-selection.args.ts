import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { ArrayMaxSize, IsOptional, Length, Max, Min } from 'class-validator';
import { ListArgs, MetaArgs } from '../../core/graphql/list';

@InputType()
export class PilotSelectionFilter {
  @Field(() => [ID], { nullable: true })
  ids?: string[];

  @Field({ nullable: true, description: 'Search, ignoring diacritics, in the chosen communes\' names (the chosen teams\' and their communes\' for a team-level selection), the plan\'s number, the task\'s title and who chose' })
  @IsOptional()
  @Length(1, 100)
  q?: string;

  @Field(() => ID, { nullable: true, description: 'Selections made by this unit or a unit below it' })
  unitId?: string;

  @Field(() => ID, { nullable: true })
  planTaskId?: string;

  @Field(() => Int, { nullable: true })
  year?: number;

  @Field(() => ID, { nullable: true, description: 'Selections that chose this commune, or one of its mediation teams' })
  chosenUnitId?: string;
}

@ArgsType()
export class PilotSelectionListArgs extends ListArgs {
  @Field(() => PilotSelectionFilter, { nullable: true })
  filter?: PilotSelectionFilter;
}

@ArgsType()
export class PilotSelectionMetaArgs extends MetaArgs {
  @Field(() => PilotSelectionFilter, { nullable: true })
  filter?: PilotSelectionFilter;
}

@ArgsType()
export class PilotCandidatesArgs {
  @Field(() => ID, { description: 'A plan task with PILOT_SELECTION criteria (Bạc Liêu: task 4)' })
  planTaskId: string;

  @Field(() => Int, { description: 'The year of the data ranked' })
  @Min(2000)
  @Max(2100)
  year: number;

  @Field(() => ID, { nullable: true, description: 'The selecting unit (default: the plan\'s unit); candidates are the communes below it' })
  @IsOptional()
  unitId?: string;
}

@ArgsType()
export class CreatePilotSelectionArgs extends PilotCandidatesArgs {
  @Field(() => [ID], { nullable: true, description: 'The chosen communes: exactly the number the criterion asks for, when it asks for one' })
  @IsOptional()
  @ArrayMaxSize(500)
  unitIds?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'The chosen mediation teams, when the criterion chooses teams (candidateLevel TEAM)' })
  @IsOptional()
  @ArrayMaxSize(500)
  teamIds?: string[] | null;

  @Field({ description: 'Why these communes' })
  @Length(10, 5000, { message: 'rationale must say why, in 10 to 5000 characters' })
  rationale: string;
}
