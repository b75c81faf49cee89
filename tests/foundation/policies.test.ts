import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { createDataSource } from '../../server/src/core/database';
import { applyListArgs } from '../../server/src/core/graphql/list';
import { HamletEntity } from '../../server/src/modules/hamlets/hamlet.entity';
import { startTestApp, type TestApp } from '../support/harness';
import { planAsApp, type PlanNode } from '../support/plans';

/**
 * Row-level security must be answered from the unit_path index, or every tenant query reads the
 * whole country (issue 11). The policies compare the row's path with the scope function itself,
 * `unit_path <@ any (app.read_scope())`, never with a scalar subquery around it, which PostgreSQL
 * evaluates beside each row. The catalogue test holds every later migration to that form; the
 * EXPLAIN tests show the plans on national-shaped tables under the server's own role.
 */
let app: TestApp;
/** Only to build the lists' SQL as the services do (never to run it: that is the app role's). */
let builder: DataSource;

const indexScans = (nodes: PlanNode[], table: string) =>
  nodes.filter((node) => /Index Scan/.test(node['Node Type']) && node['Index Name'] === `${table}_path_idx`);
const seqScans = (nodes: PlanNode[], table: string) =>
  nodes.filter((node) => node['Node Type'] === 'Seq Scan' && node['Relation Name'] === table);

beforeAll(async () => {
  app = await startTestApp();
  // National-shaped tables: eight hamlets in every 2021 commune (about 85,000 rows) and two
  // agencies in every unit of both eras, as the national generator spreads them.
  await app.sql(`insert into hamlet (unit_id, name, kind)
                 select u.id, 'Thôn đo ' || n, 'THON' from admin_unit u cross join generate_series(1, 8) n
                  where u.level = 'COMMUNE' and u.valid_from = '2021-11-01'`);
  await app.sql(`insert into agency (unit_id, name, kind)
                 select u.id, 'Cơ quan đo ' || n, 'OTHER' from admin_unit u cross join generate_series(1, 2) n`);
  await app.sql('analyze hamlet');
  await app.sql('analyze agency');
  builder = await createDataSource(app.ownerUrl, () => undefined, 1);
}, 120_000);
afterAll(async () => {
  await builder?.destroy();
  await app?.close();
});

