import { Column, Entity } from 'typeorm';
import { TenantEntity } from '../workforce/tenant.entity';

/** A team's yearly totals when its commune keeps the case book on paper. */
@Entity({ name: 'case_yearly_count' })
export class CaseYearlyCountEntity extends TenantEntity {
  @Column({ name: 'team_id', type: 'int', update: false })
  teamId: number;

  @Column({ type: 'int', update: false })
  year: number;

  @Column({ type: 'int' })
  received: number;

  @Column({ type: 'int' })
  settled: number;

  @Column({ name: 'not_settled', type: 'int' })
  notSettled: number;

  @Column({ name: 'in_progress', type: 'int' })
  inProgress: number;

  @Column({ type: 'text', nullable: true })
  note: string | null;
}
