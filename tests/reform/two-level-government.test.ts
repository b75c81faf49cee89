import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO } from '../support/constants';
import { codeOf, startTestApp, type GqlResponse, type TestApp } from '../support/harness';
import { directFigures } from '../reports/direct-figures';

/**
 * Today's Vietnam (issue 8, section 1): since 1 July 2025 the province cascades its plans to its
 * communes directly, communes report to the province and the province approves, pools are
 * provincial, and the units of the 2021 tree receive nothing for the years after they ended.
 * Everything here is the demo of today: Thành phố Cần Thơ (92) and Tỉnh Cà Mau (96), 2025 era.
 */
let app: TestApp;
const units: Record<string, string> = {};
const tokens: Record<string, string> = {};

beforeAll(async () => {
  app = await startTestApp();
  for (const [name, code] of Object.entries({ canTho: '92', caMau: '96', xaMyTu: '31567', longHung: '31579', myHuong: '31591' })) {
    units[name] = await app.unitId(code, '2025-07-01');
  }
  for (const [name, code] of Object.entries({ socTrang: '94', myTuDistrict: '944', xaMyTu2021: '31597' })) units[name] = await app.unitId(code);
  for (const [name, email] of Object.entries({
    canTho: DEMO.canThoAdmin, caMau: DEMO.caMauAdmin, xaMyTu: DEMO.xaMyTu2025Staff, analyst: DEMO.analyst2025, socTrang: DEMO.socTrangAdmin,
    xaMyTu2021: DEMO.xaMyTuStaff, sysadmin: DEMO.sysadmin,
  })) tokens[name] = await app.login(email);
});
afterAll(() => app?.close());

async function ok<T = Record<string, any>>(token: string, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const result = await app.gql(query, variables, { token });
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  return Object.values(result.data!)[0] as T;
}
const reasonOf = (result: GqlResponse) => result.errors?.[0]?.extensions.reason;

const CASCADE = `mutation ($planId: ID!, $unitIds: [ID!]!) { cascadePlan(planId: $planId, unitIds: $unitIds) { created { id status unit { code validFrom } } } }`;

describe('the demo accounts of today', () => {
  it('signs in the admin of Cà Mau, the staff of today\'s xã Mỹ Tú and the analyst of 92 and 96, each on its own unit', async () => {
    const me = `{ me { email memberships { role unit { code validFrom } } } }`;
    expect(await ok(tokens.caMau, me)).toMatchObject({ memberships: [{ role: 'PROVINCE_ADMIN', unit: { code: '96', validFrom: '2025-07-01' } }] });
    expect(await ok(tokens.xaMyTu, me)).toMatchObject({ memberships: [{ role: 'COMMUNE_STAFF', unit: { code: '31567', validFrom: '2025-07-01' } }] });
    const analyst = await ok<{ memberships: { role: string; unit: { code: string } }[] }>(tokens.analyst, me);
    expect(analyst.memberships.map((m) => `${m.role}:${m.unit.code}`).sort()).toEqual(['ANALYST:92', 'ANALYST:96']);
  });
});

describe('the latest year with data', () => {
  it('is 2026 for today\'s units and 2024 for a district abolished in 2025: the console\'s year pickers start there', async () => {
    expect(await ok(tokens.xaMyTu, '{ latestDataYear }')).toBe(2026);
    expect(await ok(await app.login(DEMO.myTuStaff), '{ latestDataYear }')).toBe(2024);
  });
});

