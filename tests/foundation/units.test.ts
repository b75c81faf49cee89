import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO } from '../support/constants';
import { startTestApp, type TestApp } from '../support/harness';

let app: TestApp;
let token: string;

beforeAll(async () => {
  app = await startTestApp();
  token = await app.login(DEMO.analyst);
});
afterAll(() => app?.close());

const count = async (filter: Record<string, unknown>) => {
  const result = await app.gql('query ($filter: AdministrativeUnitFilter) { _allAdministrativeUnitsMeta(filter: $filter) { count } }', { filter }, { token });
  expect(result.errors).toBeUndefined();
  return result.data!._allAdministrativeUnitsMeta.count as number;
};

describe('administrative units', () => {
  it('holds 63 provinces, 705 districts and 10,599 communes on 2021-11-01', async () => {
    expect(await count({ level: 'PROVINCE', validOn: '2021-11-01' })).toBe(63);
    expect(await count({ level: 'DISTRICT', validOn: '2021-11-01' })).toBe(705);
    expect(await count({ level: 'COMMUNE', validOn: '2021-11-01' })).toBe(10599);
  });

  it('holds 34 provinces and 3,321 communes, and no district, on 2025-07-01', async () => {
    expect(await count({ level: 'PROVINCE', validOn: '2025-07-01' })).toBe(34);
    expect(await count({ level: 'COMMUNE', validOn: '2025-07-01' })).toBe(3321);
    expect(await count({ level: 'DISTRICT', validOn: '2025-07-01' })).toBe(0);
  });

  it('keeps the 2026-04-30 respellings as name changes of the same units, not new units', async () => {
    expect(await count({ validOn: '2026-05-01' })).toBe(34 + 3321);
    const result = await app.gql(
      `{ allAdministrativeUnits(filter: { code: "75", level: PROVINCE, validOn: "2026-05-01" }) { name type validFrom names { name type validFrom } } }`,
      {}, { token },
    );
    const dongNai = result.data!.allAdministrativeUnits[0];
    expect(dongNai).toMatchObject({ name: 'Thành phố Đồng Nai', type: 'Thành phố Trung ương', validFrom: '2025-07-01' });
    expect(dongNai.names).toEqual([
      { name: 'Tỉnh Đồng Nai', type: 'Tỉnh', validFrom: '2025-07-01' },
      { name: 'Thành phố Đồng Nai', type: 'Thành phố Trung ương', validFrom: '2026-04-30' },
    ]);
  });

  it('identifies a unit by code and valid-from: 31567 is Thị trấn Huỳnh Hữu Nghĩa in 2021 and xã Mỹ Tú since 2025', async () => {
    const result = await app.gql(`{ allAdministrativeUnits(filter: { code: "31567" }, sortField: "validFrom") { name validFrom validTo } }`, {}, { token });
    expect(result.data!.allAdministrativeUnits).toEqual([
      { name: 'Thị trấn Huỳnh Hữu Nghĩa', validFrom: '2021-11-01', validTo: '2025-06-30' },
      { name: 'Xã Mỹ Tú', validFrom: '2025-07-01', validTo: null },
    ]);
  });

  it('lists the 9 communes of Mỹ Tú district (944) in 2021', async () => {
    const id = await app.unitId('944');
    const result = await app.gql(`query ($id: ID!) { AdministrativeUnit(id: $id) { name children(perPage: 50) { code } } }`, { id }, { token });
    expect(result.data!.AdministrativeUnit.name).toBe('Huyện Mỹ Tú');
    expect(result.data!.AdministrativeUnit.children.map((c: { code: string }) => c.code)).toEqual([
      '31567', '31579', '31588', '31591', '31597', '31603', '31606', '31609', '31612',
    ]);
    expect(await count({ parentId: id })).toBe(9);
  });

  it('records 31588 Xã Hưng Phú as wholly succeeded by 31579 Xã Long Hưng, by an administrator correction', async () => {
    const id = await app.unitId('31588');
    const result = await app.gql(`query ($id: ID!) { AdministrativeUnit(id: $id) { successors { kind source unit { code name validFrom } } unmapped } }`, { id }, { token });
    expect(result.data!.AdministrativeUnit).toEqual({
      successors: [{ kind: 'FULL', source: 'administrator correction', unit: { code: '31579', name: 'Xã Long Hưng', validFrom: '2025-07-01' } }],
      unmapped: false,
    });
    const [correction] = await app.sql(`select reason, legal_basis, before, after from unit_succession_correction where predecessor_id = $1`, [id]);
    expect(correction.legal_basis).toContain('1668/NQ-UBTVQH15');
    expect(correction.before.map((link: { kind: string }) => link.kind)).toEqual(['PARTIAL', 'PARTIAL']);
  });

  it('maps Sóc Trăng (94) into Thành phố Cần Thơ (92) and shows the predecessors from the new side', async () => {
    const socTrang = await app.unitId('94');
    const result = await app.gql(`query ($id: ID!) { AdministrativeUnit(id: $id) { successors { kind unit { code name } } } }`, { id: socTrang }, { token });
    expect(result.data!.AdministrativeUnit.successors).toEqual([{ kind: 'FULL', unit: { code: '92', name: 'Thành phố Cần Thơ' } }]);
    const canTho = await app.unitId('92', '2025-07-01');
    const back = await app.gql(`query ($id: ID!) { AdministrativeUnit(id: $id) { predecessors { unit { code name } } } }`, { id: canTho }, { token });
    expect(back.data!.AdministrativeUnit.predecessors.map((p: { unit: { code: string } }) => p.unit.code)).toEqual(['92', '93', '94']);
  });

  it('reports a 2021 commune missing from the mapping as unmapped, with no successor guessed', async () => {
    const [row] = await app.sql(
      `select u.id from admin_unit u join unit_succession s on s.predecessor_id = u.id where s.kind = 'UNMAPPED' order by u.code limit 1`,
    );
    const result = await app.gql(`query ($id: ID!) { AdministrativeUnit(id: $id) { unmapped successors { kind } } }`, { id: String(row.id) }, { token });
    expect(result.data!.AdministrativeUnit).toEqual({ unmapped: true, successors: [] });
    const [{ unmapped }] = await app.sql(`select count(*)::int as unmapped from unit_succession where kind = 'UNMAPPED'`);
    expect(unmapped).toBe(568);
  });

  it('searches without diacritics or case: "my tu" finds "Mỹ Tú"', async () => {
    const result = await app.gql(`{ allAdministrativeUnits(filter: { q: "my tu", validOn: "2021-11-01" }) { name } }`, {}, { token });
    const names = result.data!.allAdministrativeUnits.map((u: { name: string }) => u.name);
    expect(names).toEqual(expect.arrayContaining(['Huyện Mỹ Tú', 'Xã Mỹ Tú']));
    const upper = await app.gql(`{ allAdministrativeUnits(filter: { q: "SOC TRANG", level: PROVINCE }) { name } }`, {}, { token });
    expect(upper.data!.allAdministrativeUnits).toEqual([{ name: 'Tỉnh Sóc Trăng' }]);
  });

  it('offers, for pickers, only the units where the caller may create records', async () => {
    const staff = await app.login(DEMO.myTuStaff);
    const result = await app.gql(`{ _allAdministrativeUnitsMeta(filter: { writable: true, level: COMMUNE }) { count } allAdministrativeUnits(filter: { writable: true, q: "my tu" }) { code } }`, {}, { token: staff });
    expect(result.data!._allAdministrativeUnitsMeta.count).toBe(9);
    expect(result.data!.allAdministrativeUnits.map((u: { code: string }) => u.code).sort()).toEqual(['31597', '944']);
    const analyst = await app.gql(`{ _allAdministrativeUnitsMeta(filter: { writable: true }) { count } }`, {}, { token });
    expect(analyst.data!._allAdministrativeUnitsMeta.count).toBe(0);
  });

  it('answers the same number of SQL statements for 10 and for 100 units with parents and children', async () => {
    const statements = async (perPage: number) => {
      const result = await app.gql(
        `query ($perPage: Int) { allAdministrativeUnits(perPage: $perPage, filter: { level: DISTRICT }) { parent { name } children(perPage: 5) { name } } }`,
        { perPage }, { token },
      );
      expect(result.errors).toBeUndefined();
      expect(result.data!.allAdministrativeUnits).toHaveLength(perPage);
      return result.extensions!.sqlStatements!;
    };
    const ten = await statements(10);
    expect(ten).toBeLessThan(10);
    expect(await statements(100)).toBe(ten);
  });
});

