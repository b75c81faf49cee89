import type pg from 'pg';
import { loadAdministrativeUnits } from '../modules/units/unit.seed';
import { loadDemoUsers } from './demo-users';
import { loadSourceAgencies } from './agencies';
import { loadSourcePlans } from './plans';
import { loadSyntheticDemo } from './synthetic/generator';

type Log = (message: string) => void;

/**
 * Reference data every database needs: the administrative units. Then, at every start, the
 * hamlets still under a 2021 commune that went wholly into one 2025 commune move there (the
 * reform's automatic moves, app.move_full_mapped_hamlets; idempotent).
 */
export async function loadReferenceData(owner: pg.ClientBase, log: Log): Promise<void> {
  await loadAdministrativeUnits(owner, log);
  const { rows } = await owner.query<{ moved: number }>('select app.move_full_mapped_hamlets() as moved');
  if (rows[0].moved > 0) log(`  ${rows[0].moved} hamlet(s) of wholly succeeded 2021 communes moved to their 2025 commune`);
}

/**
 * The demo: the agencies and plans of the two source documents and the demo accounts. Loaded into
 * the embedded database (or with DEMO_DATA=true), once.
 */
export async function loadDemoData(owner: pg.ClientBase, log: Log): Promise<void> {
  await loadSourceAgencies(owner, log);
  await loadSourcePlans(owner, log);
  await loadDemoUsers(owner, log);
  await loadSyntheticDemo(owner, log);
  // Statistics for the tables just filled: until autovacuum gets to them, the planner would take
  // them for empty (a today's province's dashboard took 4 s instead of 0.3 s on a fresh start).
  await owner.query('analyze');
}

export { once } from './seed-files';
