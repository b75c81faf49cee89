import { Column, Entity } from 'typeorm';
import { TenantEntity } from './tenant.entity';

/** What a commune records about itself: minority area, difficulties. */
@Entity({ name: 'commune_profile' })
export class CommuneProfileEntity extends TenantEntity {
  @Column({ name: 'minority_area', type: 'boolean' })
  minorityArea: boolean;

  @Column({ type: 'text', nullable: true })
  difficulties: string | null;

  @Column({ name: 'difficulty_score', type: 'int', nullable: true })
  difficultyScore: number | null;
}
