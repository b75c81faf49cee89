import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO, DEMO_PASSWORD } from '../support/constants';
import { codeOf, startTestApp, type TestApp } from '../support/harness';

/**
 * Sessions are rows in app_private.session: ending one takes effect on the very next request.
 */
let app: TestApp;
let admin: string;
let socTrang: string;

const CREATE_USER = `mutation ($email: String!, $unitId: ID!) {
  createUser(email: $email, fullName: "Cán bộ phiên", password: "mot-mat-khau-dai", unitId: $unitId) { id version } }`;
const GRANT = 'mutation ($userId: ID!, $unitId: ID!) { createMembership(userId: $userId, role: COMMUNE_STAFF, unitId: $unitId) { id version } }';
const LOGIN = 'mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { token } }';

/** A fresh account (commune staff of Xã Mỹ Tú, managed by Sóc Trăng) signed in once. */
async function account(name: string): Promise<{ id: string; version: number; email: string; token: string }> {
  const email = `${name}@demo.hoagiai.vn`;
  const created = await app.gql(CREATE_USER, { email, unitId: await app.unitId('94') }, { token: socTrang });
  const { id, version } = created.data!.createUser;
  await app.gql(GRANT, { userId: id, unitId: await app.unitId('31597') }, { token: socTrang });
  const login = await app.gql(LOGIN, { email, password: 'mot-mat-khau-dai' });
  return { id, version, email, token: login.data!.login.token };
}

const me = async (token: string) => codeOf(await app.gql('{ me { email } }', {}, { token }));

beforeAll(async () => {
  app = await startTestApp();
  admin = await app.login(DEMO.sysadmin);
  socTrang = await app.login(DEMO.socTrangAdmin);
});
afterAll(() => app?.close());

describe('sessions', () => {
  it('end at once when the password changes, and the new password signs in', async () => {
    const user = await account('phien.matkhau');
    expect(await me(user.token)).toBe('OK');
    const changed = await app.gql('mutation ($id: ID!, $version: Int!) { updateUser(id: $id, version: $version, password: "mat-khau-moi-dai") { version } }',
      { id: user.id, version: user.version }, { token: socTrang });
    expect(changed.errors).toBeUndefined();
    expect(await me(user.token)).toBe('UNAUTHENTICATED');
    expect(codeOf(await app.gql(LOGIN, { email: user.email, password: 'mot-mat-khau-dai' }))).toBe('UNAUTHENTICATED');
    expect(codeOf(await app.gql(LOGIN, { email: user.email, password: 'mat-khau-moi-dai' }))).toBe('OK');
  });

  it('end at once when the account is deactivated, and it cannot sign in again', async () => {
    const user = await account('phien.khoa');
    const deactivated = await app.gql('mutation ($id: ID!, $version: Int!) { updateUser(id: $id, version: $version, active: false) { active } }',
      { id: user.id, version: user.version }, { token: socTrang });
    expect(deactivated.data!.updateUser.active).toBe(false);
    expect(await me(user.token)).toBe('UNAUTHENTICATED');
    expect(codeOf(await app.gql(LOGIN, { email: user.email, password: 'mot-mat-khau-dai' }))).toBe('UNAUTHENTICATED');
  });

  it('end at once when the account is deleted: its token answers UNAUTHENTICATED, never an internal error', async () => {
    const user = await account('phien.xoa');
    const [{ version }] = await app.sql('select version from app_user where id = $1', [user.id]);
    const deleted = await app.gql('mutation ($id: ID!, $version: Int!) { deleteUser(id: $id, version: $version) { id } }', { id: user.id, version }, { token: socTrang });
    expect(deleted.errors).toBeUndefined();
    expect(await me(user.token)).toBe('UNAUTHENTICATED');
    expect(await app.sql('select 1 from app_private.session where user_id = $1', [user.id])).toHaveLength(0);
  });

  it('end with logout, which ends only the session it is sent with', async () => {
    const first = (await app.gql(LOGIN, { email: DEMO.myTuStaff, password: DEMO_PASSWORD })).data!.login.token;
    const second = (await app.gql(LOGIN, { email: DEMO.myTuStaff, password: DEMO_PASSWORD })).data!.login.token;
    const loggedOut = await app.gql('mutation { logout }', {}, { token: first });
    expect(loggedOut.data!.logout).toBe(true);
    expect(await me(first)).toBe('UNAUTHENTICATED');
    expect(await me(second)).toBe('OK');
    expect(codeOf(await app.gql('mutation { logout }', {}, { token: first }))).toBe('UNAUTHENTICATED');
  });

  it('follow the memberships: a role granted or revoked applies to the next request of a live session', async () => {
    const user = await account('phien.quyen');
    const hamlets = async () => (await app.gql('{ allHamlets(perPage: 500) { unitId } }', {}, { token: user.token })).data!.allHamlets as { unitId: string }[];
    const xaMyTu = await app.unitId('31597');
    // 2021 xã Mỹ Tú's hamlets moved to today's commune in 2025; its staff still read them (read only).
    const readable = await app.sql(`select distinct unit_id::text as id from hamlet where unit_id = $1 or moved_from_unit_id = $1`, [xaMyTu]);
    expect(readable.length).toBeGreaterThan(0);
    expect(new Set((await hamlets()).map((h) => h.unitId))).toEqual(new Set(readable.map((r) => r.id)));
    const [membership] = await app.sql('select id, version from membership where user_id = $1', [user.id]);
    await app.gql('mutation ($id: ID!, $version: Int!) { deleteMembership(id: $id, version: $version) { id } }', { id: membership.id, version: membership.version }, { token: socTrang });
    expect(await hamlets()).toEqual([]);
  });

  it('keep only the SHA-256 of the token, and expire', async () => {
    const token = (await app.gql(LOGIN, { email: DEMO.analyst, password: DEMO_PASSWORD })).data!.login.token as string;
    const rows = await app.sql(`select encode(token_hash, 'hex') as hash, extract(epoch from s.expires_at - s.created_at)::int as ttl from app_private.session s
      join app_user u on u.id = s.user_id where u.email = $1`, [DEMO.analyst]);
    expect(rows.every((row) => row.hash !== Buffer.from(token).toString('hex') && row.hash.length === 64)).toBe(true);
    expect(rows.every((row) => Math.abs(row.ttl - app.config.tokenTtlSeconds) <= 1)).toBe(true);
    expect(await me(admin)).toBe('OK');
  });
});
