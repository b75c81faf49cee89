import { Column, Entity } from 'typeorm';
import { MovableTenantEntity } from './tenant.entity';

export type TeamStatusValue = 'ACTIVE' | 'DISSOLVED';

/** Tổ hòa giải: the mediation team of a hamlet. */
@Entity({ name: 'mediation_team' })
export class MediationTeamEntity extends MovableTenantEntity {
  @Column({ name: 'hamlet_id', type: 'int', update: false })
  hamletId: number;

  @Column()
  name: string;

  @Column({ name: 'leader_mediator_id', type: 'int', nullable: true })
  leaderMediatorId: number | null;

  @Column({ name: 'established_on', type: 'date', nullable: true })
  establishedOn: string | null;

  @Column({ type: 'enum', enumName: 'team_status', enum: ['ACTIVE', 'DISSOLVED'] })
  status: TeamStatusValue;

  @Column({ name: 'dissolved_on', type: 'date', nullable: true })
  dissolvedOn: string | null;
}
