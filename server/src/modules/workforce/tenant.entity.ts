import { Column, PrimaryGeneratedColumn } from 'typeorm';

/**
 * The columns every versioned tenant table of the work-on-the-ground modules shares. unit_path
 * and province_code are set by the database from unit_id; synthetic only by the demo generator.
 */
export abstract class TenantEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'unit_id', type: 'int', update: false })
  unitId: number;

  /** Set by the database from the unit (trigger); internal, never in the API. */
  @Column({ name: 'unit_path', type: 'ltree' as never, insert: false, update: false })
  unitPath: string;

  @Column({ type: 'boolean', insert: false, update: false })
  synthetic: boolean;

  @Column({ type: 'int', insert: false })
  version: number;

  @Column({ name: 'created_at', type: 'timestamptz', insert: false, update: false })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', insert: false })
  updatedAt: Date;
}

/**
 * The rows that move with their hamlet at the 2025 reform (teams, mediators): where they were
 * before and since when they are under their current unit. Written only by app.move_hamlets.
 */
export abstract class MovableTenantEntity extends TenantEntity {
  @Column({ name: 'moved_from_unit_id', type: 'int', nullable: true, insert: false, update: false })
  movedFromUnitId: number | null;

  @Column({ name: 'moved_from_path', type: 'ltree' as never, nullable: true, insert: false, update: false })
  movedFromPath: string | null;

  @Column({ name: 'moved_on', type: 'date', nullable: true, insert: false, update: false })
  movedOn: string | null;
}

/** numeric columns arrive from pg as strings; the API speaks numbers. */
export const numericColumn = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => (value == null ? null : Number(value)),
};
