import { registerEnumType } from 'type-graphql';

/** The GraphQL enums of plans; each mirrors a PostgreSQL enum (or catalogue) of the 0300 migration. */

export enum LegalDocumentKind {
  DIRECTIVE = 'DIRECTIVE',
  PLAN = 'PLAN',
  DECISION = 'DECISION',
  SCHEME = 'SCHEME',
}
registerEnumType(LegalDocumentKind, { name: 'LegalDocumentKind', description: 'Chỉ thị, kế hoạch, quyết định, đề án' });

export enum PlanStatus {
  DRAFT = 'DRAFT',
  ISSUED = 'ISSUED',
  IN_PROGRESS = 'IN_PROGRESS',
  CLOSED = 'CLOSED',
}
registerEnumType(PlanStatus, {
  name: 'PlanStatus',
  description: 'DRAFT → ISSUED → IN_PROGRESS → CLOSED, one step at a time. From ISSUED on the number and date are locked and edits are recorded as amendments; CLOSED refuses edits.',
});

/** The order of the workflow: a transition moves exactly one step forward. */
export const STATUS_ORDER: readonly PlanStatus[] = [PlanStatus.DRAFT, PlanStatus.ISSUED, PlanStatus.IN_PROGRESS, PlanStatus.CLOSED];

export enum ScheduleKind {
  YEARLY = 'YEARLY',
  ONCE = 'ONCE',
  DATES = 'DATES',
}
registerEnumType(ScheduleKind, { name: 'ScheduleKind', description: 'YEARLY ("Hàng năm"), ONCE in a given year ("Năm 2025"), or on given DATES' });

export enum AgencyRole {
  LEAD = 'LEAD',
  COORDINATING = 'COORDINATING',
  RESPONSIBLE = 'RESPONSIBLE',
}
registerEnumType(AgencyRole, {
  name: 'AgencyRole',
  description: 'LEAD: cơ quan chủ trì / thực hiện; COORDINATING: cơ quan phối hợp; RESPONSIBLE: the subject of a responsibility (phân công nhiệm vụ)',
});

export enum AgencyLevel {
  PROVINCE = 'PROVINCE',
  DISTRICT = 'DISTRICT',
  COMMUNE = 'COMMUNE',
  SAME_LEVEL = 'SAME_LEVEL',
  EVERY_LEVEL = 'EVERY_LEVEL',
}
registerEnumType(AgencyLevel, {
  name: 'AgencyLevel',
  description: 'Where a task names a kind of agency: "UBND cấp xã" is PEOPLES_COMMITTEE at COMMUNE; "cùng cấp" SAME_LEVEL (the lead agency\'s level); "các cấp" EVERY_LEVEL',
});

export enum TargetIndicator {
  TEAMS_CONSOLIDATED_SHARE = 'TEAMS_CONSOLIDATED_SHARE',
  SETTLEMENT_RATE = 'SETTLEMENT_RATE',
  SECRETARY_LED_SHARE = 'SECRETARY_LED_SHARE',
  MEDIATORS_TRAINED_SHARE = 'MEDIATORS_TRAINED_SHARE',
  NEW_MEDIATORS_TRAINED_SHARE = 'NEW_MEDIATORS_TRAINED_SHARE',
  TRAINERS_PER_TEAMS = 'TRAINERS_PER_TEAMS',
  TRAINERS_TRAINED_SHARE = 'TRAINERS_TRAINED_SHARE',
  TEAMS_LEGAL_SUPPORT_SHARE = 'TEAMS_LEGAL_SUPPORT_SHARE',
}
// The built-in codes of the indicator catalogue (issue 7 opened it: the GraphQL type is the IndicatorCode scalar).

export enum TargetComparator {
  GT = 'GT',
  GTE = 'GTE',
  EQ = 'EQ',
  LTE = 'LTE',
}
registerEnumType(TargetComparator, { name: 'TargetComparator', description: '>, ≥, =, ≤' });

export enum TargetUnit {
  PERCENT = 'PERCENT',
  COUNT = 'COUNT',
  MILLION_VND = 'MILLION_VND',
}
registerEnumType(TargetUnit, { name: 'TargetUnit', description: 'PERCENT (0–100), COUNT, or MILLION_VND (an amount in million VND)' });

export enum TargetApplies {
  EVERY_YEAR = 'EVERY_YEAR',
  BY_YEAR = 'BY_YEAR',
}
registerEnumType(TargetApplies, { name: 'TargetApplies', description: 'EVERY_YEAR ("hàng năm"), or BY_YEAR a given year ("đến năm 2025")' });

export enum ReportFrequency {
  YEARLY = 'YEARLY',
  HALF_YEARLY = 'HALF_YEARLY',
  QUARTERLY = 'QUARTERLY',
  MONTHLY = 'MONTHLY',
  ONCE = 'ONCE',
}
registerEnumType(ReportFrequency, { name: 'ReportFrequency' });

export enum TaskCriterionKind {
  TRAINER_POOL = 'TRAINER_POOL',
  TRAINER_TRAINING = 'TRAINER_TRAINING',
  PILOT_SELECTION = 'PILOT_SELECTION',
  MEDIATOR_WORKFORCE = 'MEDIATOR_WORKFORCE',
  MEDIATOR_TRAINING = 'MEDIATOR_TRAINING',
}
registerEnumType(TaskCriterionKind, { name: 'TaskCriterionKind', description: 'What a task criterion governs; each kind has one parameters shape (task-criterion.shape.ts)' });
