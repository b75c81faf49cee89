import { readFileSync } from 'node:fs';
import path from 'node:path';
import type pg from 'pg';
import { repoRoot } from '../core/config';

export type UnitRef = { code: string; validFrom: string };

export function readSeed<T>(file: string): T {
  return JSON.parse(readFileSync(path.join(repoRoot, 'seeds', file), 'utf8')) as T;
}

/** Finds a unit by (code, validFrom), the identity that holds across eras. */
export async function unitIdOf(owner: pg.ClientBase, ref: UnitRef): Promise<number> {
  const { rows } = await owner.query<{ id: number }>('select id from admin_unit where code = $1 and valid_from = $2', [ref.code, ref.validFrom]);
  if (!rows[0]) throw new Error(`Seed names unit ${ref.code} valid from ${ref.validFrom}, which is not loaded`);
  return rows[0].id;
}

/** Runs a loader once per database: the reference_load row says it is done. */
export async function once(owner: pg.ClientBase, name: string, load: () => Promise<number>): Promise<boolean> {
  const { rowCount } = await owner.query('select 1 from reference_load where name = $1', [name]);
  if (rowCount) return false;
  await owner.query('begin');
  try {
    const rows = await load();
    await owner.query('insert into reference_load (name, rows) values ($1, $2)', [name, rows]);
    await owner.query('commit');
    return true;
  } catch (error) {
    await owner.query('rollback');
    throw error;
  }
}
