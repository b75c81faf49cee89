import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type HamletMoveBasisValue = 'FULL_MAPPING' | 'ASSIGNED' | 'GENERATED';

/** A hamlet passing to its 2025 commune (hamlet_move): written only by app.move_hamlets, never updated. */
@Entity({ name: 'hamlet_move' })
export class HamletMoveEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'hamlet_id', type: 'int' })
  hamletId: number;

  @Column({ name: 'unit_id', type: 'int' })
  unitId: number;

  @Column({ name: 'from_unit_id', type: 'int' })
  fromUnitId: number;

  @Column({ name: 'moved_on', type: 'date' })
  movedOn: string;

  @Column({ type: 'enum', enumName: 'hamlet_move_basis', enum: ['FULL_MAPPING', 'ASSIGNED', 'GENERATED'] })
  basis: HamletMoveBasisValue;

  @Column({ name: 'succession_kind', type: 'enum', enumName: 'succession_kind', enum: ['FULL', 'PARTIAL', 'UNMAPPED'] })
  successionKind: 'FULL' | 'PARTIAL' | 'UNMAPPED';

  @Column({ type: 'int' })
  teams: number;

  @Column({ type: 'int' })
  mediators: number;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ name: 'moved_by', type: 'int', nullable: true })
  movedBy: number | null;

  @Column({ type: 'int' })
  version: number;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
