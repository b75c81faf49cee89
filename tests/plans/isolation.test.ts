import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SOURCE_PLANS } from '../../server/src/seeds/plans';
import { DEMO } from '../support/constants';
import { codeOf, startTestApp, type TestApp } from '../support/harness';

/**
 * Who reads and who changes plans. A plan is readable in its owner's subtree and below it (it is
 * addressed downward), never by a sibling; it is written only inside the write scope. Long Phú
 * (946) gets a plan of its own, with a task, a target and a budget line, for the sibling checks.
 */
let app: TestApp;
const ids: Record<string, string> = {};

const PLAN_TABLES = ['legal_document', 'plan', 'plan_task', 'plan_agency', 'responsibility', 'target', 'budget_line', 'reporting_rule', 'task_criterion', 'plan_amendment'];

beforeAll(async () => {
  app = await startTestApp();
  for (const [name, number] of Object.entries(SOURCE_PLANS)) {
    const [row] = await app.sql('select id, version from plan where number = $1', [number]);
    ids[name] = String(row.id);
  }
  const [plan] = await app.sql(`insert into plan (unit_id, title, number, issued_on, status) values ($1, 'Kế hoạch của huyện Long Phú', '88/KH-UBND', '2021-11-20', 'ISSUED') returning id`, [await app.unitId('946')]);
  const [task] = await app.sql(`insert into plan_task (plan_id, code, title) values ($1, '1', 'Nhiệm vụ Long Phú') returning id`, [plan.id]);
  const [target] = await app.sql(`insert into target (plan_id, task_id, position, indicator, comparator, value, value_unit, applies) values ($1, $2, 1, 'SETTLEMENT_RATE', 'GTE', 80, 'PERCENT', 'EVERY_YEAR') returning id`, [plan.id, task.id]);
  const [line] = await app.sql(`insert into budget_line (plan_id, code, title, amount) values ($1, '1', 'Tuyên truyền', 20) returning id`, [plan.id]);
  Object.assign(ids, { longPhu: String(plan.id), longPhuTask: String(task.id), longPhuTarget: String(target.id), longPhuLine: String(line.id) });
});
afterAll(() => app?.close());

const visiblePlans = async (email: string) => {
  const result = await app.gql('{ allPlans(perPage: 100) { number } }', {}, { token: await app.login(email) });
  expect(result.errors).toBeUndefined();
  return result.data!.allPlans.map((p: { number: string }) => p.number).sort();
};
const version = async (planId: string) => (await app.sql('select version from plan where id = $1', [planId]))[0].version as number;
const rename = async (email: string, planId: string) =>
  codeOf(await app.gql('mutation ($id: ID!, $version: Int!) { updatePlan(id: $id, version: $version, fundingSource: "Đổi") { id } }',
    { id: planId, version: await version(planId) }, { token: await app.login(email) }));

