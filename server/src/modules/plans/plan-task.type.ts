import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DateTimeISOResolver, JSONObjectResolver, LocalDateResolver } from 'graphql-scalars';
import { AgencyKind } from '../agencies/agency.type';
import { AgencyLevel, AgencyRole, LabelStyle, ScheduleKind, TaskCriterionKind } from './plan.enums';

@ObjectType({ description: 'An agency a plan names: one Agency, or a kind of agency at a level ("UBND cấp xã")' })
export class AgencyAssignment {
  @Field(() => ID)
  id: number;

  @Field(() => AgencyRole)
  role: AgencyRole;

  @Field(() => ID, { nullable: true })
  agencyId: number | null;

  @Field(() => AgencyKind, { nullable: true })
  agencyKind: AgencyKind | null;

  @Field(() => AgencyLevel, { nullable: true })
  agencyLevel: AgencyLevel | null;

  @Field({ description: 'The words of the document ("Phòng Tư pháp", "UBND cấp xã")' })
  label: string;
}

@ObjectType({ description: 'A task of a plan (code 1, 2, 2.1 ...)' })
export class PlanTask {
  @Field(() => ID)
  id: number;

  @Field(() => ID)
  planId: number;

  @Field()
  code: string;

  @Field(() => LabelStyle, { description: 'How the document labels the task ("1.", "a)", "Một là,")' })
  labelStyle: LabelStyle;

  @Field()
  title: string;

  @Field(() => String, { nullable: true })
  description: string | null;

  @Field(() => String, { nullable: true, description: 'The lead-agency line, verbatim ("Phòng Tư pháp, Ủy ban nhân dân cấp xã")' })
  leadText: string | null;

  @Field(() => String, { nullable: true, description: 'The coordinating-agency line, verbatim' })
  coordinatingText: string | null;

  @Field(() => ScheduleKind, { nullable: true, description: 'null when the document states no timing' })
  scheduleKind: ScheduleKind | null;

  @Field(() => Int, { nullable: true, description: 'ONCE: the year; YEARLY_FROM and SPAN: the first year; PART_OF_YEAR: the year, or null for every year' })
  scheduleYear: number | null;

  @Field(() => Int, { nullable: true, description: 'SPAN: the last year' })
  scheduleYearTo: number | null;

  @Field(() => Int, { nullable: true, description: 'PART_OF_YEAR: the quarter (1–4), "trong quý I"' })
  scheduleQuarter: number | null;

  @Field(() => Int, { nullable: true, description: 'PART_OF_YEAR: "trước 30/6" is day 30 ...' })
  scheduleBeforeDay: number | null;

  @Field(() => Int, { nullable: true, description: '... of month 6' })
  scheduleBeforeMonth: number | null;

  @Field(() => [LocalDateResolver], { nullable: true })
  scheduleDates: string[] | null;

  @Field(() => String, { nullable: true, description: 'The timing in the document\'s words ("Hàng năm")' })
  scheduleNote: string | null;

  @Field(() => ID, { nullable: true, description: 'The parent plan\'s task this one implements' })
  implementsId: number | null;

  @Field(() => Int)
  version: number;

  @Field(() => DateTimeISOResolver)
  createdAt: Date;

  @Field(() => DateTimeISOResolver)
  updatedAt: Date;
}

@ObjectType({ description: 'A criterion of a task as data (pilot selection, trainer pools, mediator workforce)' })
export class TaskCriterion {
  @Field(() => ID)
  id: number;

  @Field(() => ID)
  taskId: number;

  @Field(() => Int)
  position: number;

  @Field(() => TaskCriterionKind)
  kind: TaskCriterionKind;

  @Field({ description: 'The document\'s words' })
  text: string;

  @Field(() => JSONObjectResolver, {
    description: 'One shape per kind, documented in task-criterion.shape.ts',
    deprecationReason: 'Read the typed field of the kind: pilotSelection, trainerPool, trainerTraining, mediatorWorkforce or mediatorTraining',
  })
  parameters: Record<string, unknown>;

  @Field(() => ID)
  planId: number;

  @Field(() => Int)
  version: number;

  @Field(() => DateTimeISOResolver)
  createdAt: Date;

  @Field(() => DateTimeISOResolver)
  updatedAt: Date;
}
