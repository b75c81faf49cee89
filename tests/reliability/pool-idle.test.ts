import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS, loadConfig } from '../../server/src/core/config';
import { DEMO } from '../support/constants';
import { startTestApp, type TestApp } from '../support/harness';

/**
 * The request pool keeps an idle connection for minutes (DB_POOL_IDLE_TIMEOUT_MS), with what it
 * prepared and PostgreSQL's caches: pg's default closed it after 10 seconds, and the connection
 * opened for the next request answered its first requests several times slower
 * (docs/performance.md, seventeenth round).
 */
let kept: TestApp;
let closed: TestApp;

beforeAll(async () => {
  kept = await startTestApp();
  closed = await startTestApp({ database: kept.database, limits: { poolIdleTimeoutMs: 300 } });
});
afterAll(async () => {
  await closed?.close();
  await kept?.close();
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The request pool's connections now (the owner's sessions of the test do not run as the app's role). */
async function appConnections(app: TestApp): Promise<number[]> {
  const rows = await app.sql<{ pid: number }>(`select pid from pg_stat_activity
    where datname = current_database() and usename = 'hoagiai_app' and application_name = 'hoagiai' order by pid`);
  return rows.map((row) => row.pid);
}

describe('the request pool\'s idle connections', () => {
  it('are kept 10 minutes by default, and DB_POOL_IDLE_TIMEOUT_MS sets it', () => {
    expect(DEFAULT_LIMITS.poolIdleTimeoutMs).toBe(600_000);
    expect(loadConfig({ JWT_SECRET: 'x'.repeat(32), DB_POOL_IDLE_TIMEOUT_MS: '1500' }).limits.poolIdleTimeoutMs).toBe(1500);
    expect(() => loadConfig({ JWT_SECRET: 'x'.repeat(32), DB_POOL_IDLE_TIMEOUT_MS: '0' })).toThrow(/DB_POOL_IDLE_TIMEOUT_MS/);
  });

  it('stay open while idle, and are closed after the idle time set', async () => {
    const query = '{ _allHamletsMeta { count } }';
    // Both servers hold connections on one database: one server's requests first, then the other's.
    const keptToken = await kept.login(DEMO.socTrangAdmin);
    expect((await kept.gql(query, {}, { token: keptToken })).errors).toBeUndefined();
    const afterKept = await appConnections(kept);
    expect(afterKept.length).toBeGreaterThan(0);

    const closedToken = await closed.login(DEMO.socTrangAdmin);
    expect((await closed.gql(query, {}, { token: closedToken })).errors).toBeUndefined();
    const afterBoth = await appConnections(kept);
    const closedOnes = afterBoth.filter((pid) => !afterKept.includes(pid));
    expect(closedOnes.length).toBeGreaterThan(0);

    await sleep(1_500);
    const later = await appConnections(kept);
    expect(later).toEqual(expect.arrayContaining(afterKept));
    expect(later.filter((pid) => closedOnes.includes(pid))).toEqual([]);
  });
});
