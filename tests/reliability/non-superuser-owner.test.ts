import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { startEmbeddedPostgres, type EmbeddedCluster } from '../../server/src/core/embedded-postgres';
import { graphql, startProduct, type Product } from '../support/product';

/**
 * Managed PostgreSQL gives an owner that is no superuser and cannot be given BYPASSRLS. The product
 * installs there: a fresh cluster, a database owned by an ordinary CREATEROLE login, and the server
 * started with DATABASE_URL as that login runs the migrations, loads the reference and demo data,
 * signs in and writes, with row-level security forced on every table it passes only through the
 * definer role's own policies.
 */
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'hoagiai-managed-'));
chmodSync(dataDir, 0o755);
let cluster: EmbeddedCluster | undefined;
let product: Product | undefined;

afterAll(async () => {
  if (product && product.child.exitCode === null) product.child.kill('SIGKILL');
  await cluster?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

async function asSuperuser<T>(database: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: cluster!.url(database) });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

describe('installing with an owner that is not a superuser', () => {
  it('migrates, loads the demo data and serves, the definer role standing in for the superuser', { timeout: 300_000 }, async () => {
    cluster = await startEmbeddedPostgres(dataDir, () => undefined);
    await asSuperuser('postgres', async (client) => {
      await client.query(`create role managed_owner login createrole nosuperuser nobypassrls password 'managed-owner-password'`);
      await client.query('create database hoagiai owner managed_owner');
    });
    const url = new URL(cluster.url('hoagiai'));
    url.username = 'managed_owner';
    url.password = 'managed-owner-password';
    const env = { DATABASE_URL: url.toString(), JWT_SECRET: 'a-secret-for-the-managed-install-test', DEMO_DATA: 'true', DATA_DIR: dataDir };

    product = await startProduct(env, 240_000);
    expect(product.output()).toMatch(/demo accounts created/);
    const login = await graphql(product.url, 'mutation { login(email: "xamytu.staff@demo.hoagiai.vn", password: "hoagiai-demo") { token } }');
    const token = login.body.data!.login.token as string;
    const unitId = (await asSuperuser('hoagiai', (c) => c.query(`select id::text from admin_unit where code = '31597' and valid_from = '2021-11-01'`))).rows[0].id;
    const created = await graphql(product.url, 'mutation ($u: ID!) { createHamlet(unitId: $u, name: "Ấp Được quản lý", kind: AP) { id } }', { u: unitId }, token);
    expect(created.body.errors).toBeUndefined();
    const teams = await graphql(product.url, '{ allMediationTeams(perPage: 5) { id mediators { id trained } } }', {}, token);
    expect(teams.body.data!.allMediationTeams.length).toBeGreaterThan(0);

    const facts = await asSuperuser('hoagiai', async (client) => ({
      owner: (await client.query(`select rolsuper, rolbypassrls from pg_roles where rolname = 'managed_owner'`)).rows[0],
      tables: (await client.query(`select count(*)::int as n from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = 'public' and c.relkind = 'r' and pg_get_userbyid(c.relowner) <> 'managed_owner'`)).rows[0].n,
      definerFunctions: (await client.query(`select count(*)::int as n from pg_proc p join pg_namespace n on n.oid = p.pronamespace
        where n.nspname in ('app', 'app_private') and p.prosecdef and pg_get_userbyid(p.proowner) <> 'hoagiai_definer'`)).rows[0].n,
      audited: (await client.query(`select count(*)::int as n from audit_log where entity = 'Hamlet' and action = 'CREATE'`)).rows[0].n,
      teams: (await client.query('select count(*)::int as n from mediation_team')).rows[0].n,
    }));
    expect(facts.owner).toEqual({ rolsuper: false, rolbypassrls: false });
    expect(facts.tables).toBe(0);
    expect(facts.definerFunctions).toBe(0);
    expect(facts.audited).toBe(1);
    expect(facts.teams).toBeGreaterThan(100);

    // A second start finds everything in place and loads nothing twice.
    product.child.kill('SIGTERM');
    expect(await product.exited).toBe(0);
    product = await startProduct(env, 120_000);
    expect(product.output()).not.toMatch(/Applying migration|demo accounts created/);
    product.child.kill('SIGTERM');
    expect(await product.exited).toBe(0);
  });
});
