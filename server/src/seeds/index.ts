import type pg from 'pg';
import { loadAdministrativeUnits } from '../modules/units/unit.seed';
import { loadDemoUsers } from './demo-users';
import { loadSourceAgencies } from './agencies';
import { loadSourcePlans } from './plans';
import { loadSyntheticDemo } from './synthetic/generator';

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
  await loadSourcePlans(owner, log);
  await loadDemoUsers(owner, log);
  await loadSyntheticDemo(owner, log);
}

export { once } from './seed-files';
