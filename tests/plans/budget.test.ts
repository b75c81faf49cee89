import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SOURCE_PLANS } from '../../server/src/seeds/plans';
import { DEMO } from '../support/constants';
import { codeOf, startTestApp, type TestApp } from '../support/harness';

/**
 * The budget appendix as a tree: a line with lines below it equals their sum, amounts are exact
 * decimals ≥ 0, and a change that breaks a sum is refused naming the line, unless the client asks
 * for the lines above to be recomputed (rollUp). Mỹ Tú staff edit their own plan's appendix.
 */
let app: TestApp;
let token: string;
let planId: string;

beforeAll(async () => {
  app = await startTestApp();
  token = await app.login(DEMO.myTuStaff);
  const [plan] = await app.sql(`select id from plan where number = $1`, [SOURCE_PLANS.myTu]);
  planId = String(plan.id);
});
afterAll(() => app?.close());

const lines = async () => {
  const result = await app.gql(
    `query ($id: ID!) { Plan(id: $id) { budgetTotal total2024: budgetTotal(year: 2024) budgetLines { id code amount version } } }`,
    { id: planId }, { token },
  );
  expect(result.errors).toBeUndefined();
  const plan = result.data!.Plan;
  const byCode = Object.fromEntries(plan.budgetLines.map((line: { code: string }) => [line.code, line]));
  return { total: plan.budgetTotal as string, total2024: plan.total2024 as string, byCode: byCode as Record<string, { id: string; amount: string; version: number }> };
};

const UPDATE = `mutation ($id: ID!, $version: Int!, $amount: Decimal, $rollUp: Boolean) {
  updateBudgetLine(id: $id, version: $version, amount: $amount, rollUp: $rollUp) { code amount version } }`;

