import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO } from '../support/constants';
import { startTestApp, type TestApp } from '../support/harness';
import { columnTotal } from '../../server/src/modules/plans/plan.loader';
import { fromThousandths, toThousandths } from '../../server/src/modules/plans/decimal.scalar';
import type { BudgetLine } from '../../server/src/modules/plans/budget-line.type';
import { getMetadataArgsStorage } from 'typeorm';
import { BudgetLineEntity } from '../../server/src/modules/plans/budget-line.entity';
import { PlanTaskEntity } from '../../server/src/modules/plans/plan-task.entity';
import { PlanEntity } from '../../server/src/modules/plans/plan.entity';
import { BUDGET_LINE_PROPERTIES, PLAN_PROPERTIES, TARGET_PROPERTIES, TASK_PROPERTIES } from '../../server/src/modules/plans/plan.reads';
import { TargetEntity } from '../../server/src/modules/plans/target.entity';

/**
 * No N+1: every nested field of a plan is batched per request, so the number of SQL statements a
 * list of plans costs is the same for 4 plans as for 14.
 */
let app: TestApp;
let token: string;

const QUERIES = {
  'tasks, targets and budget lines': `{ allPlans(perPage: 15) { id tasks { id targets { id value } } budgetLines { code } } }`,
  'parents, children, documents, totals and details': `{ allPlans(perPage: 15) { id unit { name } parent { number } children { id } cascadeStatus { total }
    budgetTotal total2024: budgetTotal(year: 2024) document { numberSymbol implementsChain { numberSymbol } }
    responsibilities { agencies { label } } reportingRules { frequency receivingAgency { name } } } }`,
  'task agencies': `{ allPlans(perPage: 15) { tasks { agencies { label } leadAgencies { role } } } }`,
  'criteria and implemented tasks': `{ allPlans(perPage: 15) { tasks { criteria { kind } implements { code plan { number } } } } }`,
  'the budget tree': `{ allPlans(perPage: 15) { budgetLines { code parent { code } children { code } } } }`,
} as const;

const run = async (query: string) => {
  const result = await app.gql(query, {}, { token });
  expect(result.errors).toBeUndefined();
  return { plans: result.data!.allPlans.length as number, statements: result.extensions!.sqlStatements! };
};

beforeAll(async () => {
  app = await startTestApp();
  token = await app.login(DEMO.socTrangAdmin);
});
afterAll(() => app?.close());

describe('plan DataLoaders', () => {
  it('answer a list of plans in a number of statements that does not grow with the number of plans', async () => {
    // The same shapes of data at two sizes: a province template cascaded to one district (4 plans
    // readable), then to the other ten (14 plans).
    const gql = async (query: string, variables: Record<string, unknown>) => (await app.gql(query, variables, { token })).data!;
    const { createPlan } = await gql(`mutation ($unitId: ID!) { createPlan(unitId: $unitId, title: "Mẫu") { id } }`, { unitId: await app.unitId('94') });
    const { createPlanTask } = await gql(`mutation ($planId: ID!) { createPlanTask(planId: $planId, code: "1", title: "Nhiệm vụ",
      agencies: [{ role: COORDINATING, agencyKind: PEOPLES_COMMITTEE, agencyLevel: DISTRICT, label: "UBND cấp huyện" }]) { id } }`, { planId: createPlan.id });
    await gql(`mutation ($taskId: ID!) { createTarget(taskId: $taskId, indicator: SETTLEMENT_RATE, comparator: GTE, value: 85, applies: EVERY_YEAR) { id } }`, { taskId: createPlanTask.id });
    await gql(`mutation ($planId: ID!) { createBudgetLine(planId: $planId, code: "1", title: "Dòng", amount: "5") { id } }`, { planId: createPlan.id });
    const districts = (await app.sql(`select id from admin_unit where parent_id = $1 order by code`, [await app.unitId('94')])).map((row) => String(row.id));
    const cascade = (unitIds: string[]) =>
      gql(`mutation ($planId: ID!, $unitIds: [ID!]!) { cascadePlan(planId: $planId, unitIds: $unitIds) { created { id } } }`, { planId: createPlan.id, unitIds });

    await cascade(districts.slice(0, 1));
    const small: Record<string, { plans: number; statements: number }> = {};
    for (const [name, query] of Object.entries(QUERIES)) small[name] = await run(query);
    expect(small['tasks, targets and budget lines'].plans).toBe(4);

    await cascade(districts.slice(1));
    for (const [name, query] of Object.entries(QUERIES)) {
      const large = await run(query);
      expect(large.plans).toBe(14);
      expect({ name, statements: large.statements }).toEqual({ name, statements: small[name].statements });
    }
    // One statement per nested level (plus the transaction's own), whatever the page holds.
    expect(small['tasks, targets and budget lines'].statements).toBeLessThanOrEqual(8);
  });
});

