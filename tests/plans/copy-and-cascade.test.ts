import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SOURCE_PLANS } from '../../server/src/seeds/plans';
import { DEMO } from '../support/constants';
import { codeOf, startTestApp, type GqlResponse, type TestApp } from '../support/harness';

/**
 * Reuse (issue 7, section 4): copyPlan takes a readable plan, everything it holds, into a new DRAFT
 * of the caller's unit, for a new period when asked; the cascade carries everything too, reporting
 * rules included, so a cascaded plan generates its communes' reports; cascaded drafts are titled
 * for their unit, and the caller's own plans come first in the plan list.
 */
let app: TestApp;
let admin: string;
let template: string;

const ok = async (response: Promise<GqlResponse>) => {
  const result = await response;
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  return result.data!;
};

const PARTS = `id status title periodFrom periodTo parent { id } unit { code }
  tasks { code title scheduleKind scheduleYear implements { id } targets { indicator value applies year } criteria { kind text pilotSelection { count priorities } } }
  budgetLines { code amount scheduleKind scheduleYear parent { code } }
  responsibilities { position text isRequest agencies { label agencyId } }
  reportingRules { frequency dueDay dueMonth dueBefore reporterLevels receivingAgencyId }`;

/** A Sóc Trăng plan for 2023–2025 holding a part of every kind. */
async function createTemplate(): Promise<string> {
  const gql = (query: string, variables: Record<string, unknown>) => ok(app.gql(query, variables, { token: admin }));
  const { createPlan } = await gql(`mutation ($unitId: ID!) { createPlan(unitId: $unitId, title: "Kế hoạch thực hiện công tác hòa giải ở cơ sở trên địa bàn tỉnh Sóc Trăng",
    periodFrom: 2023, periodTo: 2025, purposes: ["Nâng cao chất lượng hòa giải"]) { id } }`, { unitId: await app.unitId('94') });
  const planId = createPlan.id;
  const [justice] = await app.sql(`select id::text from agency where name = 'Sở Tư pháp tỉnh Sóc Trăng'`);
  const t1 = (await gql(`mutation ($planId: ID!) { createPlanTask(planId: $planId, code: "1", title: "Củng cố tổ hòa giải", scheduleKind: YEARLY) { id } }`, { planId })).createPlanTask;
  const t2 = (await gql(`mutation ($planId: ID!) { createPlanTask(planId: $planId, code: "2", title: "Tổng kết", scheduleKind: ONCE, scheduleYear: 2025) { id } }`, { planId })).createPlanTask;
  await gql(`mutation ($taskId: ID!) { createTarget(taskId: $taskId, indicator: SETTLEMENT_RATE, comparator: GTE, value: "85", applies: BY_YEAR, year: 2025) { id } }`, { taskId: t1.id });
  await gql(`mutation ($taskId: ID!) { createTaskCriterion(taskId: $taskId, kind: PILOT_SELECTION, text: "Chọn 02 xã làm điểm",
    pilotSelection: { selectedBy: { agencyKind: JUSTICE, level: PROVINCE }, count: 2, priorities: [LOW_SETTLEMENT_RATE] }) { id } }`, { taskId: t1.id });
  for (const [code, amount, once] of [['1', '30', false], ['1.1', '10', false], ['1.2', '20', false], ['2', '5', true]] as const) {
    await gql(`mutation ($planId: ID!, $code: String!, $amount: Decimal!, $kind: ScheduleKind, $year: Int) {
      createBudgetLine(planId: $planId, code: $code, title: "Dòng", amount: $amount, scheduleKind: $kind, scheduleYear: $year, rollUp: true) { id } }`,
    { planId, code, amount, kind: once ? 'ONCE' : null, year: once ? 2025 : null });
  }
  await gql(`mutation ($planId: ID!, $agencyId: ID!) { createResponsibility(planId: $planId, text: "Sở Tư pháp chủ trì, hướng dẫn thực hiện.",
    agencies: [{ agencyId: $agencyId, label: "Sở Tư pháp" }]) { id } }`, { planId, agencyId: justice.id });
  await gql(`mutation ($planId: ID!) { createResponsibility(planId: $planId, text: "Đề nghị Ủy ban MTTQ tỉnh phối hợp thực hiện.") { id } }`, { planId });
  await gql(`mutation ($planId: ID!, $agencyId: ID!) { createReportingRule(planId: $planId, frequency: YEARLY, dueDay: 15, dueMonth: 11, dueBefore: true,
    reporterLevels: [COMMUNE], receivingAgencyId: $agencyId) { id } }`, { planId, agencyId: justice.id });
  expect(t2.id).toBeTruthy();
  return planId;
}

beforeAll(async () => {
  app = await startTestApp();
  admin = await app.login(DEMO.socTrangAdmin);
  template = await createTemplate();
});
afterAll(() => app?.close());

