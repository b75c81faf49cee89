import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO } from '../support/constants';
import { codeOf, startTestApp, type TestApp } from '../support/harness';

/**
 * Reports and pilot selections under every role, against its own unit, a child, its parent, a
 * sibling district and another province; then the same rules at the SQL level, as the server's
 * own role, with an empty and a wrong scope.
 */
let app: TestApp;
const units: Record<string, string> = {};
const reports: Record<string, string> = {};
const selections: Record<string, string> = {};

const ROLES = {
  sysadmin: DEMO.sysadmin, socTrang: DEMO.socTrangAdmin, myTu: DEMO.myTuStaff, longPhu: DEMO.longPhuStaff,
  xaMyTu: DEMO.xaMyTuStaff, bacLieu: DEMO.bacLieuAdmin, analyst: DEMO.analyst, canTho: DEMO.canThoAdmin,
} as const;
type RoleName = keyof typeof ROLES;
const ALL = ['bacLieuCommune', 'longHung', 'longPhu', 'longPhuCommune', 'myTu', 'socTrang', 'xaMyTu'];
const SOC_TRANG = ['longHung', 'longPhu', 'longPhuCommune', 'myTu', 'socTrang', 'xaMyTu'];

beforeAll(async () => {
  app = await startTestApp();
  const [longPhuCommune] = await app.sql(`select c.code from admin_unit c join admin_unit d on d.id = c.parent_id where d.code = '946' and d.valid_from = '2021-11-01' order by c.code limit 1`);
  const [bacLieuCommune] = await app.sql(`select code from admin_unit where path <@ 'y2021.p95' and level = 'COMMUNE' order by code limit 1`);
  const codes = { xaMyTu: '31597', longHung: '31579', myTu: '944', socTrang: '94', longPhu: '946', longPhuCommune: longPhuCommune.code, bacLieuCommune: bacLieuCommune.code, bacLieu: '95' };
  for (const [name, code] of Object.entries(codes)) units[name] = await app.unitId(code);
  const sysadmin = await app.login(DEMO.sysadmin);
  for (const name of ['xaMyTu', 'longHung', 'myTu', 'socTrang']) {
    const result = await app.gql(`mutation ($u: ID!) { generateReport(unitId: $u, year: 2022) { id } }`, { u: units[name] }, { token: sysadmin });
    reports[name] = result.data!.generateReport.id;
  }
  // No reporting rule reaches Long Phú or Bạc Liêu: their reports are arranged directly, as the owner.
  for (const name of ['longPhu', 'longPhuCommune', 'bacLieuCommune']) {
    const [row] = await app.sql(`insert into report (unit_id, year, basis, due_date, due_before, figures) values ($1, 2022, 'PLAN_OWNER', '2022-11-15', true, '{"teams": 1}') returning id::text`, [units[name]]);
    reports[name] = row.id;
  }
  const [task] = await app.sql(`select t.id from plan_task t join plan p on p.id = t.plan_id where p.number = '127/KH-UBND' and t.code = '2'`);
  const [admin] = await app.sql(`select id from app_user where email = $1`, [DEMO.sysadmin]);
  for (const [name, chosen] of [['myTu', 'xaMyTu'], ['socTrang', 'longPhuCommune'], ['bacLieu', 'bacLieuCommune']] as const) {
    const [row] = await app.sql(`insert into pilot_selection (unit_id, plan_task_id, year, count, rationale, priorities, criteria, ranking, chosen_by, chosen_by_name)
      values ($1, $2, 2022, 1, 'Chọn làm điểm để kiểm tra phân quyền', '{}', '[]', '[]', $3, 'System') returning id::text`, [units[name], task.id, admin.id]);
    await app.sql(`insert into pilot_unit (selection_id, unit_id, rank) values ($1, $2, 1)`, [row.id, units[chosen]]);
    selections[name] = row.id;
  }
});
afterAll(() => app?.close());

const nameOfReport = (id: string) => Object.entries(reports).find(([, r]) => r === id)?.[0];

