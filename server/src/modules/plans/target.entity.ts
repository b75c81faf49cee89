import { Column, Entity } from 'typeorm';
import { VersionedPlanRow } from './plan-task.entity';

@Entity({ name: 'target' })
export class TargetEntity extends VersionedPlanRow {
  /** null: a target of the plan itself. */
  @Column({ name: 'task_id', type: 'int', nullable: true })
  taskId: number | null;

  @Column({ type: 'smallint' })
  position: number;

  @Column({ type: 'text' })
  indicator: string;

  @Column({ type: 'enum', enumName: 'target_comparator', enum: ['GT', 'GTE', 'EQ', 'LTE'] })
  comparator: string;

  /** numeric(14,3), read as a string: exact. */
  @Column({ type: 'numeric' })
  value: string;

  @Column({ name: 'value_unit', type: 'enum', enumName: 'target_unit', enum: ['PERCENT', 'COUNT', 'MILLION_VND'] })
  valueUnit: string;

  @Column({ name: 'per_quantity', type: 'int', nullable: true })
  perQuantity: number | null;

  @Column({ type: 'enum', enumName: 'target_applies', enum: ['EVERY_YEAR', 'BY_YEAR', 'FROM_TO'] })
  applies: string;

  @Column({ type: 'smallint', nullable: true })
  year: number | null;

  @Column({ name: 'from_year', type: 'smallint', nullable: true })
  fromYear: number | null;

  @Column({ name: 'to_year', type: 'smallint', nullable: true })
  toYear: number | null;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ name: 'implements_target_id', type: 'int', nullable: true })
  implementsTargetId: number | null;
}
