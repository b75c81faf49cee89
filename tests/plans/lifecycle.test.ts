import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO } from '../support/constants';
import { codeOf, startTestApp, type TestApp } from '../support/harness';

/**
 * A plan's life: a DRAFT is edited freely; issuing needs a number and a date and locks them;
 * later edits are recorded as amendments; the status moves one step forward at a time; a CLOSED
 * plan is read-only. Every write is versioned and audited; the plan's legal document follows it.
 */
let app: TestApp;
let token: string;
let plan: { id: string; version: number };

const TRANSITION = `mutation ($id: ID!, $version: Int!, $status: PlanStatus!) { transitionPlan(id: $id, version: $version, status: $status) { status version } }`;
const UPDATE = `mutation ($id: ID!, $version: Int!, $number: String, $issuedOn: LocalDate, $title: String, $recipients: [String!]) {
  updatePlan(id: $id, version: $version, number: $number, issuedOn: $issuedOn, title: $title, recipients: $recipients) { id number issuedOn title recipients version } }`;

beforeAll(async () => {
  app = await startTestApp();
  token = await app.login(DEMO.myTuStaff);
  const created = await app.gql(`mutation ($unitId: ID!) { createPlan(unitId: $unitId, title: "Kế hoạch tuyên truyền pháp luật", periodFrom: 2025, periodTo: 2025) { id version status } }`,
    { unitId: await app.unitId('944') }, { token });
  expect(created.data!.createPlan.status).toBe('DRAFT');
  plan = created.data!.createPlan;
});
afterAll(() => app?.close());

const step = async (status: string) => {
  const result = await app.gql(TRANSITION, { id: plan.id, version: plan.version, status }, { token });
  if (result.data?.transitionPlan) plan.version = result.data.transitionPlan.version;
  return result;
};
const update = async (changes: Record<string, unknown>) => {
  const result = await app.gql(UPDATE, { id: plan.id, version: plan.version, ...changes }, { token });
  if (result.data?.updatePlan) plan.version = result.data.updatePlan.version;
  return result;
};

