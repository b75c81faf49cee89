import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO } from '../support/constants';
import { codeOf, startTestApp, type TestApp } from '../support/harness';

/**
 * An administrator changes an account only when every one of its memberships lies in the
 * administrator's scope: Sóc Trăng's admin manages an account it created, until the account is
 * also granted a role in Bạc Liêu or the system role.
 */
let app: TestApp;
let socTrang: string;
let sysadmin: string;

const CREATE_USER = `mutation ($email: String!, $unitId: ID!) {
  createUser(email: $email, fullName: "Tài khoản hai tỉnh", password: "mot-mat-khau-dai", unitId: $unitId) { id version } }`;
const GRANT = 'mutation ($userId: ID!, $role: MemberRole!, $unitId: ID) { createMembership(userId: $userId, role: $role, unitId: $unitId) { id version } }';
const UPDATE = 'mutation ($id: ID!, $version: Int!, $password: String, $active: Boolean) { updateUser(id: $id, version: $version, password: $password, active: $active) { id } }';

beforeAll(async () => {
  app = await startTestApp();
  socTrang = await app.login(DEMO.socTrangAdmin);
  sysadmin = await app.login(DEMO.sysadmin);
});
afterAll(() => app?.close());

async function accountOfSocTrang(email: string) {
  const created = await app.gql(CREATE_USER, { email, unitId: await app.unitId('94') }, { token: socTrang });
  const { id } = created.data!.createUser;
  await app.gql(GRANT, { userId: id, role: 'DISTRICT_STAFF', unitId: await app.unitId('944') }, { token: socTrang });
  return id as string;
}
const versionOf = async (id: string) => (await app.sql('select version from app_user where id = $1', [id]))[0].version as number;

describe('account management scope', () => {
  it('lets a province admin manage an account whose memberships all lie in the province', async () => {
    const id = await accountOfSocTrang('hai.tinh.1@demo.hoagiai.vn');
    expect(codeOf(await app.gql(UPDATE, { id, version: await versionOf(id), password: 'mat-khau-khac-dai' }, { token: socTrang }))).toBe('OK');
  });

  for (const [what, role, unit] of [['a role in another province', 'ANALYST', '95'], ['the system role', 'SYSTEM_ADMIN', null]] as const) {
    it(`refuses it every change once the account also holds ${what}, and writes nothing`, async () => {
      const id = await accountOfSocTrang(`hai.tinh.${role.toLowerCase()}@demo.hoagiai.vn`);
      const granted = await app.gql(GRANT, { userId: id, role, unitId: unit ? await app.unitId(unit) : null }, { token: sysadmin });
      expect(granted.errors).toBeUndefined();
      const [secretBefore] = await app.sql('select password_hash from app_private.user_secret where user_id = $1', [id]);
      const version = await versionOf(id);

      const reset = await app.gql(UPDATE, { id, version, password: 'mat-khau-chiem-quyen' }, { token: socTrang });
      expect(reset.errors![0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'ACCOUNT_OUTSIDE_SCOPE' });
      expect(codeOf(await app.gql(UPDATE, { id, version, active: false }, { token: socTrang }))).toBe('FORBIDDEN');
      expect(codeOf(await app.gql('mutation ($id: ID!, $version: Int!) { deleteUser(id: $id, version: $version) { id } }', { id, version }, { token: socTrang }))).toBe('FORBIDDEN');
      expect(codeOf(await app.gql(GRANT, { userId: id, role: 'COMMUNE_STAFF', unitId: await app.unitId('31597') }, { token: socTrang }))).toBe('FORBIDDEN');
      const [own] = await app.sql(`select id, version from membership where user_id = $1 and role = 'DISTRICT_STAFF'`, [id]);
      expect(codeOf(await app.gql('mutation ($id: ID!, $version: Int!) { deleteMembership(id: $id, version: $version) { id } }', own, { token: socTrang }))).toBe('FORBIDDEN');

      expect(await app.sql('select password_hash from app_private.user_secret where user_id = $1', [id])).toEqual([secretBefore]);
      expect(await app.sql('select active, version from app_user where id = $1', [id])).toEqual([{ active: true, version }]);
      expect((await app.sql('select count(*)::int as n from membership where user_id = $1', [id]))[0].n).toBe(2);
      // The system administrator, who manages all of it, still may.
      expect(codeOf(await app.gql(UPDATE, { id, version, password: 'mat-khau-he-thong' }, { token: sysadmin }))).toBe('OK');
    });
  }

  it('holds at the SQL level too, for the server role with a province admin scope', async () => {
    const id = await accountOfSocTrang('hai.tinh.sql@demo.hoagiai.vn');
    await app.gql(GRANT, { userId: id, role: 'ANALYST', unitId: await app.unitId('95') }, { token: sysadmin });
    const [admin] = await app.sql('select id from app_user where email = $1', [DEMO.socTrangAdmin]);
    const scope = { read: '{y2021.p94}', write: '{y2021.p94}', admin: '{y2021.p94}', userId: admin.id };
    expect(await app.sqlAsApp(scope, `update app_user set full_name = 'Đổi' where id = $1 returning id`, [id])).toEqual([]);
    expect(await app.sqlAsApp(scope, 'delete from app_user where id = $1 returning id', [id])).toEqual([]);
    await expect(app.sqlAsApp(scope, `insert into membership (user_id, role, unit_id) values ($1, 'COMMUNE_STAFF', $2)`, [id, await app.unitId('31597')]))
      .rejects.toThrow(/row-level security/);
    await expect(app.sqlAsApp(scope, `select app.set_password($1, 'scrypt$32768$8$1$AAAAAAAAAAAAAAAAAAAAAA$BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB')`, [id]))
      .rejects.toThrow(/do not manage this account/);
  });
});

