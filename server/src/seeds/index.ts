import type pg from 'pg';
import { loadAdministrativeUnits } from '../modules/units/unit.seed';
import { loadDemoUsers } from './demo-users';
import { loadSourceAgencies } from './agencies';

type Log = (message: string) => void;

/** Reference data every database needs: the administrative units. */
export async function loadReferenceData(owner: pg.ClientBase, log: Log): Promise<void> {
  await loadAdministrativeUnits(owner, log);
}

/**
 * The demo: the agencies and plans of the two source documents and the demo accounts. Loaded into
 * the embedded database (or with DEMO_DATA=true), once.
 */
export async function loadDemoData(owner: pg.ClientBase, log: Log): Promise<void> {
  await loadSourceAgencies(owner, log);
  await loadDemoUsers(owner, log);
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
