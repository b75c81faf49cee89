import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO } from '../support/constants';
import { codeOf, startTestApp, type TestApp } from '../support/harness';

/**
 * Every role against its own unit, a child, its parent, a sibling district and another province.
 * Hamlets: Xã Mỹ Tú (31597) and Xã Long Hưng (31579) in Mỹ Tú district (944), Xã Tân Hưng in Long
 * Phú district (946), a commune of Bạc Liêu (95).
 */
let app: TestApp;
const units: Record<string, string> = {};
const hamlets: Record<string, string> = {};

const ROLES = {
  sysadmin: DEMO.sysadmin,
  socTrang: DEMO.socTrangAdmin,
  myTu: DEMO.myTuStaff,
  longPhu: DEMO.longPhuStaff,
  xaMyTu: DEMO.xaMyTuStaff,
  bacLieu: DEMO.bacLieuAdmin,
  analyst: DEMO.analyst,
  canTho: DEMO.canThoAdmin,
} as const;
type RoleName = keyof typeof ROLES;

beforeAll(async () => {
  app = await startTestApp();
  const [longPhuCommune] = await app.sql(`select c.code from admin_unit c join admin_unit d on d.id = c.parent_id where d.code = '946' and d.valid_from = '2021-11-01' order by c.code limit 1`);
  const [bacLieuCommune] = await app.sql(`select c.code from admin_unit c where c.path <@ 'y2021.p95' and c.level = 'COMMUNE' order by c.code limit 1`);
  const codes = { xaMyTu: '31597', longHung: '31579', longPhuCommune: longPhuCommune.code, bacLieuCommune: bacLieuCommune.code };
  for (const [name, code] of Object.entries(codes)) {
    units[name] = await app.unitId(code);
    const [row] = await app.sql(`insert into hamlet (unit_id, name, kind) values ($1, $2, 'AP') returning id`, [units[name], `Ấp Cách ly ${name}`]);
    hamlets[name] = String(row.id);
  }
  await app.sql(`insert into agency (unit_id, name, kind) values ($1, 'Phòng Tư pháp huyện Long Phú', 'JUSTICE')`, [await app.unitId('946')]);
});
afterAll(() => app?.close());

const HAMLET_NAMES = `{ allHamlets(perPage: 500, filter: { q: "cach ly" }) { name } }`;
const visibleHamlets = async (role: RoleName, unitId?: string) => {
  const result = await app.gql(HAMLET_NAMES, {}, { token: await app.login(ROLES[role]), unitId });
  expect(result.errors).toBeUndefined();
  return result.data!.allHamlets.map((h: { name: string }) => h.name.replace('Ấp Cách ly ', '')).sort();
};

