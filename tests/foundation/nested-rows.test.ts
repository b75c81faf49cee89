import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { createDataSource } from '../../server/src/core/database';
import type { Context } from '../../server/src/core/context';
import { nestedRows, nestedRowsSql, preparedRows } from '../../server/src/core/rows';
import { startTestApp, type TestApp } from '../support/harness';

/**
 * Rows read nested in another statement's row as JSON (a plan with its parts in one statement)
 * must be the rows a read of their own answers (preparedRows, as the loaders read): the same values of the same JavaScript types
 * (numbers, Dates, parsed JSON, strings for dates, numerics and enums), for every entity.
 */
let app: TestApp;
let source: DataSource;

/** What preparedRows needs of a request, on the owner's connection (no row-level security: every row). */
const ownerContext = () => ({
  db: async () => source.manager,
  tx: { prepared: (_name: string, text: string, values: unknown[]) => source.query(text, values) },
}) as unknown as Context;

beforeAll(async () => {
  app = await startTestApp();
  source = await createDataSource(app.ownerUrl, () => undefined, 2);
});
afterAll(async () => {
  await source?.destroy();
  await app?.close();
});

describe('nested rows', () => {
  it('equal the rows a read of their own answers, for every entity and column of the demo data', async () => {
    const [entities, rows, nulls, dates] = [[] as string[], { total: 0 }, new Set<string>(), new Set<string>()];
    for (const metadata of source.entityMetadatas.filter((m) => m.tableType === 'regular')) {
      // up to 40 rows of each table, the same ones both ways
      const where = `where r.ctid in (select ctid from ${metadata.tableName} order by ctid limit 40)`;
      const own = await preparedRows(ownerContext(), { name: `nested-rows-test.${metadata.name}`, entity: metadata.target, alias: 'r', where: `${where} order by r.ctid` }, []);
      const [{ nested }] = await source.query(`select ${nestedRowsSql(metadata, 'r', where, 'r.ctid')} as nested`);
      expect({ entity: metadata.name, rows: nestedRows(metadata, 'r', nested) }).toEqual({ entity: metadata.name, rows: own });
      entities.push(metadata.name);
      rows.total += own.length;
      for (const row of own as Record<string, unknown>[]) {
        for (const [property, value] of Object.entries(row)) {
          if (value === null) nulls.add(property);
          if (value instanceof Date) dates.add(property);
        }
      }
    }
    // the comparison saw the demo data's variety: many tables, nulls and timestamps
    expect(entities.length).toBeGreaterThanOrEqual(30);
    expect(rows.total).toBeGreaterThan(500);
    expect(nulls.size).toBeGreaterThan(20);
    expect(dates).toContain('createdAt');
  });

  it('keep only the properties asked for, and answer no row as an empty list', async () => {
    const metadata = source.getMetadata('PlanTaskEntity');
    const [{ nested }] = await source.query(
      `select ${nestedRowsSql(metadata, 't', "where t.plan_id = (select id from plan where number = '127/KH-UBND')", 't.sort_key, t.id', ['id', 'code', 'title'])} as nested`);
    const tasks = nestedRows<{ id: number; code: string; title: string }>(metadata, 't', nested, ['id', 'code', 'title']);
    expect(tasks.map((task) => task.code)).toEqual(['1', '2', '3', '4', '5', '6']);
    expect(Object.keys(tasks[0]).sort()).toEqual(['code', 'id', 'title']);
    expect(typeof tasks[0].id).toBe('number');
    const [{ none }] = await source.query(`select ${nestedRowsSql(metadata, 't', 'where false', 't.id')} as none`);
    expect(nestedRows(metadata, 't', none)).toEqual([]);
  });
});
