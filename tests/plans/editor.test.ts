import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SOURCE_PLANS } from '../../server/src/seeds/plans';
import { DEMO } from '../support/constants';
import { codeOf, startTestApp, type GqlResponse, type TestApp } from '../support/harness';

/**
 * The plan editor (issue 7, part a): every part of a plan made by its users through the API —
 * tasks (label style, timing, agencies, sub-tasks, moves), targets on a task or on the plan
 * (FROM_TO), the budget appendix (moves at any depth, funded tasks), the text parts and signer,
 * document kinds and relations — each refused naming the field with nothing written, CONFLICT on a
 * stale version, audited, amended once issued, and invisible to another province.
 */
let app: TestApp;
let myTu: string;
let bacLieu: string;
let socTrang: string;
let myTuUnit: string;
let agencies: { justice: string; province: string; commune: string | null };

beforeAll(async () => {
  app = await startTestApp();
  [myTu, bacLieu, socTrang] = await Promise.all([app.login(DEMO.myTuStaff), app.login(DEMO.bacLieuAdmin), app.login(DEMO.socTrangAdmin)]);
  myTuUnit = await app.unitId('944');
  const [justice] = await app.sql(`select id::text from agency where name = 'Phòng Tư pháp huyện Mỹ Tú'`);
  const [province] = await app.sql(`select id::text from agency where name = 'Sở Tư pháp tỉnh Sóc Trăng'`);
  const [commune] = await app.sql(`select a.id::text from agency a join admin_unit u on u.id = a.unit_id
    where u.path <@ (select path from admin_unit where id = $1) and u.id <> $1 order by a.id limit 1`, [myTuUnit]);
  agencies = { justice: justice.id, province: province.id, commune: commune?.id ?? null };
});
afterAll(() => app?.close());

const ok = <T = Record<string, any>>(result: GqlResponse<T>): T => {
  expect(result.errors).toBeUndefined();
  return result.data!;
};
const refusal = (result: GqlResponse) => result.errors![0].extensions;
const count = async (table: string, planId: string) => (await app.sql(`select count(*)::int as n from ${table} where plan_id = $1`, [planId]))[0].n as number;
const audited = async (entity: string, id: string, action: string) =>
  (await app.sql('select count(*)::int as n from audit_log where entity = $1 and entity_id = $2 and action = $3', [entity, String(id), action]))[0].n as number;

async function newPlan(title: string, extra = '', token = myTu): Promise<{ id: string; version: number }> {
  const result = await app.gql(`mutation ($unitId: ID!, $title: String!) { createPlan(unitId: $unitId, title: $title, periodFrom: 2022, periodTo: 2025 ${extra}) { id version } }`,
    { unitId: myTuUnit, title }, { token });
  return ok(result).createPlan;
}

const TASK_FIELDS = `id code labelStyle title version scheduleKind scheduleYear scheduleYearTo scheduleQuarter scheduleBeforeDay scheduleBeforeMonth scheduleNote
  leadAgencies { label agencyId agencyKind agencyLevel } coordinatingAgencies { label agencyId agencyKind agencyLevel }`;
const CREATE_TASK = `mutation ($planId: ID!, $code: String!, $title: String!, $labelStyle: LabelStyle, $scheduleKind: ScheduleKind, $scheduleYear: Int,
  $scheduleYearTo: Int, $scheduleQuarter: Int, $scheduleBeforeDay: Int, $scheduleBeforeMonth: Int, $scheduleNote: String, $agencies: [AgencyAssignmentInput!]) {
  createPlanTask(planId: $planId, code: $code, title: $title, labelStyle: $labelStyle, scheduleKind: $scheduleKind, scheduleYear: $scheduleYear,
    scheduleYearTo: $scheduleYearTo, scheduleQuarter: $scheduleQuarter, scheduleBeforeDay: $scheduleBeforeDay, scheduleBeforeMonth: $scheduleBeforeMonth,
    scheduleNote: $scheduleNote, agencies: $agencies) { ${TASK_FIELDS} } }`;
const createTask = (planId: string, code: string, extra: Record<string, unknown> = {}, token = myTu) =>
  app.gql(CREATE_TASK, { planId, code, title: `Nhiệm vụ ${code}`, ...extra }, { token });
const MOVE_TASK = 'mutation ($id: ID!, $version: Int!, $code: String!) { movePlanTask(id: $id, version: $version, code: $code) { id code version } }';
const codesOf = async (table: string, planId: string) =>
  (await app.sql(`select id::text, code from ${table} where plan_id = $1 order by sort_key`, [planId])).map((row) => [row.id, row.code]);

