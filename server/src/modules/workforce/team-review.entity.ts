import { Column, Entity } from 'typeorm';
import { TenantEntity } from './tenant.entity';

/** Kiện toàn: a team's yearly consolidation review. */
@Entity({ name: 'team_review' })
export class TeamReviewEntity extends TenantEntity {
  @Column({ name: 'team_id', type: 'int', update: false })
  teamId: number;

  @Column({ type: 'int', update: false })
  year: number;

  @Column({ type: 'boolean' })
  reviewed: boolean;

  @Column({ name: 'compliant_after', type: 'boolean' })
  compliantAfter: boolean;

  @Column({ type: 'text', nullable: true })
  note: string | null;
}
