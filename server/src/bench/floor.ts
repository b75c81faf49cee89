import http from 'node:http';
import pg from 'pg';
import { beginWithScope, type Scope } from '../core/tenancy/scope';
import type { KnownIds, Workload } from './workloads';

export type FloorTarget = { workload: Workload; scope: Scope; userId: number };

/**
 * The floor: what a request costs without GraphQL, through the same `pg` driver, as the same role
 * and under the same scope. POST /<workload id> runs BEGIN and the scope (one round trip), the
 * workload's one prepared statement building the answer as JSON, and COMMIT, and sends the JSON
 * as it came from PostgreSQL. With `owner`, POST /<id>/owner runs the owner's form of the statement
 * (the scope as a WHERE, no row-level security) on the owner's pool, for the RLS-overhead check.
 */
export function floorServer(appUrl: string, ownerUrl: string, targets: FloorTarget[], known: KnownIds, poolSize: number, idleTimeoutMillis: number): http.Server {
  // Its connections are kept as long as the server's (config.ts, poolIdleTimeoutMs).
  const pool = new pg.Pool({ connectionString: appUrl, max: poolSize, idleTimeoutMillis, application_name: 'hoagiai-floor' });
  const owner = new pg.Pool({ connectionString: ownerUrl, max: poolSize, idleTimeoutMillis, application_name: 'hoagiai-floor-owner' });
  const byPath = new Map<string, () => Promise<string>>();
  for (const { workload, scope, userId } of targets) {
    const params = workload.floorParams(known);
    const begin = beginWithScope(scope, userId);
    byPath.set(`/${workload.id}`, () => answer(pool, begin, { name: `floor-${workload.id}`, text: workload.floorSql, values: params, rowMode: 'array' }));
    if (workload.ownerSql) {
      const ownerQuery = { name: `owner-${workload.id}`, text: workload.ownerSql, values: [scope.read, ...params], rowMode: 'array' as const };
      byPath.set(`/${workload.id}/owner`, () => answer(owner, 'begin', ownerQuery));
    }
  }
  const server = http.createServer((req, res) => {
    const run = byPath.get(req.url ?? '');
    req.resume();
    if (!run) {
      res.writeHead(404).end();
      return;
    }
    run().then(
      (json) => res.writeHead(200, { 'content-type': 'application/json' }).end(`{"data":${json}}`),
      (error: unknown) => res.writeHead(500, { 'content-type': 'text/plain' }).end(String(error)),
    );
  });
  server.on('close', () => void Promise.all([pool.end(), owner.end()]));
  return server;
}

async function answer(pool: pg.Pool, begin: string, query: pg.QueryArrayConfig): Promise<string> {
  const client = await pool.connect();
  try {
    await client.query(begin);
    const { rows } = await client.query(query);
    await client.query('commit');
    return String(rows[0][0]);
  } catch (error) {
    await client.query('rollback').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
