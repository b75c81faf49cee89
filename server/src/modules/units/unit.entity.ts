import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type UnitLevelValue = 'PROVINCE' | 'DISTRICT' | 'COMMUNE';
export type SuccessionKindValue = 'FULL' | 'PARTIAL' | 'UNMAPPED';

@Entity({ name: 'admin_unit' })
export class AdminUnitEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column()
  code: string;

  @Column({ type: 'enum', enum: ['PROVINCE', 'DISTRICT', 'COMMUNE'], enumName: 'unit_level' })
  level: UnitLevelValue;

  @Column()
  type: string;

  @Column()
  name: string;

  @Column({ name: 'valid_from', type: 'date' })
  validFrom: string;

  @Column({ name: 'valid_to', type: 'date', nullable: true })
  validTo: string | null;

  @Column({ name: 'parent_id', type: 'int', nullable: true })
  parentId: number | null;

  @Column({ name: 'province_code' })
  provinceCode: string;

  @Column({ type: 'ltree' as never })
  path: string;
}

@Entity({ name: 'unit_succession' })
export class UnitSuccessionEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'predecessor_id', type: 'int' })
  predecessorId: number;

  @Column({ name: 'successor_id', type: 'int', nullable: true })
  successorId: number | null;

  @Column({ type: 'enum', enum: ['FULL', 'PARTIAL', 'UNMAPPED'], enumName: 'succession_kind' })
  kind: SuccessionKindValue;

  @Column()
  source: string;

  @Column({ name: 'correction_id', type: 'int', nullable: true })
  correctionId: number | null;
}