describe('tenant isolation of hamlets', () => {
  const READS: Record<RoleName, string[]> = {
    sysadmin: ['bacLieuCommune', 'longHung', 'longPhuCommune', 'xaMyTu'],
    socTrang: ['longHung', 'longPhuCommune', 'xaMyTu'],
    myTu: ['longHung', 'xaMyTu'],
    longPhu: ['longPhuCommune'],
    xaMyTu: ['xaMyTu'],
    bacLieu: ['bacLieuCommune'],
    analyst: ['bacLieuCommune', 'longHung', 'longPhuCommune', 'xaMyTu'],
    canTho: ['longHung', 'longPhuCommune', 'xaMyTu'],
  };
  it.each(Object.keys(READS) as RoleName[])('%s reads only the hamlets of its scope', async (role) => {
    expect(await visibleHamlets(role)).toEqual(READS[role]);
  });

  const WRITES: Record<RoleName, string[]> = {
    sysadmin: ['bacLieuCommune', 'longHung', 'longPhuCommune', 'xaMyTu'],
    socTrang: ['longHung', 'longPhuCommune', 'xaMyTu'],
    myTu: ['longHung', 'xaMyTu'],
    longPhu: ['longPhuCommune'],
    xaMyTu: ['xaMyTu'],
    bacLieu: ['bacLieuCommune'],
    analyst: [],
    canTho: [],
  };
  it.each(Object.keys(WRITES) as RoleName[])('%s creates, renames and deletes only inside its write scope', async (role) => {
    const token = await app.login(ROLES[role]);
    for (const target of Object.keys(units)) {
      const allowed = WRITES[role].includes(target);
      const name = `Ấp Ghi ${role} ${target}`;
      const created = await app.gql('mutation ($unitId: ID!, $name: String!) { createHamlet(unitId: $unitId, name: $name, kind: AP) { id } }', { unitId: units[target], name }, { token });
      expect(codeOf(created)).toBe(allowed ? 'OK' : 'FORBIDDEN');
      expect(await app.sql('select 1 from hamlet where name = $1', [name])).toHaveLength(allowed ? 1 : 0);

      const [before] = await app.sql('select name, version from hamlet where id = $1', [hamlets[target]]);
      const renamed = await app.gql('mutation ($id: ID!, $version: Int!) { updateHamlet(id: $id, version: $version, name: "Đổi tên") { version } }', { id: hamlets[target], version: before.version }, { token });
      const readable = READS[role].includes(target);
      expect(codeOf(renamed)).toBe(allowed ? 'OK' : readable ? 'FORBIDDEN' : 'NOT_FOUND');
      const [after] = await app.sql('select name from hamlet where id = $1', [hamlets[target]]);
      if (allowed) {
        await app.sql('update hamlet set name = $2 where id = $1', [hamlets[target], before.name]);
      } else {
        expect(after.name).toBe(before.name);
      }
      const [current] = await app.sql('select version from hamlet where id = $1', [hamlets[target]]);
      const deleted = await app.gql('mutation ($id: ID!, $version: Int!) { deleteHamlet(id: $id, version: $version) { id } }', { id: hamlets[target], version: current.version }, { token });
      if (!allowed) {
        expect(codeOf(deleted)).toBe(readable ? 'FORBIDDEN' : 'NOT_FOUND');
        expect(await app.sql('select 1 from hamlet where id = $1', [hamlets[target]])).toHaveLength(1);
      } else {
        expect(codeOf(deleted)).toBe('OK');
        const [restored] = await app.sql(`insert into hamlet (unit_id, name, kind) values ($1, $2, 'AP') returning id`, [units[target], before.name]);
        hamlets[target] = String(restored.id);
      }
    }
  });

  it('answers another tenant’s hamlet by id as not found, not forbidden', async () => {
    const token = await app.login(DEMO.myTuStaff);
    const result = await app.gql('query ($id: ID!) { Hamlet(id: $id) { name } }', { id: hamlets.longPhuCommune }, { token });
    expect(result.data!.Hamlet).toBeNull();
    const update = await app.gql('mutation ($id: ID!) { updateHamlet(id: $id, version: 1, name: "x") { id } }', { id: hamlets.longPhuCommune }, { token });
    expect(codeOf(update)).toBe('NOT_FOUND');
  });

  it('narrows the scope to the unit in x-unit-id, and refuses a unit outside the memberships', async () => {
    expect(await visibleHamlets('socTrang', await app.unitId('944'))).toEqual(['longHung', 'xaMyTu']);
    expect(await visibleHamlets('myTu', units.xaMyTu)).toEqual(['xaMyTu']);
    const outside = await app.gql(HAMLET_NAMES, {}, { token: await app.login(DEMO.myTuStaff), unitId: await app.unitId('946') });
    expect(codeOf(outside)).toBe('FORBIDDEN');
    const narrowedWrite = await app.gql('mutation ($unitId: ID!) { createHamlet(unitId: $unitId, name: "Ấp Hẹp", kind: AP) { id } }',
      { unitId: units.longHung }, { token: await app.login(DEMO.myTuStaff), unitId: units.xaMyTu });
    expect(codeOf(narrowedWrite)).toBe('FORBIDDEN');
  });
});

