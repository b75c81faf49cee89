import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/harness';

/**
 * /health/live says the process answers; /health/ready says it can serve: a real query succeeds
 * and every migration this build expects is applied. (A dead database: tests/reliability/database-failure.test.ts.)
 */
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app?.close());

const get = async (path: string) => {
  const response = await fetch(`${app.url}${path}`);
  return { status: response.status, body: await response.json(), cache: response.headers.get('cache-control') };
};

describe('health', () => {
  it('answers live and ready, uncached, when the database is up and migrated', async () => {
    expect(await get('/health/live')).toEqual({ status: 200, body: { status: 'live' }, cache: 'no-store' });
    expect(await get('/health/ready')).toEqual({ status: 200, body: { status: 'ready' }, cache: 'no-store' });
    expect((await get('/health')).status).toBe(200);
  });

  it('is not ready while a migration this build expects is missing, and ready again once it is applied', async () => {
    const [latest] = await app.sql('select name, checksum, applied_at from schema_migration order by name desc limit 1');
    await app.sql('delete from schema_migration where name = $1', [latest.name]);
    try {
      expect(await get('/health/ready')).toMatchObject({ status: 503, body: { status: 'unavailable', reason: 'migrations pending' } });
      expect((await get('/health/live')).status).toBe(200);
    } finally {
      await app.sql('insert into schema_migration (name, checksum, applied_at) values ($1, $2, $3)', [latest.name, latest.checksum, latest.applied_at]);
    }
    expect((await get('/health/ready')).status).toBe(200);
  });
});
