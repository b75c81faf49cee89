import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { ArrayMaxSize, IsOptional, Length } from 'class-validator';
import { JSONObjectResolver, LocalDateResolver } from 'graphql-scalars';
import { AgencyKind } from '../agencies/agency.type';
import { DecimalScalar } from '../plans/decimal.scalar';
import {
  AgencyLevel, LabelStyle, LegalDocumentKind, ReportFrequency, ScheduleKind, TargetApplies, TargetComparator, TargetUnit, TaskCriterionKind,
} from '../plans/plan.enums';
import { UnitLevel } from '../units/unit.type';

/**
 * A draft plan read from a text (readPlanText), in the plan model's own words: what the console
 * shows for review and sends back, corrected, to createPlanFromDraft. One class per shape serves
 * as the answer (PlanDraft...) and as the input (PlanDraft...Input). Nothing here is stored until
 * createPlanFromDraft writes it through the plan services.
 */

@ObjectType('DraftAgency', { description: 'An agency of the draft: agencyId when it was matched to one of the unit\'s (or its ancestors\') agencies, else a kind and/or level' })
@InputType('DraftAgencyInput')
export class DraftAgency {
  @Field({ description: 'The document\'s words' })
  @Length(1, 300)
  label: string;

  @Field(() => ID, { nullable: true })
  agencyId?: string | null;

  @Field(() => AgencyKind, { nullable: true })
  agencyKind?: AgencyKind | null;

  @Field(() => AgencyLevel, { nullable: true })
  agencyLevel?: AgencyLevel | null;
}

@ObjectType('DraftDocument', { description: 'A document the plan cites; matchedPlanId / matchedDocumentId when it is already known' })
@InputType('DraftDocumentInput')
export class DraftDocument {
  @Field(() => LegalDocumentKind)
  kind: LegalDocumentKind;

  @Field(() => String, { nullable: true })
  numberSymbol?: string | null;

  @Field(() => LocalDateResolver, { nullable: true })
  issuedOn?: string | null;

  @Field(() => Int, { nullable: true })
  issuedYear?: number | null;

  @Field(() => String, { nullable: true })
  issuingBody?: string | null;

  @Field(() => String, { nullable: true })
  title?: string | null;

  @Field(() => ID, { nullable: true, description: 'A plan the caller reads with this number: the draft implements it' })
  matchedPlanId?: string | null;

  @Field(() => ID, { nullable: true, description: 'A document the caller reads with this number and kind' })
  matchedDocumentId?: string | null;

  @Field(() => DraftDocument, { nullable: true, description: 'What this document implements, as far as the text says' })
  implements?: DraftDocument | null;
}

@ObjectType('DraftTarget')
@InputType('DraftTargetInput')
export class DraftTarget {
  @Field(() => String, { nullable: true, description: 'An indicator code of the catalogue; null when only the words are known (choose one before saving)' })
  indicator?: string | null;

  @Field({ description: 'The indicator in the document\'s words' })
  indicatorText: string;

  @Field(() => TargetComparator)
  comparator: TargetComparator;

  @Field(() => DecimalScalar)
  value: string;

  @Field(() => TargetUnit)
  unit: TargetUnit;

  @Field(() => TargetApplies)
  applies: TargetApplies;

  @Field(() => Int, { nullable: true })
  year?: number | null;

  @Field(() => Int, { nullable: true })
  fromYear?: number | null;

  @Field(() => Int, { nullable: true })
  toYear?: number | null;

  @Field(() => String, { nullable: true, description: 'The clause as written' })
  note?: string | null;
}

@ObjectType('DraftCriterion')
@InputType('DraftCriterionInput')
export class DraftCriterion {
  @Field(() => TaskCriterionKind)
  kind: TaskCriterionKind;

  @Field()
  text: string;

  @Field(() => JSONObjectResolver, { description: 'In the stored shape of the kind (task-criterion.shape.ts)' })
  parameters: Record<string, unknown>;
}

@ObjectType('DraftTask')
@InputType('DraftTaskInput')
export class DraftTask {
  @Field()
  code: string;

  @Field(() => LabelStyle)
  labelStyle: LabelStyle;

  @Field()
  title: string;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => String, { nullable: true })
  leadText?: string | null;

  @Field(() => String, { nullable: true })
  coordinatingText?: string | null;

  @Field(() => [DraftAgency])
  @ArrayMaxSize(20)
  lead: DraftAgency[];

  @Field(() => [DraftAgency])
  @ArrayMaxSize(20)
  coordinating: DraftAgency[];

  @Field(() => ScheduleKind, { nullable: true })
  scheduleKind?: ScheduleKind | null;

  @Field(() => Int, { nullable: true })
  scheduleYear?: number | null;

  @Field(() => Int, { nullable: true })
  scheduleYearTo?: number | null;

  @Field(() => Int, { nullable: true })
  scheduleQuarter?: number | null;

  @Field(() => Int, { nullable: true })
  scheduleBeforeDay?: number | null;

  @Field(() => Int, { nullable: true })
  scheduleBeforeMonth?: number | null;

  @Field(() => String, { nullable: true })
  scheduleNote?: string | null;

  @Field(() => [DraftTarget])
  @ArrayMaxSize(10)
  targets: DraftTarget[];

  @Field(() => [DraftCriterion])
  @ArrayMaxSize(10)
  criteria: DraftCriterion[];
}