describe('who reads which plans', () => {
  it.each([
    ['the province admin of Sóc Trăng', DEMO.socTrangAdmin, ['127/KH-UBND', '156/KH-UBND', '88/KH-UBND']],
    ['Mỹ Tú staff (its own and the province\'s)', DEMO.myTuStaff, ['127/KH-UBND', '156/KH-UBND']],
    ['Long Phú staff', DEMO.longPhuStaff, ['156/KH-UBND', '88/KH-UBND']],
    ['commune staff of xã Mỹ Tú (its district\'s and province\'s)', DEMO.xaMyTuStaff, ['127/KH-UBND', '156/KH-UBND']],
    ['the Bạc Liêu admin', DEMO.bacLieuAdmin, ['21/KH-UBND']],
    ['the analyst of Sóc Trăng and Bạc Liêu', DEMO.analyst, ['127/KH-UBND', '156/KH-UBND', '21/KH-UBND', '88/KH-UBND']],
    ['the Cần Thơ admin of 2025 (Sóc Trăng\'s successor), with its own 2025–2030 plan', DEMO.canThoAdmin, ['127/KH-UBND', '156/KH-UBND', '88/KH-UBND', 'p92@2025']],
    ['the Cà Mau admin of 2025 (Bạc Liêu\'s successor), with its own 2025–2030 plan', DEMO.caMauAdmin, ['21/KH-UBND', 'p96@2025']],
    ['commune staff of today\'s xã Mỹ Tú (its province\'s plan, and the plans addressed to the communes it wholly succeeded)', DEMO.xaMyTu2025Staff, ['127/KH-UBND', '156/KH-UBND', 'p92@2025']],
  ])('%s', async (_who, email, numbers) => {
    // The 2025 provinces' plans of the demo (synthetic): named here by their province.
    const today = async (code: string) => (await app.sql(`select p.number from plan p join admin_unit u on u.id = p.unit_id where u.code = $1 and u.valid_from = '2025-07-01'`, [code]))[0].number;
    const expected = await Promise.all(numbers.map((n) => (n.endsWith('@2025') ? today(n.slice(1, 3)) : n)));
    expect(await visiblePlans(email)).toEqual(expected.sort());
  });

  it('answers Long Phú\'s plan and its rows to Mỹ Tú staff as not found, by id and in every list', async () => {
    const token = await app.login(DEMO.myTuStaff);
    const result = await app.gql(`query ($plan: ID!, $task: ID!, $target: ID!, $line: ID!) {
      Plan(id: $plan) { id } PlanTask(id: $task) { id } Target(id: $target) { id } BudgetLine(id: $line) { id }
      allPlanTasks(filter: { planId: $plan }) { id } allTargets(filter: { planId: $plan }) { id } allBudgetLines(filter: { planId: $plan }) { id } }`,
      { plan: ids.longPhu, task: ids.longPhuTask, target: ids.longPhuTarget, line: ids.longPhuLine }, { token });
    expect(result.data).toEqual({ Plan: null, PlanTask: null, Target: null, BudgetLine: null, allPlanTasks: [], allTargets: [], allBudgetLines: [] });
  });

  it('shows each province only its own documents, and national documents to everyone signed in', async () => {
    const numbers = async (email: string) =>
      ((await app.gql('{ allLegalDocuments(perPage: 100) { numberSymbol } }', {}, { token: await app.login(email) })).data!.allLegalDocuments as { numberSymbol: string | null }[])
        .map((d) => d.numberSymbol).filter(Boolean).sort();
    expect(await numbers(DEMO.bacLieuAdmin)).toEqual(['21/KH-UBND', '428/QĐ-TTg']);
    expect(await numbers(DEMO.myTuStaff)).toEqual(['05-CT/TU', '127/KH-UBND', '156/KH-UBND', '428/QĐ-TTg']);
  });
});

