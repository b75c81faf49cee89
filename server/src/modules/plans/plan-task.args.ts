import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { ArrayMaxSize, IsOptional, Length, Min } from 'class-validator';
import { LocalDateResolver } from 'graphql-scalars';
import { ListArgs, MetaArgs } from '../../core/graphql/list';
import { AgencyKind } from '../agencies/agency.type';
import { AgencyLevel, AgencyRole, LabelStyle, ScheduleKind } from './plan.enums';

@InputType()
export class PlanTaskFilter {
  @Field(() => [ID], { nullable: true })
  ids?: string[];

  @Field({ nullable: true, description: 'Search in code and title, ignoring case and diacritics' })
  @IsOptional()
  @Length(1, 100)
  q?: string;

  @Field(() => ID, { nullable: true })
  planId?: string;

  @Field(() => ID, { nullable: true, description: 'Tasks implementing this task' })
  implementsId?: string;
}

@ArgsType()
export class PlanTaskListArgs extends ListArgs {
  @Field(() => PlanTaskFilter, { nullable: true })
  filter?: PlanTaskFilter;
}

@ArgsType()
export class PlanTaskMetaArgs extends MetaArgs {
  @Field(() => PlanTaskFilter, { nullable: true })
  filter?: PlanTaskFilter;
}

@InputType({ description: 'A lead or coordinating agency: agencyId, or agencyKind and/or agencyLevel ("UBND cấp xã")' })
export class AgencyAssignmentInput {
  @Field(() => AgencyRole)
  role: AgencyRole;

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
export class PlanTaskFieldsArgs {
  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => String, { nullable: true })
  leadText?: string | null;

  @Field(() => String, { nullable: true })
  coordinatingText?: string | null;

  @Field(() => LabelStyle, { nullable: true, description: 'How the document labels the task; ARABIC ("1.") when not given' })
  labelStyle?: LabelStyle | null;

  @Field(() => ScheduleKind, { nullable: true })
  scheduleKind?: ScheduleKind | null;

  @Field(() => Int, { nullable: true, description: 'ONCE: the year; YEARLY_FROM, SPAN: the first year; PART_OF_YEAR: the year (none: every year)' })
  scheduleYear?: number | null;

  @Field(() => Int, { nullable: true, description: 'SPAN: the last year' })
  scheduleYearTo?: number | null;

  @Field(() => Int, { nullable: true, description: 'PART_OF_YEAR: the quarter, 1–4' })
  scheduleQuarter?: number | null;

  @Field(() => Int, { nullable: true, description: 'PART_OF_YEAR: before this day ...' })
  scheduleBeforeDay?: number | null;

  @Field(() => Int, { nullable: true, description: '... of this month' })
  scheduleBeforeMonth?: number | null;

  @Field(() => [LocalDateResolver], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(366)
  scheduleDates?: string[] | null;

  @Field(() => String, { nullable: true })
  scheduleNote?: string | null;

  @Field(() => ID, { nullable: true, description: 'The parent plan\'s task this one implements' })
  implementsId?: string | null;

  @Field(() => [AgencyAssignmentInput], { nullable: true, description: 'Replaces the task\'s agencies, in order' })
  @IsOptional()
  @ArrayMaxSize(30)
  agencies?: AgencyAssignmentInput[] | null;
}

@ArgsType()
export class CreatePlanTaskArgs extends PlanTaskFieldsArgs {
  @Field(() => ID)
  planId: string;

  @Field()
  code: string;

  @Field()
  @Length(1, 1000, { message: 'title must be 1 to 1000 characters long' })
  title: string;
}

@ArgsType()
export class UpdatePlanTaskArgs extends PlanTaskFieldsArgs {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  @Min(1)
  version: number;

  @Field(() => String, { nullable: true })
  code?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 1000, { message: 'title must be 1 to 1000 characters long' })
  title?: string | null;
}

@ArgsType()
export class MovePlanTaskArgs {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  @Min(1)
  version: number;

  @Field({ description: 'The task\'s new code ("3", "2.1"): its sub-tasks follow, the rows after it move down one, those after its old place up one' })
  code: string;
}
