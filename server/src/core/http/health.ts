import { readdirSync } from 'node:fs';
import path from 'node:path';
import type express from 'express';
import pg from 'pg';
import { repoRoot } from '../config';

/** The migrations this build expects to find applied. */
export const expectedMigrations = (): string[] =>
  readdirSync(path.join(repoRoot, 'server', 'migrations'))
    .filter((name) => name.endsWith('.sql'))
    .map((name) => name.replace(/\.sql$/, ''))
    .sort();

export type Readiness = {
  /** Runs a real query (with a 1 s budget); resolves when the database answers and every migration is applied. */
  check: () => Promise<{ ready: boolean; reason?: string }>;
  close: () => Promise<void>;
};

/**
 * Readiness through its own one-connection pool (as the server's role), so a busy request pool
 * does not hide a live database and a dead database is noticed at once: connecting and the query
 * each have one second.
 */
export function databaseReadiness(url: string, isStarted: () => boolean): Readiness {
  const pool = new pg.Pool({
    connectionString: url,
    max: 1,
    idleTimeoutMillis: 5_000,
    connectionTimeoutMillis: 1_000,
    statement_timeout: 1_000,
    query_timeout: 1_500,
    application_name: 'hoagiai-health',
  });
  pool.on('error', () => undefined);
  const expected = expectedMigrations();
  return {
    async check() {
      if (!isStarted()) return { ready: false, reason: 'starting' };
      try {
        const { rows } = await pool.query<{ applied: number }>('select count(*)::int as applied from schema_migration where name = any($1)', [expected]);
        if (rows[0].applied !== expected.length) return { ready: false, reason: 'migrations pending' };
        return { ready: true };
      } catch {
        return { ready: false, reason: 'database unavailable' };
      }
    },
    close: () => pool.end(),
  };
}

/**
 * /health/live: the process answers (restart it when this fails).
 * /health/ready (and /health): a real query succeeds and the migrations are applied (send traffic
 * only when this succeeds); 503 otherwise, within about a second of the database going away.
 */
export function healthRoutes(app: express.Express, readiness: Readiness, isDraining: () => boolean): void {
  app.get('/health/live', (_req, res) => {
    res.setHeader('Cache-Control', 'no-store');
    res.json({ status: 'live' });
  });
  const ready: express.RequestHandler = async (_req, res) => {
    res.setHeader('Cache-Control', 'no-store');
    if (isDraining()) {
      res.status(503).json({ status: 'stopping' });
      return;
    }
    const state = await readiness.check();
    res.status(state.ready ? 200 : 503).json(state.ready ? { status: 'ready' } : { status: 'unavailable', reason: state.reason });
  };
  app.get('/health/ready', ready);
  app.get('/health', ready);
}