describe('plans cascade from a 2025 province straight to its communes', () => {
  let plan: string;

  it('lets Cần Thơ\'s admin cascade a plan to three of its communes', async () => {
    plan = (await ok(tokens.canTho, `mutation ($unitId: ID!) { createPlan(unitId: $unitId, title: "Kế hoạch công tác hòa giải ở cơ sở năm 2026", periodFrom: 2026, periodTo: 2026) { id } }`,
      { unitId: units.canTho })).id;
    const result = await ok<{ created: { status: string; unit: { code: string; validFrom: string } }[] }>(tokens.canTho, CASCADE,
      { planId: plan, unitIds: [units.xaMyTu, units.longHung, units.myHuong] });
    expect(result.created.map((p) => [p.status, p.unit.code, p.unit.validFrom])).toEqual([
      ['DRAFT', '31567', '2025-07-01'], ['DRAFT', '31579', '2025-07-01'], ['DRAFT', '31591', '2025-07-01'],
    ]);
    // The commune reads its copy and the province's plan; it writes its copy only.
    const copies = await ok<{ id: string; unitId: string }[]>(tokens.xaMyTu, `query ($p: ID!) { allPlans(filter: { parentId: $p }) { id unitId } }`, { p: plan });
    expect(copies).toEqual([{ id: expect.any(String), unitId: units.xaMyTu }]);
  });

  it('refuses, with a clear reason, districts of the 2021 tree and communes of another province', async () => {
    const district = await app.gql(CASCADE, { planId: plan, unitIds: [units.myTuDistrict] }, { token: tokens.canTho });
    expect(district.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'unitIds', reason: 'NOT_DIRECTLY_BELOW' });
    const caMauPlan = (await ok(tokens.caMau, `mutation ($unitId: ID!) { createPlan(unitId: $unitId, title: "Kế hoạch của Cà Mau", periodFrom: 2026) { id } }`, { unitId: units.caMau })).id;
    const foreign = await app.gql(CASCADE, { planId: caMauPlan, unitIds: [units.xaMyTu] }, { token: tokens.caMau });
    expect(foreign.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'unitIds', reason: 'NOT_DIRECTLY_BELOW' });
    expect(await app.sql(`select 1 from plan where parent_plan_id = $1`, [caMauPlan])).toHaveLength(0);
  });

  it('refuses units not in force during the plan\'s period, in both directions', async () => {
    const districts = (await app.sql(`select id::text from admin_unit where parent_id = $1 order by code`, [units.socTrang])).map((r) => r.id as string);
    const late = (await ok(tokens.socTrang, `mutation ($unitId: ID!) { createPlan(unitId: $unitId, title: "Kế hoạch 2026 của tỉnh đã giải thể", periodFrom: 2026, periodTo: 2027) { id } }`,
      { unitId: units.socTrang })).id;
    const refused = await app.gql(CASCADE, { planId: late, unitIds: districts.slice(0, 2) }, { token: tokens.socTrang });
    expect(refused.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'unitIds', reason: 'UNIT_NOT_IN_FORCE', params: { validTo: '2025-06-30', periodFrom: '2026-01-01' } });
    expect(refused.errors![0].message).toMatch(/not in force during the plan's period \(2026–2027\)/);
    // A plan that spans the reform still reaches the districts, which existed during part of it.
    const spanning = (await ok(tokens.socTrang, `mutation ($unitId: ID!) { createPlan(unitId: $unitId, title: "Kế hoạch 2024–2030", periodFrom: 2024, periodTo: 2030) { id } }`,
      { unitId: units.socTrang })).id;
    expect(codeOf(await app.gql(CASCADE, { planId: spanning, unitIds: districts.slice(0, 1) }, { token: tokens.socTrang }))).toBe('OK');
    // And a 2025 plan about years before the reform reaches no 2025 commune.
    const early = (await ok(tokens.canTho, `mutation ($unitId: ID!) { createPlan(unitId: $unitId, title: "Tổng kết 2021–2024", periodFrom: 2021, periodTo: 2024) { id } }`,
      { unitId: units.canTho })).id;
    expect(reasonOf(await app.gql(CASCADE, { planId: early, unitIds: [units.xaMyTu] }, { token: tokens.canTho }))).toBe('UNIT_NOT_IN_FORCE');
    expect(await app.sql(`select 1 from plan where parent_plan_id = any($1)`, [[late, early]])).toHaveLength(0);
  });
});

