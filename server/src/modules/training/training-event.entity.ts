import { Column, Entity } from 'typeorm';
import { numericColumn, TenantEntity } from '../workforce/tenant.entity';

export type TrainingAudienceValue = 'MEDIATORS' | 'TRAINERS' | 'COMMUNE_JUSTICE_OFFICERS';

/** A training course organised by a unit; attendees and teachers are link rows (training.loader.ts). */
@Entity({ name: 'training_event' })
export class TrainingEventEntity extends TenantEntity {
  @Column()
  title: string;

  @Column({ name: 'starts_on', type: 'date' })
  startsOn: string;

  @Column({ name: 'ends_on', type: 'date' })
  endsOn: string;

  @Column({ type: 'enum', enumName: 'training_audience', enum: ['MEDIATORS', 'TRAINERS', 'COMMUNE_JUSTICE_OFFICERS'] })
  audience: TrainingAudienceValue;

  @Column({ type: 'text', nullable: true })
  location: string | null;

  @Column({ type: 'numeric', transformer: numericColumn })
  cost: number;

  @Column({ type: 'int', nullable: true })
  participants: number | null;

  @Column({ name: 'plan_task_id', type: 'int', nullable: true })
  planTaskId: number | null;
}
