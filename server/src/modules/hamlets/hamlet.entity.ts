import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity({ name: 'hamlet' })
export class HamletEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'unit_id', type: 'int', update: false })
  unitId: number;

  /** Set by the database from the unit (trigger); internal, never in the API. */
  @Column({ name: 'unit_path', type: 'ltree' as never, insert: false, update: false })
  unitPath: string;

  @Column()
  name: string;

  @Column({ type: 'enum', enumName: 'hamlet_kind', enum: ['THON', 'AP', 'KHOM', 'TO_DAN_PHO', 'BAN', 'BUON', 'LANG', 'PHUM', 'SOC', 'OTHER'] })
  kind: string;

  /** Where the hamlet was before the 2025 reform moved it (hamlet_move); written only by app.move_hamlets. */
  @Column({ name: 'moved_from_unit_id', type: 'int', nullable: true, insert: false, update: false })
  movedFromUnitId: number | null;

  @Column({ name: 'moved_on', type: 'date', nullable: true, insert: false, update: false })
  movedOn: string | null;

  @Column({ type: 'int', insert: false })
  version: number;

  @Column({ name: 'created_at', type: 'timestamptz', insert: false, update: false })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', insert: false })
  updatedAt: Date;
}