const COPY = `mutation ($planId: ID!, $unitId: ID, $periodFrom: Int, $periodTo: Int, $title: String) {
  copyPlan(planId: $planId, unitId: $unitId, periodFrom: $periodFrom, periodTo: $periodTo, title: $title) { ${PARTS} } }`;

describe('copyPlan', () => {
  it('copies a plan to a new period: every part comes along, years moved, a DRAFT of the same unit', async () => {
    const { copyPlan: copy } = await ok(app.gql(COPY, { planId: template, periodFrom: 2026 }, { token: admin }));
    const { Plan: original } = await ok(app.gql(`query ($id: ID!) { Plan(id: $id) { ${PARTS} } }`, { id: template }, { token: admin }));
    expect(copy.id).not.toBe(template);
    expect(copy).toMatchObject({ status: 'DRAFT', title: original.title, periodFrom: 2026, periodTo: 2028, parent: null, unit: { code: '94' } });
    expect(copy.tasks).toEqual([
      { ...original.tasks[0], targets: [{ indicator: 'SETTLEMENT_RATE', value: '85', applies: 'BY_YEAR', year: 2028 }] },
      { ...original.tasks[1], scheduleYear: 2028 },
    ]);
    expect(copy.budgetLines).toEqual(original.budgetLines.map((line: { scheduleYear: number | null }) => ({ ...line, scheduleYear: line.scheduleYear && line.scheduleYear + 3 })));
    expect(copy.responsibilities).toEqual(original.responsibilities);
    expect(copy.reportingRules).toEqual(original.reportingRules);
    const [rows] = await app.sql(`select (select count(*) from budget_line b where b.plan_id = $1 and b.parent_id in (select id from budget_line where plan_id = $2))::int as foreign_parents,
      (select count(*) from plan_agency a where a.plan_id = $1 and a.responsibility_id not in (select id from responsibility where plan_id = $1))::int as foreign_owners`, [copy.id, template]);
    expect(rows).toEqual({ foreign_parents: 0, foreign_owners: 0 });
    const [audit] = await app.sql(`select action, after -> 'copiedFromId' as source from audit_log where entity = 'Plan' and entity_id = $1`, [copy.id]);
    expect(audit).toEqual({ action: 'CREATE', source: Number(template) });
  });

  it('copies a readable plan of another province as a template into the caller\'s own unit', async () => {
    // Cần Thơ (2025) reads the plans of Sóc Trăng (2021), which it succeeded: Mỹ Tú's 127/KH-UBND is its template.
    const canTho = await app.login(DEMO.canThoAdmin);
    const [myTu] = await app.sql('select id::text, title from plan where number = $1', [SOURCE_PLANS.myTu]);
    const { copyPlan: copy } = await ok(app.gql(COPY, { planId: myTu.id, periodFrom: 2026, periodTo: 2027, title: 'Kế hoạch hòa giải ở cơ sở năm 2026–2027' }, { token: canTho }));
    const [unit] = await app.sql(`select u.code from plan p join admin_unit u on u.id = p.unit_id where p.id = $1`, [copy.id]);
    expect(unit.code).toBe('92');
    expect(copy).toMatchObject({ status: 'DRAFT', title: 'Kế hoạch hòa giải ở cơ sở năm 2026–2027', periodFrom: 2026, periodTo: 2027 });
    expect(copy.tasks).toHaveLength(6);
    expect(copy.responsibilities).toHaveLength(4);
    expect(copy.responsibilities[3].isRequest).toBe(true);
    expect(copy.reportingRules).toEqual([expect.objectContaining({ frequency: 'YEARLY', dueDay: 15, dueMonth: 11, dueBefore: true, reporterLevels: ['COMMUNE'] })]);
    expect(copy.budgetLines.map((line: { code: string; amount: string }) => [line.code, line.amount])).toEqual([['1', '46'], ['1.1', '2'], ['1.2', '44'], ['2', '36'], ['3', '37'], ['4', '10']]);
  });

  it('answers NOT_FOUND for a plan the caller cannot read, and copies nothing', async () => {
    const bacLieu = await app.login(DEMO.bacLieuAdmin);
    const before = (await app.sql('select count(*)::int as n from plan'))[0].n;
    expect(codeOf(await app.gql(COPY, { planId: template }, { token: bacLieu }))).toBe('NOT_FOUND');
    expect((await app.sql('select count(*)::int as n from plan'))[0].n).toBe(before);
  });

  it('refuses a period that ends before it starts, naming the field', async () => {
    const result = await app.gql(COPY, { planId: template, periodFrom: 2027, periodTo: 2026 }, { token: admin });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'periodTo', reason: 'YEAR_RANGE_REVERSED' });
  });
});

