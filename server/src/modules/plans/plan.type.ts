import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DateTimeISOResolver, LocalDateResolver } from 'graphql-scalars';
import { PlanStatus, PredecessorRelation } from './plan.enums';

@ObjectType({ description: 'Who signed a plan, as the signature block reads' })
export class Signer {
  @Field(() => String, { nullable: true })
  name: string | null;

  @Field(() => String, { nullable: true, description: '"KT. CHỦ TỊCH / PHÓ CHỦ TỊCH": signing for the chairman, as vice-chairman' })
  capacity: string | null;

  @Field(() => String, { nullable: true, description: '"TM. ỦY BAN NHÂN DÂN": on behalf of the committee' })
  onBehalfOf: string | null;

  @Field(() => String, { nullable: true, description: '"KT. CHỦ TỊCH" (also Q., TL., TUQ.): a deputy signing for the head' })
  signsFor: string | null;
}

@ObjectType({ description: 'A plan (kế hoạch) of a unit: readable by the units below it, writable only in its own write scope' })
export class Plan {
  @Field(() => ID)
  id: number;

  /** The owning unit's path (never a field: Plan.writable reads it). */
  unitPath?: string;

  @Field(() => ID, { description: 'The unit that owns (issues) the plan' })
  unitId: number;

  @Field(() => String, { nullable: true, description: '"127/KH-UBND"; locked once issued' })
  number: string | null;

  @Field()
  title: string;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Locked once issued' })
  issuedOn: string | null;

  @Field(() => String, { nullable: true })
  issuingBody: string | null;

  @Field(() => Int, { description: 'First year the plan covers (every plan has a period; one year when none was given)' })
  periodFrom: number;

  @Field(() => Int, { description: 'Last year the plan covers' })
  periodTo: number;

  @Field(() => String, { nullable: true, description: 'Địa danh of the date line ("Mỹ Tú")' })
  placeOfIssue: string | null;

  @Field(() => ID, { nullable: true, description: 'The decision this plan is the attachment of ("ban hành kèm theo Quyết định số ...")' })
  issuedByDecisionId: number | null;

  @Field(() => ID, { nullable: true, description: 'The earlier plan this one succeeds or replaces' })
  predecessorId: number | null;

  @Field(() => PredecessorRelation, { nullable: true })
  predecessorRelation: PredecessorRelation | null;

  @Field(() => ID, { nullable: true, description: 'The plan of a predecessor unit this one carries over across the 2025 reform (chuyển tiếp); see carriedOverFrom' })
  carriedOverFromId: number | null;

  @Field(() => PlanStatus)
  status: PlanStatus;

  @Field({ description: 'false for a plan known only by reference (its tasks are not stored)' })
  contentKnown: boolean;

  @Field(() => String, { nullable: true, description: 'Where the stored text comes from' })
  sourceNote: string | null;

  @Field(() => String, { nullable: true, description: 'The opening paragraphs (the "Thực hiện ..." basis)' })
  preamble: string | null;

  @Field(() => [String], { description: 'Mục đích, in order' })
  purposes: string[];

  @Field(() => [String], { description: 'Yêu cầu, in order' })
  requirements: string[];

  @Field(() => [String], { description: 'Mục tiêu stated as text, in order (numeric targets are Target rows)' })
  objectives: string[];

  @Field(() => String, { nullable: true, description: 'The paragraph that opens "Phân công nhiệm vụ"' })
  responsibilitiesPreamble: string | null;

  @Field(() => String, { nullable: true, description: 'Kinh phí thực hiện: where the money comes from' })
  fundingSource: string | null;

  @Field(() => String, { nullable: true })
  signerName: string | null;

  @Field(() => String, { nullable: true })
  signerCapacity: string | null;

  @Field(() => String, { nullable: true, description: 'The "TM." line' })
  signerOnBehalfOf: string | null;

  @Field(() => String, { nullable: true, description: 'The "KT." line (also Q., TL., TUQ.)' })
  signerSignsFor: string | null;

  @Field(() => [String], { description: 'Nơi nhận, in order: named bodies and references ("Như Điều 3"), without the archive line' })
  recipients: string[];

  @Field(() => String, { nullable: true, description: 'The archive line\'s content: "VT, NC" of "Lưu: VT, NC"' })
  archive: string | null;

  @Field(() => ID, { nullable: true, description: 'The plan this one implements' })
  parentId: number | null;

  @Field(() => ID, { description: 'The plan\'s own legal document' })
  documentId: number;

  @Field(() => ID, { nullable: true, description: 'The document this plan implements (the parent plan\'s, or a directive, scheme ...)' })
  implementsDocumentId: number | null;

  @Field(() => Int, { description: 'Send it back with updates: a stale version answers CONFLICT' })
  version: number;

  @Field(() => DateTimeISOResolver)
  createdAt: Date;

  @Field(() => DateTimeISOResolver)
  updatedAt: Date;
}

@ObjectType({ description: 'The plans implementing a plan, counted by status (only those the caller may read)' })
export class CascadeStatus {
  @Field(() => Int)
  drafted: number;

  @Field(() => Int)
  issued: number;

  @Field(() => Int)
  inProgress: number;

  @Field(() => Int)
  closed: number;

  @Field(() => Int)
  total: number;
}

@ObjectType({ description: 'What cascadePlan did: the draft plans it created, and the plans the chosen units already had' })
export class CascadeResult {
  @Field(() => [Plan])
  created: Plan[];

  @Field(() => [Plan], { description: 'Units that already had a plan implementing the parent got none; these are those plans' })
  existing: Plan[];
}
