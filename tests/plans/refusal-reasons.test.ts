import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphQLFormattedError } from 'graphql';
import { describeGraphQLError } from '../../admin/src/i18n/describeRefusal';
import { REASONS } from '../../server/src/core/reasons';
import { DEMO } from '../support/constants';
import { startTestApp, type GqlResponse, type TestApp } from '../support/harness';

/**
 * The plan editor's refusals carry a stable reason and its parameters (issue 9, section 4): the
 * budget's parent-equals-sum rule, a target's years, a task's code and timing, a cascade to a unit
 * that is not below the plan's. Each is refused naming the field, with the parameters its reason
 * sends (server/src/core/reasons.ts), writes nothing, and reads as a Vietnamese sentence in the console.
 */
let app: TestApp;
let myTu: string;
let plan: { id: string };
let task: { id: string };
let lines: Record<string, { id: string; version: number }>;

const ok = <T = Record<string, any>>(result: GqlResponse<T>): T => {
  expect(result.errors).toBeUndefined();
  return result.data!;
};
const count = async (table: string, column = 'plan_id') => (await app.sql(`select count(*)::int as n from ${table} where ${column} = $1`, [plan.id]))[0].n as number;

/** The refusal as the API answers it, checked against the catalogue: its params are the reason's, and the Vietnamese sentence is whole. */
function refusal(result: GqlResponse): Record<string, any> {
  const error = result.errors![0] as GraphQLFormattedError;
  const { reason, params = {} } = error.extensions as { reason: keyof typeof REASONS; params?: Record<string, unknown> };
  expect(Object.keys(params).sort()).toEqual([...REASONS[reason]].sort());
  const vietnamese = describeGraphQLError(error, 'vi');
  expect(vietnamese).not.toMatch(/[{}]/);
  expect(vietnamese).not.toBe(error.message);
  return { ...error.extensions, vietnamese };
}

beforeAll(async () => {
  app = await startTestApp();
  myTu = await app.login(DEMO.myTuStaff);
  plan = ok(await app.gql(`mutation ($unitId: ID!) { createPlan(unitId: $unitId, title: "Kế hoạch có lý do từ chối", periodFrom: 2022, periodTo: 2025) { id } }`,
    { unitId: await app.unitId('944') }, { token: myTu })).createPlan;
  task = ok(await app.gql(`mutation ($planId: ID!) { createPlanTask(planId: $planId, code: "1", title: "Củng cố tổ hòa giải", scheduleKind: YEARLY) { id } }`,
    { planId: plan.id }, { token: myTu })).createPlanTask;
  lines = {};
  for (const [code, amount] of [['1', '0'], ['1.1', '4.5'], ['1.2', '6']]) {
    const { createBudgetLine } = ok(await app.gql(`mutation ($planId: ID!, $code: String!, $amount: Decimal!) {
      createBudgetLine(planId: $planId, code: $code, title: "Dòng", amount: $amount, rollUp: true) { id version } }`, { planId: plan.id, code, amount }, { token: myTu }));
    lines[code] = createBudgetLine;
  }
});
afterAll(() => app?.close());