describe('who changes which plans', () => {
  it('lets Mỹ Tú staff change their plan, not the province\'s they read (FORBIDDEN), not Long Phú\'s (NOT_FOUND)', async () => {
    expect(await rename(DEMO.myTuStaff, ids.myTu)).toBe('OK');
    expect(await rename(DEMO.myTuStaff, ids.socTrang)).toBe('FORBIDDEN');
    expect(await rename(DEMO.myTuStaff, ids.longPhu)).toBe('NOT_FOUND');
  });

  it('refuses Mỹ Tú staff every write into Long Phú\'s plan and Sóc Trăng\'s', async () => {
    const token = await app.login(DEMO.myTuStaff);
    const [line] = await app.sql('select id, version from budget_line where id = $1', [ids.longPhuLine]);
    const [target] = await app.sql('select version from target where id = $1', [ids.longPhuTarget]);
    const calls: [string, Record<string, unknown>, string][] = [
      ['mutation ($planId: ID!) { createPlanTask(planId: $planId, code: "9", title: "x") { id } }', { planId: ids.longPhu }, 'NOT_FOUND'],
      ['mutation ($planId: ID!) { createPlanTask(planId: $planId, code: "9", title: "x") { id } }', { planId: ids.socTrang }, 'FORBIDDEN'],
      ['mutation ($planId: ID!) { createBudgetLine(planId: $planId, code: "9", title: "x", amount: "1") { id } }', { planId: ids.socTrang }, 'FORBIDDEN'],
      ['mutation ($id: ID!, $version: Int!) { updateBudgetLine(id: $id, version: $version, amount: "1") { id } }', { id: ids.longPhuLine, version: line.version }, 'NOT_FOUND'],
      ['mutation ($id: ID!, $version: Int!) { updateTarget(id: $id, version: $version, value: "90") { id } }', { id: ids.longPhuTarget, version: target.version }, 'NOT_FOUND'],
      ['mutation ($id: ID!, $version: Int!) { deletePlanTask(id: $id, version: $version) { id } }', { id: ids.longPhuTask, version: await app.versionOf('plan_task', ids.longPhuTask) }, 'NOT_FOUND'],
      ['mutation ($id: ID!, $version: Int!) { deletePlan(id: $id, version: $version) { id } }', { id: ids.socTrang, version: await app.versionOf('plan', ids.socTrang) }, 'FORBIDDEN'],
    ];
    for (const [query, variables, code] of calls) expect({ query, code: codeOf(await app.gql(query, variables, { token })) }).toEqual({ query, code });
    const [after] = await app.sql('select amount::text from budget_line where id = $1', [ids.longPhuLine]);
    expect(after.amount).toBe('20.000');
  });

  it('lets the province admin change any plan of the province', async () => {
    expect(await rename(DEMO.socTrangAdmin, ids.longPhu)).toBe('OK');
    expect(await rename(DEMO.socTrangAdmin, ids.myTu)).toBe('OK');
  });

  it('lets the analyst read but never write', async () => {
    expect(await rename(DEMO.analyst, ids.myTu)).toBe('FORBIDDEN');
    expect(await rename(DEMO.analyst, ids.bacLieu)).toBe('FORBIDDEN');
  });

  it('lets Cần Thơ\'s admin (2025) read Sóc Trăng\'s 2021 plans but change none of them', async () => {
    const token = await app.login(DEMO.canThoAdmin);
    const read = await app.gql('query ($id: ID!) { Plan(id: $id) { number budgetTotal tasks { code } } }', { id: ids.myTu }, { token });
    expect(read.data!.Plan).toMatchObject({ number: '127/KH-UBND', budgetTotal: '129' });
    expect(await rename(DEMO.canThoAdmin, ids.myTu)).toBe('FORBIDDEN');
    expect(await rename(DEMO.canThoAdmin, ids.socTrang)).toBe('FORBIDDEN');
    const [line] = await app.sql(`select b.id, b.version from budget_line b where b.plan_id = $1 and b.code = '2'`, [ids.myTu]);
    const update = await app.gql('mutation ($id: ID!, $version: Int!) { updateBudgetLine(id: $id, version: $version, amount: "1") { id } }', { id: String(line.id), version: line.version }, { token });
    expect(codeOf(update)).toBe('FORBIDDEN');
  });

  it('refuses commune staff changes to the district plan they read', async () => {
    expect(await rename(DEMO.xaMyTuStaff, ids.myTu)).toBe('FORBIDDEN');
  });
});

