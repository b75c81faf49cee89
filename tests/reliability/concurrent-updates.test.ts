import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO } from '../support/constants';
import { codeOf, startTestApp, type TestApp } from '../support/harness';

/**
 * Optimistic concurrency under a real race: fifty clients send the same version at once. The
 * version is checked in the UPDATE (and the DELETE) itself, so exactly one wins, the others answer
 * CONFLICT, and the audit log holds one row for the one change.
 */
let app: TestApp;
let token: string;
let unitId: string;

beforeAll(async () => {
  app = await startTestApp({ limits: { poolSize: 20 } });
  token = await app.login(DEMO.xaMyTuStaff);
  unitId = await app.unitId('31597');
});
afterAll(() => app?.close());

const create = async (name: string) =>
  (await app.gql('mutation ($unitId: ID!, $name: String!) { createHamlet(unitId: $unitId, name: $name, kind: AP) { id version } }', { unitId, name }, { token }))
    .data!.createHamlet as { id: string; version: number };

describe('fifty concurrent updates carrying the same version', () => {
  it('let exactly one succeed; the other 49 answer CONFLICT; one audit row is written', async () => {
    const { id, version } = await create('Ấp Tranh chấp');
    const answers = await Promise.all(Array.from({ length: 50 }, (_, i) =>
      app.gql('mutation ($id: ID!, $version: Int!, $name: String!) { updateHamlet(id: $id, version: $version, name: $name) { name version } }',
        { id, version, name: `Ấp Tranh chấp ${i}` }, { token })));
    const codes = answers.map(codeOf);
    expect(codes.filter((code) => code === 'OK')).toHaveLength(1);
    expect(codes.filter((code) => code === 'CONFLICT')).toHaveLength(49);
    const winner = answers.find((answer) => codeOf(answer) === 'OK')!.data!.updateHamlet;
    expect(await app.sql('select name, version from hamlet where id = $1', [id])).toEqual([{ name: winner.name, version: version + 1 }]);
    const audit = await app.sql(`select action, after->>'name' as name from audit_log where entity = 'Hamlet' and entity_id = $1 and action = 'UPDATE'`, [id]);
    expect(audit).toEqual([{ action: 'UPDATE', name: winner.name }]);
  });

  it('let one of fifty concurrent deletes with the same version win, and none with a stale version', async () => {
    const { id, version } = await create('Ấp Xóa tranh chấp');
    const stale = await app.gql('mutation ($id: ID!, $version: Int!) { deleteHamlet(id: $id, version: $version) { id } }', { id, version: version + 7 }, { token });
    expect(codeOf(stale)).toBe('CONFLICT');
    const answers = await Promise.all(Array.from({ length: 50 }, () =>
      app.gql('mutation ($id: ID!, $version: Int!) { deleteHamlet(id: $id, version: $version) { id } }', { id, version }, { token })));
    const codes = answers.map(codeOf);
    expect(codes.filter((code) => code === 'OK')).toHaveLength(1);
    expect(codes.every((code) => code === 'OK' || code === 'CONFLICT' || code === 'NOT_FOUND')).toBe(true);
    expect(await app.sql('select 1 from hamlet where id = $1', [id])).toHaveLength(0);
    expect(await app.sql(`select action from audit_log where entity = 'Hamlet' and entity_id = $1 and action = 'DELETE'`, [id])).toHaveLength(1);
  });
});
