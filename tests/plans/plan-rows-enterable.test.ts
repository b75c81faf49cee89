import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SOURCE_PLANS } from '../../server/src/seeds/plans';
import { DEMO } from '../support/constants';
import { startTestApp, type GqlResponse, type TestApp } from '../support/harness';
import { BAC_LIEU_ROWS, enterPlanRows, MY_TU_ROWS, PLAN_ROWS_SELECTION } from './support/enter-plan-rows';

/**
 * The seeds are enterable (issue 7), the part of responsibilities, reporting rules and criteria:
 * Mỹ Tú's 127/KH-UBND and Bạc Liêu's 21/KH-UBND entered from nothing through the public mutations
 * equal the seeded plans field by field. The tasks here carry only their codes; the tasks, targets
 * and budget are entered and compared by the test of the other parts.
 */
let app: TestApp;

const ok = async (response: Promise<GqlResponse>) => {
  const result = await response;
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  return result.data!;
};

beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app?.close());

/** A new plan of the unit with tasks of these codes, then the rows entered through the API. */
async function enter(token: string, unitCode: string, taskCodes: string[], rows: typeof MY_TU_ROWS): Promise<string> {
  const { createPlan } = await ok(app.gql('mutation ($unitId: ID!) { createPlan(unitId: $unitId, title: "Kế hoạch nhập lại") { id } }',
    { unitId: await app.unitId(unitCode) }, { token }));
  const taskIds: Record<string, string> = {};
  for (const code of taskCodes) {
    const { createPlanTask } = await ok(app.gql('mutation ($planId: ID!, $code: String!) { createPlanTask(planId: $planId, code: $code, title: "Nhiệm vụ") { id } }',
      { planId: createPlan.id, code }, { token }));
    taskIds[code] = createPlanTask.id;
  }
  await enterPlanRows(app, token, createPlan.id, taskIds, rows);
  return createPlan.id;
}

type Rows = { responsibilities: unknown[]; reportingRules: unknown[]; tasks: { code: string; criteria: unknown[] }[] };

async function rowsOf(token: string, planId: string): Promise<Rows> {
  const { Plan } = await ok(app.gql(`query ($id: ID!) { Plan(id: $id) { ${PLAN_ROWS_SELECTION} } }`, { id: planId }, { token }));
  // Tasks are compared by the other parts' test: here only the criteria of the tasks that have some.
  return { ...Plan, tasks: Plan.tasks.filter((task: { criteria: unknown[] }) => task.criteria.length > 0) };
}

describe('the responsibilities, reporting rules and criteria of the source plans', () => {
  it('are entered for Mỹ Tú 127/KH-UBND through the API, equal to the seeded plan', async () => {
    const myTu = await app.login(DEMO.myTuStaff);
    const entered = await enter(myTu, '944', [], MY_TU_ROWS);
    const [seeded] = await app.sql('select id::text from plan where number = $1', [SOURCE_PLANS.myTu]);
    const [mine, theirs] = [await rowsOf(myTu, entered), await rowsOf(myTu, seeded.id)];
    expect(theirs.responsibilities).toHaveLength(4);
    expect(theirs.reportingRules).toHaveLength(1);
    expect(mine.responsibilities).toEqual(theirs.responsibilities);
    expect(mine.reportingRules).toEqual(theirs.reportingRules);
    expect(mine.tasks).toEqual(theirs.tasks);
  });

  it('are entered for Bạc Liêu 21/KH-UBND through the API, equal to the seeded plan', async () => {
    const bacLieu = await app.login(DEMO.bacLieuAdmin);
    const entered = await enter(bacLieu, '95', ['1', '2', '3', '4', '5'], BAC_LIEU_ROWS);
    const [seeded] = await app.sql('select id::text from plan where number = $1', [SOURCE_PLANS.bacLieu]);
    const [mine, theirs] = [await rowsOf(bacLieu, entered), await rowsOf(bacLieu, seeded.id)];
    expect(theirs.tasks.map((task) => [task.code, task.criteria.length])).toEqual([['3', 2], ['4', 2], ['5', 2]]);
    expect(mine).toEqual(theirs);
  });
});
