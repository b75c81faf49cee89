import { Column, Entity, PrimaryGeneratedColumn, type ValueTransformer } from 'typeorm';

/** pg parses date[] into JS Dates at local midnight; the API speaks 'YYYY-MM-DD'. */
const isoDates: ValueTransformer = {
  to: (value: string[] | null | undefined) => value,
  from: (value: (Date | string)[] | null) =>
    value?.map((day) =>
      typeof day === 'string'
        ? day
        : `${day.getFullYear()}-${String(day.getMonth() + 1).padStart(2, '0')}-${String(day.getDate()).padStart(2, '0')}`,
    ) ?? null,
};

export const SCHEDULE_KINDS = ['YEARLY', 'ONCE', 'DATES', 'YEARLY_FROM', 'SPAN', 'PART_OF_YEAR'];

/** Columns every row of a plan has: the plan, and the tenant copied from it by trigger. */
abstract class PlanRow {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'plan_id', type: 'int', update: false })
  planId: number;

  /** Copied from the plan by the database (trigger app.set_plan_tenant); internal. */
  @Column({ name: 'unit_id', type: 'int', insert: false, update: false })
  unitId: number;

  @Column({ name: 'unit_path', type: 'ltree' as never, insert: false, update: false })
  unitPath: string;
}

/** A versioned row of a plan, edited through the API. */
export abstract class VersionedPlanRow extends PlanRow {
  @Column({ type: 'int', insert: false })
  version: number;

  @Column({ name: 'created_at', type: 'timestamptz', insert: false, update: false })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', insert: false })
  updatedAt: Date;
}

@Entity({ name: 'plan_task' })
export class PlanTaskEntity extends VersionedPlanRow {
  @Column({ type: 'text' })
  code: string;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Column({ name: 'lead_text', type: 'text', nullable: true })
  leadText: string | null;

  @Column({ name: 'coordinating_text', type: 'text', nullable: true })
  coordinatingText: string | null;

  @Column({ name: 'label_style', type: 'text' })
  labelStyle: string;

  @Column({ name: 'schedule_kind', type: 'enum', enumName: 'schedule_kind', enum: SCHEDULE_KINDS, nullable: true })
  scheduleKind: string | null;

  @Column({ name: 'schedule_year', type: 'smallint', nullable: true })
  scheduleYear: number | null;

  @Column({ name: 'schedule_year_to', type: 'smallint', nullable: true })
  scheduleYearTo: number | null;

  @Column({ name: 'schedule_quarter', type: 'smallint', nullable: true })
  scheduleQuarter: number | null;

  @Column({ name: 'schedule_before_day', type: 'smallint', nullable: true })
  scheduleBeforeDay: number | null;

  @Column({ name: 'schedule_before_month', type: 'smallint', nullable: true })
  scheduleBeforeMonth: number | null;

  @Column({ name: 'schedule_dates', type: 'date', array: true, nullable: true, transformer: isoDates })
  scheduleDates: string[] | null;

  @Column({ name: 'schedule_note', type: 'text', nullable: true })
  scheduleNote: string | null;

  @Column({ name: 'implements_task_id', type: 'int', nullable: true })
  implementsTaskId: number | null;
}

@Entity({ name: 'plan_agency' })
export class PlanAgencyEntity extends PlanRow {
  @Column({ name: 'task_id', type: 'int', nullable: true })
  taskId: number | null;

  @Column({ name: 'responsibility_id', type: 'int', nullable: true })
  responsibilityId: number | null;

  @Column({ type: 'enum', enumName: 'agency_role', enum: ['LEAD', 'COORDINATING', 'RESPONSIBLE'] })
  role: string;

  @Column({ type: 'smallint' })
  position: number;

  @Column({ name: 'agency_id', type: 'int', nullable: true })
  agencyId: number | null;

  @Column({ name: 'agency_kind', type: 'text', nullable: true })
  agencyKind: string | null;

  @Column({ name: 'agency_level', type: 'text', nullable: true })
  agencyLevel: string | null;

  @Column({ type: 'text' })
  label: string;
}

@Entity({ name: 'task_criterion' })
export class TaskCriterionEntity extends VersionedPlanRow {
  @Column({ name: 'task_id', type: 'int' })
  taskId: number;

  @Column({ type: 'smallint' })
  position: number;

  @Column({ type: 'enum', enumName: 'task_criterion_kind', enum: ['TRAINER_POOL', 'TRAINER_TRAINING', 'PILOT_SELECTION', 'MEDIATOR_WORKFORCE', 'MEDIATOR_TRAINING'] })
  kind: string;

  @Column({ type: 'text' })
  text: string;

  @Column({ type: 'jsonb' })
  parameters: Record<string, unknown>;

  @Column({ name: 'implements_criterion_id', type: 'int', nullable: true })
  implementsCriterionId: number | null;
}