describe('BudgetLine', () => {
  it('changes the plan total when a top-level line changes (36 → 40: 129 → 133, 119 → 123 in 2024)', async () => {
    const before = await lines();
    const result = await app.gql(UPDATE, { id: before.byCode['2'].id, version: before.byCode['2'].version, amount: '40' }, { token });
    expect(result.data?.updateBudgetLine).toEqual({ code: '2', amount: '40', version: before.byCode['2'].version + 1 });
    const after = await lines();
    expect([after.total, after.total2024]).toEqual(['133', '123']);
    await app.gql(UPDATE, { id: after.byCode['2'].id, version: after.byCode['2'].version, amount: 36 }, { token });
    expect((await lines()).total).toBe('129');
  });

  it('refuses a change to line 1.1 that line 1 no longer sums, naming line 1, and writes nothing', async () => {
    const before = await lines();
    const result = await app.gql(UPDATE, { id: before.byCode['1.1'].id, version: before.byCode['1.1'].version, amount: '5' }, { token });
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
    expect(result.errors![0].extensions).toEqual({
      code: 'BAD_USER_INPUT', field: 'amount', reason: 'BUDGET_PARENT_NOT_SUM', params: { code: '1', amount: '46', sum: '49', children: ['1.1', '1.2'] },
    });
    expect(result.errors![0].message).toBe('Budget line 1 is 46 but its lines 1.1, 1.2 sum to 49: change line 1 too, or save with rollUp to recompute it');
    const after = await lines();
    expect(after.byCode['1.1']).toEqual(before.byCode['1.1']);
    expect(after.total).toBe('129');
  });

  it('recomputes the lines above when asked (rollUp): 1.1 = 5 makes line 1 = 49 and the total 132', async () => {
    const before = await lines();
    const result = await app.gql(UPDATE, { id: before.byCode['1.1'].id, version: before.byCode['1.1'].version, amount: '5', rollUp: true }, { token });
    expect(result.errors).toBeUndefined();
    const after = await lines();
    expect([after.byCode['1.1'].amount, after.byCode['1'].amount, after.total, after.total2024]).toEqual(['5', '49', '132', '122']);
    expect(after.byCode['1'].version).toBe(before.byCode['1'].version + 1);
    await app.gql(UPDATE, { id: after.byCode['1.1'].id, version: after.byCode['1.1'].version, amount: '02', rollUp: true }, { token });
    expect((await lines()).byCode['1'].amount).toBe('46');
  });

  it('refuses a parent that differs from the sum of its own lines', async () => {
    const { byCode } = await lines();
    const result = await app.gql(UPDATE, { id: byCode['1'].id, version: byCode['1'].version, amount: '50', rollUp: true }, { token });
    expect(result.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'amount', reason: 'BUDGET_PARENT_NOT_SUM', params: { code: '1', amount: '50', sum: '46' } });
  });

  it('refuses a negative amount and a malformed one, naming the field', async () => {
    const { byCode } = await lines();
    const negative = await app.gql(UPDATE, { id: byCode['3'].id, version: byCode['3'].version, amount: '-1' }, { token });
    expect(negative.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'amount', reason: 'NUMBER_TOO_SMALL', params: { min: 0 } });
    const malformed = await app.gql(UPDATE, { id: byCode['3'].id, version: byCode['3'].version, amount: '1.2345' }, { token });
    expect(malformed.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'amount', reason: 'DECIMAL_FORMAT' });
    expect((await lines()).byCode['3'].amount).toBe('37');
  });

  it('adds and removes a line under a parent, refusing it without rollUp and naming the missing parent of 5.1', async () => {
    const create = `mutation ($planId: ID!, $code: String!, $amount: Decimal!, $rollUp: Boolean) {
      createBudgetLine(planId: $planId, code: $code, title: "Dòng thêm", amount: $amount, scheduleKind: YEARLY, rollUp: $rollUp) { id code parentId version } }`;
    const refused = await app.gql(create, { planId, code: '1.3', amount: '1' }, { token });
    expect(refused.errors![0].extensions).toMatchObject({ field: 'amount', reason: 'BUDGET_PARENT_NOT_SUM', params: { code: '1', amount: '46', sum: '47', children: ['1.1', '1.2', '1.3'] } });
    const orphan = await app.gql(create, { planId, code: '5.1', amount: '1', rollUp: true }, { token });
    expect(orphan.errors![0]).toMatchObject({
      message: 'There is no line 5 to hold line 5.1', extensions: { field: 'code', reason: 'CODE_PARENT_MISSING', params: { entity: 'BudgetLine', parent: '5', code: '5.1' } },
    });
    const added = await app.gql(create, { planId, code: '1.3', amount: '1.5', rollUp: true }, { token });
    expect(added.errors).toBeUndefined();
    expect((await lines()).byCode['1'].amount).toBe('47.5');
    const removed = await app.gql('mutation ($id: ID!, $version: Int!) { deleteBudgetLine(id: $id, version: $version, rollUp: true) { code } }',
      { id: added.data!.createBudgetLine.id, version: await app.versionOf('budget_line', added.data!.createBudgetLine.id) }, { token });
    expect(removed.errors).toBeUndefined();
    const after = await lines();
    expect([after.byCode['1'].amount, after.total]).toEqual(['46', '129']);
  });

  it('answers CONFLICT to a stale version and changes nothing', async () => {
    const { byCode } = await lines();
    const stale = await app.gql(UPDATE, { id: byCode['3'].id, version: byCode['3'].version - 1 || 99, amount: '38' }, { token });
    expect(codeOf(stale)).toBe('CONFLICT');
    expect((await lines()).byCode['3'].amount).toBe('37');
  });

  it('adds exactly in decimal: 0.1 + 0.2 is 0.3', async () => {
    const draft = await app.gql(`mutation ($unitId: ID!) { createPlan(unitId: $unitId, title: "Kế hoạch thử") { id } }`, { unitId: await app.unitId('944') }, { token });
    const id = draft.data!.createPlan.id;
    const create = `mutation ($planId: ID!, $code: String!, $amount: Decimal!) {
      createBudgetLine(planId: $planId, code: $code, title: "Dòng", amount: $amount, rollUp: true) { amount } }`;
    await app.gql(create, { planId: id, code: '1', amount: '0' }, { token });
    await app.gql(create, { planId: id, code: '1.1', amount: 0.1 }, { token });
    await app.gql(create, { planId: id, code: '1.2', amount: '0.2' }, { token });
    const result = await app.gql(`query ($id: ID!) { Plan(id: $id) { budgetTotal budgetLines { code amount } } }`, { id }, { token });
    expect(result.data!.Plan).toEqual({ budgetTotal: '0.3', budgetLines: [{ code: '1', amount: '0.3' }, { code: '1.1', amount: '0.1' }, { code: '1.2', amount: '0.2' }] });
  });

  it('keeps every change to the issued plan\'s appendix as an amendment, and audits it', async () => {
    const result = await app.gql(`query ($id: ID!) { Plan(id: $id) { amendments { entity action before after planStatus } } }`, { id: planId }, { token });
    const amendments = result.data!.Plan.amendments as { entity: string; action: string; before: Record<string, unknown> | null; after: Record<string, unknown> | null }[];
    expect(amendments.every((a) => a.entity === 'BudgetLine')).toBe(true);
    expect(amendments.slice(0, 2)).toEqual([
      { entity: 'BudgetLine', action: 'UPDATE', before: { amount: '36' }, after: { amount: '40' }, planStatus: 'ISSUED' },
      { entity: 'BudgetLine', action: 'UPDATE', before: { amount: '40' }, after: { amount: '36' }, planStatus: 'ISSUED' },
    ]);
    expect(amendments.some((a) => a.action === 'CREATE' && a.after?.code === '1.3')).toBe(true);
    expect(amendments.some((a) => a.action === 'DELETE' && a.before?.code === '1.3')).toBe(true);
    const audit = await app.sql(`select a.action, a.before->>'amount' as before, a.after->>'amount' as after, u.email
      from audit_log a join app_user u on u.id = a.user_id where a.entity = 'BudgetLine' order by a.id limit 2`);
    expect(audit).toEqual([
      { action: 'UPDATE', before: '36', after: '40', email: DEMO.myTuStaff },
      { action: 'UPDATE', before: '40', after: '36', email: DEMO.myTuStaff },
    ]);
  });
});
