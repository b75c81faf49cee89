import { Column, Entity } from 'typeorm';
import { AGENCY_KINDS } from './agency-kinds';
import { TenantEntity } from '../workforce/tenant.entity';

/** Đội ngũ tập huấn viên: the trainers of a province or district for a period. */
@Entity({ name: 'trainer_pool' })
export class TrainerPoolEntity extends TenantEntity {
  @Column()
  name: string;

  @Column({ name: 'period_from', type: 'date' })
  periodFrom: string;

  @Column({ name: 'period_to', type: 'date', nullable: true })
  periodTo: string | null;

  /** The composition rule, as data: kinds of agency that must be represented among the trainers. */
  @Column({ name: 'required_agency_kinds', type: 'enum', enumName: 'agency_kind', enum: AGENCY_KINDS, array: true })
  requiredAgencyKinds: string[];

  @Column({ type: 'text', nullable: true })
  note: string | null;

  /** The ratio as data: one trainer per this many teams (defaults by level in the database: 80 district, 100 province). */
  @Column({ name: 'teams_per_trainer', type: 'int' })
  teamsPerTrainer: number;
}
