import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateTimeISOResolver } from 'graphql-scalars';
import { IndicatorCoverage } from '../indicators/indicator.type';

export enum PilotPriority {
  FAILS_ACCESS_TO_LAW_MEDIATION_CRITERION = 'FAILS_ACCESS_TO_LAW_MEDIATION_CRITERION',
  LOW_SETTLEMENT_RATE = 'LOW_SETTLEMENT_RATE',
  MANY_DIFFICULTIES = 'MANY_DIFFICULTIES',
  /** Team-level (exemplary-team) selections rank the best teams first. */
  HIGH_SETTLEMENT_RATE = 'HIGH_SETTLEMENT_RATE',
  MANY_CASES = 'MANY_CASES',
}
registerEnumType(PilotPriority, {
  name: 'PilotPriority',
  description: 'A ranking key of pilot candidates, from the task\'s criteria. Communes: failing the mediation criterion of the access-to-law standard, then the lowest settlement rate, then the most difficulties. Teams: the keys in the criterion\'s order (lowest or highest settlement rate, most cases concluded)',
});

@ObjectType({ description: 'A commune (or, for a team-level selection, a mediation team) ranked for pilot direction, with the values of the criteria it was ranked on' })
export class PilotCandidate {
  @Field(() => ID, { description: 'The commune; for a team, the commune the team belongs to' })
  unitId: number;

  @Field(() => ID, { nullable: true, description: 'The mediation team, in a team-level ranking' })
  teamId?: number | null;

  @Field()
  code: string;

  @Field()
  name: string;

  @Field(() => String, { nullable: true, description: 'The district (or province) the commune lies in' })
  parentName: string | null;

  @Field(() => Int, { description: '1-based place in the list; equal criteria values are ordered by unit code' })
  position: number;

  @Field(() => Int, { description: 'Competition rank: candidates with equal criteria values share it (1, 2, 2, 4)' })
  rank: number;

  @Field({ description: 'Shares its rank with another candidate: the order between them is only the unit code' })
  tied: boolean;

  @Field(() => Boolean, { nullable: true, description: 'Failed the mediation criterion of the access-to-law standard in the year; null: not assessed' })
  failsMediationCriterion: boolean | null;

  @Field(() => Float, { nullable: true, description: 'Percent settled of the cases concluded in the year; null without a concluded case' })
  settlementRate: number | null;

  @Field(() => Int)
  casesSettled: number;

  @Field(() => Int)
  casesNotSettled: number;

  @Field(() => Int, { nullable: true, description: 'Recorded difficulties, 0–10 (commune profile); null: not recorded' })
  difficultyScore: number | null;

  @Field(() => String, { nullable: true })
  difficulties: string | null;

  @Field({ description: 'Chosen as a pilot (in a recorded selection; false in a live ranking)' })
  chosen: boolean;

  @Field(() => IndicatorCoverage, {
    nullable: true,
    description: 'For a commune that succeeded others at the 2025 reform, ranked on a year of its history: the share of its teams whose records the figures count (as indicators.coverage); null otherwise',
  })
  coverage?: IndicatorCoverage | null;
}

@ObjectType({ description: 'A pilot-selection criterion of the task, as the plan states it' })
export class PilotCriterion {
  @Field(() => ID)
  id: number;

  @Field(() => Int)
  position: number;

  @Field()
  text: string;

  @Field(() => Int, { nullable: true, description: 'How many units it asks for; null: "một số" (some)' })
  count: number | null;

  @Field({ description: 'The level of the selecting agency (PROVINCE: Sở Tư pháp; DISTRICT: UBND cấp huyện)' })
  selectedByLevel: string;
}

@ObjectType({ description: 'The communes in a unit ranked by a plan task\'s pilot-selection criteria, on the data of a year' })
export class PilotRanking {
  @Field(() => ID)
  planTaskId: number;

  @Field(() => ID, { description: 'The selecting unit: candidates are the communes below it' })
  unitId: number;

  @Field(() => Int, { description: 'The year of the data ranked' })
  year: number;

  @Field(() => Int, { nullable: true, description: 'How many to choose (Bạc Liêu: 3); null when the criteria leave it open' })
  count: number | null;

  @Field(() => [PilotPriority])
  priorities: PilotPriority[];

  @Field(() => [PilotCriterion])
  criteria: PilotCriterion[];

  @Field(() => [PilotCandidate])
  candidates: PilotCandidate[];

  @Field({ description: 'COMMUNE: the candidates are communes; TEAM: mediation teams (the selecting criterion\'s candidateLevel)' })
  candidateLevel: string;
}

@ObjectType({ description: 'A recorded choice of pilot communes (chỉ đạo điểm): kept exactly as made' })
export class PilotSelection {
  @Field(() => ID)
  id: number;

  @Field(() => ID, { description: 'The selecting unit' })
  unitId: number;

  @Field(() => ID)
  planTaskId: number;

  @Field(() => Int, { description: 'The year of the data ranked' })
  year: number;

  @Field(() => Int, { description: 'How many communes were chosen' })
  count: number;

  @Field()
  rationale: string;

  @Field(() => [PilotPriority], { description: 'The ranking keys, in order, as they were' })
  priorities: PilotPriority[];

  @Field(() => [PilotCriterion], { description: 'The task\'s criteria as they stood' })
  criteria: PilotCriterion[];

  @Field(() => [PilotCandidate], { description: 'The ranking snapshot: every candidate with its criteria values, chosen ones flagged' })
  candidates: PilotCandidate[];

  @Field(() => [ID], { description: 'The chosen communes; for a team-level selection, the communes of the chosen teams' })
  chosenUnitIds: number[];

  @Field({ description: 'COMMUNE or TEAM: what was chosen' })
  candidateLevel: string;

  @Field(() => [PilotCandidate], { description: 'The chosen candidates of the snapshot, in the ranking\'s order: the communes, or the mediation teams with their commune (parentName), named as they were' })
  chosenCandidates: PilotCandidate[];

  @Field(() => [ID], { description: 'The chosen mediation teams of a team-level selection (empty otherwise)' })
  chosenTeamIds: number[];

  @Field(() => ID, { nullable: true })
  chosenById: number | null;

  @Field()
  chosenByName: string;

  @Field(() => DateTimeISOResolver)
  chosenAt: Date;

  @Field(() => Int)
  version: number;

  @Field(() => DateTimeISOResolver)
  createdAt: Date;

  @Field(() => DateTimeISOResolver)
  updatedAt: Date;
}