describe('Plan lifecycle', () => {
  it('refuses to issue a plan without a number, naming the field', async () => {
    const result = await step('ISSUED');
    expect(result.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'number', reason: 'NOT_READY_TO_ISSUE' });
  });

  it('edits a draft freely and records no amendment', async () => {
    expect((await update({ number: '12/KH-UBND', issuedOn: '2025-01-10' })).errors).toBeUndefined();
    expect((await update({ number: '15/KH-UBND' })).data!.updatePlan.number).toBe('15/KH-UBND');
    expect(await app.sql('select 1 from plan_amendment where plan_id = $1', [plan.id])).toHaveLength(0);
  });

  it('moves one step at a time: a draft cannot jump to IN_PROGRESS', async () => {
    const result = await step('IN_PROGRESS');
    expect(result.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'status', reason: 'STATUS_STEP' });
  });

  it('issues the plan, and its legal document carries the number and date', async () => {
    expect((await step('ISSUED')).data!.transitionPlan.status).toBe('ISSUED');
    const [document] = await app.sql(`select d.number_symbol, d.issued_on, d.issued_year, d.kind from legal_document d join plan p on p.document_id = d.id where p.id = $1`, [plan.id]);
    expect(document).toEqual({ number_symbol: '15/KH-UBND', issued_on: '2025-01-10', issued_year: 2025, kind: 'PLAN' });
  });

  it('locks the number and date of an issued plan', async () => {
    expect((await update({ number: '16/KH-UBND' })).errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'number', reason: 'LOCKED_WHEN_ISSUED' });
    expect((await update({ issuedOn: '2025-01-11' })).errors![0].extensions).toMatchObject({ field: 'issuedOn', reason: 'LOCKED_WHEN_ISSUED' });
    await expect(app.sql(`update plan set number = '99/KH-UBND' where id = $1`, [plan.id])).rejects.toThrow(/keeps its number/);
  });

  it('records later edits of the issued plan and of its rows as amendments, with before and after', async () => {
    expect((await update({ title: 'Kế hoạch tuyên truyền, phổ biến pháp luật', recipients: ['Sở Tư pháp', 'Như Điều 3'] })).errors).toBeUndefined();
    const task = await app.gql(`mutation ($planId: ID!) { createPlanTask(planId: $planId, code: "1", title: "Tuyên truyền", scheduleKind: YEARLY) { id } }`, { planId: plan.id }, { token });
    expect(task.errors).toBeUndefined();
    const result = await app.gql(`query ($id: ID!) { Plan(id: $id) { amendments { entity action planStatus before after } document { title } } }`, { id: plan.id }, { token });
    const { amendments, document } = result.data!.Plan;
    expect(amendments[0]).toEqual({
      entity: 'Plan', action: 'UPDATE', planStatus: 'ISSUED',
      before: { title: 'Kế hoạch tuyên truyền pháp luật', recipients: [] },
      after: { title: 'Kế hoạch tuyên truyền, phổ biến pháp luật', recipients: ['Sở Tư pháp', 'Như Điều 3'] },
    });
    expect(amendments[1]).toMatchObject({ entity: 'PlanTask', action: 'CREATE', before: null, after: { code: '1', title: 'Tuyên truyền', scheduleKind: 'YEARLY' } });
    expect(document.title).toBe('Kế hoạch tuyên truyền, phổ biến pháp luật');
  });

  it('answers CONFLICT to a stale version and writes nothing', async () => {
    const stale = await app.gql(UPDATE, { id: plan.id, version: plan.version - 1, title: 'Tên cũ' }, { token });
    expect(codeOf(stale)).toBe('CONFLICT');
    const [row] = await app.sql('select title from plan where id = $1', [plan.id]);
    expect(row.title).toBe('Kế hoạch tuyên truyền, phổ biến pháp luật');
  });

  it('never moves back, and refuses to delete an issued plan', async () => {
    expect((await step('DRAFT')).errors![0].extensions).toMatchObject({ field: 'status', reason: 'STATUS_STEP' });
    const deleted = await app.gql('mutation ($id: ID!, $version: Int!) { deletePlan(id: $id, version: $version) { id } }', { id: plan.id, version: await app.versionOf('plan', plan.id) }, { token });
    expect(deleted.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'status' });
  });

  it('runs and closes the plan; a closed plan refuses every change', async () => {
    expect((await step('IN_PROGRESS')).data!.transitionPlan.status).toBe('IN_PROGRESS');
    expect((await step('CLOSED')).data!.transitionPlan.status).toBe('CLOSED');
    expect((await update({ title: 'Sau khi kết thúc' })).errors![0].extensions).toMatchObject({ field: 'status', reason: 'PLAN_CLOSED' });
    const task = await app.gql(`mutation ($planId: ID!) { createPlanTask(planId: $planId, code: "2", title: "Muộn") { id } }`, { planId: plan.id }, { token });
    expect(task.errors![0].extensions).toMatchObject({ field: 'status', reason: 'PLAN_CLOSED' });
  });

  it('audited every write with who and where, in order', async () => {
    const rows = await app.sql(`select a.action, a.before->>'status' as from_status, a.after->>'status' as to_status, u.email, a.unit_path::text as path
      from audit_log a join app_user u on u.id = a.user_id where a.entity = 'Plan' and a.entity_id = $1 order by a.id`, [plan.id]);
    expect(rows.map((row) => row.action)).toEqual(['CREATE', 'UPDATE', 'UPDATE', 'TRANSITION', 'UPDATE', 'TRANSITION', 'TRANSITION']);
    expect(rows.filter((row) => row.action === 'TRANSITION').map((row) => [row.from_status, row.to_status])).toEqual([
      ['DRAFT', 'ISSUED'], ['ISSUED', 'IN_PROGRESS'], ['IN_PROGRESS', 'CLOSED'],
    ]);
    expect(new Set(rows.map((row) => `${row.email} ${row.path}`))).toEqual(new Set([`${DEMO.myTuStaff} y2021.p94.d944`]));
  });

  it('deletes a draft plan together with its document and rows', async () => {
    const draft = await app.gql(`mutation ($unitId: ID!) { createPlan(unitId: $unitId, title: "Bản nháp") { id documentId } }`, { unitId: await app.unitId('944') }, { token });
    const { id, documentId } = draft.data!.createPlan;
    await app.gql(`mutation ($planId: ID!) { createBudgetLine(planId: $planId, code: "1", title: "Dòng", amount: "3") { id } }`, { planId: id }, { token });
    const deleted = await app.gql('mutation ($id: ID!, $version: Int!) { deletePlan(id: $id, version: $version) { id } }', { id, version: await app.versionOf('plan', id) }, { token });
    expect(deleted.errors).toBeUndefined();
    expect(await app.sql('select 1 from legal_document where id = $1', [documentId])).toHaveLength(0);
    expect(await app.sql('select 1 from budget_line where plan_id = $1', [id])).toHaveLength(0);
  });

  it('refuses a parent plan of a sibling district, and an issued plan keeps its parent', async () => {
    const [longPhu] = await app.sql(`insert into plan (unit_id, title) values ($1, 'Kế hoạch Long Phú') returning id`, [await app.unitId('946')]);
    const created = await app.gql(`mutation ($unitId: ID!, $parentId: ID) { createPlan(unitId: $unitId, title: "Con", parentId: $parentId) { id } }`,
      { unitId: await app.unitId('944'), parentId: String(longPhu.id) }, { token });
    expect(codeOf(created)).toBe('NOT_FOUND');
    const [socTrang] = await app.sql(`select id from plan where number = '156/KH-UBND'`);
    const [myTu] = await app.sql(`select id, version from plan where number = '127/KH-UBND'`);
    const REPARENT = `mutation ($id: ID!, $version: Int!, $parentId: ID) { updatePlan(id: $id, version: $version, parentId: $parentId) { version parentId } }`;
    // Forms send the whole record back: the same parent again is no change.
    const same = await app.gql(REPARENT, { id: String(myTu.id), version: myTu.version, parentId: String(socTrang.id) }, { token });
    expect(same.data!.updatePlan.parentId).toBe(String(socTrang.id));
    const detach = await app.gql(REPARENT, { id: String(myTu.id), version: same.data!.updatePlan.version, parentId: null }, { token });
    expect(detach.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'parentId', reason: 'PARENT_LOCKED_WHEN_ISSUED' });
  });
});
