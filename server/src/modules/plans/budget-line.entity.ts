import { Column, Entity } from 'typeorm';
import { SCHEDULE_KINDS, VersionedPlanRow } from './plan-task.entity';

@Entity({ name: 'budget_line' })
export class BudgetLineEntity extends VersionedPlanRow {
  /** Derived from the code by the service (1.2 is a line of 1). */
  @Column({ name: 'parent_id', type: 'int', nullable: true })
  parentId: number | null;

  @Column({ type: 'text' })
  code: string;

  @Column({ type: 'text' })
  title: string;

  /** Million VND, numeric(14,3), read as a string: exact. */
  @Column({ type: 'numeric' })
  amount: string;

  @Column({ name: 'schedule_kind', type: 'enum', enumName: 'schedule_kind', enum: SCHEDULE_KINDS, nullable: true })
  scheduleKind: string | null;

  @Column({ name: 'schedule_year', type: 'smallint', nullable: true })
  scheduleYear: number | null;

  @Column({ name: 'schedule_note', type: 'text', nullable: true })
  scheduleNote: string | null;

  /** The task this line funds, of the same plan. */
  @Column({ name: 'task_id', type: 'int', nullable: true })
  taskId: number | null;

  @Column({ name: 'implements_line_id', type: 'int', nullable: true })
  implementsLineId: number | null;
}
