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

/** numeric columns arrive from pg as strings; the API speaks numbers. */
export const numericColumn = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => (value == null ? null : Number(value)),
};