describe('PlanTask in the editor', () => {
  let plan: { id: string };
  beforeAll(async () => {
    plan = await newPlan('Kế hoạch soạn thảo nhiệm vụ');
  });

  it('creates a task with its label style, timing and agencies (own unit, the province above, a generic level) and reads it back', async () => {
    const task = ok(await createTask(plan.id, '1', {
      labelStyle: 'ORDINAL_WORDS', scheduleKind: 'YEARLY_FROM', scheduleYear: 2023, scheduleNote: 'Hàng năm, từ năm 2023',
      agencies: [
        { role: 'LEAD', agencyId: agencies.justice, label: 'Phòng Tư pháp' },
        { role: 'COORDINATING', agencyId: agencies.province, label: 'Sở Tư pháp' },
        { role: 'COORDINATING', agencyKind: 'PEOPLES_COMMITTEE', agencyLevel: 'COMMUNE', label: 'UBND cấp xã' },
      ],
    })).createPlanTask;
    const read = ok(await app.gql(`query ($id: ID!) { PlanTask(id: $id) { ${TASK_FIELDS} } }`, { id: task.id }, { token: myTu })).PlanTask;
    expect(read).toMatchObject({
      code: '1', labelStyle: 'ORDINAL_WORDS', scheduleKind: 'YEARLY_FROM', scheduleYear: 2023, scheduleYearTo: null, scheduleNote: 'Hàng năm, từ năm 2023',
      leadAgencies: [{ label: 'Phòng Tư pháp', agencyId: agencies.justice, agencyKind: null, agencyLevel: null }],
      coordinatingAgencies: [
        { label: 'Sở Tư pháp', agencyId: agencies.province, agencyKind: null, agencyLevel: null },
        { label: 'UBND cấp xã', agencyId: null, agencyKind: 'PEOPLES_COMMITTEE', agencyLevel: 'COMMUNE' },
      ],
    });
    expect(await audited('PlanTask', task.id, 'CREATE')).toBeGreaterThan(0);
  });

  it('takes every kind of timing: a span of years, a quarter, before a day, once', async () => {
    const span = ok(await createTask(plan.id, '2', { scheduleKind: 'SPAN', scheduleYear: 2022, scheduleYearTo: 2024 })).createPlanTask;
    expect(span).toMatchObject({ scheduleKind: 'SPAN', scheduleYear: 2022, scheduleYearTo: 2024 });
    const quarter = ok(await createTask(plan.id, '3', { scheduleKind: 'PART_OF_YEAR', scheduleQuarter: 1, scheduleNote: 'Trong quý I hàng năm' })).createPlanTask;
    expect(quarter).toMatchObject({ scheduleKind: 'PART_OF_YEAR', scheduleYear: null, scheduleQuarter: 1 });
    const before = ok(await createTask(plan.id, '4', { scheduleKind: 'PART_OF_YEAR', scheduleYear: 2024, scheduleBeforeDay: 30, scheduleBeforeMonth: 6 })).createPlanTask;
    expect(before).toMatchObject({ scheduleKind: 'PART_OF_YEAR', scheduleYear: 2024, scheduleBeforeDay: 30, scheduleBeforeMonth: 6 });
    const once = ok(await createTask(plan.id, '5', { scheduleKind: 'ONCE', scheduleYear: 2025 })).createPlanTask;
    expect(once).toMatchObject({ scheduleKind: 'ONCE', scheduleYear: 2025 });
  });

  it.each([
    [{ scheduleKind: 'SPAN', scheduleYear: 2022 }, 'scheduleYearTo', 'TIMING_FIELD_REQUIRED'],
    [{ scheduleKind: 'PART_OF_YEAR', scheduleBeforeDay: 31, scheduleBeforeMonth: 6 }, 'scheduleBeforeDay', 'REPORTING_DUE_DAY_INVALID'],
    [{ scheduleKind: 'PART_OF_YEAR', scheduleQuarter: 2, scheduleBeforeDay: 1, scheduleBeforeMonth: 5 }, 'scheduleQuarter', 'TIMING_QUARTER_OR_DAY'],
    [{ scheduleKind: 'ONCE', scheduleYear: 2030 }, 'scheduleYear', 'YEAR_OUTSIDE_PLAN_PERIOD'],
    [{ scheduleKind: 'YEARLY', scheduleQuarter: 1 }, 'scheduleQuarter', 'TIMING_FIELD_NOT_TAKEN'],
  ])('refuses the timing %j naming %s, and writes nothing', async (timing, field, reason) => {
    const before = await count('plan_task', plan.id);
    expect(refusal(await createTask(plan.id, '9', timing))).toMatchObject({ code: 'BAD_USER_INPUT', field, reason });
    expect(await count('plan_task', plan.id)).toBe(before);
  });

  it('refuses an agency of a unit below the plan\'s, and a sub-task without its task', async () => {
    if (agencies.commune) {
      const below = await createTask(plan.id, '9', { agencies: [{ role: 'LEAD', agencyId: agencies.commune }] });
      expect(refusal(below)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'agencies[0].agencyId', reason: 'AGENCY_OUTSIDE_PLAN_UNITS' });
    }
    expect(refusal(await createTask(plan.id, '8.1'))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'code', reason: 'CODE_PARENT_MISSING', params: { entity: 'PlanTask', parent: '8', code: '8.1' } });
    expect(await app.sql(`select 1 from plan_task where plan_id = $1 and code in ('9', '8.1')`, [plan.id])).toHaveLength(0);
  });

  it('edits a task with its version, and answers CONFLICT on a stale one', async () => {
    const [row] = await app.sql(`select id::text, version from plan_task where plan_id = $1 and code = '2'`, [plan.id]);
    const update = `mutation ($id: ID!, $version: Int!, $title: String, $labelStyle: LabelStyle) { updatePlanTask(id: $id, version: $version, title: $title, labelStyle: $labelStyle) { title labelStyle version } }`;
    expect(ok(await app.gql(update, { id: row.id, version: row.version, title: 'Củng cố tổ hòa giải', labelStyle: 'LETTER' }, { token: myTu })).updatePlanTask)
      .toEqual({ title: 'Củng cố tổ hòa giải', labelStyle: 'LETTER', version: row.version + 1 });
    expect(codeOf(await app.gql(update, { id: row.id, version: row.version, title: 'Cũ' }, { token: myTu }))).toBe('CONFLICT');
    expect(await audited('PlanTask', row.id, 'UPDATE')).toBeGreaterThan(0);
  });

  it('reorders: moving a task renumbers it with its sub-tasks and the tasks around it', async () => {
    const [two] = await app.sql(`select id::text from plan_task where plan_id = $1 and code = '2'`, [plan.id]);
    ok(await createTask(plan.id, '2.1'));
    const before = Object.fromEntries(await codesOf('plan_task', plan.id));
    const [five] = await app.sql(`select id::text, version from plan_task where plan_id = $1 and code = '5'`, [plan.id]);
    expect(ok(await app.gql(MOVE_TASK, { id: five.id, version: five.version, code: '1' }, { token: myTu })).movePlanTask).toMatchObject({ code: '1', version: five.version + 1 });
    const after = Object.fromEntries(await codesOf('plan_task', plan.id));
    expect(after[five.id]).toBe('1');
    expect(after[two.id]).toBe('3');
    const subTask = Object.keys(before).find((id) => before[id] === '2.1')!;
    expect(after[subTask]).toBe('3.1');
    expect(Object.values(after).sort()).toEqual(['1', '2', '3', '3.1', '4', '5']);
    // A stale version, a move into itself, a place without a parent: refused, nothing renumbered.
    expect(codeOf(await app.gql(MOVE_TASK, { id: five.id, version: five.version, code: '2' }, { token: myTu }))).toBe('CONFLICT');
    const [moved] = await app.sql('select version from plan_task where id = $1', [two.id]);
    expect(refusal(await app.gql(MOVE_TASK, { id: two.id, version: moved.version, code: '3.1.1' }, { token: myTu }))).toMatchObject({ field: 'code', reason: 'MOVE_INTO_ITSELF' });
    expect(refusal(await app.gql(MOVE_TASK, { id: two.id, version: moved.version, code: '9.1' }, { token: myTu }))).toMatchObject({ field: 'code', reason: 'CODE_PARENT_MISSING', params: { parent: '9', code: '9.1' } });
    expect(Object.fromEntries(await codesOf('plan_task', plan.id))).toEqual(after);
  });

  it('deletes a task only without sub-tasks', async () => {
    const [parent] = await app.sql(`select id::text, version from plan_task where plan_id = $1 and code = '3'`, [plan.id]);
    const remove = 'mutation ($id: ID!, $version: Int!) { deletePlanTask(id: $id, version: $version) { id } }';
    expect(refusal(await app.gql(remove, { id: parent.id, version: parent.version }, { token: myTu }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
    const [child] = await app.sql(`select id::text, version from plan_task where plan_id = $1 and code = '3.1'`, [plan.id]);
    ok(await app.gql(remove, { id: child.id, version: child.version }, { token: myTu }));
    expect(await audited('PlanTask', child.id, 'DELETE')).toBeGreaterThan(0);
  });
});

const CREATE_TARGET = `mutation ($taskId: ID, $planId: ID, $applies: TargetApplies!, $year: Int, $fromYear: Int, $toYear: Int, $value: Decimal!) {
  createTarget(taskId: $taskId, planId: $planId, indicator: SETTLEMENT_RATE, comparator: GTE, value: $value, applies: $applies, year: $year,
    fromYear: $fromYear, toYear: $toYear) { id planId taskId applies year fromYear toYear value position version } }`;

describe('Target on a task or on the plan', () => {
  let plan: { id: string };
  beforeAll(async () => {
    plan = await newPlan('Kế hoạch có mục tiêu chung');
  });

  it('puts a target on the plan itself (no task) and reads it back on the plan', async () => {
    const target = ok(await app.gql(CREATE_TARGET, { planId: plan.id, applies: 'EVERY_YEAR', value: '85' }, { token: myTu })).createTarget;
    expect(target).toMatchObject({ planId: plan.id, taskId: null, applies: 'EVERY_YEAR', position: 1 });
    const read = ok(await app.gql(`query ($id: ID!) { Plan(id: $id) { targets { id taskId value } } allTargets(filter: { planId: $id, onPlan: true }) { id } }`,
      { id: plan.id }, { token: myTu }));
    expect(read.Plan.targets).toEqual([{ id: target.id, taskId: null, value: '85' }]);
    expect(read.allTargets).toEqual([{ id: target.id }]);
    expect(await audited('Target', target.id, 'CREATE')).toBeGreaterThan(0);
  });

  it('keeps a FROM_TO target due only within its years', async () => {
    const target = ok(await app.gql(CREATE_TARGET, { planId: plan.id, applies: 'FROM_TO', fromYear: 2023, toYear: 2024, value: '90' }, { token: myTu })).createTarget;
    expect(target).toMatchObject({ applies: 'FROM_TO', fromYear: 2023, toYear: 2024, year: null });
    const evaluation = `query ($id: ID!) { Target(id: $id) { y2022: evaluation(year: 2022) { due status } y2023: evaluation(year: 2023) { due status applicable }
      y2025: evaluation(year: 2025) { due status } } }`;
    const read = ok(await app.gql(evaluation, { id: target.id }, { token: myTu })).Target;
    expect(read.y2022).toEqual({ due: false, status: 'NOT_DUE' });
    expect(read.y2023).toMatchObject({ due: true, applicable: true });
    expect(['MET', 'NOT_MET', 'NO_DATA']).toContain(read.y2023.status);
    expect(read.y2025).toEqual({ due: false, status: 'NOT_DUE' });
  });

  it.each([
    [{ applies: 'FROM_TO', fromYear: 2023 }, 'toYear', 'TARGET_YEARS_FROM_TO_ONLY'],
    [{ applies: 'FROM_TO', fromYear: 2024, toYear: 2023 }, 'toYear', 'YEAR_RANGE_REVERSED'],
    [{ applies: 'FROM_TO', fromYear: 2020, toYear: 2023 }, 'fromYear', 'YEARS_OUTSIDE_PLAN_PERIOD'],
    [{ applies: 'EVERY_YEAR', fromYear: 2023 }, 'fromYear', 'TARGET_YEARS_FROM_TO_ONLY'],
  ])('refuses %j naming %s, and writes nothing', async (years, field, reason) => {
    const before = await count('target', plan.id);
    expect(refusal(await app.gql(CREATE_TARGET, { planId: plan.id, value: '90', ...years }, { token: myTu }))).toMatchObject({ code: 'BAD_USER_INPUT', field, reason });
    expect(await count('target', plan.id)).toBe(before);
  });

  it('asks for a task or a plan, and a task of that plan', async () => {
    expect(refusal(await app.gql(CREATE_TARGET, { applies: 'EVERY_YEAR', value: '1' }, { token: myTu }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'taskId' });
    const [seeded] = await app.sql(`select t.id::text from plan_task t join plan p on p.id = t.plan_id where p.number = $1 and t.code = '2'`, [SOURCE_PLANS.myTu]);
    expect(refusal(await app.gql(CREATE_TARGET, { taskId: seeded.id, planId: plan.id, applies: 'EVERY_YEAR', value: '1' }, { token: myTu })))
      .toMatchObject({ field: 'taskId', reason: 'TASK_OF_OTHER_PLAN' });
  });

  it('evaluates a target for the plan\'s unit and the units below it, and calls it NOT_APPLICABLE elsewhere', async () => {
    const [target] = await app.sql(`select t.id::text from target t join plan p on p.id = t.plan_id where p.number = $1 order by t.id limit 1`, [SOURCE_PLANS.myTu]);
    const [commune] = await app.sql('select id::text from admin_unit where parent_id = $1 order by code limit 1', [myTuUnit]);
    const query = `query ($id: ID!, $province: ID!, $commune: ID!, $district: ID!) { Target(id: $id) {
      province: evaluation(year: 2024, unitId: $province) { applicable status actual met }
      district: evaluation(year: 2024, unitId: $district) { applicable status }
      commune: evaluation(year: 2024, unitId: $commune) { applicable status } } }`;
    const read = ok(await app.gql(query, { id: target.id, province: await app.unitId('94'), commune: commune.id, district: myTuUnit }, { token: socTrang })).Target;
    expect(read.province).toEqual({ applicable: false, status: 'NOT_APPLICABLE', actual: null, met: null });
    expect(read.district.applicable).toBe(true);
    expect(read.commune.applicable).toBe(true);
    expect(read.district.status).not.toBe('NOT_APPLICABLE');
  });
});

const CREATE_LINE = `mutation ($planId: ID!, $code: String!, $amount: Decimal!, $taskId: ID, $rollUp: Boolean, $scheduleKind: ScheduleKind, $scheduleYear: Int) {
  createBudgetLine(planId: $planId, code: $code, title: "Dòng", amount: $amount, taskId: $taskId, rollUp: $rollUp, scheduleKind: $scheduleKind, scheduleYear: $scheduleYear) {
    id code amount taskId version } }`;
const MOVE_LINE = 'mutation ($id: ID!, $version: Int!, $code: String!, $rollUp: Boolean) { moveBudgetLine(id: $id, version: $version, code: $code, rollUp: $rollUp) { id code version } }';

describe('BudgetLine in the editor', () => {
  let plan: { id: string };
  let task: { id: string };
  const lines: Record<string, { id: string; version: number }> = {};
  beforeAll(async () => {
    plan = await newPlan('Kế hoạch có phụ lục kinh phí');
    task = ok(await createTask(plan.id, '1')).createPlanTask;
    for (const [code, amount] of [['1', '0'], ['1.1', '4'], ['1.2', '6'], ['2', '5']]) {
      lines[code] = ok(await app.gql(CREATE_LINE, { planId: plan.id, code, amount, rollUp: true, taskId: code === '2' ? task.id : null }, { token: myTu })).createBudgetLine;
    }
  });

  it('links a line to the task it funds, only a task of the same plan', async () => {
    expect(ok(await app.gql('query ($id: ID!) { BudgetLine(id: $id) { taskId } }', { id: lines['2'].id }, { token: myTu })).BudgetLine.taskId).toBe(task.id);
    const [other] = await app.sql(`select t.id::text from plan_task t join plan p on p.id = t.plan_id where p.number = $1 limit 1`, [SOURCE_PLANS.myTu]);
    const before = await count('budget_line', plan.id);
    expect(refusal(await app.gql(CREATE_LINE, { planId: plan.id, code: '3', amount: '1', taskId: other.id }, { token: myTu })))
      .toMatchObject({ code: 'BAD_USER_INPUT', field: 'taskId', reason: 'TASK_OF_OTHER_PLAN' });
    expect(await count('budget_line', plan.id)).toBe(before);
  });

  it('refuses a move that breaks a sum, naming the line, and moves nothing', async () => {
    const before = await codesOf('budget_line', plan.id);
    const line = (await app.sql('select version from budget_line where id = $1', [lines['1.2'].id]))[0];
    const result = await app.gql(MOVE_LINE, { id: lines['1.2'].id, version: line.version, code: '2.1' }, { token: myTu });
    expect(refusal(result)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'amount', reason: 'BUDGET_PARENT_NOT_SUM', params: { code: '1' } });
    expect(await codesOf('budget_line', plan.id)).toEqual(before);
  });

  it('moves a line to another parent with rollUp: both parents recomputed', async () => {
    const line = (await app.sql('select version from budget_line where id = $1', [lines['1.2'].id]))[0];
    expect(ok(await app.gql(MOVE_LINE, { id: lines['1.2'].id, version: line.version, code: '2.1', rollUp: true }, { token: myTu })).moveBudgetLine.code).toBe('2.1');
    const rows = await app.sql(`select code, amount::text, (select code from budget_line p where p.id = b.parent_id) as parent from budget_line b where plan_id = $1 order by sort_key`, [plan.id]);
    expect(rows).toEqual([
      { code: '1', amount: '4.000', parent: null }, { code: '1.1', amount: '4.000', parent: '1' },
      { code: '2', amount: '6.000', parent: null }, { code: '2.1', amount: '6.000', parent: '2' },
    ]);
    expect(ok(await app.gql('query ($id: ID!) { Plan(id: $id) { budgetTotal } }', { id: plan.id }, { token: myTu })).Plan.budgetTotal).toBe('10');
  });

  it('reorders top-level lines, their lines following; a stale version answers CONFLICT', async () => {
    const line = (await app.sql('select version from budget_line where id = $1', [lines['2'].id]))[0];
    expect(ok(await app.gql(MOVE_LINE, { id: lines['2'].id, version: line.version, code: '1' }, { token: myTu })).moveBudgetLine.code).toBe('1');
    expect((await codesOf('budget_line', plan.id)).map(([id, code]) => [Object.keys(lines).find((key) => lines[key].id === id), code])).toEqual([
      ['2', '1'], ['1.2', '1.1'], ['1', '2'], ['1.1', '2.1'],
    ]);
    expect(codeOf(await app.gql(MOVE_LINE, { id: lines['2'].id, version: line.version, code: '2' }, { token: myTu }))).toBe('CONFLICT');
    expect(await audited('BudgetLine', lines['1.1'].id, 'UPDATE')).toBeGreaterThan(0);
  });

  it('refuses a budget line timed other than yearly or once', async () => {
    expect(refusal(await app.gql(CREATE_LINE, { planId: plan.id, code: '3', amount: '1', scheduleKind: 'SPAN', scheduleYear: 2022 }, { token: myTu })))
      .toMatchObject({ code: 'BAD_USER_INPUT', field: 'scheduleKind', reason: 'BUDGET_SCHEDULE_KIND' });
  });
});

const TEXT_PARTS = `preamble purposes requirements objectives fundingSource placeOfIssue recipients archive periodFrom periodTo
  signer { name signsFor capacity onBehalfOf } signerName signerSignsFor signerCapacity signerOnBehalfOf version`;
const UPDATE_TEXT = `mutation ($id: ID!, $version: Int!, $preamble: String, $purposes: [String!], $requirements: [String!], $objectives: [String!],
  $fundingSource: String, $placeOfIssue: String, $recipients: [String!], $archive: String, $signerName: String, $signerSignsFor: String,
  $signerCapacity: String, $signerOnBehalfOf: String, $periodFrom: Int) {
  updatePlan(id: $id, version: $version, preamble: $preamble, purposes: $purposes, requirements: $requirements, objectives: $objectives,
    fundingSource: $fundingSource, placeOfIssue: $placeOfIssue, recipients: $recipients, archive: $archive, signerName: $signerName,
    signerSignsFor: $signerSignsFor, signerCapacity: $signerCapacity, signerOnBehalfOf: $signerOnBehalfOf, periodFrom: $periodFrom) { ${TEXT_PARTS} } }`;

describe('the text parts of a plan', () => {
  it('stores purposes and requirements apart, the recipients, the archive line and the signer\'s lines apart', async () => {
    const plan = await newPlan('Kế hoạch có văn bản');
    const text = {
      preamble: 'Thực hiện Kế hoạch số 156/KH-UBND ...', purposes: ['Mục đích 1', 'Mục đích 2'], requirements: ['Yêu cầu 1'], objectives: ['Mục tiêu chung'],
      fundingSource: 'Ngân sách nhà nước', placeOfIssue: 'Mỹ Tú', recipients: ['Như Điều 3', 'Sở Tư pháp'], archive: 'Lưu: VT, NC',
      signerName: 'Nguyễn Thanh Phong', signerSignsFor: 'KT. CHỦ TỊCH', signerCapacity: 'PHÓ CHỦ TỊCH', signerOnBehalfOf: 'TM. ỦY BAN NHÂN DÂN',
    };
    const updated = ok(await app.gql(UPDATE_TEXT, { id: plan.id, version: plan.version, ...text }, { token: myTu })).updatePlan;
    expect(updated).toMatchObject({
      ...text, archive: 'VT, NC', periodFrom: 2022, periodTo: 2025,
      signer: { name: 'Nguyễn Thanh Phong', signsFor: 'KT. CHỦ TỊCH', capacity: 'PHÓ CHỦ TỊCH', onBehalfOf: 'TM. ỦY BAN NHÂN DÂN' },
    });
    expect(await audited('Plan', plan.id, 'UPDATE')).toBeGreaterThan(0);
    // The archive line in the recipients, and a plan without a period: refused, nothing written.
    const archived = await app.gql(UPDATE_TEXT, { id: plan.id, version: updated.version, recipients: ['Sở Tư pháp', 'Lưu: VT'], fundingSource: 'Khác' }, { token: myTu });
    expect(refusal(archived)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'recipients[1]', reason: 'ARCHIVE_IN_RECIPIENTS' });
    expect(refusal(await app.gql(UPDATE_TEXT, { id: plan.id, version: updated.version, periodFrom: null }, { token: myTu })))
      .toMatchObject({ code: 'BAD_USER_INPUT', field: 'periodFrom', reason: 'PERIOD_REQUIRED' });
    const [row] = await app.sql('select funding_source, recipients, version from plan where id = $1', [plan.id]);
    expect(row).toEqual({ funding_source: 'Ngân sách nhà nước', recipients: ['Như Điều 3', 'Sở Tư pháp'], version: updated.version });
    expect(codeOf(await app.gql(UPDATE_TEXT, { id: plan.id, version: plan.version, fundingSource: 'Cũ' }, { token: myTu }))).toBe('CONFLICT');
  });

  it('gives every plan a period, the seeded 127/KH-UBND 2021–2025, so year filters find it', async () => {
    const [nulls] = await app.sql('select count(*)::int as n from plan where period_from is null or period_to is null');
    expect(nulls.n).toBe(0);
    const found = ok(await app.gql('{ allPlans(filter: { year: 2024 }, perPage: 100) { number periodFrom periodTo } }', {}, { token: myTu })).allPlans;
    expect(found).toEqual(expect.arrayContaining([{ number: SOURCE_PLANS.myTu, periodFrom: 2021, periodTo: 2025 }]));
  });
});