describe('administrator corrections of the succession', () => {
  const CORRECT = `mutation ($predecessorId: ID!, $successors: [SuccessorInput!]!, $reason: String!) {
    correctUnitSuccession(predecessorId: $predecessorId, successors: $successors, reason: $reason, legalBasis: "test") { successors { kind unit { code } } unmapped } }`;

  it('lets the system administrator map an unmapped 2021 commune, keeping the record of what it replaced', async () => {
    const sysadmin = await app.login(DEMO.sysadmin);
    const [unmapped] = await app.sql(`select u.id from admin_unit u join unit_succession s on s.predecessor_id = u.id where s.kind = 'UNMAPPED' order by u.code limit 1`);
    const successor = await app.unitId('00004', '2025-07-01');
    const result = await app.gql(CORRECT, { predecessorId: String(unmapped.id), successors: [{ unitId: successor, kind: 'FULL' }], reason: 'Checked against the resolution of the Standing Committee' }, { token: sysadmin });
    expect(result.errors).toBeUndefined();
    expect(result.data!.correctUnitSuccession).toEqual({ successors: [{ kind: 'FULL', unit: { code: '00004' } }], unmapped: false });
    const [record] = await app.sql(`select before, corrected_by from unit_succession_correction where predecessor_id = $1`, [unmapped.id]);
    expect(record.before).toEqual([{ kind: 'UNMAPPED', source: 'dvhcvn-20250701: no row', successorId: null }]);
    const [logged] = await app.sql(`select action from audit_log where entity = 'UnitSuccession' and entity_id = $1`, [String(unmapped.id)]);
    expect(logged.action).toBe('CORRECT');
  });

  it('refuses a correction to a province admin, and a successor from the same era', async () => {
    const admin = await app.login(DEMO.socTrangAdmin);
    const predecessorId = await app.unitId('31588');
    const refused = await app.gql(CORRECT, { predecessorId, successors: [{ unitId: await app.unitId('31201', '2025-07-01'), kind: 'FULL' }], reason: 'A province admin should not be able to do this' }, { token: admin });
    expect(refused.errors![0].extensions.code).toBe('FORBIDDEN');
    const sysadmin = await app.login(DEMO.sysadmin);
    const sameEra = await app.gql(CORRECT, { predecessorId, successors: [{ unitId: await app.unitId('31579'), kind: 'FULL' }], reason: 'Wrong era on purpose, to be refused' }, { token: sysadmin });
    expect(sameEra.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'successors' });
    const links = await app.sql(`select kind, source from unit_succession where predecessor_id = $1`, [predecessorId]);
    expect(links).toEqual([{ kind: 'FULL', source: 'administrator correction' }]);
  });
});
