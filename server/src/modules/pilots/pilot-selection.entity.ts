import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { PilotCandidate, PilotCriterion } from './pilot-selection.type';

/** A recorded pilot selection (table pilot_selection). Written once by raw SQL; read through TypeORM. */
@Entity({ name: 'pilot_selection' })
export class PilotSelectionEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'unit_id', type: 'int' })
  unitId: number;

  /** Set by the database from the unit (trigger); internal, never in the API. */
  @Column({ name: 'unit_path', type: 'ltree' as never, insert: false, update: false })
  unitPath: string;

  @Column({ name: 'plan_task_id', type: 'int' })
  planTaskId: number;

  @Column({ type: 'int' })
  year: number;

  @Column({ type: 'int' })
  count: number;

  @Column({ name: 'candidate_level', type: 'text' })
  candidateLevel: string;

  @Column({ type: 'text' })
  rationale: string;

  @Column({ type: 'text', array: true })
  priorities: string[];

  @Column({ type: 'jsonb' })
  criteria: PilotCriterion[];

  @Column({ type: 'jsonb' })
  ranking: PilotCandidate[];

  @Column({ name: 'chosen_by', type: 'int', nullable: true })
  chosenBy: number | null;

  @Column({ name: 'chosen_by_name', type: 'text' })
  chosenByName: string;

  @Column({ name: 'chosen_at', type: 'timestamptz' })
  chosenAt: Date;

  @Column({ type: 'int' })
  version: number;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