const CREATE_DOCUMENT = `mutation ($kind: LegalDocumentKind!, $number: String, $unitId: ID, $issuedOn: LocalDate, $title: String!, $amendsId: ID) {
  createLegalDocument(kind: $kind, numberSymbol: $number, issuingBody: "Ủy ban nhân dân huyện Mỹ Tú", issuingUnitId: $unitId, issuedOn: $issuedOn,
    title: $title, amendsId: $amendsId) { id kind numberSymbol amendsId } }`;

describe('documents as they really are', () => {
  it('issues a plan as the attachment of a decision: the plan carries its number', async () => {
    const decision = ok(await app.gql(CREATE_DOCUMENT, { kind: 'DECISION', number: '12/QĐ-UBND', unitId: myTuUnit, issuedOn: '2024-03-05', title: 'Ban hành Kế hoạch ...' },
      { token: myTu })).createLegalDocument;
    const plan = await newPlan('Kế hoạch ban hành kèm theo quyết định', `, issuedByDecisionId: ${decision.id}`);
    const read = ok(await app.gql(`query ($id: ID!) { Plan(id: $id) { number issuedOn issuedByDecisionId issuedBy { kind numberSymbol } document { kind numberSymbol issuedWithId } } }`,
      { id: plan.id }, { token: myTu })).Plan;
    expect(read).toEqual({
      number: '12/QĐ-UBND', issuedOn: '2024-03-05', issuedByDecisionId: decision.id, issuedBy: { kind: 'DECISION', numberSymbol: '12/QĐ-UBND' },
      document: { kind: 'PLAN', numberSymbol: '12/QĐ-UBND', issuedWithId: decision.id },
    });
    // Not a decision: refused, naming the field.
    const [planDocument] = await app.sql('select document_id::text as id from plan where id = $1', [plan.id]);
    const wrong = await app.gql(`mutation ($unitId: ID!, $d: ID!) { createPlan(unitId: $unitId, title: "Sai", periodFrom: 2024, periodTo: 2024, issuedByDecisionId: $d) { id } }`,
      { unitId: myTuUnit, d: planDocument.id }, { token: myTu });
    expect(refusal(wrong)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'issuedByDecisionId', reason: 'DOCUMENT_KIND_MISMATCH' });
    expect(await app.sql(`select 1 from plan where title = 'Sai'`)).toHaveLength(0);
  });

  it('keeps a number unique per issuing body, kind and year', async () => {
    const decision = ok(await app.gql(CREATE_DOCUMENT, { kind: 'DECISION', number: '20/KH-UBND', unitId: myTuUnit, issuedOn: '2024-04-01', title: 'Một quyết định' },
      { token: myTu })).createLegalDocument;
    expect(decision.numberSymbol).toBe('20/KH-UBND');
    // Another kind may carry the same number; the same kind may not.
    ok(await app.gql(CREATE_DOCUMENT, { kind: 'RESOLUTION', number: '20/KH-UBND', unitId: myTuUnit, issuedOn: '2024-04-02', title: 'Một nghị quyết' }, { token: myTu }));
    const twice = await app.gql(CREATE_DOCUMENT, { kind: 'DECISION', number: '20/KH-UBND', unitId: myTuUnit, issuedOn: '2024-05-01', title: 'Trùng số' }, { token: myTu });
    expect(refusal(twice)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'number' });
  });

  it('records a document amending another, of the Decree 30 kinds', async () => {
    const original = ok(await app.gql(CREATE_DOCUMENT, { kind: 'PROGRAMME', number: '3/CTr-UBND', unitId: myTuUnit, issuedOn: '2023-01-05', title: 'Chương trình' },
      { token: myTu })).createLegalDocument;
    const amending = ok(await app.gql(CREATE_DOCUMENT, { kind: 'OFFICIAL_LETTER', number: '45/UBND-NC', unitId: myTuUnit, issuedOn: '2023-06-05', title: 'Sửa đổi',
      amendsId: original.id }, { token: myTu })).createLegalDocument;
    expect(amending).toMatchObject({ kind: 'OFFICIAL_LETTER', amendsId: original.id });
    const self = await app.gql('mutation ($id: ID!, $v: Int!) { updateLegalDocument(id: $id, version: $v, amendsId: $id) { id } }', { id: amending.id, v: 1 }, { token: myTu });
    expect(refusal(self)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'amendsId' });
  });

  it('makes a plan succeed an earlier plan of an earlier period, and refuses a later one', async () => {
    const earlier = ok(await app.gql(`mutation ($unitId: ID!) { createPlan(unitId: $unitId, title: "Giai đoạn trước", periodFrom: 2022, periodTo: 2023) { id } }`,
      { unitId: myTuUnit }, { token: myTu })).createPlan;
    const later = ok(await app.gql(`mutation ($unitId: ID!, $p: ID!) { createPlan(unitId: $unitId, title: "Giai đoạn sau", periodFrom: 2024, periodTo: 2025,
      predecessorId: $p, predecessorRelation: SUCCEEDS) { id predecessorId predecessorRelation predecessor { title } } }`, { unitId: myTuUnit, p: earlier.id }, { token: myTu })).createPlan;
    expect(later).toMatchObject({ predecessorId: earlier.id, predecessorRelation: 'SUCCEEDS', predecessor: { title: 'Giai đoạn trước' } });
    const backwards = await app.gql(`mutation ($unitId: ID!, $p: ID!) { createPlan(unitId: $unitId, title: "Ngược", periodFrom: 2022, periodTo: 2022,
      predecessorId: $p, predecessorRelation: REPLACES) { id } }`, { unitId: myTuUnit, p: later.id }, { token: myTu });
    expect(refusal(backwards)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'predecessorId', reason: 'PREDECESSOR_NOT_EARLIER', params: { periodFrom: 2024, periodTo: 2025, from: 2022 } });
    const half = await app.gql(`mutation ($unitId: ID!, $p: ID!) { createPlan(unitId: $unitId, title: "Ngược", periodFrom: 2025, periodTo: 2025, predecessorId: $p) { id } }`,
      { unitId: myTuUnit, p: earlier.id }, { token: myTu });
    expect(refusal(half)).toMatchObject({ field: 'predecessorRelation', reason: 'PREDECESSOR_INCOMPLETE' });
    expect(await app.sql(`select 1 from plan where title = 'Ngược'`)).toHaveLength(0);
  });
});

