import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { ArrayMaxSize, IsOptional, Length, Min } from 'class-validator';
import { LocalDateResolver } from 'graphql-scalars';
import { ListArgs, MetaArgs } from '../../core/graphql/list';
import { PlanStatus, PredecessorRelation } from './plan.enums';

@InputType()
export class PlanFilter {
  @Field(() => [ID], { nullable: true })
  ids?: string[];

  @Field({ nullable: true, description: 'Search in number and title, ignoring case and diacritics' })
  @IsOptional()
  @Length(1, 100)
  q?: string;

  @Field(() => ID, { nullable: true, description: 'Plans of this unit' })
  unitId?: string;

  @Field(() => PlanStatus, { nullable: true })
  status?: PlanStatus;

  @Field(() => Int, { nullable: true, description: 'Plans covering this year (their period, else the year they were issued)' })
  year?: number;

  @Field(() => ID, { nullable: true, description: 'Plans implementing this plan' })
  parentId?: string;
}

@ArgsType()
export class PlanListArgs extends ListArgs {
  @Field(() => PlanFilter, { nullable: true })
  filter?: PlanFilter;
}

@ArgsType()
export class PlanMetaArgs extends MetaArgs {
  @Field(() => PlanFilter, { nullable: true })
  filter?: PlanFilter;
}

/** The editable fields of a plan, shared by create and update (all optional here). */
@ArgsType()
export class PlanFieldsArgs {
  @Field(() => String, { nullable: true, description: 'Locked once issued' })
  @IsOptional()
  @Length(1, 60, { message: 'number must be 1 to 60 characters long' })
  number?: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Locked once issued' })
  issuedOn?: string | null;

  @Field(() => String, { nullable: true })
  issuingBody?: string | null;

  @Field(() => Int, { nullable: true, description: 'First year covered; on create, defaults to the year of issue (else this year)' })
  periodFrom?: number | null;

  @Field(() => Int, { nullable: true, description: 'Last year covered; on create, defaults to periodFrom' })
  periodTo?: number | null;

  @Field(() => String, { nullable: true, description: 'Địa danh of the date line ("Mỹ Tú")' })
  placeOfIssue?: string | null;

  @Field(() => ID, { nullable: true, description: 'A DECISION this plan is the attachment of; the plan takes its number and date when it has none' })
  issuedByDecisionId?: string | null;

  @Field(() => ID, { nullable: true, description: 'An earlier plan of the same unit, for an earlier period, that this one succeeds or replaces' })
  predecessorId?: string | null;

  @Field(() => PredecessorRelation, { nullable: true, description: 'Required with predecessorId' })
  predecessorRelation?: PredecessorRelation | null;

  @Field(() => ID, { nullable: true, description: 'The plan this one implements (same unit or an ancestor); editable while DRAFT' })
  parentId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The document implemented when it is not a plan; ignored when parentId is set' })
  implementsDocumentId?: string | null;

  @Field(() => Boolean, { nullable: true })
  contentKnown?: boolean | null;

  @Field(() => String, { nullable: true })
  sourceNote?: string | null;

  @Field(() => String, { nullable: true })
  preamble?: string | null;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(50)
  purposes?: string[] | null;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(50)
  requirements?: string[] | null;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(50)
  objectives?: string[] | null;

  @Field(() => String, { nullable: true })
  responsibilitiesPreamble?: string | null;

  @Field(() => String, { nullable: true })
  fundingSource?: string | null;

  @Field(() => String, { nullable: true })
  signerName?: string | null;

  @Field(() => String, { nullable: true })
  signerCapacity?: string | null;

  @Field(() => String, { nullable: true, description: 'The "TM. ỦY BAN NHÂN DÂN" line' })
  signerOnBehalfOf?: string | null;

  @Field(() => String, { nullable: true, description: 'The "KT. CHỦ TỊCH" line (also Q., TL., TUQ.)' })
  signerSignsFor?: string | null;

  @Field(() => [String], { nullable: true, description: 'Nơi nhận in order: named bodies and references ("Như Điều 3"); the archive line goes to archive' })
  @IsOptional()
  @ArrayMaxSize(50)
  recipients?: string[] | null;

  @Field(() => String, { nullable: true, description: 'The archive line\'s content, "VT, NC" for "Lưu: VT, NC"' })
  archive?: string | null;
}

@ArgsType()
export class CreatePlanArgs extends PlanFieldsArgs {
  @Field(() => ID, { description: 'The unit that issues the plan' })
  unitId: string;

  @Field()
  @Length(1, 1000, { message: 'title must be 1 to 1000 characters long' })
  title: string;
}

@ArgsType()
export class UpdatePlanArgs extends PlanFieldsArgs {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  @Min(1)
  version: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 1000, { message: 'title must be 1 to 1000 characters long' })
  title?: string | null;
}

@ArgsType()
export class TransitionPlanArgs {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  @Min(1)
  version: number;

  @Field(() => PlanStatus, { description: 'The next status: DRAFT → ISSUED → IN_PROGRESS → CLOSED' })
  status: PlanStatus;
}

@ArgsType()
export class CascadePlanArgs {
  @Field(() => ID)
  planId: string;

  @Field(() => [ID], { description: 'Units directly below the plan\'s unit (the districts of a province, the communes of a district)' })
  @ArrayMaxSize(500)
  unitIds: string[];
}
