import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateTimeISOResolver, LocalDateResolver } from 'graphql-scalars';
import { MediationFigures } from '../indicators/indicator.type';

export enum ReportStatus {
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
  APPROVED = 'APPROVED',
}
registerEnumType(ReportStatus, {
  name: 'ReportStatus',
  description: 'DRAFT → SUBMITTED → APPROVED (by the level above, then locked); the level above reopens a submitted or approved report to DRAFT with a reason',
});

export enum ReportTimeliness {
  NOT_DUE = 'NOT_DUE',
  OVERDUE = 'OVERDUE',
  ON_TIME = 'ON_TIME',
  LATE = 'LATE',
}
registerEnumType(ReportTimeliness, {
  name: 'ReportTimeliness',
  description: 'Against the due date (Vietnam time): a draft is NOT_DUE or OVERDUE; a submitted report was ON_TIME or LATE at its first submission',
});

export enum ReportBasis {
  REPORTER_LEVEL = 'REPORTER_LEVEL',
  PLAN_OWNER = 'PLAN_OWNER',
  CONSOLIDATING = 'CONSOLIDATING',
}
registerEnumType(ReportBasis, {
  name: 'ReportBasis',
  description: 'Why the unit reports under its rule: its level is named by a plan above it; it owns the plan; or it consolidates the reports of plans below it',
});

export enum ReportAction {
  SUBMIT = 'SUBMIT',
  APPROVE = 'APPROVE',
  REOPEN = 'REOPEN',
  CORRECT = 'CORRECT',
  WITHDRAW = 'WITHDRAW',
}
registerEnumType(ReportAction, {
  name: 'ReportAction',
  description: 'A step the caller may take on a report now: the server accepts exactly these (status, scope, and for submitting and approving, every unit below submitted)',
});

@ObjectType({ description: 'A report\'s figures: the snapshot with the corrections applied' })
export class ReportFigures extends MediationFigures {
  @Field(() => [String], { description: 'The fields whose value was corrected by hand' })
  corrected: string[];
}

@ObjectType({ description: 'Progress on one task of the plan reported on' })
export class ReportTaskProgress {
  @Field(() => ID)
  taskId: number;

  @Field()
  code: string;

  @Field()
  title: string;

  @Field({ description: 'Generated from the data (training events of the task, its targets), or corrected by hand' })
  text: string;

  @Field()
  corrected: boolean;
}

@ObjectType({ description: 'A hand correction of one figure or progress text, with why' })
export class ReportCorrection {
  @Field(() => ID)
  id: number;

  @Field({ description: 'A figure (casesSettled ...) or taskProgress.<taskId>' })
  field: string;

  @Field(() => String, { nullable: true, description: 'The value computed from the data' })
  computed: string | null;

  @Field(() => String, { nullable: true, description: 'The value before this correction' })
  previous: string | null;

  @Field()
  value: string;

  @Field()
  reason: string;

  @Field(() => ID, { nullable: true })
  correctedById: number | null;

  @Field(() => String, { nullable: true, description: 'Who corrected it, by name (as it was then)' })
  correctedByName: string | null;

  @Field(() => DateTimeISOResolver)
  correctedAt: Date;
}

@ObjectType({ description: 'A step in a report\'s life' })
export class ReportEvent {
  @Field(() => ID)
  id: number;

  @Field({ description: 'GENERATED, REFRESHED, CORRECTED, SUBMITTED, APPROVED or REOPENED' })
  kind: string;

  @Field(() => DateTimeISOResolver)
  at: Date;

  @Field(() => ID, { nullable: true })
  userId: number | null;

  @Field(() => String, { nullable: true, description: 'Who acted, by name (as it was then)' })
  userName: string | null;

  @Field(() => String, { nullable: true })
  reason: string | null;

  @Field(() => Boolean, { nullable: true, description: 'For a submission: before the deadline' })
  onTime: boolean | null;
}

@ObjectType({ description: 'The yearly report of a commune, district or province' })
export class Report {
  @Field(() => ID)
  id: number;

  @Field(() => ID)
  unitId: number;

  @Field(() => Int)
  year: number;

  @Field(() => ReportStatus)
  status: ReportStatus;

  @Field(() => ReportBasis)
  basis: ReportBasis;

  @Field(() => ID, { nullable: true, description: 'The plan reported on (its tasks are the progress items)' })
  planId: number | null;

  @Field(() => ID, { nullable: true, description: 'The reporting rule that set the due date' })
  reportingRuleId: number | null;

  @Field(() => LocalDateResolver, { description: 'The day in the rule (Mỹ Tú: 15 November)' })
  dueDate: string;

  @Field({ description: 'Due strictly before dueDate ("trước ngày 15/11")' })
  dueBefore: boolean;

  @Field(() => LocalDateResolver, { description: 'The last day a submission is on time' })
  lastOnTimeDay: string;

  @Field(() => ReportTimeliness)
  timeliness: ReportTimeliness;

  @Field(() => Int, { description: 'Days after the last on-time day: of the first submission, or until today for an overdue draft; 0 otherwise' })
  daysLate: number;

  @Field(() => ReportFigures, { description: 'The figures as reported: the snapshot with corrections applied' })
  figures: ReportFigures;

  @Field(() => ReportFigures, { description: 'The snapshot as computed from the data, without corrections' })
  computedFigures: ReportFigures;

  @Field(() => [ReportTaskProgress])
  taskProgress: ReportTaskProgress[];

  @Field(() => DateTimeISOResolver, { description: 'When the snapshot was computed (generation, refresh or submission)' })
  computedAt: Date;

  @Field(() => DateTimeISOResolver, { nullable: true })
  firstSubmittedAt: Date | null;

  @Field(() => DateTimeISOResolver, { nullable: true })
  submittedAt: Date | null;

  @Field(() => ID, { nullable: true })
  submittedById: number | null;

  @Field(() => DateTimeISOResolver, { nullable: true })
  approvedAt: Date | null;

  @Field(() => ID, { nullable: true })
  approvedById: number | null;

  @Field(() => Int, { description: 'Send it back with every change: a stale version answers CONFLICT' })
  version: number;

  @Field(() => DateTimeISOResolver)
  createdAt: Date;

  @Field(() => DateTimeISOResolver)
  updatedAt: Date;

  /** Internal: the reporting unit's path, for deciding the caller's actions (never in the API). */
  unitPath: string;
}

@ObjectType({ description: 'A unit below that owes a report for the year and has not submitted it' })
export class MissingReport {
  @Field(() => ID)
  unitId: number;

  @Field(() => LocalDateResolver)
  dueDate: string;

  @Field()
  dueBefore: boolean;

  @Field(() => Int, { description: 'Days after the last on-time day, until today; 0 while not yet due' })
  daysLate: number;

  @Field(() => ID, { nullable: true, description: 'The draft, if one was generated' })
  reportId: number | null;

  @Field(() => ReportStatus, { nullable: true, description: 'DRAFT, or null when no report was generated' })
  status: ReportStatus | null;
}
