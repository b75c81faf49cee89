import { readdirSync, readFileSync } from 'node:fs';
import http from 'node:http';

/** One HTTP POST, answered with its body; the caller decides what a good answer is. */
export type Send = () => Promise<string>;

const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });

/** A client of one endpoint over keep-alive connections, as a browser or an API client holds them. */
export function poster(port: number, path: string, body: string, headers: Record<string, string> = {}): Send {
  const payload = Buffer.from(body);
  const options: http.RequestOptions = {
    host: '127.0.0.1', port, path, method: 'POST', agent,
    headers: { 'content-type': 'application/json', 'content-length': String(payload.length), ...headers },
  };
  const once = (): Promise<string> =>
    new Promise((resolve, reject) => {
      const request = http.request(options, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          if (response.statusCode !== 200) reject(new Error(`HTTP ${response.statusCode}: ${text.slice(0, 300)}`));
          else resolve(text);
        });
        response.on('error', reject);
      });
      request.on('error', reject);
      request.end(payload);
    });
  // A kept-alive connection the server closed just as it was reused: send again on a fresh one.
  return () => once().catch((error: NodeJS.ErrnoException) => (error.code === 'ECONNRESET' ? once() : Promise.reject(error)));
}

/** Latencies (ms) of requests sent one after another: `count` of them, or fewer if `budgetMs` runs out (never under `min`). */
export async function sequential(send: Send, count: number, budgetMs: number, min = 15): Promise<number[]> {
  const times: number[] = [];
  const started = performance.now();
  while (times.length < count && (times.length < min || performance.now() - started < budgetMs)) {
    const t = performance.now();
    await send();
    times.push(performance.now() - t);
  }
  return times;
}

/**
 * CPU time the whole machine has spent (ms: user, system, interrupts; not idle or I/O wait), from
 * Linux's /proc/stat; undefined elsewhere. On a machine doing nothing else, its growth during a
 * load phase over the requests answered is what one request costs: server, database and the load
 * generator's own share.
 */
export function machineCpuMs(): number | undefined {
  try {
    const [, user, nice, system, , , irq, softirq, steal] = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).map(Number);
    return (user + nice + system + irq + softirq + (steal || 0)) * 10; // USER_HZ is 100 on Linux
  } catch {
    return undefined;
  }
}

/** CPU time (ms) process `pid` has spent, from /proc/<pid>/stat; undefined off Linux. */
export function processCpuMs(pid: number | undefined): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const [utime, stime] = stat.slice(stat.lastIndexOf(')') + 2).split(' ').slice(11, 13).map(Number);
    return (utime + stime) * 10;
  } catch {
    return undefined;
  }
}

/**
 * CPU time (ms) of every PostgreSQL process on this machine, by pid (their command name is
 * `postgres`); empty off Linux, and for a database on another machine. A pid seen only after a phase
 * counts from zero.
 */
export function databaseCpuMs(): Map<number, number> {
  const found = new Map<number, number>();
  try {
    for (const entry of readdirSync('/proc')) {
      if (!/^\d+$/.test(entry)) continue;
      try {
        if (readFileSync(`/proc/${entry}/comm`, 'utf8').trim() !== 'postgres') continue;
        const ms = processCpuMs(Number(entry));
        if (ms !== undefined) found.set(Number(entry), ms);
      } catch {
        // the process ended meanwhile
      }
    }
  } catch {
    // not Linux
  }
  return found;
}

function databaseCpuSince(before: Map<number, number>): number | undefined {
  const after = databaseCpuMs();
  if (after.size === 0) return undefined;
  let spent = 0;
  for (const [pid, ms] of after) spent += ms - (before.get(pid) ?? 0);
  return spent;
}

/**
 * Requests per second with `concurrency` clients each sending as soon as its last answer came, for
 * `durationMs`, and the CPU time per request meanwhile (ms; undefined off Linux): the machine's, and
 * the server process's (`serverPid`) part of it, and the database's (every `postgres` process).
 */
export async function concurrent(send: Send, concurrency: number, durationMs: number, serverPid?: number): Promise<{ requests: number; rps: number; cpuMs?: number; serverCpuMs?: number; databaseCpuMs?: number }> {
  let done = 0;
  const cpuBefore = machineCpuMs();
  const serverBefore = processCpuMs(serverPid);
  const databaseBefore = databaseCpuMs();
  const started = performance.now();
  const deadline = started + durationMs;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < deadline) {
        await send();
        done += 1;
      }
    }),
  );
  const cpuAfter = machineCpuMs();
  const serverAfter = processCpuMs(serverPid);
  const databaseSpent = databaseCpuSince(databaseBefore);
  const rps = done / ((performance.now() - started) / 1000);
  const per = (before?: number, after?: number) => (before === undefined || after === undefined ? undefined : (after - before) / done);
  return { requests: done, rps, cpuMs: per(cpuBefore, cpuAfter), serverCpuMs: per(serverBefore, serverAfter), databaseCpuMs: per(0, databaseSpent) };
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))];
}

export const median = (values: number[]) => percentile(values, 0.5);
