import { Column, Entity } from 'typeorm';
import { MovableTenantEntity, numericColumn } from './tenant.entity';

export type GenderValue = 'FEMALE' | 'MALE';
export type MediatorStatusValue = 'ACTIVE' | 'LEFT';

/** Hòa giải viên. trained/trained_on are derived by the database from attendance: read-only here. */
@Entity({ name: 'mediator' })
export class MediatorEntity extends MovableTenantEntity {
  @Column({ name: 'team_id', type: 'int', update: false })
  teamId: number;

  @Column({ name: 'full_name' })
  fullName: string;

  @Column({ type: 'enum', enumName: 'gender', enum: ['FEMALE', 'MALE'] })
  gender: GenderValue;

  @Column({ name: 'birth_year', type: 'int', nullable: true })
  birthYear: number | null;

  @Column({ type: 'text', nullable: true })
  ethnicity: string | null;

  @Column({ name: 'ethnic_minority', type: 'boolean' })
  ethnicMinority: boolean;

  @Column({ name: 'party_cell_secretary', type: 'boolean' })
  partyCellSecretary: boolean;

  @Column({ name: 'elected_on', type: 'date', nullable: true })
  electedOn: string | null;

  @Column({ name: 'vote_share', type: 'numeric', transformer: numericColumn })
  voteShare: number;

  @Column({ name: 'recognition_decision_number', type: 'text', nullable: true })
  recognitionDecisionNumber: string | null;

  @Column({ name: 'recognition_decision_date', type: 'date', nullable: true })
  recognitionDecisionDate: string | null;

  @Column({ type: 'boolean', insert: false, update: false })
  trained: boolean;

  @Column({ name: 'trained_on', type: 'date', insert: false, update: false })
  trainedOn: string | null;

  @Column({ type: 'enum', enumName: 'mediator_status', enum: ['ACTIVE', 'LEFT'] })
  status: MediatorStatusValue;

  @Column({ name: 'left_on', type: 'date', nullable: true })
  leftOn: string | null;
}
