import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';

/**
 * The product as a user starts it: `node server/dist/main.js` (what `npm start` runs after
 * building), in its own data folder. For tests of what only a whole process shows: start-up,
 * the supervised PostgreSQL, signals.
 */
const root = path.join(__dirname, '..', '..');

export type Product = {
  child: ChildProcess;
  port: number;
  url: string;
  output: () => string;
  exited: Promise<number | null>;
  /** Waits until the output matches (or throws after timeoutMs). */
  waitFor: (pattern: RegExp, timeoutMs?: number) => Promise<RegExpExecArray>;
};

export function startProduct(env: Record<string, string>, readyTimeoutMs = 120_000): Promise<Product> {
  const child = spawn(process.execPath, [path.join(root, 'server', 'dist', 'main.js')], {
    // As `npm start` runs it: no NODE_ENV (NODE_ENV=test changes how Apollo Server treats signals).
    env: { ...process.env, PORT: '0', NODE_ENV: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const listeners = new Set<() => void>();
  const onData = (chunk: Buffer) => {
    output += chunk.toString();
    listeners.forEach((listener) => listener());
  };
  child.stdout!.on('data', onData);
  child.stderr!.on('data', onData);
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const waitFor = (pattern: RegExp, timeoutMs = 60_000) =>
    new Promise<RegExpExecArray>((resolve, reject) => {
      const check = () => {
        const match = pattern.exec(output);
        if (match) {
          listeners.delete(check);
          clearTimeout(timer);
          resolve(match);
        }
      };
      const timer = setTimeout(() => {
        listeners.delete(check);
        reject(new Error(`${pattern} not seen in ${timeoutMs} ms:\n${output}`));
      }, timeoutMs);
      listeners.add(check);
      check();
    });
  return new Promise((resolve, reject) => {
    child.on('exit', (code) => reject(new Error(`exited with ${code}:\n${output}`)));
    waitFor(/ready in .*\n\s+GraphQL\s+http:\/\/localhost:(\d+)/, readyTimeoutMs).then((match) => {
      const port = Number(match[1]);
      resolve({ child, port, url: `http://127.0.0.1:${port}`, output: () => output, exited, waitFor });
    }, reject);
  });
}

/** The embedded cluster of a data folder: its postmaster's pid and port, and an owner connection. */
export function embeddedCluster(dataDir: string) {
  const pidFile = path.join(dataDir, 'pg', 'postmaster.pid');
  const read = () => {
    try {
      return readFileSync(pidFile, 'utf8').split('\n');
    } catch {
      return undefined;
    }
  };
  return {
    pid: () => (read() ? Number(read()![0]) : undefined),
    port: () => (read() ? Number(read()![3]) : undefined),
    ownerUrl: (database = 'hoagiai') => {
      const password = readFileSync(path.join(dataDir, 'pg-password'), 'utf8').trim();
      return `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${read()![3]}/${database}`;
    },
    async query<R extends Record<string, unknown>>(text: string, params: unknown[] = []): Promise<R[]> {
      const client = new pg.Client({ connectionString: this.ownerUrl() });
      client.on('error', () => undefined);
      await client.connect();
      try {
        return (await client.query<R>(text, params)).rows;
      } finally {
        await client.end();
      }
    },
  };
}

export const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

export async function graphql(url: string, query: string, variables: Record<string, unknown> = {}, token?: string) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, body: (await response.json()) as { data?: Record<string, any> | null; errors?: { extensions?: { code?: string } }[] } };
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
