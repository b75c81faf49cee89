import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type ReportStatusValue = 'DRAFT' | 'SUBMITTED' | 'APPROVED';
export type ReportBasisValue = 'REPORTER_LEVEL' | 'PLAN_OWNER' | 'CONSOLIDATING';

/** A figure snapshot as stored: the counts by name. */
export type StoredFigures = Record<string, number>;
/** One task's progress as stored. */
export type StoredTaskProgress = { taskId: number; code: string; title: string; text: string };

/** The yearly report of a unit (table report). Paths and province are set by the database. */
@Entity({ name: 'report' })
export class ReportEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'unit_id', type: 'int', update: false })
  unitId: number;

  /** Set by the database from the unit (trigger); internal, never in the API. */
  @Column({ name: 'unit_path', type: 'ltree' as never, insert: false, update: false })
  unitPath: string;

  @Column({ type: 'int', update: false })
  year: number;

  @Column({ name: 'reporting_rule_id', type: 'int', nullable: true })
  reportingRuleId: number | null;

  @Column({ name: 'plan_id', type: 'int', nullable: true })
  planId: number | null;

  @Column({ type: 'enum', enumName: 'report_basis', enum: ['REPORTER_LEVEL', 'PLAN_OWNER', 'CONSOLIDATING'] })
  basis: ReportBasisValue;

  @Column({ name: 'due_date', type: 'date' })
  dueDate: string;

  @Column({ name: 'due_before', type: 'boolean' })
  dueBefore: boolean;

  @Column({ type: 'enum', enumName: 'report_status', enum: ['DRAFT', 'SUBMITTED', 'APPROVED'], insert: false })
  status: ReportStatusValue;

  @Column({ type: 'jsonb' })
  figures: StoredFigures;

  @Column({ name: 'task_progress', type: 'jsonb' })
  taskProgress: StoredTaskProgress[];

  @Column({ type: 'jsonb', insert: false })
  overrides: Record<string, number | string>;

  @Column({ name: 'computed_at', type: 'timestamptz' })
  computedAt: Date;

  @Column({ name: 'first_submitted_at', type: 'timestamptz', nullable: true, insert: false })
  firstSubmittedAt: Date | null;

  @Column({ name: 'submitted_at', type: 'timestamptz', nullable: true, insert: false })
  submittedAt: Date | null;

  @Column({ name: 'submitted_by', type: 'int', nullable: true, insert: false })
  submittedBy: number | null;

  @Column({ name: 'approved_at', type: 'timestamptz', nullable: true, insert: false })
  approvedAt: Date | null;

  @Column({ name: 'approved_by', type: 'int', nullable: true, insert: false })
  approvedBy: number | null;

  @Column({ type: 'int', insert: false })
  version: number;

  @Column({ name: 'created_at', type: 'timestamptz', insert: false, update: false })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', insert: false })
  updatedAt: Date;
}