describe('one plan with its tasks, targets and budget (the bench\'s W3)', () => {
  it('runs one statement for the plan and its parts: the appendix total comes from the budget lines already read', async () => {
    const staff = await app.login(DEMO.myTuStaff);
    const [{ id }] = await app.sql(`select id::text from plan where number = '127/KH-UBND'`);
    const result = await app.gql<{ Plan: { budgetTotal: string; budgetLines: unknown[] } }>(
      `query ($id: ID!) { Plan(id: $id) { id title tasks { code targets { id value } } budgetLines { code amount } budgetTotal } }`, { id }, { token: staff });
    expect(result.errors).toBeUndefined();
    expect(result.data!.Plan.budgetTotal).toBe('129');
    // BEGIN with the scope, the plan with its tasks, their targets and its budget lines (plan.prefetch.ts), ROLLBACK.
    expect(result.extensions!.sqlStatements).toBe(3);
    const alone = await app.gql(`query ($id: ID!) { Plan(id: $id) { budgetTotal } }`, { id }, { token: staff });
    expect(alone.data).toEqual({ Plan: { budgetTotal: '129' } });
  });
});

describe('the columns a plan\'s selection reads (plan.reads.ts)', () => {
  /** An entity's columns, its base classes' included, as TypeORM maps them. */
  const columnsOf = (entity: Function) => {
    const classes: Function[] = [];
    for (let c = entity; c && c !== Function.prototype; c = Object.getPrototypeOf(c)) classes.push(c);
    return getMetadataArgsStorage().filterColumns(classes).map((column) => column.propertyName).sort();
  };
  it('name every column of the plan, task, target and budget line: "every column" misses none', () => {
    expect([...PLAN_PROPERTIES].sort()).toEqual(columnsOf(PlanEntity));
    expect([...TASK_PROPERTIES].sort()).toEqual(columnsOf(PlanTaskEntity));
    expect([...TARGET_PROPERTIES].sort()).toEqual(columnsOf(TargetEntity));
    expect([...BUDGET_LINE_PROPERTIES].sort()).toEqual(columnsOf(BudgetLineEntity));
  });
});

describe('the appendix column total', () => {
  const line = (amount: string, parentId: string | null = null) => ({ amount, parentId }) as BudgetLine;
  it('adds the top-level lines exactly, and is null for a plan without lines', () => {
    expect(columnTotal([line('0.1'), line('0.2'), line('5', '1')])).toBe('0.3');
    expect(columnTotal([line('46'), line('36'), line('37'), line('10')])).toBe('129');
    expect(columnTotal([line('99999999999.999'), line('0.001')])).toBe('100000000000');
    expect(columnTotal([line('2.5'), line('-3.125')])).toBe('-0.625');
    expect(columnTotal([line('0')])).toBe('0');
    expect(columnTotal([])).toBeNull();
  });
  it('turns decimals into thousandths and back exactly, the sign kept (the one conversion budgets, imports and targets use)', () => {
    expect(['95', ' 85.500 ', '-2.5', '-0.001', '007.1', '0'].map(toThousandths)).toEqual([95_000n, 85_500n, -2_500n, -1n, 7_100n, 0n]);
    expect([95_000n, 85_500n, -2_500n, -1n, -1_000n, 0n].map(fromThousandths)).toEqual(['95', '85.5', '-2.5', '-0.001', '-1', '0']);
  });
});

describe('query cost of nested plan fields', () => {
  it('lets an analyst read a full page of plans with their tasks, agencies, targets and budget lines', async () => {
    const analyst = await app.login(DEMO.analyst);
    const result = await app.gql(
      `{ allPlans(perPage: 25) { number tasks { code agencies { label agency { name } } targets { value } } budgetLines { code amount } } }`,
      {}, { token: analyst },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.allPlans.length).toBeGreaterThan(0);
  });
});

