import { createHash, createHmac } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { repoRoot } from './config';

export const APP_ROLE = 'hoagiai_app';
const migrationsDir = path.join(repoRoot, 'server', 'migrations');

/** The app role's password is derived from the JWT secret, which every instance shares. */
export function appRolePassword(jwtSecret: string): string {
  return createHmac('sha256', jwtSecret).update(`postgres-role:${APP_ROLE}`).digest('base64url');
}

/**
 * Creates (or re-keys) the role the server connects as: a login role that owns nothing, is no
 * superuser and so is subject to every row-level security policy.
 */
export async function ensureAppRole(owner: pg.ClientBase, password: string): Promise<void> {
  await owner.query(`do $$ begin
      if not exists (select from pg_roles where rolname = '${APP_ROLE}') then
        create role ${APP_ROLE} login nosuperuser nocreatedb nocreaterole noinherit nobypassrls;
      end if;
    end $$`);
  await owner.query(`alter role ${APP_ROLE} with login password ${owner.escapeLiteral(password)}`);
}

type Log = (message: string) => void;

/**
 * Applies the SQL migrations in server/migrations in name order, each in its own transaction.
 * Landed migrations are never edited: a checksum mismatch stops the start.
 */
export async function migrate(owner: pg.ClientBase, log: Log): Promise<void> {
  await owner.query('select pg_advisory_lock(7041971)');
  try {
    await owner.query(`create table if not exists schema_migration (
        name text primary key, checksum text not null, applied_at timestamptz not null default now())`);
    const applied = new Map<string, string>(
      (await owner.query<{ name: string; checksum: string }>('select name, checksum from schema_migration')).rows.map(
        (row) => [row.name, row.checksum],
      ),
    );
    for (const file of readdirSync(migrationsDir).filter((name) => name.endsWith('.sql')).sort()) {
      const sql = readFileSync(path.join(migrationsDir, file), 'utf8');
      const checksum = createHash('sha256').update(sql).digest('hex');
      const name = file.replace(/\.sql$/, '');
      const known = applied.get(name);
      if (known === checksum) continue;
      if (known) throw new Error(`Migration ${file} was edited after it was applied; add a new migration instead.`);
      log(`Applying migration ${name}`);
      await owner.query('begin');
      try {
        await owner.query(sql);
        await owner.query('insert into schema_migration (name, checksum) values ($1, $2)', [name, checksum]);
        await owner.query('commit');
      } catch (error) {
        await owner.query('rollback');
        throw new Error(`Migration ${file} failed: ${(error as Error).message}`);
      }
    }
  } finally {
    await owner.query('select pg_advisory_unlock(7041971)');
  }
}
