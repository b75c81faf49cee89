import { createHash, createHmac } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { repoRoot } from './config';

export const APP_ROLE = 'hoagiai_app';
/**
 * Owns the SECURITY DEFINER functions (sign-in, sessions, the trained-status refresh, audit) and
 * is let through by a permissive policy on every table with row-level security. It cannot log in,
 * owns no table and is granted to the owner of the database, so a non-superuser owner (managed
 * PostgreSQL, where BYPASSRLS cannot be granted) installs, migrates and loads data too.
 */
export const DEFINER_ROLE = 'hoagiai_definer';
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
  await ensureDefinerRole(owner);
}

/**
 * Creates the definer role (no login) and makes the connected owner a member of it, so the owner
 * may give it functions and passes the policies it passes (loading reference and demo data). On
 * PostgreSQL 16+ a CREATEROLE owner holds ADMIN on the roles it created, which is all this needs.
 */
export async function ensureDefinerRole(owner: pg.ClientBase): Promise<void> {
  await owner.query(`do $$ begin
      if not exists (select from pg_roles where rolname = '${DEFINER_ROLE}') then
        create role ${DEFINER_ROLE} nologin nosuperuser nocreatedb nocreaterole noinherit nobypassrls;
      end if;
      if not pg_has_role(current_user, '${DEFINER_ROLE}', 'usage') then
        execute format('grant ${DEFINER_ROLE} to %I', current_user);
      end if;
    end $$`);
}

type Log = (message: string) => void;

/**
 * Applies the SQL migrations in server/migrations in name order, each in its own transaction.
 * Landed migrations are never edited: a checksum mismatch stops the start.
 */
export async function migrate(owner: pg.ClientBase, log: Log): Promise<void> {
  await owner.query('select pg_advisory_lock(7041971)');
  let appliedNow = 0;
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
        appliedNow += 1;
      } catch (error) {
        await owner.query('rollback');
        throw new Error(`Migration ${file} failed: ${(error as Error).message}`);
      }
    }
    await hardenTenantTables(owner, appliedNow > 0, log);
  } finally {
    await owner.query('select pg_advisory_unlock(7041971)');
  }
}

/**
 * After the migrations: every table with row-level security lets the definer role through, and
 * every tenant table (one with a unit_path) is audited by trigger and checks its references to
 * other tenant rows as the caller (app_private.harden_tenant_tables, migration
 * 20261201350000). It is idempotent and changes only what is missing, so tables added by later
 * migrations get the same protection without repeating it in each migration.
 */
async function hardenTenantTables(owner: pg.ClientBase, migrated: boolean, log: Log): Promise<void> {
  const { rows } = await owner.query<{ present: boolean }>(
    `select exists (select from pg_proc p join pg_namespace n on n.oid = p.pronamespace
                     where n.nspname = 'app_private' and p.proname = 'harden_tenant_tables') as present`,
  );
  if (!rows[0].present) return;
  if (!migrated) {
    const missing = await owner.query<{ n: number }>('select count(*)::int as n from app_private.hardening_gaps()');
    if (missing.rows[0].n === 0) return;
  }
  await owner.query('begin');
  try {
    const changed = await owner.query<{ change: string }>('select change from app_private.harden_tenant_tables() as change');
    await owner.query('commit');
    if (changed.rows.length) log(`Hardened the tenant tables: ${changed.rows.length} change(s)`);
  } catch (error) {
    await owner.query('rollback');
    throw error;
  }
}