describe('the plan editor\'s refusals', () => {
  it('refuses a budget line its parent no longer sums: BUDGET_PARENT_NOT_SUM with the line, its amount, the sum and the lines below', async () => {
    const line = (await app.sql('select version from budget_line where id = $1', [lines['1.1'].id]))[0];
    const result = await app.gql('mutation ($id: ID!, $version: Int!) { updateBudgetLine(id: $id, version: $version, amount: "5") { id } }',
      { id: lines['1.1'].id, version: line.version }, { token: myTu });
    expect(refusal(result)).toEqual({
      code: 'BAD_USER_INPUT', field: 'amount', reason: 'BUDGET_PARENT_NOT_SUM', params: { code: '1', amount: '10.5', sum: '11', children: ['1.1', '1.2'] },
      vietnamese: 'Dòng kinh phí 1 ghi 10,5 triệu đồng, nhưng tổng các dòng 1.1, 1.2 là 11 triệu đồng: hãy sửa cả dòng 1, hoặc chọn tính lại các dòng tổng phía trên rồi lưu.',
    });
    expect(await app.sql('select code, amount::text from budget_line where plan_id = $1 order by sort_key', [plan.id])).toEqual([
      { code: '1', amount: '10.500' }, { code: '1.1', amount: '4.500' }, { code: '1.2', amount: '6.000' },
    ]);
    expect((await app.sql('select version from budget_line where id = $1', [lines['1.1'].id]))[0].version).toBe(line.version);
  });

  it('refuses a target by a year outside the plan\'s period: YEAR_OUTSIDE_PLAN_PERIOD with the year and the period', async () => {
    const before = await count('target');
    const result = await app.gql(`mutation ($taskId: ID!) { createTarget(taskId: $taskId, indicator: SETTLEMENT_RATE, comparator: GTE, value: "85", applies: BY_YEAR, year: 2030) { id } }`,
      { taskId: task.id }, { token: myTu });
    expect(refusal(result)).toEqual({
      code: 'BAD_USER_INPUT', field: 'year', reason: 'YEAR_OUTSIDE_PLAN_PERIOD', params: { year: 2030, periodFrom: 2022, periodTo: 2025 },
      vietnamese: 'Kế hoạch thực hiện trong giai đoạn 2022–2025; năm 2030 nằm ngoài giai đoạn này.',
    });
    const percent = await app.gql(`mutation ($taskId: ID!) { createTarget(taskId: $taskId, indicator: SETTLEMENT_RATE, comparator: GTE, value: "120", applies: EVERY_YEAR) { id } }`,
      { taskId: task.id }, { token: myTu });
    expect(refusal(percent)).toMatchObject({ field: 'value', reason: 'NUMBER_OUT_OF_RANGE', params: { min: 0, max: 100 }, vietnamese: 'Phải là số từ 0 đến 100.' });
    expect(await count('target')).toBe(before);
  });

  it('refuses a sub-task without its task, and a span of years without its last year, naming the field', async () => {
    const before = await count('plan_task');
    const create = (code: string, timing: string) => app.gql(`mutation ($planId: ID!, $code: String!) { createPlanTask(planId: $planId, code: $code, title: "Nhiệm vụ", ${timing}) { id } }`,
      { planId: plan.id, code }, { token: myTu });
    expect(refusal(await create('3.1', 'scheduleKind: YEARLY'))).toEqual({
      code: 'BAD_USER_INPUT', field: 'code', reason: 'CODE_PARENT_MISSING', params: { entity: 'PlanTask', parent: '3', code: '3.1' },
      vietnamese: 'Chưa có nhiệm vụ 3 để đặt nhiệm vụ 3.1 vào.',
    });
    expect(refusal(await create('2', 'scheduleKind: SPAN, scheduleYear: 2023'))).toEqual({
      code: 'BAD_USER_INPUT', field: 'scheduleYearTo', reason: 'TIMING_FIELD_REQUIRED', params: { kind: 'SPAN', field: 'scheduleYearTo' },
      vietnamese: 'Với thời gian thực hiện “Giai đoạn”, mục này không được để trống.',
    });
    expect(await count('plan_task')).toBe(before);
  });

  it('refuses a cascade to a unit not directly below the plan\'s, and one to no unit at all, creating no plan', async () => {
    const [elsewhere] = await app.sql(`select c.id::text from admin_unit c join admin_unit d on d.id = c.parent_id where d.code = '941' order by c.code limit 1`);
    const cascade = (unitIds: string[]) => app.gql('mutation ($planId: ID!, $unitIds: [ID!]!) { cascadePlan(planId: $planId, unitIds: $unitIds) { created { id } } }',
      { planId: plan.id, unitIds }, { token: myTu });
    expect(refusal(await cascade([elsewhere.id]))).toMatchObject({
      code: 'BAD_USER_INPUT', field: 'unitIds', reason: 'NOT_DIRECTLY_BELOW', params: { unitId: Number(elsewhere.id) },
    });
    expect(refusal(await cascade([]))).toEqual({
      code: 'BAD_USER_INPUT', field: 'unitIds', reason: 'LIST_TOO_SHORT', params: { min: 1 }, vietnamese: 'Cần chọn ít nhất 1 mục.',
    });
    expect(await count('plan', 'parent_plan_id')).toBe(0);
  });

  it('refuses a stale version as CONFLICT with STALE_VERSION, the entity and its id', async () => {
    const result = await app.gql('mutation ($id: ID!) { updatePlanTask(id: $id, version: 99, title: "Cũ") { id } }', { id: task.id }, { token: myTu });
    expect(result.errors![0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'STALE_VERSION', params: { entity: 'PlanTask', id: task.id } });
    expect((await app.sql('select title from plan_task where id = $1', [task.id]))[0].title).toBe('Củng cố tổ hòa giải');
  });
});