describe('row-level security policies', () => {
  it('never read their scope through a scalar subquery, in any migration so far or to come', async () => {
    const policies = await app.sql<{ policy: string; expression: string }>(
      `select c.relname || '.' || p.polname as policy,
              concat_ws(' / ', pg_get_expr(p.polqual, p.polrelid), pg_get_expr(p.polwithcheck, p.polrelid)) as expression
         from pg_policy p join pg_class c on c.oid = p.polrelid order by 1`,
    );
    expect(policies.length).toBeGreaterThan(100);
    const scoped = policies.filter((p) => /app\.[a-z_]+_scope\(\)/.test(p.expression));
    expect(scoped.length).toBeGreaterThan(100);
    const subqueries = scoped.filter((p) => /SELECT\s+app\.[a-z_]+\(\)/i.test(p.expression)).map((p) => p.policy);
    expect(subqueries).toEqual([]);
  });

  it('test a nullable path for null before they read the scope, so rows without one skip it', async () => {
    // A policy on a nullable path (moved_from_path, successor_path) is OR-ed with the unit_path one
    // and evaluated on every row a scan reads by another index: without the test first, each row
    // read and parsed the scope setting (0.9 µs) for a condition that could only be null.
    const comparisons = await app.sql<{ policy: string; path: string; expression: string }>(
      `select c.relname || '.' || p.polname as policy, a.attname as path, pg_get_expr(p.polqual, p.polrelid) as expression
         from pg_policy p
         join pg_class c on c.oid = p.polrelid
         join pg_attribute a on a.attrelid = p.polrelid and a.attnum > 0 and not a.attisdropped
                            and not a.attnotnull and a.atttypid = 'ltree'::regtype
        where pg_get_expr(p.polqual, p.polrelid) ~ ('\\m' || a.attname || ' (<@|@>) ANY \\(app\\.[a-z_]+_scope\\(\\)\\)')
        order by 1`,
    );
    expect(comparisons.map((c) => c.policy)).toEqual(expect.arrayContaining(['hamlet.hamlet_read_former', 'mediation_case.mediation_case_read_successor']));
    expect(comparisons.length).toBeGreaterThanOrEqual(8);
    const unguarded = comparisons.filter((c) => !c.expression.startsWith(`((${c.path} IS NOT NULL) AND `)).map((c) => c.policy);
    expect(unguarded).toEqual([]);
  });

  it('list a province\'s hamlets under the server role from the unit_path index of a national-shaped table, with the rows the owner counts', async () => {
    const [{ total }] = await app.sql('select count(*)::int as total from hamlet');
    expect(total).toBeGreaterThan(80_000);
    const scope = { read: '{y2021.p01}' };
    const list = await planAsApp(app, scope, 'select id, name, unit_id from hamlet order by name, id limit 50');
    expect(indexScans(list, 'hamlet').length).toBe(1);
    expect(seqScans(list, 'hamlet')).toEqual([]);
    const count = await planAsApp(app, scope, 'select count(*) from hamlet');
    expect(indexScans(count, 'hamlet').length).toBe(1);

    const [{ n }] = await app.sqlAsApp(scope, 'select count(*)::int as n from hamlet');
    const [{ owner }] = await app.sql(`select count(*)::int as owner from hamlet where unit_path <@ 'y2021.p01'`);
    expect(n).toBe(owner);
    expect(n).toBeGreaterThan(4_000);
  });

  it('answer a subtree-and-ancestors policy (agencies) with an index scan for each branch', async () => {
    const nodes = await planAsApp(app, { read: '{y2021.p01.d001}' }, 'select id, name from agency order by name, id limit 50');
    expect(indexScans(nodes, 'agency').length).toBe(2);
    expect(nodes.map((node) => node['Node Type'])).toContain('BitmapOr');
    expect(seqScans(nodes, 'agency')).toEqual([]);
    const rows = await app.sqlAsApp({ read: '{y2021.p01.d001}' }, 'select unit_path::text as path from agency');
    expect(rows.some((row) => row.path === 'y2021.p01')).toBe(true);
    expect(rows.every((row) => row.path === 'y2021.p01' || row.path.startsWith('y2021.p01.d001'))).toBe(true);
  });

  it('still match nothing under an empty scope, from the same index', async () => {
    const nodes = await planAsApp(app, {}, 'select id from hamlet order by name limit 50');
    expect(indexScans(nodes, 'hamlet').length).toBe(1);
    expect(await app.sqlAsApp({}, 'select id from hamlet limit 1')).toEqual([]);
    expect(await app.sqlAsApp({ read: '' }, 'select id from agency limit 1')).toEqual([]);
  });

  it('list a commune\'s hamlets sorted by a column with an index from the scope\'s index, not by walking the sort\'s index', async () => {
    // Under RLS the planner takes a scope path for 1 % of the table whatever it holds; sorted by
    // unit_id (hamlet_name_unique leads with it) it walked that index and filtered the country.
    const [{ path }] = await app.sql(`select path::text from admin_unit where level = 'COMMUNE' and valid_from = '2021-11-01' and path <@ 'y2021.p01' order by path limit 1`);
    const scope = { read: `{${path}}` };
    const listSql = (indexOrder: boolean) => applyListArgs(builder.manager.createQueryBuilder(HamletEntity, 'h').select('h.id'),
      { sortField: 'unitId', perPage: 25 }, { unitId: 'h.unit_id', name: 'h.name' }, 'name', undefined, { indexOrder }).getQueryAndParameters();

    const [sorted, params] = listSql(false);
    const nodes = await planAsApp(app, scope, sorted, params);
    expect(indexScans(nodes, 'hamlet').length).toBe(1);
    expect(nodes.filter((node) => node['Index Name'] === 'hamlet_name_unique')).toEqual([]);
    expect(seqScans(nodes, 'hamlet')).toEqual([]);
    const rows = await app.sqlAsApp(scope, sorted, params);
    expect(rows.length).toBe(8);

    // The same sort left to the index (what the units' public list keeps): the walk this prevents.
    const [walked, walkedParams] = listSql(true);
    const walk = await planAsApp(app, scope, walked, walkedParams);
    expect(walk.filter((node) => node['Index Name'] === 'hamlet_name_unique').length).toBe(1);
    expect(await app.sqlAsApp(scope, walked, walkedParams)).toEqual(rows);
  });

  it('plan the server role\'s requests without parallel workers', async () => {
    // A 2025 commune's scope (its path and three 2021 communes') looks like 4 % of a table: two
    // workers for a few hundred rows cost 30 ms to start (migration 20261205020000).
    const [{ workers }] = await app.sqlAsApp({}, `select current_setting('max_parallel_workers_per_gather') as workers`);
    expect(workers).toBe('0');
    const [{ owner }] = await app.sql(`select current_setting('max_parallel_workers_per_gather') as owner`);
    expect(owner).not.toBe('0');
  });
});