describe('row-level security of the plan tables in the database itself', () => {
  it('enables and forces row-level security on every plan table', async () => {
    const flags = await app.sql(`select relname, relrowsecurity, relforcerowsecurity from pg_class where relname = any($1) order by relname`, [PLAN_TABLES]);
    expect(flags).toHaveLength(PLAN_TABLES.length);
    for (const row of flags) expect(row).toMatchObject({ relrowsecurity: true, relforcerowsecurity: true });
  });

  it('returns no row of any plan table under an empty or a wrong scope', async () => {
    for (const table of PLAN_TABLES) {
      for (const scope of [{}, { read: '{y1999.p00}', write: '{y1999.p00}' }]) {
        const [{ n }] = await app.sqlAsApp(scope, `select count(*)::int as n from ${table}`);
        expect({ table, scope, n }).toEqual({ table, scope, n: 0 });
      }
    }
  });

  it('shows a district its own plan rows and its province\'s, never a sibling\'s', async () => {
    const scope = { read: '{y2021.p94.d946}', write: '{y2021.p94.d946}' };
    const plans = await app.sqlAsApp(scope, 'select number from plan order by number');
    expect(plans.map((row) => row.number)).toEqual(['156/KH-UBND', '88/KH-UBND']);
    const [{ n }] = await app.sqlAsApp(scope, 'select count(*)::int as n from plan_task where plan_id = $1', [ids.myTu]);
    expect(n).toBe(0);
  });

  it('rejects inserts into every plan table under an empty or a wrong write scope', async () => {
    const [task] = await app.sql(`select id from plan_task where plan_id = $1 and code = '2'`, [ids.myTu]);
    const [agency] = await app.sql(`select id from agency where name = 'Phòng Tư pháp huyện Mỹ Tú'`);
    const inserts: [string, unknown[]][] = [
      [`insert into legal_document (kind, issuing_body, unit_id, title) values ('DIRECTIVE', 'x', $1, 'x')`, [await app.unitId('944')]],
      [`insert into plan (unit_id, title) values ($1, 'x')`, [await app.unitId('944')]],
      [`insert into plan_task (plan_id, code, title) values ($1, '9', 'x')`, [ids.myTu]],
      [`insert into plan_agency (plan_id, task_id, role, position, agency_id, label) values ($1, $2, 'LEAD', 9, $3, 'x')`, [ids.myTu, task.id, agency.id]],
      [`insert into responsibility (plan_id, position, text) values ($1, 9, 'x')`, [ids.myTu]],
      [`insert into target (plan_id, task_id, position, indicator, comparator, value, value_unit, applies) values ($1, $2, 9, 'SETTLEMENT_RATE', 'GTE', 1, 'PERCENT', 'EVERY_YEAR')`, [ids.myTu, task.id]],
      [`insert into budget_line (plan_id, code, title, amount) values ($1, '9', 'x', 1)`, [ids.myTu]],
      [`insert into reporting_rule (plan_id, position, frequency, due_day, due_month) values ($1, 9, 'YEARLY', 1, 1)`, [ids.myTu]],
      [`insert into task_criterion (plan_id, task_id, position, kind, text) values ($1, $2, 9, 'MEDIATOR_TRAINING', 'x')`, [ids.myTu, task.id]],
      [`insert into plan_amendment (plan_id, plan_status, entity, entity_id, action) values ($1, 'ISSUED', 'Plan', 1, 'UPDATE')`, [ids.myTu]],
    ];
    // The caller reads Mỹ Tú (so the plan is found) but writes elsewhere, or nowhere.
    for (const scope of [{ read: '{y2021.p94.d944}' }, { read: '{y2021.p94.d944}', write: '{y2021.p94.d946}', userId: 1 }]) {
      for (const [sql, params] of inserts) {
        await expect(app.sqlAsApp(scope, sql, params), sql).rejects.toThrow(/row-level security/);
      }
    }
    // With no scope at all the plan itself is invisible, so its rows cannot even be attached to it.
    await expect(app.sqlAsApp({}, `insert into plan_task (plan_id, code, title) values ($1, '9', 'x')`, [ids.myTu])).rejects.toThrow(/unknown plan/);
  });

  it('gives a plan row its plan\'s path, whatever the client claims', async () => {
    const rows = await app.sqlAsApp({ read: '{y2021.p94.d944}', write: '{y2021.p94.d944}' },
      `insert into plan_task (plan_id, unit_id, unit_path, province_code, code, title) values ($1, 1, 'y2021.p95', '95', '9', 'x') returning unit_path::text, province_code`, [ids.myTu]);
    expect(rows).toEqual([{ unit_path: 'y2021.p94.d944', province_code: '94' }]);
  });

  it('hides national documents from a transaction without a signed-in user, and shows them to any signed-in one', async () => {
    const count = `select count(*)::int as n from legal_document where unit_path = ''`;
    expect((await app.sqlAsApp({ read: '{y2021.p95}' }, count))[0].n).toBe(0);
    expect((await app.sqlAsApp({ read: '{y2021.p95}', userId: 1 }, count))[0].n).toBe(2);
    await expect(app.sqlAsApp({ read: '{y2021.p95}', write: '{y2021.p95}', userId: 1 },
      `insert into legal_document (kind, issuing_body, title) values ('DECISION', 'Thủ tướng Chính phủ', 'x')`)).rejects.toThrow(/row-level security/);
  });
});
