import { Column, Entity } from 'typeorm';
import type { GenderValue } from '../workforce/mediator.entity';
import { TenantEntity } from '../workforce/tenant.entity';
import { AGENCY_KINDS } from './agency-kinds';

/** Tập huấn viên. trained/trained_on are derived by the database: read-only here. */
@Entity({ name: 'trainer' })
export class TrainerEntity extends TenantEntity {
  @Column({ name: 'pool_id', type: 'int', update: false })
  poolId: number;

  @Column({ name: 'full_name' })
  fullName: string;

  @Column({ type: 'enum', enumName: 'gender', enum: ['FEMALE', 'MALE'] })
  gender: GenderValue;

  @Column({ name: 'agency_id', type: 'int', nullable: true })
  agencyId: number | null;

  @Column({ name: 'agency_kind', type: 'enum', enumName: 'agency_kind', enum: AGENCY_KINDS })
  agencyKind: string;

  @Column({ type: 'text', nullable: true })
  position: string | null;

  @Column({ type: 'text', nullable: true })
  expertise: string | null;

  @Column({ name: 'trained_elsewhere_on', type: 'date', nullable: true })
  trainedElsewhereOn: string | null;

  @Column({ type: 'boolean', insert: false, update: false })
  trained: boolean;

  @Column({ name: 'trained_on', type: 'date', insert: false, update: false })
  trainedOn: string | null;
}
