import { Field, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { AgencyKind } from '../agencies/agency.type';
import { PilotPriority } from '../pilots/pilot-selection.type';
import { UnitLevel } from '../units/unit.type';

/**
 * The parameters of a task criterion, one typed object per kind (task-criterion.shape.ts holds the
 * same shapes as TypeScript types and validates them). The API never takes or gives raw JSON: a
 * criterion reads `pilotSelection { count priorities }`, and is written with the input of its kind.
 */

export enum PilotWithin { PLAN_UNIT = 'PLAN_UNIT', EACH_DISTRICT = 'EACH_DISTRICT' }
registerEnumType(PilotWithin, { name: 'PilotWithin', description: 'PLAN_UNIT: one choice over the plan\'s whole unit; EACH_DISTRICT: each district chooses among its own' });

export enum PilotCandidateLevel { COMMUNE = 'COMMUNE', TEAM = 'TEAM' }
registerEnumType(PilotCandidateLevel, { name: 'PilotCandidateLevel', description: 'What a pilot selection chooses: communes (xã điểm), or mediation teams (a district\'s exemplary-team model)' });

export enum PriorityMode { ANY = 'ANY', ALL = 'ALL' }
registerEnumType(PriorityMode, { name: 'PriorityMode', description: 'ANY: one priority suffices ("hoặc"); ALL: all of them' });

export enum TrainerPoolAction { REVIEW = 'REVIEW', CONSOLIDATE = 'CONSOLIDATE' }
registerEnumType(TrainerPoolAction, { name: 'TrainerPoolAction', description: 'Rà soát, kiện toàn' });

export enum PoolRequirement { NUMBER = 'NUMBER', COMPOSITION = 'COMPOSITION' }
registerEnumType(PoolRequirement, { name: 'PoolRequirement', description: 'Số lượng, thành phần' });

export enum TrainingTopic { METHOD = 'METHOD', PRACTICE = 'PRACTICE', SKILLS = 'SKILLS', LAW = 'LAW' }
registerEnumType(TrainingTopic, { name: 'TrainingTopic', description: 'Phương pháp, nghiệp vụ, kỹ năng, pháp luật (trainers: METHOD, PRACTICE, SKILLS; mediators: PRACTICE, SKILLS, LAW)' });

export enum WorkforceAction { REVIEW = 'REVIEW', ASSESS = 'ASSESS', ADD = 'ADD', REPLACE = 'REPLACE' }
registerEnumType(WorkforceAction, { name: 'WorkforceAction', description: 'Rà soát, đánh giá, bổ sung, thay thế hòa giải viên' });

export enum WorkforceCondition { TEAM_LACKS_MEDIATORS = 'TEAM_LACKS_MEDIATORS', MEDIATORS_UNDERPERFORM = 'MEDIATORS_UNDERPERFORM' }
registerEnumType(WorkforceCondition, { name: 'WorkforceCondition', description: 'Tổ còn thiếu hòa giải viên; hòa giải viên hoạt động chưa hiệu quả' });

export enum WorkforceRequirement { NUMBER = 'NUMBER', COMPOSITION = 'COMPOSITION', STANDARDS = 'STANDARDS' }
registerEnumType(WorkforceRequirement, { name: 'WorkforceRequirement', description: 'Số lượng, thành phần, tiêu chuẩn' });

export enum Trainees { MEDIATORS = 'MEDIATORS', NEW_MEDIATORS = 'NEW_MEDIATORS' }
registerEnumType(Trainees, { name: 'Trainees', description: 'All mediators, or the newly elected ones' });

@ObjectType({ description: 'An agency of a kind at a level: "Sở Tư pháp" = JUSTICE at PROVINCE' })
export class AgencyAtLevel {
  @Field(() => AgencyKind)
  agencyKind: AgencyKind;

  @Field(() => UnitLevel)
  level: UnitLevel;
}

@InputType('AgencyAtLevelInput')
export class AgencyAtLevelInput {
  @Field(() => AgencyKind)
  agencyKind: AgencyKind;

  @Field(() => UnitLevel)
  level: UnitLevel;
}

@ObjectType({ description: 'Chỉ đạo điểm: who chooses, among what, how many, with which priorities in order' })
export class PilotSelectionParameters {
  @Field(() => AgencyAtLevel)
  selectedBy: AgencyAtLevel;

  @Field(() => AgencyAtLevel, { nullable: true, description: 'Together with ("phối hợp với")' })
  together: AgencyAtLevel | null;

  @Field(() => PilotWithin)
  within: PilotWithin;

  @Field(() => PilotCandidateLevel)
  candidateLevel: PilotCandidateLevel;

  @Field(() => Int, { nullable: true, description: 'How many to choose; null: "một số" (left open)' })
  count: number | null;

  @Field(() => [PilotPriority], { description: 'In order: the first ranks first' })
  priorities: PilotPriority[];

  @Field(() => PriorityMode)
  priorityMode: PriorityMode;

  @Field({ description: 'Left to circumstances ("tùy theo tình hình thực tế")' })
  conditional: boolean;
}

@InputType()
export class PilotSelectionInput {
  @Field(() => AgencyAtLevelInput)
  selectedBy: AgencyAtLevelInput;

  @Field(() => AgencyAtLevelInput, { nullable: true })
  together?: AgencyAtLevelInput | null;

  @Field(() => PilotWithin, { defaultValue: PilotWithin.PLAN_UNIT })
  within: PilotWithin;

  @Field(() => PilotCandidateLevel, { defaultValue: PilotCandidateLevel.COMMUNE })
  candidateLevel: PilotCandidateLevel;

  @Field(() => Int, { nullable: true })
  count?: number | null;

  @Field(() => [PilotPriority], { description: 'In order; TEAM candidates are ranked by LOW_SETTLEMENT_RATE, HIGH_SETTLEMENT_RATE or MANY_CASES' })
  priorities: PilotPriority[];

  @Field(() => PriorityMode, { defaultValue: PriorityMode.ANY })
  priorityMode: PriorityMode;

  @Field({ defaultValue: false })
  conditional: boolean;
}

@ObjectType({ description: 'At least `trainers` trainers of the pool at `level` per `perTeams` teams (1 district trainer per 80 teams)' })
export class TrainerRatio {
  @Field(() => UnitLevel)
  level: UnitLevel;

  @Field(() => Int)
  trainers: number;

  @Field(() => Int)
  perTeams: number;
}

@InputType()
export class TrainerRatioInput {
  @Field(() => UnitLevel)
  level: UnitLevel;

  @Field(() => Int)
  trainers: number;

  @Field(() => Int)
  perTeams: number;
}

@ObjectType({ description: 'Đội ngũ tập huấn viên: the pools of these levels, what is done to them, what they must ensure, their ratios and composition' })
export class TrainerPoolParameters {
  @Field(() => [UnitLevel])
  levels: UnitLevel[];

  @Field(() => [TrainerPoolAction])
  actions: TrainerPoolAction[];

  @Field(() => [PoolRequirement])
  ensure: PoolRequirement[];

  @Field(() => [TrainerRatio])
  ratios: TrainerRatio[];

  @Field(() => [AgencyKind], { description: 'The kinds of agency the trainers come from' })
  composition: AgencyKind[];
}

@InputType()
export class TrainerPoolInput {
  @Field(() => [UnitLevel])
  levels: UnitLevel[];

  @Field(() => [TrainerPoolAction])
  actions: TrainerPoolAction[];

  @Field(() => [PoolRequirement])
  ensure: PoolRequirement[];

  @Field(() => [TrainerRatioInput], { nullable: true })
  ratios?: TrainerRatioInput[] | null;

  @Field(() => [AgencyKind], { nullable: true })
  composition?: AgencyKind[] | null;
}

@ObjectType({ description: 'Training the trainers of these levels on these topics' })
export class TrainerTrainingParameters {
  @Field(() => [UnitLevel])
  levels: UnitLevel[];

  @Field(() => [TrainingTopic])
  topics: TrainingTopic[];
}

@InputType()
export class TrainerTrainingInput {
  @Field(() => [UnitLevel])
  levels: UnitLevel[];

  @Field(() => [TrainingTopic])
  topics: TrainingTopic[];
}

@ObjectType({ description: 'Building the mediator workforce: review and add or replace mediators when teams lack them or underperform' })
export class MediatorWorkforceParameters {
  @Field(() => [WorkforceAction])
  actions: WorkforceAction[];

  @Field(() => [WorkforceCondition])
  when: WorkforceCondition[];

  @Field(() => [WorkforceRequirement])
  ensure: WorkforceRequirement[];

  @Field(() => Int, { nullable: true, description: 'The mediators a team must have (the law: at least 3)' })
  minMediatorsPerTeam: number | null;

  @Field(() => Int, { nullable: true, description: 'The women a team must have (the law: at least 1)' })
  minWomenPerTeam: number | null;
}

@InputType()
export class MediatorWorkforceInput {
  @Field(() => [WorkforceAction])
  actions: WorkforceAction[];

  @Field(() => [WorkforceCondition])
  when: WorkforceCondition[];

  @Field(() => [WorkforceRequirement])
  ensure: WorkforceRequirement[];

  @Field(() => Int, { nullable: true })
  minMediatorsPerTeam?: number | null;

  @Field(() => Int, { nullable: true })
  minWomenPerTeam?: number | null;
}

@ObjectType({ description: 'Training mediators (all, or the newly elected) on these topics' })
export class MediatorTrainingParameters {
  @Field(() => Trainees)
  trainees: Trainees;

  @Field(() => [TrainingTopic])
  topics: TrainingTopic[];
}

@InputType()
export class MediatorTrainingInput {
  @Field(() => Trainees)
  trainees: Trainees;

  @Field(() => [TrainingTopic])
  topics: TrainingTopic[];
}