describe('reports flow from the commune to the province, which approves', () => {
  const REPORT = 'id status timeliness year unitId dueDate version';

  it('lets today\'s xã Mỹ Tú submit its 2026 report and Cần Thơ approve it', async () => {
    // Start from a commune that has not reported 2026 yet (the demo may have settled it already).
    await app.sql(`delete from report where unit_id = $1 and year = 2026`, [units.xaMyTu]);
    const draft = await ok(tokens.xaMyTu, `mutation ($u: ID!) { generateReport(unitId: $u, year: 2026) { ${REPORT} basis } }`, { u: units.xaMyTu });
    expect(draft).toMatchObject({ status: 'DRAFT', year: 2026, unitId: units.xaMyTu, dueDate: '2026-11-15', basis: 'REPORTER_LEVEL' });
    const submitted = await ok(tokens.xaMyTu, `mutation ($id: ID!, $v: Int!) { submitReport(id: $id, version: $v) { ${REPORT} } }`, { id: draft.id, v: draft.version });
    expect(submitted).toMatchObject({ status: 'SUBMITTED', timeliness: 'LATE' });
    // The commune never approves its own report; the province, the level above it in the two-level tree, does.
    const own = await app.gql(`mutation ($id: ID!, $v: Int!) { approveReport(id: $id, version: $v) { id } }`, { id: draft.id, v: submitted.version }, { token: tokens.xaMyTu });
    expect(codeOf(own)).toBe('FORBIDDEN');
    const approved = await ok(tokens.canTho, `mutation ($id: ID!, $v: Int!) { approveReport(id: $id, version: $v) { ${REPORT} } }`, { id: draft.id, v: submitted.version });
    expect(approved.status).toBe('APPROVED');
    expect(codeOf(await app.gql(`mutation ($id: ID!, $v: Int!) { approveReport(id: $id, version: $v) { id } }`, { id: draft.id, v: approved.version }, { token: tokens.caMau })))
      .toBe('NOT_FOUND');
  });

  it('counts 2026\'s reports as of today: some on time, some late, some missing', async () => {
    const reports = await ok<{ timeliness: string; status: string }[]>(tokens.canTho,
      `query ($u: ID!) { allReports(perPage: 500, filter: { year: 2026, withinUnitId: $u }) { timeliness status } }`, { u: units.canTho });
    const kinds = new Set(reports.map((r) => r.timeliness));
    expect(kinds).toContain('ON_TIME');
    expect(kinds).toContain('LATE');
    const missing = await ok<{ dueDate: string; daysLate: number; status: string | null }[]>(tokens.canTho,
      `query ($u: ID!) { missingReports(unitId: $u, year: 2026) { dueDate daysLate status } }`, { u: units.canTho });
    const [{ owed }] = await app.sql(`select count(*)::int as owed from app.report_obligations(array(select id from admin_unit where parent_id = $1), 2026)`, [units.canTho]);
    const [{ submitted }] = await app.sql(`select count(*)::int as submitted from report r join admin_unit u on u.id = r.unit_id
                                            where u.parent_id = $1 and r.year = 2026 and r.status <> 'DRAFT'`, [units.canTho]);
    expect(missing).toHaveLength(owed - submitted);
    expect(missing.length).toBeGreaterThan(0);
    expect(missing.every((m) => m.dueDate === '2026-11-15' && m.daysLate > 0)).toBe(true);
    expect(missing.some((m) => m.status === 'DRAFT')).toBe(true);
  });

  it('asks no report of a 2021 unit for a year after it ended', async () => {
    const refused = await app.gql(`mutation ($u: ID!) { generateReport(unitId: $u, year: 2025) { id } }`, { u: units.xaMyTu2021 }, { token: tokens.xaMyTu2021 });
    expect(refused.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'unitId' });
    expect(await app.sql(`select 1 from app.report_obligations(array[$1::int], 2025)`, [units.myTuDistrict])).toHaveLength(0);
    expect(await app.sql(`select 1 from app.report_obligations(array[$1::int], 2024)`, [units.myTuDistrict])).toHaveLength(1);
  });
});

