import { Column, Entity } from 'typeorm';
import { TenantEntity } from '../workforce/tenant.entity';

/** Xã đạt chuẩn tiếp cận pháp luật: a commune's yearly assessment. */
@Entity({ name: 'access_to_law_assessment' })
export class AccessToLawAssessmentEntity extends TenantEntity {
  @Column({ type: 'int', update: false })
  year: number;

  @Column({ name: 'met_standard', type: 'boolean' })
  metStandard: boolean;

  @Column({ name: 'met_mediation_criterion', type: 'boolean' })
  metMediationCriterion: boolean;

  @Column({ type: 'text', nullable: true })
  note: string | null;
}
