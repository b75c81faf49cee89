import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity({ name: 'agency' })
export class AgencyEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'unit_id', type: 'int' })
  unitId: number;

  /** Set by the database from the unit (trigger); internal, never in the API. */
  @Column({ name: 'unit_path', type: 'ltree' as never, insert: false, update: false })
  unitPath: string;

  @Column()
  name: string;

  @Column({ type: 'enum', enumName: 'agency_kind', enum: ['PEOPLES_COMMITTEE', 'PEOPLES_COUNCIL', 'PARTY_COMMITTEE', 'JUSTICE', 'FINANCE', 'FATHERLAND_FRONT', 'MASS_ORGANISATION', 'COURT', 'PROCURACY', 'POLICE', 'JURISTS_ASSOCIATION', 'BAR_ASSOCIATION', 'MEDIA', 'OTHER'] })
  kind: string;

  @Column({ type: 'int', insert: false })
  version: number;

  @Column({ name: 'created_at', type: 'timestamptz', insert: false, update: false })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', insert: false })
  updatedAt: Date;
}