@ObjectType('DraftBudgetLine')
@InputType('DraftBudgetLineInput')
export class DraftBudgetLine {
  @Field()
  code: string;

  @Field()
  title: string;

  @Field(() => DecimalScalar, { description: 'Million VND' })
  amount: string;

  @Field(() => ScheduleKind, { nullable: true })
  scheduleKind?: ScheduleKind | null;

  @Field(() => Int, { nullable: true })
  scheduleYear?: number | null;

  @Field(() => String, { nullable: true })
  scheduleNote?: string | null;
}

@ObjectType('DraftResponsibility')
@InputType('DraftResponsibilityInput')
export class DraftResponsibility {
  @Field()
  text: string;

  @Field()
  isRequest: boolean;

  @Field(() => [DraftAgency])
  @ArrayMaxSize(30)
  agencies: DraftAgency[];
}

@ObjectType('DraftReportingRule')
@InputType('DraftReportingRuleInput')
export class DraftReportingRule {
  @Field(() => ReportFrequency)
  frequency: ReportFrequency;

  @Field(() => Int, { nullable: true })
  dueDay?: number | null;

  @Field(() => Int, { nullable: true })
  dueMonth?: number | null;

  @Field()
  dueBefore: boolean;

  @Field(() => [UnitLevel])
  @ArrayMaxSize(3)
  reporterLevels: UnitLevel[];

  @Field(() => String, { nullable: true })
  reporters?: string | null;

  @Field(() => DraftAgency, { nullable: true })
  receiving?: DraftAgency | null;

  @Field(() => String, { nullable: true })
  forwardedTo?: string | null;

  @Field(() => String, { nullable: true })
  note?: string | null;
}

@ObjectType('PlanDraft', { description: 'A plan as read from its text, not saved: review it, correct it, and save it with createPlanFromDraft' })
@InputType('PlanDraftInput')
export class PlanDraft {
  @Field()
  @Length(1, 1000, { message: 'title must be 1 to 1000 characters long' })
  title: string;

  @Field(() => String, { nullable: true })
  number?: string | null;

  @Field(() => LocalDateResolver, { nullable: true })
  issuedOn?: string | null;

  @Field(() => String, { nullable: true })
  issuingBody?: string | null;

  @Field(() => String, { nullable: true })
  placeOfIssue?: string | null;

  @Field(() => Int, { nullable: true })
  periodFrom?: number | null;

  @Field(() => Int, { nullable: true })
  periodTo?: number | null;

  @Field(() => DraftDocument, { nullable: true, description: 'What the plan implements ("Thực hiện ...")' })
  implements?: DraftDocument | null;

  @Field(() => [DraftDocument], { description: '"Căn cứ ..." citations: saved as referenced documents when unknown' })
  @ArrayMaxSize(30)
  grounds: DraftDocument[];

  @Field(() => String, { nullable: true })
  preamble?: string | null;

  @Field(() => [String])
  @ArrayMaxSize(50)
  purposes: string[];

  @Field(() => [String])
  @ArrayMaxSize(50)
  requirements: string[];

  @Field(() => [String])
  @ArrayMaxSize(50)
  objectives: string[];

  @Field(() => [DraftTarget], { description: 'Targets of the plan itself' })
  @ArrayMaxSize(30)
  targets: DraftTarget[];

  @Field(() => [DraftTask])
  @ArrayMaxSize(100)
  tasks: DraftTask[];

  @Field(() => String, { nullable: true })
  responsibilitiesPreamble?: string | null;

  @Field(() => [DraftResponsibility])
  @ArrayMaxSize(50)
  responsibilities: DraftResponsibility[];

  @Field(() => String, { nullable: true })
  fundingSource?: string | null;

  @Field(() => [DraftBudgetLine], { description: 'The appendix in code order; a parent\'s amount must equal the sum of its lines' })
  @ArrayMaxSize(200)
  budgetLines: DraftBudgetLine[];

  @Field(() => DecimalScalar, { nullable: true, description: 'The total as printed (not stored: the plan\'s total is the sum of its top-level lines)' })
  budgetTotal?: string | null;

  @Field(() => [DraftReportingRule])
  @ArrayMaxSize(20)
  reportingRules: DraftReportingRule[];

  @Field(() => [String])
  @ArrayMaxSize(50)
  recipients: string[];

  @Field(() => String, { nullable: true })
  archive?: string | null;

  @Field(() => String, { nullable: true })
  signerOnBehalfOf?: string | null;

  @Field(() => String, { nullable: true })
  signerSignsFor?: string | null;

  @Field(() => String, { nullable: true })
  signerCapacity?: string | null;

  @Field(() => String, { nullable: true })
  signerName?: string | null;
}