describe('tenant isolation of reports', () => {
  const READS: Record<RoleName, string[]> = {
    sysadmin: ALL, analyst: ALL, socTrang: SOC_TRANG, canTho: SOC_TRANG,
    myTu: ['longHung', 'myTu', 'xaMyTu'], longPhu: ['longPhu', 'longPhuCommune'], xaMyTu: ['xaMyTu'], bacLieu: ['bacLieuCommune'],
  };
  it.each(Object.keys(READS) as RoleName[])('%s reads only the reports of its subtree (never a parent\'s or a sibling\'s)', async (role) => {
    const result = await app.gql(`{ allReports(perPage: 100, filter: { year: 2022 }) { id } }`, {}, { token: await app.login(ROLES[role]) });
    expect(result.errors).toBeUndefined();
    expect(result.data!.allReports.map((r: { id: string }) => nameOfReport(r.id)).sort()).toEqual(READS[role]);
  });

  const WRITES: Record<RoleName, string[]> = {
    sysadmin: ALL, analyst: [], socTrang: SOC_TRANG, canTho: [],
    myTu: ['longHung', 'myTu', 'xaMyTu'], longPhu: ['longPhu', 'longPhuCommune'], xaMyTu: ['xaMyTu'], bacLieu: ['bacLieuCommune'],
  };
  it.each(Object.keys(WRITES) as RoleName[])('%s corrects only reports inside its write scope (FORBIDDEN when only readable, NOT_FOUND when invisible)', async (role) => {
    const token = await app.login(ROLES[role]);
    for (const target of ALL) {
      const [{ version }] = await app.sql(`select version from report where id = $1`, [reports[target]]);
      const result = await app.gql(`mutation ($id: ID!, $v: Int!) { correctReportFigure(id: $id, version: $v, field: "teams", value: "1", reason: "Kiểm tra phân quyền") { id } }`,
        { id: reports[target], v: version }, { token });
      const expected = WRITES[role].includes(target) ? 'OK' : READS[role].includes(target) || role === 'analyst' ? 'FORBIDDEN' : 'NOT_FOUND';
      expect(codeOf(result), `${role} → ${target}`).toBe(expected);
    }
  });

  it('answers missingReports only for units in scope', async () => {
    const query = `query ($u: ID!) { missingReports(unitId: $u, year: 2022) { unitId } }`;
    expect(codeOf(await app.gql(query, { u: units.myTu }, { token: await app.login(DEMO.longPhuStaff) }))).toBe('NOT_FOUND');
    expect(codeOf(await app.gql(query, { u: units.socTrang }, { token: await app.login(DEMO.bacLieuAdmin) }))).toBe('NOT_FOUND');
    expect(codeOf(await app.gql(query, { u: units.myTu }, { token: await app.login(DEMO.analyst) }))).toBe('OK');
  });
});

describe('tenant isolation of pilot selections', () => {
  const READS: Record<RoleName, string[]> = {
    sysadmin: ['bacLieu', 'myTu', 'socTrang'], analyst: ['bacLieu', 'myTu', 'socTrang'], socTrang: ['myTu', 'socTrang'], canTho: ['myTu', 'socTrang'],
    myTu: ['myTu'], longPhu: [], xaMyTu: [], bacLieu: ['bacLieu'],
  };
  it.each(Object.keys(READS) as RoleName[])('%s reads only the selections made in its subtree, with their rankings', async (role) => {
    const result = await app.gql(`{ allPilotSelections(perPage: 100) { id } }`, {}, { token: await app.login(ROLES[role]) });
    expect(result.errors).toBeUndefined();
    const names = result.data!.allPilotSelections.map((s: { id: string }) => Object.entries(selections).find(([, id]) => id === s.id)?.[0]);
    expect(names.sort()).toEqual(READS[role]);
  });

  it('flags a pilot commune to the commune and the units above it, and to nobody else', async () => {
    const pilot = async (role: RoleName, unit: string) =>
      (await app.gql(`query ($id: ID!) { AdministrativeUnit(id: $id) { pilot } }`, { id: units[unit] }, { token: await app.login(ROLES[role]) })).data!.AdministrativeUnit.pilot;
    expect(await pilot('xaMyTu', 'xaMyTu')).toBe(true);
    expect(await pilot('myTu', 'xaMyTu')).toBe(true);
    expect(await pilot('longPhu', 'longPhuCommune')).toBe(true);
    expect(await pilot('longPhu', 'xaMyTu')).toBe(false);
    expect(await pilot('bacLieu', 'xaMyTu')).toBe(false);
    expect(await pilot('xaMyTu', 'longHung')).toBe(false);
  });

  it('deletes a selection only inside the write scope', async () => {
    const attempt = async (role: RoleName, target: string) =>
      codeOf(await app.gql(`mutation ($id: ID!, $version: Int!) { deletePilotSelection(id: $id, version: $version) { id } }`,
        { id: selections[target], version: await app.versionOf('pilot_selection', selections[target]) }, { token: await app.login(ROLES[role]) }));
    expect(await attempt('analyst', 'myTu')).toBe('FORBIDDEN');
    expect(await attempt('canTho', 'socTrang')).toBe('FORBIDDEN');
    expect(await attempt('xaMyTu', 'myTu')).toBe('NOT_FOUND');
    expect(await attempt('longPhu', 'myTu')).toBe('NOT_FOUND');
    expect(await attempt('myTu', 'socTrang')).toBe('NOT_FOUND');
    expect(await attempt('bacLieu', 'socTrang')).toBe('NOT_FOUND');
    expect(await attempt('socTrang', 'bacLieu')).toBe('NOT_FOUND');
    expect(await app.sql(`select count(*)::int as n from pilot_selection`)).toEqual([{ n: 3 }]);
    expect(await attempt('myTu', 'myTu')).toBe('OK');
    expect(await app.sql(`select count(*)::int as n from pilot_unit where selection_id = $1`, [selections.myTu])).toEqual([{ n: 0 }]);
  });
});

