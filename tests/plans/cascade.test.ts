import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SOURCE_PLANS } from '../../server/src/seeds/plans';
import { DEMO } from '../support/constants';
import { codeOf, startTestApp, type TestApp } from '../support/harness';

/**
 * Cascade: a province admin picks a plan and districts (or a district staff picks communes) and
 * one mutation creates, for each, a DRAFT plan implementing it with tasks, targets and the budget
 * skeleton copied and linked; idempotent; all or nothing; statuses roll up to the parent.
 */
let app: TestApp;
let admin: string;
let districts: string[];
let template: { id: string; tasks: { id: string; code: string }[] };

const CASCADE = `mutation ($planId: ID!, $unitIds: [ID!]!) { cascadePlan(planId: $planId, unitIds: $unitIds) {
  created { id status unit { code } } existing { id number unit { code } } } }`;
const COUNT_CHILDREN = `select count(*)::int as n from plan where parent_plan_id = $1`;

beforeAll(async () => {
  app = await startTestApp();
  admin = await app.login(DEMO.socTrangAdmin);
  const rows = await app.sql(`select d.id from admin_unit d join admin_unit p on p.id = d.parent_id where p.code = '94' and p.valid_from = '2021-11-01' order by d.code`);
  districts = rows.map((row) => String(row.id));
  template = await createTemplate(await app.unitId('94'), 'Kế hoạch mẫu của tỉnh');
});
afterAll(() => app?.close());

/** A province plan with two tasks (agencies, targets, a criterion) and a budget 1 = 1.1 + 1.2, 2. */
async function createTemplate(unitId: string, title: string) {
  const gql = async (query: string, variables: Record<string, unknown>) => {
    const result = await app.gql(query, variables, { token: admin });
    expect(result.errors).toBeUndefined();
    return result.data!;
  };
  const { createPlan: plan } = await gql(`mutation ($unitId: ID!, $title: String!) { createPlan(unitId: $unitId, title: $title, periodFrom: 2022, periodTo: 2025,
    purposes: ["Mục đích một"], fundingSource: "Ngân sách nhà nước") { id } }`, { unitId, title });
  const [justice] = await app.sql(`select id from agency where name = 'Sở Tư pháp tỉnh Sóc Trăng'`);
  const tasks = [];
  for (const [code, title] of [['1', 'Tuyên truyền'], ['2', 'Củng cố tổ hòa giải']]) {
    const { createPlanTask } = await gql(`mutation ($planId: ID!, $code: String!, $title: String!, $agencies: [AgencyAssignmentInput!]) {
      createPlanTask(planId: $planId, code: $code, title: $title, scheduleKind: YEARLY, agencies: $agencies) { id code } }`, {
      planId: plan.id, code, title,
      agencies: [{ role: 'LEAD', agencyId: String(justice.id), label: 'Sở Tư pháp' }, { role: 'COORDINATING', agencyKind: 'PEOPLES_COMMITTEE', agencyLevel: 'DISTRICT', label: 'UBND cấp huyện' }],
    });
    tasks.push(createPlanTask);
  }
  await gql(`mutation ($taskId: ID!) { createTarget(taskId: $taskId, indicator: TEAMS_CONSOLIDATED_SHARE, comparator: GT, value: "95", applies: EVERY_YEAR) { id } }`, { taskId: tasks[1].id });
  await gql(`mutation ($taskId: ID!) { createTarget(taskId: $taskId, indicator: SETTLEMENT_RATE, comparator: GTE, value: "85", applies: BY_YEAR, year: 2025) { id } }`, { taskId: tasks[1].id });
  await app.sql(`insert into task_criterion (plan_id, task_id, position, kind, text, parameters) values ($1, $2, 1, 'MEDIATOR_TRAINING', 'Tập huấn', '{"trainees":"MEDIATORS","topics":["SKILLS"]}')`, [plan.id, tasks[1].id]);
  for (const [code, amount] of [['1', '0'], ['1.1', '4'], ['1.2', '6'], ['2', '5']]) {
    await gql(`mutation ($planId: ID!, $code: String!, $amount: Decimal!) { createBudgetLine(planId: $planId, code: $code, title: "Dòng", amount: $amount, rollUp: true) { id } }`,
      { planId: plan.id, code, amount });
  }
  return { id: plan.id as string, tasks };
}

