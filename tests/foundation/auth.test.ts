import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newSessionToken, tokenHash } from '../../server/src/core/auth/token';
import { DEMO, DEMO_PASSWORD } from '../support/constants';
import { codeOf, startTestApp, type TestApp } from '../support/harness';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app?.close());

const LOGIN = 'mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { token expiresAt user { email memberships { role unit { code } } } } }';

describe('sign-in', () => {
  it('returns a token, its expiry and the user with memberships', async () => {
    const result = await app.gql(LOGIN, { email: DEMO.myTuStaff, password: DEMO_PASSWORD });
    expect(result.errors).toBeUndefined();
    const login = result.data!.login;
    expect(login.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(new Date(login.expiresAt).getTime()).toBeGreaterThan(Date.now());
    expect(login.user).toEqual({ email: DEMO.myTuStaff, memberships: [{ role: 'DISTRICT_STAFF', unit: { code: '944' } }] });
    const me = await app.gql('{ me { email memberships { role } } }', {}, { token: login.token });
    expect(me.data!.me).toEqual({ email: DEMO.myTuStaff, memberships: [{ role: 'DISTRICT_STAFF' }] });
  });

  it('accepts the email in any case', async () => {
    const result = await app.gql(LOGIN, { email: ' MyTu.Staff@Demo.HoaGiai.vn ', password: DEMO_PASSWORD });
    expect(codeOf(result)).toBe('OK');
  });

  it('answers a bad password and an unknown email the same way, UNAUTHENTICATED', async () => {
    const badPassword = await app.gql(LOGIN, { email: DEMO.myTuStaff, password: 'wrong-password' });
    const unknown = await app.gql(LOGIN, { email: 'nobody@demo.hoagiai.vn', password: DEMO_PASSWORD });
    expect(codeOf(badPassword)).toBe('UNAUTHENTICATED');
    expect(codeOf(unknown)).toBe('UNAUTHENTICATED');
    expect(badPassword.errors![0].message).toBe(unknown.errors![0].message);
  });

  it('answers an expired, an unknown and a malformed token with UNAUTHENTICATED', async () => {
    const token = await app.gql<{ login: { token: string } }>(LOGIN, { email: DEMO.myTuStaff, password: DEMO_PASSWORD });
    const expired = token.data!.login.token;
    await app.sql(`update app_private.session set expires_at = now() - interval '1 second' where token_hash = $1`, [tokenHash(expired)]);
    const unknown = newSessionToken().token;
    for (const candidate of [expired, unknown, 'not-a-token', undefined]) {
      expect(codeOf(await app.gql('{ me { email } }', {}, { token: candidate }))).toBe('UNAUTHENTICATED');
    }
  });

  it('stores passwords as memory-hard scrypt hashes, never in clear, where the server role cannot read them', async () => {
    const [{ password_hash }] = await app.sql(
      'select s.password_hash from app_private.user_secret s join app_user u on u.id = s.user_id where u.email = $1', [DEMO.myTuStaff]);
    expect(password_hash).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(password_hash).not.toContain(DEMO_PASSWORD);
  });

  it('refuses every write to an analyst', async () => {
    const token = await app.login(DEMO.analyst);
    const unitId = await app.unitId('31597');
    const result = await app.gql('mutation ($unitId: ID!) { createHamlet(unitId: $unitId, name: "Ấp Phân tích", kind: AP) { id } }', { unitId }, { token });
    expect(codeOf(result)).toBe('FORBIDDEN');
    expect(await app.sql(`select 1 from hamlet where name = 'Ấp Phân tích'`)).toHaveLength(0);
  });
});

describe('users and memberships', () => {
  const CREATE_USER = 'mutation ($email: String!, $unitId: ID) { createUser(email: $email, fullName: "Cán bộ mới", password: "mot-mat-khau-dai", unitId: $unitId) { id email unitId } }';
  const GRANT = 'mutation ($userId: ID!, $role: MemberRole!, $unitId: ID) { createMembership(userId: $userId, role: $role, unitId: $unitId) { id role } }';

  it('lets a province admin create an account and grant district staff inside the province', async () => {
    const token = await app.login(DEMO.socTrangAdmin);
    const created = await app.gql(CREATE_USER, { email: 'longphu.new@demo.hoagiai.vn', unitId: await app.unitId('94') }, { token });
    expect(created.errors).toBeUndefined();
    const granted = await app.gql(GRANT, { userId: created.data!.createUser.id, role: 'DISTRICT_STAFF', unitId: await app.unitId('946') }, { token });
    expect(granted.data!.createMembership.role).toBe('DISTRICT_STAFF');
    const newToken = await app.login('longphu.new@demo.hoagiai.vn', 'mot-mat-khau-dai');
    const me = await app.gql('{ me { memberships { role unit { code } } } }', {}, { token: newToken });
    expect(me.data!.me.memberships).toEqual([{ role: 'DISTRICT_STAFF', unit: { code: '946' } }]);
    const audit = await app.sql(`select entity, action from audit_log where entity in ('User', 'Membership') order by id`);
    expect(audit).toEqual([{ entity: 'User', action: 'CREATE' }, { entity: 'Membership', action: 'CREATE' }]);
  });

  it('refuses a grant outside the admin’s province, a system-admin grant and a role on the wrong level', async () => {
    const token = await app.login(DEMO.socTrangAdmin);
    const created = await app.gql(CREATE_USER, { email: 'scope.test@demo.hoagiai.vn', unitId: await app.unitId('94') }, { token });
    const userId = created.data!.createUser.id;
    expect(codeOf(await app.gql(GRANT, { userId, role: 'PROVINCE_ADMIN', unitId: await app.unitId('95') }, { token }))).toBe('FORBIDDEN');
    expect(codeOf(await app.gql(GRANT, { userId, role: 'SYSTEM_ADMIN' }, { token }))).toBe('FORBIDDEN');
    const wrongLevel = await app.gql(GRANT, { userId, role: 'DISTRICT_STAFF', unitId: await app.unitId('31597') }, { token });
    expect(wrongLevel.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'unitId' });
    expect(await app.sql('select 1 from membership where user_id = $1', [userId])).toHaveLength(0);
  });

  it('keeps accounts away from staff and from other provinces’ admins', async () => {
    const staff = await app.login(DEMO.myTuStaff);
    expect(codeOf(await app.gql(CREATE_USER, { email: 'x@demo.hoagiai.vn', unitId: await app.unitId('944') }, { token: staff }))).toBe('FORBIDDEN');
    const staffSees = await app.gql('{ allUsers { email } }', {}, { token: staff });
    expect(staffSees.data!.allUsers).toEqual([{ email: DEMO.myTuStaff }]);
    const bacLieu = await app.login(DEMO.bacLieuAdmin);
    const bacLieuSees = await app.gql('{ allUsers(perPage: 100) { email } }', {}, { token: bacLieu });
    expect(bacLieuSees.data!.allUsers.map((u: { email: string }) => u.email)).toEqual([DEMO.bacLieuAdmin]);
  });
});
