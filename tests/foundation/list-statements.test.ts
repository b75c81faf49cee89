import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RequestTransaction } from '../../server/src/core/context';
import { LIST_STATEMENTS_PER_CONNECTION, scopeShape } from '../../server/src/core/list-statements';
import { EMPTY_SCOPE, type Scope } from '../../server/src/core/tenancy/scope';
import { startTestAppWithDataSource } from '../support/harness';

/**
 * Lists run as named prepared statements, one per text and scope shape, a bounded number per
 * connection (issue 11, fourteenth round: list-statements.ts). One connection, so every transaction
 * below meets the statements the ones before it left.
 */
let dataSource: DataSource;
let close: (() => Promise<void>) | undefined;

beforeAll(async () => {
  ({ dataSource, close } = await startTestAppWithDataSource());
});
afterAll(() => close?.());

const PROVINCE_92: Scope = { read: ['y2025.p92'], write: [], admin: [] };
const PROVINCE_96: Scope = { read: ['y2025.p96'], write: [], admin: [] };
const COUNTRY: Scope = { read: [''], write: [], admin: [] };
// As TypeORM writes a first page: with OFFSET 0.
const HAMLETS = 'select count(*)::int as n from hamlet limit 25 offset 0';

type Kept = { name: string; statement: string; runs: number; generic: number };

/** Runs `work` in a transaction of its own under `scope`, and ends it as a query does. */
async function inTransaction<T>(scope: Scope, work: (tx: RequestTransaction) => Promise<T>): Promise<T> {
  const tx = new RequestTransaction(dataSource, scope, undefined);
  try {
    return await work(tx);
  } finally {
    await tx.finish(false);
  }
}

/** The list statements the connection holds, as PostgreSQL reports them. */
const kept = () => inTransaction(EMPTY_SCOPE, (tx) => tx.query<Kept>(
  `select name, statement, (generic_plans + custom_plans)::int as runs, generic_plans::int as generic
     from pg_prepared_statements where name like 'list\\_%' order by name`, []));

const count = (scope: Scope, read: 'list' | 'query') =>
  inTransaction(scope, async (tx) => (await tx[read]<{ n: number }>(HAMLETS, []))[0].n);

describe('a list statement', () => {
  it('is prepared once it has been run before, once per scope shape, and answers each caller by its own scope', async () => {
    const held = async () => (await kept()).filter((k) => k.statement === HAMLETS);
    expect(await held()).toEqual([]);
    const answers = [[await count(PROVINCE_92, 'list'), await count(PROVINCE_92, 'query')]];
    // Run once, by nobody before: not prepared.
    expect(await held()).toEqual([]);
    for (const scope of [PROVINCE_96, PROVINCE_92, COUNTRY, COUNTRY, EMPTY_SCOPE, EMPTY_SCOPE]) {
      answers.push([await count(scope, 'list'), await count(scope, 'query')]);
    }
    // Named or not, each answer is its caller's: a plan kept for one province serves the other with
    // the other's rows, and an empty scope still matches nothing.
    for (const [named, unnamed] of answers) expect(named).toBe(unnamed);
    const [p92, p96, , country, , empty] = answers.map(([named]) => named);
    expect(p92).toBeGreaterThan(0);
    expect(p96).toBeGreaterThan(0);
    expect(p96).not.toBe(p92);
    expect(country).toBeGreaterThanOrEqual(p92 + p96);
    expect(empty).toBe(0);

    // Three shapes (a province, the whole country, nothing): three statements, each prepared on its
    // shape's second run (the provinces': the second province's first), each run on the generic
    // plan kept for the connection.
    const statements = await held();
    expect(statements.map((k) => k.runs).sort()).toEqual([1, 1, 2]);
    for (const statement of statements) expect(statement.generic).toBe(statement.runs);
    expect(scopeShape(PROVINCE_92)).toBe(scopeShape(PROVINCE_96));
    expect(new Set([PROVINCE_92, COUNTRY, EMPTY_SCOPE].map(scopeShape)).size).toBe(3);
  });

  it('is not prepared for a page past the first (its OFFSET is in the text)', async () => {
    const page = 'SELECT id FROM hamlet ORDER BY id LIMIT 5 OFFSET 5';
    for (let i = 0; i < 2; i += 1) {
      const rows = await inTransaction(PROVINCE_92, (tx) => tx.list<{ id: number }>(page, []));
      expect(rows).toHaveLength(5);
    }
    expect((await kept()).filter((k) => k.statement === page)).toEqual([]);
  });

  it(`is one of at most ${LIST_STATEMENTS_PER_CONNECTION} per connection: the least recently used is let go of, and prepared again when asked again`, async () => {
    const text = (i: number) => `select ${i}::int as n, count(*)::int as hamlets from hamlet LIMIT 25 OFFSET 0`;
    const total = LIST_STATEMENTS_PER_CONNECTION + 6;
    // Each twice (prepared on its second run), in two transactions: the bound holds across them,
    // and within one past it.
    const twice = async (tx: RequestTransaction, i: number) => {
      for (let run = 0; run < 2; run += 1) expect((await tx.list<{ n: number }>(text(i), []))[0].n).toBe(i);
    };
    await inTransaction(PROVINCE_92, async (tx) => {
      for (let i = 0; i < 10; i += 1) await twice(tx, i);
    });
    await inTransaction(PROVINCE_92, async (tx) => {
      for (let i = 10; i < total; i += 1) await twice(tx, i);
    });
    const held = (await kept()).map((k) => k.statement);
    expect(held).toHaveLength(LIST_STATEMENTS_PER_CONNECTION);
    for (let i = 0; i < total - LIST_STATEMENTS_PER_CONNECTION; i += 1) expect(held).not.toContain(text(i));
    expect(held).toContain(text(total - 1));

    // The first, asked again, is prepared again (pg forgot it with the server), and the least
    // recently used of the others goes in its place.
    const again = await inTransaction(PROVINCE_92, async (tx) => (await tx.list<{ n: number }>(text(0), []))[0].n);
    expect(again).toBe(0);
    const after = (await kept()).map((k) => k.statement);
    expect(after).toHaveLength(LIST_STATEMENTS_PER_CONNECTION);
    expect(after).toContain(text(0));
    expect(after).not.toContain(text(total - LIST_STATEMENTS_PER_CONNECTION));
  });

  it('closes a connection whose DEALLOCATE fails, rather than handing it out again', async () => {
    const text = (i: number) => `select ${i}::int as n, 'closing' as why from hamlet LIMIT 1 OFFSET 0`;
    const pid = () => inTransaction(EMPTY_SCOPE, async (tx) => (await tx.query<{ pid: number }>('select pg_backend_pid() as pid', []))[0].pid);
    const before = await pid();
    await inTransaction(PROVINCE_92, async (tx) => {
      for (let i = 0; i <= LIST_STATEMENTS_PER_CONNECTION; i += 1) for (let run = 0; run < 2; run += 1) await tx.list(text(i), []);
      // The server forgets every statement behind pg's back: the DEALLOCATE of the one let go of fails.
      await tx.query('deallocate all', []);
    });
    const after = await pid();
    expect(after).not.toBe(before);
    // The new connection prepares what it is asked again, and answers.
    for (let run = 0; run < 2; run += 1) {
      expect(await inTransaction(PROVINCE_92, async (tx) => (await tx.list<{ n: number }>(text(1), []))[0].n)).toBe(1);
    }
    expect((await kept()).map((k) => k.statement)).toEqual([text(1)]);
  });
});