describe('Plan lifecycle defects', () => {
  it('deletes a draft plan (and its document), answering with the plan', async () => {
    const plan = await newPlan('Bản nháp để xóa');
    const result = await app.gql('mutation ($id: ID!, $version: Int!) { deletePlan(id: $id, version: $version) { id title document { kind } } }',
      { id: plan.id, version: plan.version }, { token: myTu });
    expect(ok(result).deletePlan).toEqual({ id: plan.id, title: 'Bản nháp để xóa', document: { kind: 'PLAN' } });
    expect(await app.sql('select 1 from plan where id = $1', [plan.id])).toHaveLength(0);
    expect(await audited('Plan', plan.id, 'DELETE')).toBeGreaterThan(0);
  });

  it('refuses to issue a plan on a date outside its unit\'s validity, saying why', async () => {
    // Mỹ Tú district was abolished on 1 July 2025 (two-level government).
    const plan = ok(await app.gql(`mutation ($unitId: ID!) { createPlan(unitId: $unitId, title: "Sau sáp nhập", number: "99/KH-UBND", issuedOn: "2025-08-01", periodFrom: 2025, periodTo: 2025) { id version } }`,
      { unitId: myTuUnit }, { token: myTu })).createPlan;
    const issue = await app.gql('mutation ($id: ID!, $version: Int!) { transitionPlan(id: $id, version: $version, status: ISSUED) { status } }', { id: plan.id, version: plan.version }, { token: myTu });
    expect(refusal(issue)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'issuedOn', reason: 'OUTSIDE_UNIT_VALIDITY' });
    expect(issue.errors![0].message).toMatch(/2021-11-01 to 2025-06-30/);
    expect((await app.sql('select status from plan where id = $1', [plan.id]))[0].status).toBe('DRAFT');
  });

  it('records the editor\'s changes to an issued plan as amendments', async () => {
    const plan = ok(await app.gql(`mutation ($unitId: ID!) { createPlan(unitId: $unitId, title: "Đã ban hành", number: "98/KH-UBND", issuedOn: "2024-01-10", periodFrom: 2024, periodTo: 2025) { id version } }`,
      { unitId: myTuUnit }, { token: myTu })).createPlan;
    const first = ok(await createTask(plan.id, '1')).createPlanTask;
    ok(await createTask(plan.id, '2'));
    ok(await app.gql('mutation ($id: ID!, $version: Int!) { transitionPlan(id: $id, version: $version, status: ISSUED) { status } }', { id: plan.id, version: plan.version }, { token: myTu }));
    ok(await app.gql(MOVE_TASK, { id: first.id, version: first.version, code: '2' }, { token: myTu }));
    ok(await app.gql(CREATE_TARGET, { planId: plan.id, applies: 'FROM_TO', fromYear: 2024, toYear: 2025, value: '80' }, { token: myTu }));
    const amendments = ok(await app.gql('query ($id: ID!) { Plan(id: $id) { amendments { entity action before after } } }', { id: plan.id }, { token: myTu })).Plan.amendments;
    expect(amendments).toEqual(expect.arrayContaining([
      { entity: 'PlanTask', action: 'UPDATE', before: { code: '1' }, after: { code: '2' } },
      { entity: 'PlanTask', action: 'UPDATE', before: { code: '2' }, after: { code: '1' } },
      expect.objectContaining({ entity: 'Target', action: 'CREATE', after: expect.objectContaining({ applies: 'FROM_TO', fromYear: 2024, toYear: 2025, taskId: null }) }),
    ]));
  });
});

