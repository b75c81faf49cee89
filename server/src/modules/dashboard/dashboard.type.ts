import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateTimeISOResolver, LocalDateResolver } from 'graphql-scalars';
import { UnitIndicators } from '../indicators/indicator.type';
import { ReportStatus, ReportTimeliness } from '../reports/report.type';
import { UnitLevel } from '../units/unit.type';
import { AdministrativeUnit } from '../units/unit.type';
import { ComplianceCode } from '../workforce/mediation-team.type';

/** Where a unit stands on a plan addressed to it from above: its implementing plan (kế hoạch triển khai). */
export enum ImplementingPlanStatus {
  NONE = 'NONE',
  DRAFTED = 'DRAFTED',
  ISSUED = 'ISSUED',
}
registerEnumType(ImplementingPlanStatus, {
  name: 'ImplementingPlanStatus',
  description: 'NONE: no implementing plan; DRAFTED: a draft; ISSUED: issued (in progress or closed included)',
});

@ObjectType({ description: 'A plan in force in the year, owned by the dashboard\'s unit or a unit above it' })
export class DashboardPlan {
  @Field(() => ID)
  id: number;

  @Field(() => String, { nullable: true })
  number: string | null;

  @Field()
  title: string;

  @Field(() => ID)
  unitId: number;
}

@ObjectType({ description: 'A unit\'s implementing plan of one active plan' })
export class DashboardPlanStatus {
  @Field(() => ID, { description: 'The active plan (DashboardPlan.id)' })
  planId: number;

  @Field(() => ImplementingPlanStatus)
  status: ImplementingPlanStatus;

  @Field(() => ID, { nullable: true, description: 'The unit\'s implementing plan, when there is one' })
  implementingPlanId: number | null;
}

@ObjectType({ description: 'The report a unit owes for the year, and how it stands against the due date' })
export class DashboardReport {
  @Field(() => ID)
  unitId: number;

  @Field()
  unitName: string;

  @Field()
  unitCode: string;

  @Field(() => UnitLevel)
  unitLevel: UnitLevel;

  @Field(() => LocalDateResolver)
  dueDate: string;

  @Field()
  dueBefore: boolean;

  @Field(() => ID, { nullable: true, description: 'The report, once generated' })
  reportId: number | null;

  @Field(() => ReportStatus, { nullable: true, description: 'null while no report was generated' })
  status: ReportStatus | null;

  @Field(() => ReportTimeliness, { description: 'NOT_DUE or OVERDUE (missing) until submitted, then ON_TIME or LATE' })
  timeliness: ReportTimeliness;

  @Field(() => Int)
  daysLate: number;

  @Field(() => DateTimeISOResolver, { nullable: true })
  submittedAt: Date | null;

  @Field({ description: 'The caller writes the unit: it may generate and submit the report' })
  writable: boolean;

  /** Internal: tree order and the row it belongs to. */
  unitPath: string;
  parentId: number | null;
}

@ObjectType({ description: 'One unit directly below the dashboard\'s unit: its plans, report, targets, teams and trainers' })
export class DashboardRow {
  @Field(() => AdministrativeUnit)
  unit: AdministrativeUnit;

  @Field({ description: 'A pilot commune (chỉ đạo điểm), or a unit with pilot communes below it' })
  pilot: boolean;

  @Field(() => [DashboardPlanStatus], { description: 'One per active plan (UnitDashboard.plans), in that order' })
  plans: DashboardPlanStatus[];

  @Field(() => DashboardReport, { nullable: true, description: 'null: the unit owes no report for the year' })
  report: DashboardReport | null;

  @Field(() => Int, { description: 'Targets of the active plans due in the year that the unit\'s figures meet' })
  targetsMet: number;

  @Field(() => Int, { description: '... that its figures do not meet' })
  targetsNotMet: number;

  @Field(() => Int, { description: '... that cannot be measured (nothing counted): never counted as not met' })
  targetsNoData: number;

  @Field(() => Int, { description: 'Active mediation teams under the unit today' })
  teamsNow: number;

  @Field(() => Int, { description: 'Of them, meeting Law 35/2013 art. 12 today (size and composition)' })
  teamsCompliantNow: number;

  @Field(() => Float, { nullable: true, description: 'Percent teamsCompliantNow / teamsNow; null without a team' })
  compliantShare: number | null;

  @Field(() => Int, { nullable: true, description: 'Trainers missing in the unit\'s own pools in force in the year (Decision 315/QĐ-TTg); null: no pool' })
  trainerShortfall: number | null;

  @Field(() => [UnitIndicators], { description: 'Figures of the years fromYear..year, oldest first' })
  figures: UnitIndicators[];
}

@ObjectType({ description: 'A mediation team that does not meet the law today, with the reasons' })
export class TeamAttention {
  @Field(() => ID)
  teamId: number;

  @Field()
  name: string;

  @Field(() => ID)
  unitId: number;

  @Field(() => [ComplianceCode])
  reasons: ComplianceCode[];

  @Field(() => Int)
  activeMediators: number;
}

@ObjectType({ description: 'An active mediator not trained yet' })
export class UntrainedMediator {
  @Field(() => ID)
  mediatorId: number;

  @Field()
  fullName: string;

  @Field(() => ID)
  teamId: number;

  @Field()
  teamName: string;

  @Field(() => LocalDateResolver, { nullable: true })
  electedOn: string | null;
}

@ObjectType({ description: 'Everything a unit\'s landing page shows for a year, computed in one set-based pass per table' })
export class UnitDashboard {
  @Field(() => AdministrativeUnit)
  unit: AdministrativeUnit;

  @Field(() => Int)
  year: number;

  @Field(() => Int, { description: 'First year of the trends' })
  fromYear: number;

  @Field(() => [UnitIndicators], { description: 'The unit\'s own figures of the years fromYear..year, oldest first' })
  trend: UnitIndicators[];

  @Field(() => DashboardReport, { nullable: true, description: 'The report the unit itself owes for the year' })
  report: DashboardReport | null;

  @Field(() => [DashboardPlan], { description: 'Plans in force in the year (issued), of the unit and the units above it' })
  plans: DashboardPlan[];

  @Field(() => [DashboardRow], { description: 'The units directly below, in force during the year, by code' })
  rows: DashboardRow[];

  @Field(() => [DashboardReport], { description: 'Reports of the units below (whole subtree) that are missing (overdue) or were submitted late' })
  lateReports: DashboardReport[];

  @Field(() => [AdministrativeUnit], { description: 'Pilot communes under the unit' })
  pilotUnits: AdministrativeUnit[];

  @Field(() => Int, { nullable: true, description: 'Trainers missing in the unit\'s own pools in force in the year; null: no pool' })
  trainerShortfall: number | null;

  @Field(() => [TeamAttention], { description: 'Teams under the unit that do not meet the law today (the first 100)' })
  teamsNeedingAttention: TeamAttention[];

  @Field(() => Int)
  teamsNeedingAttentionCount: number;

  @Field(() => [UntrainedMediator], { description: 'Active mediators under the unit not trained yet (the first 200)' })
  untrainedMediators: UntrainedMediator[];

  @Field(() => Int)
  untrainedMediatorsCount: number;
}
