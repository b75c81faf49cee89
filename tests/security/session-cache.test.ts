import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO, DEMO_PASSWORD } from '../support/constants';
import { codeOf, startTestApp, type TestApp } from '../support/harness';

/**
 * The fixed cost of identity: a signed-in request needs no statement outside its transaction once
 * its session is in memory (the session carries the memberships). Invalidation is correct: a
 * session ended or changed by another server is dropped when the database announces it.
 */
let app: TestApp;
let other: TestApp;
beforeAll(async () => {
  app = await startTestApp();
  // A second server on the same database, as behind a load balancer.
  other = await startTestApp({ database: app.database });
});
afterAll(async () => {
  await other?.close();
  await app?.close();
});

const LOGIN = 'mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { token } }';
const settle = () => new Promise((resolve) => setTimeout(resolve, 150));

describe('identity per request', () => {
  it('reads the session once, then answers signed-in requests with no statement outside the transaction', async () => {
    const token = await app.login(DEMO.myTuStaff);
    await settle();
    const first = await app.gql('{ me { id } }', {}, { token });
    const second = await app.gql('{ me { id } allHamlets(perPage: 1) { id } }', {}, { token });
    expect(first.extensions!.sqlStatementsOutsideTransaction).toBeLessThanOrEqual(1);
    expect(second.extensions!.sqlStatementsOutsideTransaction).toBe(0);
    // x-unit-id naming a unit of the memberships needs no lookup either.
    const narrowed = await app.gql('{ allHamlets(perPage: 1) { id } }', {}, { token, unitId: await app.unitId('944') });
    expect(narrowed.extensions!.sqlStatementsOutsideTransaction).toBe(0);
    // A unit below the memberships is looked up once, then known (units are reference data).
    const commune = await app.unitId('31597');
    expect((await app.gql('{ allHamlets(perPage: 1) { id } }', {}, { token, unitId: commune })).extensions!.sqlStatementsOutsideTransaction).toBe(1);
    expect((await app.gql('{ allHamlets(perPage: 1) { id } }', {}, { token, unitId: commune })).extensions!.sqlStatementsOutsideTransaction).toBe(0);
  });

  it('drops a session another server ended, as soon as the database announces it', async () => {
    const token = (await app.gql(LOGIN, { email: DEMO.analyst, password: DEMO_PASSWORD })).data!.login.token as string;
    await settle();
    await app.gql('{ me { id } }', {}, { token });
    expect((await app.gql('{ me { id } }', {}, { token })).extensions!.sqlStatementsOutsideTransaction).toBe(0);
    expect((await other.gql('mutation { logout }', {}, { token })).data!.logout).toBe(true);
    await settle();
    expect(codeOf(await app.gql('{ me { id } }', {}, { token }))).toBe('UNAUTHENTICATED');
  });

  it('follows a membership granted on another server: the next request has the new scope', async () => {
    const token = (await app.gql(LOGIN, { email: DEMO.longPhuStaff, password: DEMO_PASSWORD })).data!.login.token as string;
    await settle();
    const units = async () => new Set(((await app.gql('{ me { memberships { unit { code } } } }', {}, { token })).data!.me.memberships as { unit: { code: string } }[]).map((m) => m.unit.code));
    expect(await units()).toEqual(new Set(['946']));
    const [user] = await app.sql('select id from app_user where email = $1', [DEMO.longPhuStaff]);
    const granted = await other.gql('mutation ($u: ID!, $unit: ID!) { createMembership(userId: $u, role: ANALYST, unitId: $unit) { id } }',
      { u: String(user.id), unit: await app.unitId('95') }, { token: await other.login(DEMO.sysadmin) });
    expect(granted.errors).toBeUndefined();
    await settle();
    const hamlets = await app.gql('{ allHamlets(perPage: 500) { id } }', {}, { token });
    expect(hamlets.extensions!.sqlStatementsOutsideTransaction).toBe(1);
    expect(await units()).toEqual(new Set(['946', '95']));
  });
});
