import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DateTimeISOResolver, JSONObjectResolver } from 'graphql-scalars';
import { UnitLevel } from '../units/unit.type';
import { PlanStatus, ReportFrequency } from './plan.enums';

@ObjectType({ description: 'What an agency takes on in carrying out the plan (Phân công nhiệm vụ), verbatim' })
export class Responsibility {
  @Field(() => ID)
  id: number;

  @Field(() => Int)
  position: number;

  @Field()
  text: string;

  @Field({ description: 'Addressed as a request ("Đề nghị ...") to bodies the committee does not direct' })
  isRequest: boolean;

  @Field(() => ID)
  planId: number;

  @Field(() => Int)
  version: number;

  @Field(() => DateTimeISOResolver)
  createdAt: Date;

  @Field(() => DateTimeISOResolver)
  updatedAt: Date;
}

@ObjectType({ description: 'Who reports, how often, by when and to whom; enough to generate each unit\'s yearly obligations' })
export class ReportingRule {
  @Field(() => ID)
  id: number;

  @Field(() => ReportFrequency)
  frequency: ReportFrequency;

  @Field(() => Int, { nullable: true })
  dueDay: number | null;

  @Field(() => Int, { nullable: true })
  dueMonth: number | null;

  @Field({ description: 'Due strictly before the day ("trước ngày 15/11")' })
  dueBefore: boolean;

  @Field(() => [UnitLevel], { description: 'Every unit of these levels below the plan\'s unit owes a report each period' })
  reporterLevels: UnitLevel[];

  @Field(() => String, { nullable: true, description: 'Who reports, in the document\'s words' })
  reporters: string | null;

  @Field(() => ID, { nullable: true })
  receivingAgencyId: number | null;

  @Field(() => String, { nullable: true })
  receivingLabel: string | null;

  @Field(() => String, { nullable: true, description: 'Whom the receiving agency reports on to' })
  forwardedTo: string | null;

  @Field(() => String, { nullable: true, description: 'The section\'s text, verbatim' })
  note: string | null;

  @Field(() => ID)
  planId: number;

  @Field(() => Int, { description: 'Order within the plan, from 1' })
  position: number;

  @Field(() => Int)
  version: number;

  @Field(() => DateTimeISOResolver)
  createdAt: Date;

  @Field(() => DateTimeISOResolver)
  updatedAt: Date;
}

@ObjectType({ description: 'A change to an issued plan or one of its rows, with before and after' })
export class PlanAmendment {
  @Field(() => ID)
  id: number;

  @Field(() => DateTimeISOResolver)
  amendedAt: Date;

  @Field(() => ID, { nullable: true })
  userId: number | null;

  @Field(() => String, { nullable: true, description: 'Who amended the plan, by name (as it was then)' })
  userName: string | null;

  @Field(() => String, { nullable: true, description: 'The amended task or budget line by its code and title at the time ("2.1 Tập huấn ..."); null for the plan itself and its other parts' })
  subject: string | null;

  @Field(() => PlanStatus, { description: 'The plan\'s status when it was amended' })
  planStatus: PlanStatus;

  @Field({ description: 'Plan, PlanTask, Target or BudgetLine' })
  entity: string;

  @Field(() => ID)
  entityId: number;

  @Field({ description: 'CREATE, UPDATE or DELETE' })
  action: string;

  @Field(() => JSONObjectResolver, { nullable: true })
  before: Record<string, unknown> | null;

  @Field(() => JSONObjectResolver, { nullable: true })
  after: Record<string, unknown> | null;
}