describe('pools, targets, indicators and pilots in the new tree', () => {
  it('keeps the ratio of a provincial pool as data, and refuses a district pool after the reform', async () => {
    const [pool] = await app.sql(`select id::text from trainer_pool where unit_id = $1`, [units.caMau]);
    const shortfall = await ok(tokens.caMau, `query ($id: ID!) { TrainerPool(id: $id) { teamsPerTrainer shortfall { teamsUnder teamsPerTrainer requiredTrainers legalBasis } } }`, { id: pool.id });
    const [{ teams }] = await app.sql(`select count(*)::int as teams from mediation_team where unit_path <@ 'y2025.p96' and status = 'ACTIVE'`);
    expect(shortfall).toEqual({ teamsPerTrainer: 100, shortfall: { teamsUnder: teams, teamsPerTrainer: 100, requiredTrainers: Math.ceil(teams / 100), legalBasis: expect.stringMatching(/tỉnh \/ 100/) } });
    const [{ version }] = await app.sql(`select version from trainer_pool where id = $1`, [pool.id]);
    const tighter = await ok(tokens.caMau, `mutation ($id: ID!, $v: Int!) { updateTrainerPool(id: $id, version: $v, teamsPerTrainer: 60) { shortfall { requiredTrainers teamsPerTrainer } } }`, { id: pool.id, v: version });
    expect(tighter.shortfall).toEqual({ requiredTrainers: Math.ceil(teams / 60), teamsPerTrainer: 60 });
    const district = await app.gql(`mutation ($u: ID!) { createTrainerPool(unitId: $u, periodFrom: "2026-01-01") { id } }`, { u: units.myTuDistrict }, { token: tokens.socTrang });
    expect(district.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'periodFrom', reason: 'UNIT_NOT_IN_FORCE' });
  });

  it('measures today\'s units in 2026 from the records made under them', async () => {
    for (const [unit, token] of [[units.xaMyTu, tokens.xaMyTu], [units.canTho, tokens.analyst]] as const) {
      const found = await ok<{ indicators: Record<string, number> }>(token, `query ($id: ID!) { AdministrativeUnit(id: $id) { indicators(year: 2026) {
        teams teamsConsolidated mediators casesReceived casesSettled casesNotSettled } } }`, { id: unit });
      const path = (await app.sql(`select path::text from admin_unit where id = $1`, [unit]))[0].path;
      const direct = await directFigures(app, path, 2026);
      expect(found.indicators).toEqual({ teams: direct.teams, teamsConsolidated: direct.teamsConsolidated, mediators: direct.mediators,
        casesReceived: direct.casesReceived, casesSettled: direct.casesSettled, casesNotSettled: direct.casesNotSettled });
      expect(direct.teams).toBeGreaterThan(0);
    }
  });

  it('makes Mỹ Tú\'s "100% secretary-led by 2025" due and measurable: the district on its last day, 30 June 2025', async () => {
    const [target] = await app.sql(`select t.id::text from target t join plan p on p.id = t.plan_id where p.number = '127/KH-UBND' and t.indicator = 'SECRETARY_LED_SHARE'`);
    const evaluation = await ok<{ evaluation: Record<string, unknown> }>(tokens.socTrang,
      `query ($id: ID!) { Target(id: $id) { evaluation(year: 2025) { due numerator denominator actual met } } }`, { id: target.id });
    const direct = await directFigures(app, 'y2021.p94.d944', 2025);
    expect(direct.teams).toBeGreaterThan(50);
    expect(evaluation.evaluation).toMatchObject({ due: true, numerator: direct.secretaryLedTeams, denominator: direct.teams, met: direct.secretaryLedTeams === direct.teams });
  });

  it('ranks a 2025 province\'s own communes for its pilot task', async () => {
    const [task] = await app.sql(`select t.id::text from plan_task t join task_criterion c on c.task_id = t.id where t.unit_id = $1 and c.kind = 'PILOT_SELECTION'`, [units.canTho]);
    const ranking = await ok<{ count: number; candidates: { unitId: string }[] }>(tokens.canTho,
      `query ($t: ID!) { pilotCandidates(planTaskId: $t, year: 2026) { count candidates { unitId } } }`, { t: task.id });
    const [{ communes }] = await app.sql(`select count(*)::int as communes from admin_unit where parent_id = $1`, [units.canTho]);
    expect(ranking.count).toBe(3);
    expect(ranking.candidates).toHaveLength(communes);
    expect(codeOf(await app.gql(`query ($t: ID!) { pilotCandidates(planTaskId: $t, year: 2026) { count } }`, { t: task.id }, { token: tokens.caMau }))).toBe('NOT_FOUND');
  });
});

describe('isolation between today\'s provinces', () => {
  it('shows Cà Mau\'s admin none of Cần Thơ\'s data: plans, teams, cases, reports, pools, indicators', async () => {
    const raw = await app.gql(`query ($u: ID!) {
      teams: _allMediationTeamsMeta(filter: { unitId: $u }) { count } cases: _allMediationCasesMeta(filter: { unitId: $u }) { count }
      mediators: _allMediatorsMeta(filter: { unitId: $u }) { count } pools: _allTrainerPoolsMeta(filter: { unitId: $u }) { count }
      reports: _allReportsMeta(filter: { withinUnitId: $u }) { count } moves: _allHamletMovesMeta(filter: { unitId: $u }) { count }
      unit: AdministrativeUnit(id: $u) { indicators(year: 2026) { teams } } }`, { u: units.canTho }, { token: tokens.caMau });
    expect(raw.errors).toBeUndefined();
    expect(raw.data).toEqual({ teams: { count: 0 }, cases: { count: 0 }, mediators: { count: 0 }, pools: { count: 0 }, reports: { count: 0 }, moves: { count: 0 }, unit: { indicators: null } });
    const [plan] = await app.sql(`select id::text from plan where unit_id = $1`, [units.canTho]);
    expect((await app.gql(`query ($id: ID!) { Plan(id: $id) { id } }`, { id: plan.id }, { token: tokens.caMau })).data!.Plan).toBeNull();
    // And the reverse: Cần Thơ sees nothing of Cà Mau's own.
    const reverse = await app.gql(`query ($u: ID!) { teams: _allMediationTeamsMeta(filter: { unitId: $u }) { count } }`, { u: units.caMau }, { token: tokens.canTho });
    expect(reverse.data).toEqual({ teams: { count: 0 } });
  });
});