describe('the same rules at the SQL level', () => {
  const TABLES = ['report', 'report_correction', 'report_event', 'pilot_selection', 'pilot_unit'];

  it.each([['an empty scope', {}], ['a wrong scope (Bạc Liêu reading Sóc Trăng)', { read: '{y2021.p95}', write: '{y2021.p95}' }]])(
    'reads no row of another tenant with %s', async (_label, scope) => {
      for (const table of TABLES) {
        const rows = await app.sqlAsApp(scope, `select 1 from ${table} where unit_path <@ 'y2021.p94'`);
        expect(rows, table).toHaveLength(0);
      }
    });

  it('refuses inserts outside the write scope, and the server role deletes only a never-submitted draft of its own scope, never edits a selection', async () => {
    const [user] = await app.sql(`select id from app_user where email = $1`, [DEMO.bacLieuAdmin]);
    const wrong = { read: '{y2021.p95}', write: '{y2021.p95}', userId: user.id };
    await expect(app.sqlAsApp({}, `insert into report (unit_id, year, basis, due_date, due_before, figures) values ($1, 2023, 'PLAN_OWNER', '2023-11-15', true, '{}')`, [units.xaMyTu]))
      .rejects.toThrow(/row-level security/);
    await expect(app.sqlAsApp(wrong, `insert into report (unit_id, year, basis, due_date, due_before, figures) values ($1, 2023, 'PLAN_OWNER', '2023-11-15', true, '{}')`, [units.xaMyTu]))
      .rejects.toThrow(/row-level security/);
    await expect(app.sqlAsApp(wrong, `insert into report_event (report_id, kind, user_id) values ($1, 'APPROVED', $2)`, [reports.xaMyTu, user.id])).rejects.toThrow(/unknown report/);
    await expect(app.sqlAsApp(wrong, `insert into report_correction (report_id, field, value, reason, corrected_by) values ($1, 'teams', '1', 'sai phạm vi', $2)`, [reports.xaMyTu, user.id]))
      .rejects.toThrow(/unknown report/);
    expect(await app.sqlAsApp(wrong, `update report set status = 'SUBMITTED' where id = $1 returning id`, [reports.xaMyTu])).toHaveLength(0);
    const [task] = await app.sql(`select id from plan_task order by id limit 1`);
    await expect(app.sqlAsApp(wrong, `insert into pilot_selection (unit_id, plan_task_id, year, count, rationale, priorities, criteria, ranking, chosen_by, chosen_by_name)
      values ($1, $2, 2022, 1, 'Chọn xã của tỉnh khác', '{}', '[]', '[]', $3, 'x')`, [units.socTrang, task.id, user.id])).rejects.toThrow(/row-level security|was not found/);
    await expect(app.sqlAsApp({ ...wrong, userId: 1 }, `insert into pilot_selection (unit_id, plan_task_id, year, count, rationale, priorities, criteria, ranking, chosen_by, chosen_by_name)
      values ($1, $2, 2022, 1, 'Chọn thay người khác', '{}', '[]', '[]', $3, 'x')`, [units.bacLieu, task.id, user.id])).rejects.toThrow(/row-level security|was not found/);
    await expect(app.sqlAsApp(wrong, `insert into pilot_unit (selection_id, unit_id, rank) values ($1, $2, 1)`, [selections.socTrang, units.bacLieuCommune]))
      .rejects.toThrow(/unknown pilot selection/);
    // Withdrawing (policy report_withdraw): another province's report, or a submitted one, is out of reach.
    await app.sqlAsApp(wrong, `delete from report where id = $1`, [reports.xaMyTu]);
    await app.sql(`update report set status = 'SUBMITTED', submitted_at = now(), first_submitted_at = now() where id = $1`, [reports.bacLieuCommune]);
    await app.sqlAsApp(wrong, `delete from report where id = $1`, [reports.bacLieuCommune]);
    expect(await app.sql('select count(*)::int as n from report where id = any($1)', [[reports.xaMyTu, reports.bacLieuCommune]])).toEqual([{ n: 2 }]);
    await expect(app.sqlAsApp(wrong, `update pilot_selection set rationale = 'đổi lý do sau khi chọn' where id = $1`, [selections.bacLieu])).rejects.toThrow(/permission denied/);
  });
});