describe('cascadePlan carries everything', () => {
  let longPhu: { unitId: string; planId: string };

  it('gives each district a draft titled for it, with responsibilities, reporting rules and criteria', async () => {
    const [district] = await app.sql(`select u.id::text from admin_unit u where u.code = '946' and u.valid_from = '2021-11-01'`);
    const result = await ok(app.gql(`mutation ($planId: ID!, $unitIds: [ID!]!) { cascadePlan(planId: $planId, unitIds: $unitIds) { created { id } } }`,
      { planId: template, unitIds: [district.id] }, { token: admin }));
    const { Plan: copy } = await ok(app.gql(`query ($id: ID!) { Plan(id: $id) { ${PARTS} } }`, { id: result.cascadePlan.created[0].id }, { token: admin }));
    longPhu = { unitId: district.id, planId: copy.id };
    expect(copy.title).toBe('Kế hoạch thực hiện công tác hòa giải ở cơ sở trên địa bàn huyện Long Phú');
    expect(copy.responsibilities.map((r: { text: string; isRequest: boolean }) => [r.text, r.isRequest])).toEqual([
      ['Sở Tư pháp chủ trì, hướng dẫn thực hiện.', false], ['Đề nghị Ủy ban MTTQ tỉnh phối hợp thực hiện.', true],
    ]);
    expect(copy.reportingRules).toEqual([expect.objectContaining({ frequency: 'YEARLY', dueDay: 15, dueMonth: 11, reporterLevels: ['COMMUNE'] })]);
    expect(copy.tasks[0].criteria).toEqual([{ kind: 'PILOT_SELECTION', text: 'Chọn 02 xã làm điểm', pilotSelection: { count: 2, priorities: ['LOW_SETTLEMENT_RATE'] } }]);
    expect(copy.budgetLines.map((line: { code: string; amount: string; parent: { code: string } | null }) => [line.code, line.amount, line.parent?.code ?? null]))
      .toEqual([['1', '0', null], ['1.1', '0', '1'], ['1.2', '0', '1'], ['2', '0', null]]);
    const [audit] = await app.sql(`select after from audit_log where action = 'CASCADE' and entity_id = $1`, [copy.id]);
    expect(audit.after).toMatchObject({ responsibilities: 2, reportingRules: 1, criteria: 1, tasks: 2, budgetLines: 4 });
  });

  it('lets the district issue its plan, whose reporting rule then generates its communes\' yearly reports', async () => {
    const staff = await app.login(DEMO.longPhuStaff);
    const [plan] = await app.sql('select version from plan where id = $1', [longPhu.planId]);
    const numbered = await ok(app.gql(`mutation ($id: ID!, $version: Int!) { updatePlan(id: $id, version: $version, number: "45/KH-UBND", issuedOn: "2023-03-01") { version } }`,
      { id: longPhu.planId, version: plan.version }, { token: staff }));
    await ok(app.gql(`mutation ($id: ID!, $version: Int!) { transitionPlan(id: $id, version: $version, status: ISSUED) { status } }`,
      { id: longPhu.planId, version: numbered.updatePlan.version }, { token: staff }));
    const [commune] = await app.sql('select id::text from admin_unit where parent_id = $1 order by code limit 1', [longPhu.unitId]);
    const { generateReport } = await ok(app.gql(`mutation ($u: ID!) { generateReport(unitId: $u, year: 2023) { id dueDate dueBefore planId } }`, { u: commune.id }, { token: staff }));
    expect(generateReport).toMatchObject({ dueDate: '2023-11-15', dueBefore: true, planId: longPhu.planId });
  });

  it('puts the province\'s own plans before the districts\' drafts in the plan list', async () => {
    const [{ id: rest }] = await app.sql(`select string_agg(id::text, ',') as id from admin_unit where parent_id = (select id from admin_unit where code = '94' and valid_from = '2021-11-01') and code <> '946'`);
    await ok(app.gql('mutation ($planId: ID!, $unitIds: [ID!]!) { cascadePlan(planId: $planId, unitIds: $unitIds) { created { id } } }',
      { planId: template, unitIds: rest.split(',') }, { token: admin }));
    const own = (await app.sql(`select count(*)::int as n from plan p join admin_unit u on u.id = p.unit_id where u.code = '94' and u.valid_from = '2021-11-01'`))[0].n;
    const { allPlans } = await ok(app.gql('{ allPlans(page: 0, perPage: 25, sortField: "updatedAt", sortOrder: "DESC") { id unit { code } } }', {}, { token: admin }));
    expect(own).toBeGreaterThan(1);
    expect(allPlans.slice(0, own).map((p: { unit: { code: string } }) => p.unit.code)).toEqual(Array(own).fill('94'));
    expect(allPlans.slice(own).every((p: { unit: { code: string } }) => p.unit.code !== '94')).toBe(true);
  });
});