describe('the memberships list\'s search', () => {
  const SEARCH = 'query ($q: String) { allMemberships(perPage: 100, filter: { q: $q }) { id userId role } }';
  const search = async (q: string, token = socTrang) => (await app.gql(SEARCH, { q }, { token })).data!.allMemberships as { id: string; userId: string; role: string }[];

  it('finds a member by name or email without diacritics, and no one else', async () => {
    const created = await app.gql('mutation ($unitId: ID!) { createUser(email: "tim.kiem@demo.hoagiai.vn", fullName: "Nguyễn Thị Tìm Kiếm", password: "mot-mat-khau-dai", unitId: $unitId) { id } }',
      { unitId: await app.unitId('94') }, { token: socTrang });
    const userId = created.data!.createUser.id as string;
    await app.gql(GRANT, { userId, role: 'DISTRICT_STAFF', unitId: await app.unitId('944') }, { token: socTrang });
    await app.gql(GRANT, { userId, role: 'COMMUNE_STAFF', unitId: await app.unitId('31597') }, { token: socTrang });
    for (const q of ['nguyen thi tim kiem', 'TÌM KIẾM', 'tim.kiem@demo']) {
      const found = await search(q);
      expect(found.map((m) => m.role).sort(), q).toEqual(['COMMUNE_STAFF', 'DISTRICT_STAFF']);
      expect(new Set(found.map((m) => m.userId)), q).toEqual(new Set([userId]));
    }
    expect(await search('khong co ai ten nay')).toEqual([]);
  });

  it('finds no membership by an account the caller may not read, though the membership is listed', async () => {
    const [analyst] = await app.sql('select id from app_user where email = $1', [DEMO.analyst]);
    const all = (await app.gql('{ allMemberships(perPage: 500) { userId } }', {}, { token: socTrang })).data!.allMemberships as { userId: string }[];
    expect(all.map((m) => m.userId)).toContain(String(analyst.id));
    // Its name is "Chuyên viên phân tích": the system administrator, who reads every account, finds it.
    expect(await search('chuyen vien phan tich')).toEqual([]);
    expect((await search('chuyen vien phan tich', sysadmin)).map((m) => m.userId)).toContain(String(analyst.id));
  });
});
