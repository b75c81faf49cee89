import { Column, Entity } from 'typeorm';
import { TenantEntity } from '../workforce/tenant.entity';

export type CaseCategoryValue = 'LAND' | 'MARRIAGE_FAMILY' | 'CIVIL' | 'NEIGHBOURHOOD' | 'OTHER';
export type CaseOutcomeValue = 'SETTLED' | 'NOT_SETTLED' | 'IN_PROGRESS';

/** One entry of a team's case book. No personal data: the parties live in mediation_case_parties. */
@Entity({ name: 'mediation_case' })
export class MediationCaseEntity extends TenantEntity {
  @Column({ name: 'team_id', type: 'int', update: false })
  teamId: number;

  @Column({ name: 'received_on', type: 'date' })
  receivedOn: string;

  @Column({ type: 'enum', enumName: 'case_category', enum: ['LAND', 'MARRIAGE_FAMILY', 'CIVIL', 'NEIGHBOURHOOD', 'OTHER'] })
  category: CaseCategoryValue;

  @Column({ type: 'enum', enumName: 'case_outcome', enum: ['SETTLED', 'NOT_SETTLED', 'IN_PROGRESS'] })
  outcome: CaseOutcomeValue;

  @Column({ name: 'closed_on', type: 'date', nullable: true })
  closedOn: string | null;
}
