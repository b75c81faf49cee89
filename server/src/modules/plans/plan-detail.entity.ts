import { Column, Entity, PrimaryGeneratedColumn, type ValueTransformer } from 'typeorm';
import { VersionedPlanRow } from './plan-task.entity';

/** pg has no parser for arrays of a custom enum: unit_level[] arrives as the literal '{COMMUNE,DISTRICT}'. */
const enumArray: ValueTransformer = {
  to: (value: string[] | undefined) => value,
  from: (value: string[] | string | null) =>
    Array.isArray(value) ? value : value ? value.replace(/^\{|\}$/g, '').split(',').filter(Boolean) : [],
};

@Entity({ name: 'responsibility' })
export class ResponsibilityEntity extends VersionedPlanRow {
  @Column({ type: 'smallint' })
  position: number;

  @Column({ type: 'text' })
  text: string;

  @Column({ name: 'is_request', type: 'boolean' })
  isRequest: boolean;
}

@Entity({ name: 'reporting_rule' })
export class ReportingRuleEntity extends VersionedPlanRow {
  @Column({ type: 'smallint' })
  position: number;

  @Column({ type: 'enum', enumName: 'report_frequency', enum: ['YEARLY', 'HALF_YEARLY', 'QUARTERLY', 'MONTHLY', 'ONCE'] })
  frequency: string;

  @Column({ name: 'due_month', type: 'smallint', nullable: true })
  dueMonth: number | null;

  @Column({ name: 'due_day', type: 'smallint', nullable: true })
  dueDay: number | null;

  @Column({ name: 'due_before', type: 'boolean' })
  dueBefore: boolean;

  @Column({ name: 'reporter_levels', type: 'text', array: true, transformer: enumArray })
  reporterLevels: string[];

  @Column({ type: 'text', nullable: true })
  reporters: string | null;

  @Column({ name: 'receiving_agency_id', type: 'int', nullable: true })
  receivingAgencyId: number | null;

  @Column({ name: 'receiving_label', type: 'text', nullable: true })
  receivingLabel: string | null;

  @Column({ name: 'forwarded_to', type: 'text', nullable: true })
  forwardedTo: string | null;

  @Column({ type: 'text', nullable: true })
  note: string | null;
}

@Entity({ name: 'plan_amendment' })
export class PlanAmendmentEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'plan_id', type: 'int' })
  planId: number;

  @Column({ name: 'unit_path', type: 'ltree' as never, insert: false, update: false })
  unitPath: string;

  @Column({ name: 'amended_at', type: 'timestamptz', insert: false })
  amendedAt: Date;

  @Column({ name: 'user_id', type: 'int', nullable: true })
  userId: number | null;

  @Column({ name: 'user_name', type: 'text', nullable: true })
  userName: string | null;

  @Column({ type: 'text', nullable: true })
  subject: string | null;

  @Column({ name: 'plan_status', type: 'text' })
  planStatus: string;

  @Column({ type: 'text' })
  entity: string;

  @Column({ name: 'entity_id', type: 'int' })
  entityId: number;

  @Column({ type: 'text' })
  action: string;

  @Column({ type: 'jsonb', nullable: true })
  before: Record<string, unknown> | null;

  @Column({ type: 'jsonb', nullable: true })
  after: Record<string, unknown> | null;
}