describe('isolation: another province neither reads nor changes the editor\'s rows', () => {
  it('answers NOT_FOUND to Bạc Liêu for every read and write of a Mỹ Tú plan', async () => {
    const plan = await newPlan('Kế hoạch riêng của Mỹ Tú');
    const task = ok(await createTask(plan.id, '1')).createPlanTask;
    const line = ok(await app.gql(CREATE_LINE, { planId: plan.id, code: '1', amount: '3' }, { token: myTu })).createBudgetLine;
    const target = ok(await app.gql(CREATE_TARGET, { planId: plan.id, applies: 'EVERY_YEAR', value: '70' }, { token: myTu })).createTarget;
    const read = ok(await app.gql('query ($p: ID!, $t: ID!, $g: ID!) { Plan(id: $p) { id } PlanTask(id: $t) { id } Target(id: $g) { id } }',
      { p: plan.id, t: task.id, g: target.id }, { token: bacLieu }));
    expect(read).toEqual({ Plan: null, PlanTask: null, Target: null });
    const writes: [string, Record<string, unknown>][] = [
      [CREATE_TASK, { planId: plan.id, code: '2', title: 'x' }],
      [MOVE_TASK, { id: task.id, version: task.version, code: '2' }],
      [MOVE_LINE, { id: line.id, version: line.version, code: '2' }],
      [CREATE_TARGET, { planId: plan.id, applies: 'EVERY_YEAR', value: '1' }],
      [UPDATE_TEXT, { id: plan.id, version: plan.version, fundingSource: 'Bạc Liêu' }],
      ['mutation ($id: ID!, $version: Int!) { deletePlan(id: $id, version: $version) { id } }', { id: plan.id, version: plan.version }],
    ];
    for (const [mutation, variables] of writes) expect(codeOf(await app.gql(mutation, variables, { token: bacLieu }))).toBe('NOT_FOUND');
    expect(await codesOf('plan_task', plan.id)).toEqual([[task.id, '1']]);
    expect(await codesOf('budget_line', plan.id)).toEqual([[line.id, '1']]);
    expect((await app.sql('select funding_source from plan where id = $1', [plan.id]))[0].funding_source).toBeNull();
  });
});

