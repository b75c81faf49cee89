import type pg from 'pg';
import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { RequestTransaction } from '../../server/src/core/context';
import { EMPTY_SCOPE, type Scope } from '../../server/src/core/tenancy/scope';
import { startTestAppWithDataSource } from '../support/harness';

/**
 * A request's statements on a pipelined connection (issue 11): sent without waiting for the one
 * before, those asked in the same turn of the event loop in one write, answered in order, and an
 * error confined to the request's transaction.
 */
let dataSource: DataSource;
let close: (() => Promise<void>) | undefined;
/** Writes to the socket of the connection last checked out (each is one system call). */
let writes = 0;

beforeAll(async () => {
  // One connection: the second transaction gets the first one's connection back.
  ({ dataSource, close } = await startTestAppWithDataSource());
  const pool = (dataSource.driver as unknown as { master: pg.Pool }).master;
  pool.on('acquire', (client) => {
    writes = 0;
    const stream = (client as unknown as { connection: { stream: { _write: Function; _writev: Function } } }).connection.stream;
    if ((stream as { counted?: boolean }).counted) return;
    Object.assign(stream, { counted: true });
    for (const method of ['_write', '_writev'] as const) {
      const original = stream[method].bind(stream);
      stream[method] = (...args: unknown[]) => {
        writes += 1;
        return original(...args);
      };
    }
  });
});
afterAll(() => close?.());

const PROVINCE: Scope = { read: ['y2021.p94'], write: [], admin: [] };

describe('a request on a pipelined connection', () => {
  it('sends BEGIN with the scope and the statements asked with it in one write, and answers each its own rows', async () => {
    const tx = new RequestTransaction(dataSource, PROVINCE, undefined);
    onTestFinished(() => tx.finish(false));
    const answers = Promise.all([
      tx.query<{ n: number }>('select 1 as n', []),
      tx.prepared<{ scope: string }>('test.scope', `select current_setting('app.scope') as scope where $1::int = 2`, [2]),
      tx.query<{ n: number }>('select n from generate_series(1, $1::int) n', [3]),
    ]);
    const [one, scope, three] = await answers;
    expect(writes).toBe(1);
    expect(one).toEqual([{ n: 1 }]);
    expect(scope).toEqual([{ scope: '{"y2021.p94"}' }]);
    expect(three.map((row) => row.n)).toEqual([1, 2, 3]);
    // Asked after the answers came, the next statement leaves by itself.
    await tx.query('select 4', []);
    expect(writes).toBe(2);
    expect(tx.counter.statements).toBe(5); // BEGIN with the scope, and four
  });

  it('fails the statement in error and those sent behind it, answers those before it, and leaves the connection clean', async () => {
    const tx = new RequestTransaction(dataSource, PROVINCE, undefined);
    onTestFinished(() => tx.finish(false));
    const [before, failing, behind] = await Promise.allSettled([
      tx.query('select 1 as n', []),
      tx.query('select 1 / $1::int as n', [0]),
      tx.query('select 3 as n', []),
    ]);
    expect(before).toEqual({ status: 'fulfilled', value: [{ n: 1 }] });
    expect(failing).toMatchObject({ status: 'rejected', reason: { code: '22012' } }); // division by zero
    expect(behind).toMatchObject({ status: 'rejected', reason: { code: '25P02' } }); // the transaction is aborted
    await tx.finish(false);

    const next = new RequestTransaction(dataSource, EMPTY_SCOPE, undefined);
    onTestFinished(() => next.finish(false));
    const [row] = await next.query<{ scope: string; status: string }>(`select current_setting('app.scope') as scope, 'ok' as status`, []);
    expect(row).toEqual({ scope: '{}', status: 'ok' });
  });

  it('is how the server opens its pools', async () => {
    const client = await (dataSource.driver as unknown as { master: pg.Pool }).master.connect();
    try {
      expect((client as unknown as { pipeline: boolean }).pipeline).toBe(true);
    } finally {
      client.release();
    }
  });
});
