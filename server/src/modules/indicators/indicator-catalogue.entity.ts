import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** An indicator of the catalogue (table target_indicator). owner_path is set by the database; internal. */
@Entity({ name: 'target_indicator' })
export class CatalogueIndicatorEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'text', update: false })
  code: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ name: 'name_en', type: 'text' })
  nameEn: string;

  @Column({ type: 'enum', enumName: 'target_unit', enum: ['PERCENT', 'COUNT', 'MILLION_VND'] })
  unit: string;

  @Column({ type: 'text' })
  description: string;

  @Column({ type: 'enum', enumName: 'indicator_measurement', enum: ['COMPUTED', 'REPORTED'] })
  measurement: string;

  @Column({ type: 'text', nullable: true })
  measure: string | null;

  @Column({ type: 'boolean', insert: false, update: false })
  builtin: boolean;

  /** The owning province; null for a national indicator. */
  @Column({ name: 'unit_id', type: 'int', nullable: true, update: false })
  unitId: number | null;

  @Column({ name: 'owner_path', type: 'ltree' as never, insert: false, update: false })
  ownerPath: string;

  @Column({ type: 'int', insert: false })
  version: number;

  @Column({ name: 'created_at', type: 'timestamptz', insert: false, update: false })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', insert: false })
  updatedAt: Date;
}
