import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { embeddedCluster, graphql, isAlive, sleep, startProduct, type Product } from '../support/product';

/**
 * PostgreSQL killed under a write load: readiness fails at once, the supervisor starts PostgreSQL
 * again and the server serves without a restart of its own; every acknowledged write is there and
 * none is half-written (a hamlet and its audit row commit together, or neither does). Then a
 * SIGTERM under load: every request is either answered completely or never acknowledged, and what
 * was acknowledged survives the restart.
 */
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'hoagiai-failure-'));
chmodSync(dataDir, 0o755);
const cluster = embeddedCluster(dataDir);
let product: Product | undefined;

afterAll(async () => {
  if (product && product.child.exitCode === null) product.child.kill('SIGKILL');
  const pid = cluster.pid();
  if (pid && isAlive(pid)) process.kill(pid, 'SIGINT');
  await sleep(1000);
  rmSync(dataDir, { recursive: true, force: true });
});

const LOGIN = 'mutation { login(email: "xamytu.staff@demo.hoagiai.vn", password: "hoagiai-demo") { token } }';
const CREATE = 'mutation ($unitId: ID!, $name: String!) { createHamlet(unitId: $unitId, name: $name, kind: AP) { id name } }';

type Outcome = { name: string; acknowledged: boolean; code?: string; failure?: string };

/** Writers creating hamlets one after another until told to stop; each outcome is recorded. */
function writeLoad(url: string, token: string, unitId: string, prefix: string, writers: number) {
  let stop = false;
  const outcomes: Outcome[] = [];
  let counter = 0;
  const writer = async () => {
    while (!stop) {
      const name = `${prefix} ${(counter += 1)}`;
      try {
        const { body } = await graphql(url, CREATE, { unitId, name }, token);
        outcomes.push({ name, acknowledged: !!body.data?.createHamlet, code: body.errors?.[0]?.extensions?.code });
      } catch (error) {
        outcomes.push({ name, acknowledged: false, failure: String((error as Error).cause ?? error) });
        await sleep(50);
      }
    }
  };
  const done = Promise.all(Array.from({ length: writers }, writer));
  return { outcomes, stop: async () => { stop = true; await done; } };
}

async function readiness(url: string) {
  try {
    return (await fetch(`${url}/health/ready`)).status;
  } catch {
    return 0;
  }
}

async function checkWrites(outcomes: Outcome[], prefix: string) {
  const rows = await cluster.query<{ name: string; audited: number }>(
    `select h.name, (select count(*)::int from audit_log a where a.entity = 'Hamlet' and a.entity_id = h.id::text and a.action = 'CREATE') as audited
       from hamlet h where h.name like $1`, [`${prefix} %`]);
  const stored = new Map(rows.map((row) => [row.name, row.audited]));
  const lost = outcomes.filter((o) => o.acknowledged && !stored.has(o.name)).map((o) => o.name);
  const halfWritten = rows.filter((row) => row.audited !== 1).map((row) => row.name);
  return { lost, halfWritten, stored: rows.length };
}

describe('a server that survives its database and stops cleanly', () => {
  it('restarts a killed PostgreSQL, keeps every acknowledged write whole, and drains on SIGTERM', { timeout: 300_000 }, async () => {
    product = await startProduct({ DATA_DIR: dataDir, DRAIN_TIMEOUT_MS: '10000' });
    const { url } = product;
    expect(await readiness(url)).toBe(200);
    const token = (await graphql(url, LOGIN)).body.data!.login.token as string;
    const [{ id: unitId }] = await cluster.query<{ id: string }>(`select id::text from admin_unit where code = '31597' and valid_from = '2021-11-01'`);

    // 1. Kill PostgreSQL under load.
    const load = writeLoad(url, token, unitId, 'Ấp Tải', 4);
    await sleep(1500);
    const postmaster = cluster.pid()!;
    process.kill(postmaster, 'SIGKILL');
    const killedAt = Date.now();
    let unready = 0;
    while (Date.now() - killedAt < 3_000 && (unready = await readiness(url)) === 200) await sleep(100);
    expect(unready).toBe(503);
    expect(Date.now() - killedAt).toBeLessThan(2_500);
    await product.waitFor(/embedded PostgreSQL stopped unexpectedly .*; restarting it/, 10_000);
    await product.waitFor(/embedded PostgreSQL restarted and accepting connections/, 60_000);
    let ready = 0;
    for (let i = 0; i < 100 && (ready = await readiness(url)) !== 200; i += 1) await sleep(200);
    expect(ready).toBe(200);
    expect(cluster.pid()).not.toBe(postmaster);
    await sleep(1000);
    await load.stop();

    const acknowledged = load.outcomes.filter((o) => o.acknowledged);
    expect(acknowledged.length).toBeGreaterThan(10);
    // While PostgreSQL was away, requests were refused with a code, never an internal error.
    expect(load.outcomes.filter((o) => o.code === 'INTERNAL_SERVER_ERROR')).toEqual([]);
    expect(load.outcomes.some((o) => o.code === 'SERVICE_UNAVAILABLE')).toBe(true);
    // Writes go on after the restart.
    expect(load.outcomes.slice(-4).some((o) => o.acknowledged)).toBe(true);
    const afterKill = await checkWrites(load.outcomes, 'Ấp Tải');
    expect(afterKill.lost).toEqual([]);
    expect(afterKill.halfWritten).toEqual([]);

    // 2. SIGTERM under load, with a write held in flight by a lock another session holds.
    const [held] = await cluster.query<{ id: string; version: number }>(`select id::text, version from hamlet where name = $1`, [acknowledged[0].name]);
    const locker = await import('pg').then(({ default: pg }) => new pg.Client({ connectionString: cluster.ownerUrl() }));
    await locker.connect();
    await locker.query('begin');
    await locker.query('select 1 from hamlet where id = $1 for update', [held.id]);
    const inFlight = graphql(url, 'mutation ($id: ID!, $v: Int!) { updateHamlet(id: $id, version: $v, name: "Ấp Tải giữ lại") { name } }', { id: held.id, v: held.version }, token);
    const second = writeLoad(url, token, unitId, 'Ấp Dừng', 4);
    await sleep(800);
    product.child.kill('SIGTERM');
    await product.waitFor(/SIGTERM received, draining/, 5_000);
    await sleep(1500);
    await locker.query('commit');
    await locker.end();
    const heldAnswer = await inFlight;
    expect(heldAnswer.body.data?.updateHamlet).toEqual({ name: 'Ấp Tải giữ lại' });
    expect(await product.exited).toBe(0);
    expect(product.output()).toMatch(/stopped cleanly/);
    expect(product.output()).not.toMatch(/terminating connection due to administrator command|QueryRunnerAlreadyReleased|commit failed/);
    await second.stop();
    // Every request was answered completely or not at all: no half answers, no internal errors.
    expect(second.outcomes.filter((o) => o.code === 'INTERNAL_SERVER_ERROR' || o.code === 'SERVICE_UNAVAILABLE')).toEqual([]);
    expect(second.outcomes.filter((o) => o.acknowledged).length).toBeGreaterThan(0);

    product = await startProduct({ DATA_DIR: dataDir });
    const afterStop = await checkWrites(second.outcomes, 'Ấp Dừng');
    expect(afterStop.lost).toEqual([]);
    expect(afterStop.halfWritten).toEqual([]);
    expect(await cluster.query(`select name from hamlet where id = $1`, [held.id])).toEqual([{ name: 'Ấp Tải giữ lại' }]);
    product.child.kill('SIGTERM');
    expect(await product.exited).toBe(0);
  });
});
