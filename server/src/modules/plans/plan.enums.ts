import { registerEnumType } from 'type-graphql';

/** The GraphQL enums of plans; each mirrors a PostgreSQL enum (or catalogue) of the 0300 migration. */

export enum LegalDocumentKind {
  DIRECTIVE = 'DIRECTIVE',
  PLAN = 'PLAN',
  DECISION = 'DECISION',
  SCHEME = 'SCHEME',
  RESOLUTION = 'RESOLUTION',
  PROGRAMME = 'PROGRAMME',
  REPORT = 'REPORT',
  OFFICIAL_LETTER = 'OFFICIAL_LETTER',
  CIRCULAR = 'CIRCULAR',
  DECREE = 'DECREE',
  LAW = 'LAW',
}
registerEnumType(LegalDocumentKind, {
  name: 'LegalDocumentKind',
  description: 'Decree 30/2020/NĐ-CP kinds: chỉ thị, kế hoạch, quyết định, đề án, nghị quyết, chương trình, báo cáo, công văn, thông tư, nghị định, luật',
});

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
  YEARLY_FROM = 'YEARLY_FROM',
  SPAN = 'SPAN',
  PART_OF_YEAR = 'PART_OF_YEAR',
}
registerEnumType(ScheduleKind, {
  name: 'ScheduleKind',
  description: 'YEARLY ("Hàng năm"); YEARLY_FROM scheduleYear ("hàng năm từ năm 2023"); ONCE in scheduleYear ("Năm 2025"); SPAN scheduleYear–scheduleYearTo; '
    + 'PART_OF_YEAR: a quarter ("trong quý I") or before a day ("trước 30/6"), every year or in scheduleYear; or on given DATES',
});

/** How a document numbers its tasks: "1.", "a)", "Một là,". */
export enum LabelStyle {
  ARABIC = 'ARABIC',
  LETTER = 'LETTER',
  ORDINAL_WORDS = 'ORDINAL_WORDS',
}
registerEnumType(LabelStyle, { name: 'LabelStyle', description: 'ARABIC "1.", LETTER "a)", ORDINAL_WORDS "Một là,": how the document labels a task (its code keeps the tree)' });

/** How a plan stands to an earlier plan for an earlier period. */
export enum PredecessorRelation {
  SUCCEEDS = 'SUCCEEDS',
  REPLACES = 'REPLACES',
}
registerEnumType(PredecessorRelation, { name: 'PredecessorRelation', description: 'SUCCEEDS: continues an earlier plan for a later period; REPLACES: supersedes it' });

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

// Indicators are data since issue 7 (the catalogue, target_indicator): targets name them by the IndicatorCode scalar.

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
  FROM_TO = 'FROM_TO',
}
registerEnumType(TargetApplies, {
  name: 'TargetApplies',
  description: 'EVERY_YEAR ("hàng năm"), BY_YEAR a given year ("đến năm 2025"), or FROM_TO each year of fromYear–toYear ("giai đoạn 2021 - 2025"), due only then',
});

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
