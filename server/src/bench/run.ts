import 'reflect-metadata';
import { mkdtempSync, chmodSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { createApp } from '../app';
import { loadConfig } from '../core/config';
import { createDataSource, prepareDatabase, withClient } from '../core/database';
import { loadDemoData, loadReferenceData } from '../seeds';
import { scenarios, type Post } from './scenarios';

/**
 * `npm run bench`: the performance targets, measured against a real PostgreSQL with the demo data
 * (a throw-away embedded cluster unless DATABASE_URL is set). Exits 1 when a target is missed.
 */
async function main(): Promise<void> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'hoagiai-bench-'));
  chmodSync(dataDir, 0o755);
  const config = { ...loadConfig({ ...process.env, DATA_DIR: process.env.DATABASE_URL ? process.env.DATA_DIR : dataDir }), loadDemoData: true };
  const quiet = () => undefined;
  const database = await prepareDatabase(config, console.log);
  await withClient(database.ownerUrl, async (owner) => {
    await loadReferenceData(owner, console.log);
    await loadDemoData(owner, console.log);
  });
  const dataSource = await createDataSource(database.appUrl, quiet);
  const { app, apollo } = await createApp({ config, dataSource, log: quiet });
  const server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  const post: Post = async (query, variables = {}, token) => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: Record<string, any>; errors?: unknown[] };
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data!;
  };
  const tokens = new Map<string, string>();
  let failed = 0;
  for (const scenario of scenarios) {
    if (!tokens.has(scenario.account)) {
      const login = await post('mutation ($e: String!) { login(email: $e, password: "hoagiai-demo") { token } }', { e: scenario.account });
      tokens.set(scenario.account, login.login.token);
    }
    const token = tokens.get(scenario.account)!;
    const iterations = scenario.iterations ?? 50;
    const variablesFor = async () => (scenario.prepare ? await scenario.prepare(post, token) : scenario.variables);
    await post(scenario.query, await variablesFor(), token); // warm-up
    const times: number[] = [];
    for (let i = 0; i < iterations; i += 1) {
      const variables = await variablesFor();
      const started = performance.now();
      await post(scenario.query, variables, token);
      times.push(performance.now() - started);
    }
    times.sort((a, b) => a - b);
    const p50 = times[Math.floor(iterations * 0.5)];
    const p95 = times[Math.min(iterations - 1, Math.floor(iterations * 0.95))];
    const ok = p95 <= scenario.p95TargetMs;
    if (!ok) failed += 1;
    console.log(`${ok ? 'ok  ' : 'MISS'} ${scenario.name}: p50 ${p50.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms (target ${scenario.p95TargetMs} ms)`);
  }
  server.close();
  await apollo.stop();
  await dataSource.destroy();
  await database.stopEmbedded?.();
  rmSync(dataDir, { recursive: true, force: true });
  console.log(`${scenarios.length - failed} met, ${failed} missed`);
  process.exit(failed ? 1 : 0);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