describe('cascade carries what the editor adds', () => {
  it('copies label style, every timing, FROM_TO and plan-level targets, and the task a budget line funds', async () => {
    const created = await app.gql(`mutation ($unitId: ID!) { createPlan(unitId: $unitId, title: "Mẫu của tỉnh có giai đoạn", periodFrom: 2023, periodTo: 2024) { id } }`,
      { unitId: await app.unitId('94') }, { token: socTrang });
    const plan = ok(created).createPlan;
    const task = ok(await createTask(plan.id, '1', { labelStyle: 'LETTER', scheduleKind: 'SPAN', scheduleYear: 2023, scheduleYearTo: 2024 }, socTrang)).createPlanTask;
    ok(await app.gql(CREATE_TARGET, { taskId: task.id, applies: 'FROM_TO', fromYear: 2023, toYear: 2024, value: '80' }, { token: socTrang }));
    ok(await app.gql(CREATE_TARGET, { planId: plan.id, applies: 'BY_YEAR', year: 2024, value: '90' }, { token: socTrang }));
    ok(await app.gql(CREATE_LINE, { planId: plan.id, code: '1', amount: '7', taskId: task.id }, { token: socTrang }));
    const cascade = await app.gql('mutation ($planId: ID!, $unitIds: [ID!]!) { cascadePlan(planId: $planId, unitIds: $unitIds) { created { id } } }',
      { planId: plan.id, unitIds: [myTuUnit] }, { token: socTrang });
    const [copy] = ok(cascade).cascadePlan.created;
    const read = ok(await app.gql(`query ($id: ID!) { Plan(id: $id) { tasks { id labelStyle scheduleKind scheduleYear scheduleYearTo targets { applies fromYear toYear } }
      targets { applies year } budgetLines { code amount taskId } } }`, { id: copy.id }, { token: socTrang })).Plan;
    expect(read.tasks).toEqual([{ id: expect.any(String), labelStyle: 'LETTER', scheduleKind: 'SPAN', scheduleYear: 2023, scheduleYearTo: 2024,
      targets: [{ applies: 'FROM_TO', fromYear: 2023, toYear: 2024 }] }]);
    expect(read.targets).toEqual([{ applies: 'BY_YEAR', year: 2024 }]);
    expect(read.budgetLines).toEqual([{ code: '1', amount: '0', taskId: read.tasks[0].id }]);
  });
});