describe('tenant isolation of agencies', () => {
  const agencyNames = async (role: RoleName) => {
    const result = await app.gql('{ allAgencies(perPage: 500) { name } }', {}, { token: await app.login(ROLES[role]) });
    return result.data!.allAgencies.map((a: { name: string }) => a.name) as string[];
  };

  it('shows district staff their own agencies and their ancestors’, never a sibling district’s', async () => {
    const names = await agencyNames('myTu');
    expect(names).toEqual(expect.arrayContaining(['Phòng Tư pháp huyện Mỹ Tú', 'Sở Tư pháp tỉnh Sóc Trăng', 'Ủy ban nhân dân xã Mỹ Tú']));
    expect(names).not.toContain('Phòng Tư pháp huyện Long Phú');
    expect(names).not.toContain('Sở Tư pháp tỉnh Bạc Liêu');
  });

  it('shows commune staff their commune, district and province agencies but not a sibling commune’s', async () => {
    const names = await agencyNames('xaMyTu');
    expect(names).toEqual(expect.arrayContaining(['Ủy ban nhân dân xã Mỹ Tú', 'Phòng Tư pháp huyện Mỹ Tú', 'Sở Tư pháp tỉnh Sóc Trăng']));
    expect(names).not.toContain('Ủy ban nhân dân xã Long Hưng');
  });

  it('lets district staff edit their own agency but not the province’s they can read', async () => {
    const token = await app.login(DEMO.myTuStaff);
    const [own] = await app.sql(`select id, version from agency where name = 'Phòng Tư pháp huyện Mỹ Tú'`);
    const [province] = await app.sql(`select id, version from agency where name = 'Sở Tư pháp tỉnh Sóc Trăng'`);
    const [sibling] = await app.sql(`select id, version from agency where name = 'Phòng Tư pháp huyện Long Phú'`);
    const update = 'mutation ($id: ID!, $version: Int!, $name: String) { updateAgency(id: $id, version: $version, name: $name) { name version } }';
    const ok = await app.gql(update, { id: String(own.id), version: own.version, name: 'Phòng Tư pháp huyện Mỹ Tú' }, { token });
    expect(ok.data!.updateAgency.version).toBe(own.version + 1);
    expect(codeOf(await app.gql(update, { id: String(province.id), version: province.version, name: 'x' }, { token }))).toBe('FORBIDDEN');
    expect(codeOf(await app.gql(update, { id: String(sibling.id), version: sibling.version, name: 'x' }, { token }))).toBe('NOT_FOUND');
    const [after] = await app.sql(`select name from agency where id = $1`, [province.id]);
    expect(after.name).toBe('Sở Tư pháp tỉnh Sóc Trăng');
  });
});

describe('row-level security in the database itself', () => {
  const tenantTables = async () =>
    (await app.sql<{ table_name: string }>(
      `select c.table_name from information_schema.columns c join information_schema.tables t using (table_schema, table_name)
        where c.table_schema = 'public' and c.column_name = 'unit_path' and t.table_type = 'BASE TABLE' order by 1`,
    )).map((row) => row.table_name);

  it('enables and forces row-level security on every tenant table, and the server role owns none of them', async () => {
    const tables = await tenantTables();
    expect(tables).toEqual(expect.arrayContaining(['hamlet', 'agency', 'audit_log', 'membership', 'app_user']));
    const flags = await app.sql(
      `select relname, relrowsecurity, relforcerowsecurity, pg_get_userbyid(relowner) as owner from pg_class where relname = any($1)`, [tables],
    );
    for (const row of flags) expect(row).toMatchObject({ relrowsecurity: true, relforcerowsecurity: true });
    expect(flags.map((row) => row.owner)).not.toContain('hoagiai_app');
    const [role] = await app.sql(`select rolsuper, rolbypassrls from pg_roles where rolname = 'hoagiai_app'`);
    expect(role).toEqual({ rolsuper: false, rolbypassrls: false });
  });

  it('returns no row of any tenant table under an empty or a wrong scope', async () => {
    for (const table of await tenantTables()) {
      for (const scope of [{}, { read: '{y1999.p00}', write: '{y1999.p00}', admin: '{y1999.p00}' }]) {
        const [{ n }] = await app.sqlAsApp(scope, `select count(*)::int as n from ${table}`);
        expect({ table, n }).toEqual({ table, n: 0 });
      }
    }
  });

  it('rejects inserts into hamlet and agency under an empty or a wrong scope', async () => {
    for (const scope of [{}, { read: '{y2021.p95}', write: '{y2021.p95}' }]) {
      await expect(app.sqlAsApp(scope, `insert into hamlet (unit_id, name, kind) values ($1, 'Ấp SQL', 'AP')`, [units.xaMyTu])).rejects.toThrow(/row-level security/);
      await expect(app.sqlAsApp(scope, `insert into agency (unit_id, name, kind) values ($1, 'Cơ quan SQL', 'OTHER')`, [units.xaMyTu])).rejects.toThrow(/row-level security/);
    }
  });

  it('takes a row’s path from its unit: the client cannot even claim one', async () => {
    const scope = { read: '{y2021.p94.d944}', write: '{y2021.p94.d944}' };
    await expect(app.sqlAsApp(scope,
      `insert into hamlet (unit_id, unit_path, province_code, name, kind) values ($1, 'y2021.p94.d944', '00', 'Ấp Giả mạo', 'AP') returning unit_path::text, province_code`,
      [units.xaMyTu])).rejects.toThrow(/permission denied/);
    const rows = await app.sqlAsApp(scope, `insert into hamlet (unit_id, name, kind) values ($1, 'Ấp Giả mạo', 'AP') returning unit_path::text, province_code`, [units.xaMyTu]);
    expect(rows).toEqual([{ unit_path: 'y2021.p94.d944.c31597', province_code: '94' }]);
  });
});
