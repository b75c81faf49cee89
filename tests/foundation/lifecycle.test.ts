import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

/** The product as a user starts it: `node server/dist/main.js` (what `npm start` runs after building). */
const root = path.join(__dirname, '..', '..');
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'hoagiai-start-'));
chmodSync(dataDir, 0o755);
const running: ChildProcess[] = [];

function start(): Promise<{ child: ChildProcess; output: () => string; port: number }> {
  const child = spawn(process.execPath, [path.join(root, 'server', 'dist', 'main.js')], {
    // As `npm start` runs it: no NODE_ENV (NODE_ENV=test changes how Apollo Server treats signals).
    env: { ...process.env, PORT: '0', DATA_DIR: dataDir, NODE_ENV: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.push(child);
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`not ready in 90 s:\n${output}`)), 90_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const ready = /ready in .*\n\s+GraphQL\s+http:\/\/localhost:(\d+)/.exec(output);
      if (ready) {
        clearTimeout(timer);
        resolve({ child, output: () => output, port: Number(ready[1]) });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.on('exit', (code) => reject(new Error(`exited with ${code}:\n${output}`)));
  });
}

const exited = (child: ChildProcess) => new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));

function postmasterPid(): number | undefined {
  try {
    return Number(readFileSync(path.join(dataDir, 'pg', 'postmaster.pid'), 'utf8').split('\n')[0]);
  } catch {
    return undefined;
  }
}
const alive = (pid: number) => { try { process.kill(pid, 0); return true; } catch { return false; } };

afterAll(async () => {
  for (const child of running) if (child.exitCode === null) child.kill('SIGKILL');
  const pid = postmasterPid();
  if (pid && alive(pid)) process.kill(pid, 'SIGINT');
  await new Promise((resolve) => setTimeout(resolve, 1000));
  rmSync(dataDir, { recursive: true, force: true });
});

describe('starting and stopping the product', () => {
  it('loads reference data once, recovers from kill -9, and stops PostgreSQL cleanly on SIGTERM', { timeout: 240_000 }, async () => {
    const first = await start();
    expect(first.output()).toMatch(/Loading administrative units/);
    expect(first.output()).toMatch(/demo accounts created/);
    const health = await fetch(`http://127.0.0.1:${first.port}/health`);
    expect(health.status).toBe(200);
    expect(readFileSync(path.join(dataDir, 'jwt-secret'), 'utf8').trim()).toMatch(/^[0-9a-f]{64}$/);

    // kill -9 leaves the embedded PostgreSQL running without its parent.
    const pid = postmasterPid()!;
    first.child.kill('SIGKILL');
    await exited(first.child);
    expect(alive(pid)).toBe(true);

    const second = await start();
    expect(second.output()).toMatch(/still running \(pid \d+\); stopping it cleanly/);
    expect(second.output()).not.toMatch(/Loading administrative units/);
    expect(second.output()).not.toMatch(/demo accounts created/);
    const login = await fetch(`http://127.0.0.1:${second.port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'mutation { login(email: "sysadmin@demo.hoagiai.vn", password: "hoagiai-demo") { token } }' }),
    });
    expect(((await login.json()) as { data: { login: { token: string } } }).data.login.token).toBeTruthy();

    const newPid = postmasterPid()!;
    second.child.kill('SIGTERM');
    expect(await exited(second.child)).toBe(0);
    expect(second.output()).toMatch(/stopped cleanly/);
    expect(alive(newPid)).toBe(false);
    expect(postmasterPid()).toBeUndefined();
  });
});
