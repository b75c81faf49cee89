import { Field, ID, Int, ObjectType } from 'type-graphql';
import { AgencyKind } from '../agencies/agency.type';
import { PlanDraft } from './plan-draft.type';

@ObjectType({ description: 'A recognised part of the text: where it came from ([start, end) in PlanReading.text) and the rule that read it' })
export class RecognisedTextPart {
  @Field({ description: 'Where it went in the draft: "number", "tasks[1].lead[0]", "budget.lines[2]"' })
  path: string;

  @Field(() => Int)
  start: number;

  @Field(() => Int)
  end: number;

  @Field({ description: 'The rule that recognised it' })
  rule: string;

  @Field({ description: 'What the rule recognises' })
  explanation: string;
}

@ObjectType({ description: 'Text no rule placed, with why: listed, never dropped' })
export class UnplacedText {
  @Field(() => Int)
  start: number;

  @Field(() => Int)
  end: number;

  @Field()
  text: string;

  @Field({ description: 'UNRECOGNISED, NOT_STORED, TARGET_WITHOUT_VALUE or UNKNOWN_SECTION' })
  reason: string;
}

@ObjectType({ description: 'Something placed that does not add up (a budget total, an unknown agency, an inferred period)' })
export class TextReadingWarning {
  @Field()
  code: string;

  @Field()
  message: string;

  @Field(() => Int, { nullable: true })
  start: number | null;

  @Field(() => Int, { nullable: true })
  end: number | null;
}

@ObjectType({ description: 'An agency of the unit or of a unit above it, which the draft\'s tasks may name' })
export class DraftAgencyChoice {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => AgencyKind)
  kind: AgencyKind;

  @Field(() => ID)
  unitId: string;
}

@ObjectType({ description: 'A plan\'s text read into a draft, nothing saved' })
export class PlanTextReading {
  @Field({ description: 'The normalised text every span refers to (NFC, "\\n" line ends)' })
  text: string;

  @Field(() => PlanDraft)
  draft: PlanDraft;

  @Field(() => [RecognisedTextPart])
  parts: RecognisedTextPart[];

  @Field(() => [UnplacedText])
  unplaced: UnplacedText[];

  @Field(() => [TextReadingWarning])
  warnings: TextReadingWarning[];

  @Field(() => [DraftAgencyChoice], { description: 'The agencies of the unit and of the units above it, by name' })
  agencyChoices: DraftAgencyChoice[];
}