describe('a plan read with its parts in one statement', () => {
  const TARGET = 'id planId taskId position indicator comparator value unit perQuantity applies year fromYear toYear note implementsId version createdAt updatedAt';
  const PARTS = `id number title status unitId parentId periodFrom periodTo version createdAt updatedAt
    tasks { id planId code labelStyle title description leadText coordinatingText scheduleKind scheduleYear scheduleYearTo scheduleQuarter
      scheduleBeforeDay scheduleBeforeMonth scheduleDates scheduleNote implementsId version createdAt updatedAt targets { ${TARGET} } }
    targets { ${TARGET} }
    budgetLines { id planId code title amount parentId scheduleKind scheduleYear scheduleNote taskId implementsId version createdAt updatedAt }
    budgetTotal total2024: budgetTotal(year: 2024)`;

  it('answers what the loaders answer for a list of plans, for every plan each reader can see', async () => {
    let compared = 0;
    for (const account of [DEMO.socTrangAdmin, DEMO.myTuStaff, DEMO.bacLieuAdmin, DEMO.canThoAdmin]) {
      const reader = await app.login(account);
      const list = await app.gql<{ allPlans: { id: string }[] }>(`{ allPlans(perPage: 100) { ${PARTS} } }`, {}, { token: reader });
      expect(list.errors).toBeUndefined();
      for (const plan of list.data!.allPlans) {
        const one = await app.gql(`query ($id: ID!) { Plan(id: $id) { ${PARTS} } }`, { id: plan.id }, { token: reader });
        expect(one.errors).toBeUndefined();
        expect(one.data!.Plan).toEqual(plan);
        compared += 1;
      }
    }
    expect(compared).toBeGreaterThan(20);
  });

  it('reads only the parts selected, through fragments too, and nothing of a plan the reader cannot see', async () => {
    const staff = await app.login(DEMO.myTuStaff);
    const [{ id }] = await app.sql(`select id::text from plan where number = '127/KH-UBND'`);
    const statements = async (query: string, token = staff) => {
      const result = await app.gql(query, { id }, { token });
      expect(result.errors).toBeUndefined();
      return { data: result.data, statements: result.extensions!.sqlStatements };
    };
    // the plan alone: BEGIN, the plan, ROLLBACK
    expect((await statements('query ($id: ID!) { Plan(id: $id) { number } }')).statements).toBe(3);
    const viaFragment = await statements(`query ($id: ID!) { Plan(id: $id) { ...Parts } }
      fragment Parts on Plan { number tasks { code ... on PlanTask { targets { value } } } budgetTotal }`);
    expect(viaFragment.statements).toBe(3);
    expect(viaFragment.data!.Plan.budgetTotal).toBe('129');
    expect(viaFragment.data!.Plan.tasks.map((task: { code: string }) => task.code)).toEqual(['1', '2', '3', '4', '5', '6']);
    // a year's total has a statement of its own; the lines are not read for it
    expect((await statements('query ($id: ID!) { Plan(id: $id) { budgetTotal(year: 2024) } }')).statements).toBe(4);
    // several plans asked at once are read in one statement, as the list's loaders would
    const plans = await app.sql<{ id: string }>(`select id::text from plan where unit_path <@ (select path from admin_unit where code = '944' and level = 'DISTRICT') order by id`);
    expect(plans.length).toBeGreaterThan(1);
    const aliased = await app.gql(`{ ${plans.map((plan, i) => `p${i}: Plan(id: "${plan.id}") { number tasks { code targets { id } } budgetTotal }`).join(' ')} }`, {}, { token: staff });
    expect(aliased.errors).toBeUndefined();
    expect(aliased.extensions!.sqlStatements).toBe(3);
    // Bạc Liêu's admin cannot read Mỹ Tú's plan: null, and no part of it
    const other = await app.gql(`query ($id: ID!) { Plan(id: $id) { number tasks { code } budgetLines { code } } }`, { id }, { token: await app.login(DEMO.bacLieuAdmin) });
    expect(other.errors).toBeUndefined();
    expect(other.data).toEqual({ Plan: null });
    expect(other.extensions!.sqlStatements).toBe(3);
  });
});