describe('cascadePlan', () => {
  it('creates a draft for each of the 11 districts of Sóc Trăng (2021) (its speed is a benchmark: npm run bench)', async () => {
    expect(districts).toHaveLength(11);
    const result = await app.gql(CASCADE, { planId: template.id, unitIds: districts }, { token: admin });
    expect(result.errors).toBeUndefined();
    expect(result.data!.cascadePlan.created.map((p: { unit: { code: string } }) => p.unit.code)).toEqual(['941', '942', '943', '944', '945', '946', '947', '948', '949', '950', '951']);
    expect(result.data!.cascadePlan.created.every((p: { status: string }) => p.status === 'DRAFT')).toBe(true);
  });

  it('copies the tasks (with agencies, targets and criteria) and the budget skeleton, each copy linked to what it implements', async () => {
    const [copy] = await app.sql(`select p.id from plan p join admin_unit u on u.id = p.unit_id where p.parent_plan_id = $1 and u.code = '946'`, [template.id]);
    const result = await app.gql(`query ($id: ID!) { Plan(id: $id) { status title periodFrom periodTo purposes fundingSource parent { id }
      document { implementsChain { id } }
      tasks { code title scheduleKind implements { id code } agencies { role label agencyKind agencyLevel agency { name } }
              targets { indicator comparator value applies year } criteria { kind parameters } }
      budgetLines { code amount parent { code } } budgetTotal } }`, { id: String(copy.id) }, { token: admin });
    const plan = result.data!.Plan;
    expect(plan).toMatchObject({ status: 'DRAFT', title: 'Kế hoạch mẫu của tỉnh trên địa bàn huyện Long Phú', periodFrom: 2022, periodTo: 2025, purposes: ['Mục đích một'], fundingSource: 'Ngân sách nhà nước', parent: { id: template.id } });
    const [templateDocument] = await app.sql(`select document_id from plan where id = $1`, [template.id]);
    expect(plan.document.implementsChain.map((d: { id: string }) => d.id)).toEqual([String(templateDocument.document_id)]);
    expect(plan.tasks.map((t: { code: string; implements: { id: string } }) => [t.code, t.implements.id])).toEqual(template.tasks.map((t) => [t.code, t.id]));
    expect(plan.tasks[0].agencies).toEqual([
      { role: 'LEAD', label: 'Sở Tư pháp', agencyKind: null, agencyLevel: null, agency: { name: 'Sở Tư pháp tỉnh Sóc Trăng' } },
      { role: 'COORDINATING', label: 'UBND cấp huyện', agencyKind: 'PEOPLES_COMMITTEE', agencyLevel: 'DISTRICT', agency: null },
    ]);
    expect(plan.tasks[1].targets).toEqual([
      { indicator: 'TEAMS_CONSOLIDATED_SHARE', comparator: 'GT', value: '95', applies: 'EVERY_YEAR', year: null },
      { indicator: 'SETTLEMENT_RATE', comparator: 'GTE', value: '85', applies: 'BY_YEAR', year: 2025 },
    ]);
    expect(plan.tasks[1].criteria).toEqual([{ kind: 'MEDIATOR_TRAINING', parameters: { trainees: 'MEDIATORS', topics: ['SKILLS'] } }]);
    expect(plan.budgetLines).toEqual([
      { code: '1', amount: '0', parent: null }, { code: '1.1', amount: '0', parent: { code: '1' } },
      { code: '1.2', amount: '0', parent: { code: '1' } }, { code: '2', amount: '0', parent: null },
    ]);
    expect(plan.budgetTotal).toBe('0');
    const [links] = await app.sql(`select count(*)::int as targets, count(*) filter (where t.implements_target_id in (select id from target where plan_id = $2))::int as linked
      from target t where t.plan_id = $1`, [copy.id, template.id]);
    expect(links).toEqual({ targets: 2, linked: 2 });
  });

  it('creates nothing twice when run again', async () => {
    const again = await app.gql(CASCADE, { planId: template.id, unitIds: districts }, { token: admin });
    expect(again.data!.cascadePlan.created).toEqual([]);
    expect(again.data!.cascadePlan.existing).toHaveLength(11);
    expect((await app.sql(COUNT_CHILDREN, [template.id]))[0].n).toBe(11);
  });

  it('gives no second plan to Mỹ Tú, whose 127/KH-UBND already implements 156/KH-UBND', async () => {
    const [socTrang] = await app.sql(`select id from plan where number = $1`, [SOURCE_PLANS.socTrang]);
    const result = await app.gql(CASCADE, { planId: String(socTrang.id), unitIds: districts }, { token: admin });
    expect(result.data!.cascadePlan.created).toHaveLength(10);
    expect(result.data!.cascadePlan.existing).toEqual([expect.objectContaining({ number: '127/KH-UBND', unit: { code: '944' } })]);
    expect(result.data!.cascadePlan.created.map((p: { unit: { code: string } }) => p.unit.code)).not.toContain('944');
  });

  it('rolls the children\'s statuses up into cascadeStatus, as far as the reader can see', async () => {
    const myTu = await app.login(DEMO.myTuStaff);
    const [copy] = await app.sql(`select p.id, p.version from plan p join admin_unit u on u.id = p.unit_id where p.parent_plan_id = $1 and u.code = '944'`, [template.id]);
    const issue = await app.gql(`mutation ($id: ID!, $version: Int!) { updatePlan(id: $id, version: $version, number: "130/KH-UBND", issuedOn: "2022-03-01") { version } }`,
      { id: String(copy.id), version: copy.version }, { token: myTu });
    const issued = await app.gql(`mutation ($id: ID!, $version: Int!) { transitionPlan(id: $id, version: $version, status: ISSUED) { status } }`,
      { id: String(copy.id), version: issue.data!.updatePlan.version }, { token: myTu });
    expect(issued.data!.transitionPlan.status).toBe('ISSUED');
    const STATUS = `query ($id: ID!) { Plan(id: $id) { cascadeStatus { drafted issued inProgress closed total } children { unit { code } } } }`;
    const seenByAdmin = (await app.gql(STATUS, { id: template.id }, { token: admin })).data!.Plan;
    expect(seenByAdmin.cascadeStatus).toEqual({ drafted: 10, issued: 1, inProgress: 0, closed: 0, total: 11 });
    const seenByMyTu = (await app.gql(STATUS, { id: template.id }, { token: myTu })).data!.Plan;
    expect(seenByMyTu).toEqual({ cascadeStatus: { drafted: 0, issued: 1, inProgress: 0, closed: 0, total: 1 }, children: [{ unit: { code: '944' } }] });
  });

  it('lets district staff edit their own copy, never the parent nor a sibling\'s copy', async () => {
    const myTu = await app.login(DEMO.myTuStaff);
    const copies = await app.sql(`select u.code, p.id, p.version from plan p join admin_unit u on u.id = p.unit_id where p.parent_plan_id = $1 and u.code in ('944', '946')`, [template.id]);
    const byCode = Object.fromEntries(copies.map((row) => [row.code, row]));
    const [parent] = await app.sql(`select version from plan where id = $1`, [template.id]);
    const edit = `mutation ($id: ID!, $version: Int!) { updatePlan(id: $id, version: $version, fundingSource: "Ngân sách huyện") { id } }`;
    expect(codeOf(await app.gql(edit, { id: String(byCode['944'].id), version: byCode['944'].version }, { token: myTu }))).toBe('OK');
    expect(codeOf(await app.gql(edit, { id: template.id, version: parent.version }, { token: myTu }))).toBe('FORBIDDEN');
    expect(codeOf(await app.gql(edit, { id: String(byCode['946'].id), version: byCode['946'].version }, { token: myTu }))).toBe('NOT_FOUND');
  });

  it('cascades a district plan to its communes: Mỹ Tú 127/KH-UBND to its 9 communes', async () => {
    const myTu = await app.login(DEMO.myTuStaff);
    const [plan] = await app.sql(`select id from plan where number = $1`, [SOURCE_PLANS.myTu]);
    const communes = (await app.sql(`select id from admin_unit where parent_id = $1 order by code`, [await app.unitId('944')])).map((row) => String(row.id));
    const result = await app.gql(CASCADE, { planId: String(plan.id), unitIds: communes }, { token: myTu });
    expect(result.data!.cascadePlan.created).toHaveLength(9);
    const [counts] = await app.sql(`select count(distinct p.id)::int as plans, count(t.id)::int as tasks,
        (select count(*)::int from target g where g.plan_id in (select id from plan where parent_plan_id = $1)) as targets,
        (select count(*)::int from budget_line b where b.plan_id in (select id from plan where parent_plan_id = $1)) as lines
      from plan p left join plan_task t on t.plan_id = p.id where p.parent_plan_id = $1`, [plan.id]);
    expect(counts).toEqual({ plans: 9, tasks: 9 * 6, targets: 9 * 3, lines: 9 * 6 });
  });

  describe('all or nothing', () => {
    it('refuses an invalid unit among valid ones and creates nothing', async () => {
      const second = await createTemplate(await app.unitId('94'), 'Kế hoạch mẫu thứ hai');
      for (const bad of ['không-phải-id', await app.unitId('31597'), await app.unitId('954'), '999999']) {
        const result = await app.gql(CASCADE, { planId: second.id, unitIds: [...districts.slice(0, 5), bad, ...districts.slice(5)] }, { token: admin });
        expect(result.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'unitIds' });
      }
      expect((await app.sql(COUNT_CHILDREN, [second.id]))[0].n).toBe(0);
    });

    it('leaves nothing behind when a unit fails half way through', async () => {
      const third = await createTemplate(await app.unitId('94'), 'Kế hoạch mẫu thứ ba');
      const auditBefore = (await app.sql(`select count(*)::int as n from audit_log where action = 'CASCADE'`))[0].n;
      // Trần Đề's budget lines fail after every plan and task of the cascade is already written.
      await app.sql(`create function pg_temp_fail() returns trigger language plpgsql as $$
        begin if new.unit_path ~ '*.d951' then raise exception 'simulated failure'; end if; return new; end $$`);
      await app.sql(`create trigger zz_fail before insert on budget_line for each row execute function pg_temp_fail()`);
      try {
        const result = await app.gql(CASCADE, { planId: third.id, unitIds: districts }, { token: admin });
        expect(result.errors).toBeDefined();
        expect(result.data).toBeNull();
      } finally {
        await app.sql('drop trigger zz_fail on budget_line');
        await app.sql('drop function pg_temp_fail()');
      }
      expect((await app.sql(COUNT_CHILDREN, [third.id]))[0].n).toBe(0);
      const orphans = await app.sql(`select count(*)::int as n from plan_task where implements_task_id = any($1)`, [third.tasks.map((t) => Number(t.id))]);
      expect(orphans[0].n).toBe(0);
      expect((await app.sql(`select count(*)::int as n from audit_log where action = 'CASCADE'`))[0].n).toBe(auditBefore);
      const retry = await app.gql(CASCADE, { planId: third.id, unitIds: districts }, { token: admin });
      expect(retry.data!.cascadePlan.created).toHaveLength(11);
    });

    it('refuses a unit the caller cannot write, and an analyst altogether', async () => {
      const myTu = await app.login(DEMO.myTuStaff);
      const [socTrang] = await app.sql(`select id from plan where number = $1`, [SOURCE_PLANS.socTrang]);
      const fourth = await createTemplate(await app.unitId('94'), 'Kế hoạch mẫu thứ tư');
      expect(codeOf(await app.gql(CASCADE, { planId: fourth.id, unitIds: [await app.unitId('944'), await app.unitId('946')] }, { token: myTu }))).toBe('FORBIDDEN');
      expect((await app.sql(COUNT_CHILDREN, [fourth.id]))[0].n).toBe(0);
      expect(codeOf(await app.gql(CASCADE, { planId: String(socTrang.id), unitIds: districts }, { token: await app.login(DEMO.analyst) }))).toBe('FORBIDDEN');
    });
  });

  it('writes one CASCADE audit row per created plan, by the admin, in the plan\'s unit', async () => {
    const rows = await app.sql(`select a.unit_path::text as path, a.after->>'tasks' as tasks, a.after->>'budgetLines' as lines, u.email
      from audit_log a join app_user u on u.id = a.user_id join plan p on p.id = a.entity_id::int where a.action = 'CASCADE' and p.parent_plan_id = $1 order by a.unit_path`, [template.id]);
    expect(rows).toHaveLength(11);
    expect(rows[0]).toEqual({ path: 'y2021.p94.d941', tasks: '2', lines: '4', email: DEMO.socTrangAdmin });
  });
});
