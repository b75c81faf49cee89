import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO } from '../support/constants';
import { codeOf, startTestApp, type GqlResponse, type TestApp } from '../support/harness';

/**
 * The parts of a plan a user enters besides tasks and budget (issue 7): responsibilities
 * ("Phân công nhiệm vụ"), reporting rules and task criteria, each with the react-admin grammar.
 * For every mutation: a refusal names the field and its reason and writes nothing; a stale
 * version answers CONFLICT; every change leaves an audit row; another province neither reads nor
 * changes the rows; an issued plan records amendments.
 */
let app: TestApp;
let admin: string;
let bacLieu: string;
let myTu: string;
let plan: { id: string; taskId: string };
let districtPlanId: string;
let justiceId: string;

const ok = async (response: Promise<GqlResponse>) => {
  const result = await response;
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  return result.data!;
};

/** The refusal: code, field and reason. */
const refusal = (result: GqlResponse) => ({
  code: codeOf(result), field: result.errors?.[0]?.extensions.field, reason: result.errors?.[0]?.extensions.reason,
});

const count = async (table: string, planId: string) => (await app.sql(`select count(*)::int as n from ${table} where plan_id = $1`, [planId]))[0].n;

beforeAll(async () => {
  app = await startTestApp();
  [admin, bacLieu, myTu] = await Promise.all([app.login(DEMO.socTrangAdmin), app.login(DEMO.bacLieuAdmin), app.login(DEMO.myTuStaff)]);
  const { createPlan } = await ok(app.gql(`mutation ($unitId: ID!) { createPlan(unitId: $unitId, title: "Kế hoạch thử các phần", periodFrom: 2023, periodTo: 2025) { id } }`,
    { unitId: await app.unitId('94') }, { token: admin }));
  const { createPlanTask } = await ok(app.gql(`mutation ($planId: ID!) { createPlanTask(planId: $planId, code: "1", title: "Chỉ đạo điểm") { id } }`,
    { planId: createPlan.id }, { token: admin }));
  plan = { id: createPlan.id, taskId: createPlanTask.id };
  const district = await ok(app.gql(`mutation ($unitId: ID!) { createPlan(unitId: $unitId, title: "Kế hoạch của huyện") { id } }`,
    { unitId: await app.unitId('944') }, { token: myTu }));
  districtPlanId = district.createPlan.id;
  [{ id: justiceId }] = (await app.sql(`select id::text from agency where name = 'Sở Tư pháp tỉnh Sóc Trăng'`)) as { id: string }[];
});
afterAll(() => app?.close());

const CREATE_RESPONSIBILITY = `mutation ($planId: ID!, $text: String!, $agencies: [ResponsibleAgencyInput!], $position: Int, $isRequest: Boolean) {
  createResponsibility(planId: $planId, text: $text, agencies: $agencies, position: $position, isRequest: $isRequest) { id position text isRequest version } }`;
const UPDATE_RESPONSIBILITY = `mutation ($id: ID!, $version: Int!, $text: String, $position: Int) {
  updateResponsibility(id: $id, version: $version, text: $text, position: $position) { id position text version } }`;
const RESPONSIBILITIES = `query ($planId: ID!) { allResponsibilities(filter: { planId: $planId }, sortField: "position") { id position text isRequest
  agencies { role agencyId agencyKind agencyLevel label } } _allResponsibilitiesMeta(filter: { planId: $planId }) { count } }`;

describe('responsibilities', () => {
  it('are entered in order, a "Đề nghị ..." text marked as a request, with the agencies they are given to', async () => {
    await ok(app.gql(CREATE_RESPONSIBILITY, { planId: plan.id, text: 'Sở Tư pháp chủ trì triển khai kế hoạch.', agencies: [{ agencyId: justiceId, label: 'Sở Tư pháp' }] }, { token: admin }));
    await ok(app.gql(CREATE_RESPONSIBILITY, {
      planId: plan.id, text: 'Đề nghị Ủy ban MTTQ tỉnh phối hợp thực hiện.', agencies: [{ agencyKind: 'FATHERLAND_FRONT', agencyLevel: 'PROVINCE', label: 'Ủy ban MTTQ tỉnh' }],
    }, { token: admin }));
    await ok(app.gql(CREATE_RESPONSIBILITY, { planId: plan.id, text: 'UBND cấp huyện triển khai.', position: 1 }, { token: admin }));
    const { allResponsibilities, _allResponsibilitiesMeta } = await ok(app.gql(RESPONSIBILITIES, { planId: plan.id }, { token: admin }));
    expect(_allResponsibilitiesMeta.count).toBe(3);
    expect(allResponsibilities.map((r: { position: number; text: string; isRequest: boolean }) => [r.position, r.text.slice(0, 9), r.isRequest])).toEqual([
      [1, 'UBND cấp ', false], [2, 'Sở Tư phá', false], [3, 'Đề nghị Ủ', true],
    ]);
    expect(allResponsibilities[1].agencies).toEqual([{ role: 'RESPONSIBLE', agencyId: justiceId, agencyKind: null, agencyLevel: null, label: 'Sở Tư pháp' }]);
    expect(allResponsibilities[2].agencies).toEqual([{ role: 'RESPONSIBLE', agencyId: null, agencyKind: 'FATHERLAND_FRONT', agencyLevel: 'PROVINCE', label: 'Ủy ban MTTQ tỉnh' }]);
  });

  it('moves one to another place, the others following', async () => {
    const { allResponsibilities: before } = await ok(app.gql(RESPONSIBILITIES, { planId: plan.id }, { token: admin }));
    const [{ version }] = await app.sql('select version from responsibility where id = $1', [before[0].id]);
    await ok(app.gql(UPDATE_RESPONSIBILITY, { id: before[0].id, version, position: 3 }, { token: admin }));
    const { allResponsibilities: after } = await ok(app.gql(RESPONSIBILITIES, { planId: plan.id }, { token: admin }));
    expect(after.map((r: { id: string }) => r.id)).toEqual([before[1].id, before[2].id, before[0].id]);
    expect(after.map((r: { position: number }) => r.position)).toEqual([1, 2, 3]);
  });

  it.each([
    ['a blank text', { text: '   ' }, 'text', 'TEXT_BLANK'],
    ['a place beyond the end', { text: 'Văn bản', position: 9 }, 'position', 'POSITION_OUT_OF_RANGE'],
    ['a kind of agency without words', { text: 'Văn bản', agencies: [{ agencyKind: 'JUSTICE', agencyLevel: 'DISTRICT' }] }, 'agencies[0].label', 'TEXT_BLANK'],
    ['both an agency and a kind', { text: 'Văn bản', agencies: [{ agencyId: '1', agencyKind: 'JUSTICE' }] }, 'agencies[0]', 'PLAN_AGENCY_UNNAMED'],
  ])('refuses %s naming the field, writing nothing', async (_, variables, field, reason) => {
    const before = await count('responsibility', plan.id);
    const result = await app.gql(CREATE_RESPONSIBILITY, { planId: plan.id, ...variables }, { token: admin });
    expect(refusal(result)).toEqual({ code: 'BAD_USER_INPUT', field, reason });
    expect(await count('responsibility', plan.id)).toBe(before);
  });

  it('refuses an agency of another province, which the caller cannot see', async () => {
    const [other] = await app.sql(`select a.id::text from agency a join admin_unit u on u.id = a.unit_id where u.code = '95' limit 1`);
    const result = await app.gql(CREATE_RESPONSIBILITY, { planId: plan.id, text: 'Văn bản', agencies: [{ agencyId: other.id }] }, { token: admin });
    expect(refusal(result)).toEqual({ code: 'BAD_USER_INPUT', field: 'agencies[0].agencyId', reason: 'REFERENCE_NOT_FOUND' });
  });

  it('answers CONFLICT to a stale version, and audits each change', async () => {
    const { allResponsibilities } = await ok(app.gql(RESPONSIBILITIES, { planId: plan.id }, { token: admin }));
    const id = allResponsibilities[0].id;
    const [{ version }] = await app.sql('select version from responsibility where id = $1', [id]);
    const stale = await app.gql(UPDATE_RESPONSIBILITY, { id, version: version - 1, text: 'Cũ' }, { token: admin });
    expect(refusal(stale)).toMatchObject({ code: 'CONFLICT', reason: 'STALE_VERSION' });
    await ok(app.gql(UPDATE_RESPONSIBILITY, { id, version, text: 'UBND cấp huyện tổ chức triển khai.' }, { token: admin }));
    const audit = await app.sql(`select a.action, a.after ->> 'text' as text, u.email from audit_log a join app_user u on u.id = a.user_id
      where a.entity = 'Responsibility' and a.entity_id = $1 and a.action in ('CREATE', 'UPDATE') order by a.id`, [id]);
    expect(audit[0]).toMatchObject({ action: 'CREATE', email: DEMO.socTrangAdmin });
    expect(audit.at(-1)).toMatchObject({ action: 'UPDATE', text: 'UBND cấp huyện tổ chức triển khai.', email: DEMO.socTrangAdmin });
  });

  it('is invisible and unchangeable for another province', async () => {
    const [row] = await app.sql('select id::text, version from responsibility where plan_id = $1 order by position limit 1', [plan.id]);
    expect((await app.gql('query ($id: ID!) { Responsibility(id: $id) { id } }', { id: row.id }, { token: bacLieu })).data!.Responsibility).toBeNull();
    expect((await ok(app.gql(RESPONSIBILITIES, { planId: plan.id }, { token: bacLieu }))).allResponsibilities).toEqual([]);
    expect(codeOf(await app.gql(UPDATE_RESPONSIBILITY, { id: row.id, version: row.version, text: 'Xâm nhập' }, { token: bacLieu }))).toBe('NOT_FOUND');
    expect(codeOf(await app.gql('mutation ($id: ID!, $v: Int!) { deleteResponsibility(id: $id, version: $v) { id } }', { id: row.id, v: row.version }, { token: bacLieu }))).toBe('NOT_FOUND');
    expect(codeOf(await app.gql(CREATE_RESPONSIBILITY, { planId: plan.id, text: 'Xâm nhập' }, { token: bacLieu }))).toBe('NOT_FOUND');
    expect((await app.sql('select text from responsibility where id = $1', [row.id]))[0].text).not.toBe('Xâm nhập');
  });

  it('deletes one and closes the gap', async () => {
    const [row] = await app.sql('select id::text, version from responsibility where plan_id = $1 and position = 2', [plan.id]);
    await ok(app.gql('mutation ($id: ID!, $v: Int!) { deleteResponsibility(id: $id, version: $v) { id } }', { id: row.id, v: row.version }, { token: admin }));
    expect((await app.sql('select position from responsibility where plan_id = $1 order by position', [plan.id])).map((r) => r.position)).toEqual([1, 2]);
  });
});

const CREATE_RULE = `mutation ($planId: ID!, $frequency: ReportFrequency!, $dueDay: Int, $dueMonth: Int, $dueBefore: Boolean, $reporterLevels: [UnitLevel!], $receivingAgencyId: ID) {
  createReportingRule(planId: $planId, frequency: $frequency, dueDay: $dueDay, dueMonth: $dueMonth, dueBefore: $dueBefore, reporterLevels: $reporterLevels,
    receivingAgencyId: $receivingAgencyId) { id position frequency dueDay dueMonth dueBefore reporterLevels receivingAgencyId receivingLabel version receivingAgency { name } } }`;
const UPDATE_RULE = `mutation ($id: ID!, $version: Int!, $dueDay: Int, $forwardedTo: String) {
  updateReportingRule(id: $id, version: $version, dueDay: $dueDay, forwardedTo: $forwardedTo) { id dueDay dueMonth forwardedTo version } }`;

describe('reporting rules', () => {
  let ruleId: string;

  it('are entered: yearly, before 15/11, by districts and communes, to the justice department', async () => {
    const { createReportingRule } = await ok(app.gql(CREATE_RULE, {
      planId: plan.id, frequency: 'YEARLY', dueDay: 15, dueMonth: 11, dueBefore: true, reporterLevels: ['DISTRICT', 'COMMUNE'], receivingAgencyId: justiceId,
    }, { token: admin }));
    ruleId = createReportingRule.id;
    expect(createReportingRule).toMatchObject({
      position: 1, frequency: 'YEARLY', dueDay: 15, dueMonth: 11, dueBefore: true, reporterLevels: ['DISTRICT', 'COMMUNE'], receivingAgencyId: justiceId,
      receivingLabel: 'Sở Tư pháp tỉnh Sóc Trăng', receivingAgency: { name: 'Sở Tư pháp tỉnh Sóc Trăng' },
    });
    const { Plan } = await ok(app.gql('query ($id: ID!) { Plan(id: $id) { reportingRules { id dueDay dueMonth } } }', { id: plan.id }, { token: admin }));
    expect(Plan.reportingRules).toEqual([{ id: ruleId, dueDay: 15, dueMonth: 11 }]);
  });

  it.each([
    ['a day the month does not have', { frequency: 'YEARLY', dueDay: 31, dueMonth: 11 }, 'dueDay', 'REPORTING_DUE_DAY_INVALID'],
    ['a yearly report without a due date', { frequency: 'YEARLY' }, 'dueDay', 'REPORTING_DUE_NEEDED'],
    ['a day without its month', { frequency: 'ONCE', dueDay: 5 }, 'dueMonth', 'REPORTING_DUE_INCOMPLETE'],
    ['a month that does not exist', { frequency: 'YEARLY', dueDay: 5, dueMonth: 13 }, 'dueMonth', 'NUMBER_OUT_OF_RANGE'],
    ['a level named twice', { frequency: 'YEARLY', dueDay: 5, dueMonth: 11, reporterLevels: ['COMMUNE', 'COMMUNE'] }, 'reporterLevels', 'LIST_ITEM_TWICE'],
  ])('refuses %s naming the field, writing nothing', async (_, variables, field, reason) => {
    const before = await count('reporting_rule', plan.id);
    expect(refusal(await app.gql(CREATE_RULE, { planId: plan.id, ...variables }, { token: admin }))).toEqual({ code: 'BAD_USER_INPUT', field, reason });
    expect(await count('reporting_rule', plan.id)).toBe(before);
  });

  it('refuses reporters above the plan\'s unit (a district plan reported on by the province)', async () => {
    const result = await app.gql(CREATE_RULE, { planId: districtPlanId, frequency: 'YEARLY', dueDay: 15, dueMonth: 11, reporterLevels: ['PROVINCE'] }, { token: myTu });
    expect(refusal(result)).toEqual({ code: 'BAD_USER_INPUT', field: 'reporterLevels', reason: 'REPORTER_LEVEL_ABOVE_PLAN' });
    expect(await count('reporting_rule', districtPlanId)).toBe(0);
  });

  it('keeps the fields an update leaves out, answers CONFLICT to a stale version, and audits', async () => {
    const [{ version }] = await app.sql('select version from reporting_rule where id = $1', [ruleId]);
    expect(codeOf(await app.gql(UPDATE_RULE, { id: ruleId, version: version + 1, dueDay: 10 }, { token: admin }))).toBe('CONFLICT');
    const { updateReportingRule } = await ok(app.gql(UPDATE_RULE, { id: ruleId, version, forwardedTo: 'Bộ Tư pháp' }, { token: admin }));
    expect(updateReportingRule).toMatchObject({ dueDay: 15, dueMonth: 11, forwardedTo: 'Bộ Tư pháp', version: version + 1 });
    const audit = await app.sql(`select action from audit_log where entity = 'ReportingRule' and entity_id = $1 order by id`, [ruleId]);
    expect(audit.map((a) => a.action)).toEqual(['CREATE', 'UPDATE']);
  });

  it('is invisible and unchangeable for another province', async () => {
    const [{ version }] = await app.sql('select version from reporting_rule where id = $1', [ruleId]);
    expect((await app.gql('query ($id: ID!) { ReportingRule(id: $id) { id } }', { id: ruleId }, { token: bacLieu })).data!.ReportingRule).toBeNull();
    expect((await ok(app.gql('{ _allReportingRulesMeta { count } }', {}, { token: bacLieu })))._allReportingRulesMeta.count).toBe(0);
    expect(codeOf(await app.gql(UPDATE_RULE, { id: ruleId, version, dueDay: 1 }, { token: bacLieu }))).toBe('NOT_FOUND');
    expect(codeOf(await app.gql('mutation ($id: ID!, $v: Int!) { deleteReportingRule(id: $id, version: $v) { id } }', { id: ruleId, v: version }, { token: bacLieu }))).toBe('NOT_FOUND');
  });
});

const CREATE_CRITERION = `mutation ($taskId: ID!, $kind: TaskCriterionKind!, $text: String!, $pilotSelection: PilotSelectionInput, $trainerPool: TrainerPoolInput,
    $mediatorWorkforce: MediatorWorkforceInput, $position: Int) {
  createTaskCriterion(taskId: $taskId, kind: $kind, text: $text, pilotSelection: $pilotSelection, trainerPool: $trainerPool,
    mediatorWorkforce: $mediatorWorkforce, position: $position) { id position kind version } }`;
const CRITERION = `query ($id: ID!) { TaskCriterion(id: $id) { id position kind text task { code }
  pilotSelection { selectedBy { agencyKind level } together { agencyKind level } within candidateLevel count priorities priorityMode conditional }
  trainerPool { levels actions ensure ratios { level trainers perTeams } composition }
  mediatorWorkforce { actions when ensure minMediatorsPerTeam minWomenPerTeam } mediatorTraining { trainees } } }`;
const PILOT = {
  selectedBy: { agencyKind: 'JUSTICE', level: 'PROVINCE' }, within: 'PLAN_UNIT', candidateLevel: 'COMMUNE', count: 2,
  priorities: ['LOW_SETTLEMENT_RATE', 'MANY_DIFFICULTIES'], priorityMode: 'ANY', conditional: false,
};

describe('task criteria', () => {
  let pilotId: string;
  let poolId: string;

  it('are entered with the typed input of their kind and read back typed', async () => {
    const { createTaskCriterion } = await ok(app.gql(CREATE_CRITERION, { taskId: plan.taskId, kind: 'PILOT_SELECTION', text: 'Chọn 02 xã làm điểm', pilotSelection: PILOT }, { token: admin }));
    pilotId = createTaskCriterion.id;
    const pool = await ok(app.gql(CREATE_CRITERION, {
      taskId: plan.taskId, kind: 'TRAINER_POOL', text: 'Kiện toàn đội ngũ tập huấn viên', position: 1,
      trainerPool: { levels: ['PROVINCE', 'DISTRICT'], actions: ['CONSOLIDATE'], ensure: ['NUMBER', 'COMPOSITION'],
        ratios: [{ level: 'DISTRICT', trainers: 1, perTeams: 80 }, { level: 'PROVINCE', trainers: 1, perTeams: 100 }], composition: ['JUSTICE', 'COURT'] },
    }, { token: admin }));
    poolId = pool.createTaskCriterion.id;
    const pilot = (await ok(app.gql(CRITERION, { id: pilotId }, { token: admin }))).TaskCriterion;
    expect(pilot).toMatchObject({
      position: 2, kind: 'PILOT_SELECTION', text: 'Chọn 02 xã làm điểm', task: { code: '1' }, trainerPool: null, mediatorWorkforce: null,
      pilotSelection: { ...PILOT, together: null },
    });
    const trainers = (await ok(app.gql(CRITERION, { id: poolId }, { token: admin }))).TaskCriterion;
    expect(trainers).toMatchObject({
      position: 1, pilotSelection: null,
      trainerPool: { levels: ['PROVINCE', 'DISTRICT'], actions: ['CONSOLIDATE'], ensure: ['NUMBER', 'COMPOSITION'],
        ratios: [{ level: 'DISTRICT', trainers: 1, perTeams: 80 }, { level: 'PROVINCE', trainers: 1, perTeams: 100 }], composition: ['JUSTICE', 'COURT'] },
    });
    const { allTaskCriteria } = await ok(app.gql('query ($planId: ID!) { allTaskCriteria(filter: { planId: $planId }) { id } }', { planId: plan.id }, { token: admin }));
    expect(allTaskCriteria.map((c: { id: string }) => c.id)).toEqual([poolId, pilotId]);
  });

  it.each([
    ['no parameters', { kind: 'PILOT_SELECTION' }, 'pilotSelection', 'CRITERION_PARAMETERS_MISSING'],
    ['the parameters of another kind', { kind: 'PILOT_SELECTION', pilotSelection: PILOT, trainerPool: { levels: ['PROVINCE'], actions: ['REVIEW'], ensure: ['NUMBER'] } },
      'trainerPool', 'CRITERION_PARAMETERS_OF_OTHER_KIND'],
    ['choosing no commune', { kind: 'PILOT_SELECTION', pilotSelection: { ...PILOT, count: 0 } }, 'pilotSelection.count', 'NUMBER_OUT_OF_RANGE'],
    ['no priority', { kind: 'PILOT_SELECTION', pilotSelection: { ...PILOT, priorities: [] } }, 'pilotSelection.priorities', 'LIST_TOO_SHORT'],
    ['teams ranked by a commune\'s assessment', { kind: 'PILOT_SELECTION', pilotSelection: { ...PILOT, candidateLevel: 'TEAM', priorities: ['FAILS_ACCESS_TO_LAW_MEDIATION_CRITERION'] } },
      'pilotSelection.priorities', 'PILOT_PRIORITY_NOT_FOR_LEVEL'],
    ['a team of fewer than 3 mediators', { kind: 'MEDIATOR_WORKFORCE', mediatorWorkforce: { actions: ['ADD'], when: ['TEAM_LACKS_MEDIATORS'], ensure: ['NUMBER'], minMediatorsPerTeam: 2 } },
      'mediatorWorkforce.minMediatorsPerTeam', 'NUMBER_OUT_OF_RANGE'],
    ['a ratio of no teams', { kind: 'TRAINER_POOL', trainerPool: { levels: ['PROVINCE'], actions: ['REVIEW'], ensure: ['NUMBER'], ratios: [{ level: 'PROVINCE', trainers: 1, perTeams: 0 }] } },
      'trainerPool.ratios[0].perTeams', 'NUMBER_OUT_OF_RANGE'],
  ])('refuses %s naming the field, writing nothing', async (_, variables, field, reason) => {
    const before = await count('task_criterion', plan.id);
    expect(refusal(await app.gql(CREATE_CRITERION, { taskId: plan.taskId, text: 'Tiêu chí', ...variables }, { token: admin }))).toEqual({ code: 'BAD_USER_INPUT', field, reason });
    expect(await count('task_criterion', plan.id)).toBe(before);
  });

  it('changes parameters and kind, answers CONFLICT to a stale version, and audits', async () => {
    const [{ version }] = await app.sql('select version from task_criterion where id = $1', [pilotId]);
    const UPDATE = `mutation ($id: ID!, $version: Int!, $kind: TaskCriterionKind, $pilotSelection: PilotSelectionInput, $mediatorTraining: MediatorTrainingInput, $position: Int) {
      updateTaskCriterion(id: $id, version: $version, kind: $kind, pilotSelection: $pilotSelection, mediatorTraining: $mediatorTraining, position: $position) { id version position } }`;
    expect(codeOf(await app.gql(UPDATE, { id: pilotId, version: version - 1, pilotSelection: { ...PILOT, count: 3 } }, { token: admin }))).toBe('CONFLICT');
    expect(refusal(await app.gql(UPDATE, { id: pilotId, version, kind: 'MEDIATOR_TRAINING' }, { token: admin })))
      .toEqual({ code: 'BAD_USER_INPUT', field: 'mediatorTraining', reason: 'CRITERION_PARAMETERS_MISSING' });
    await ok(app.gql(UPDATE, { id: pilotId, version, pilotSelection: { ...PILOT, count: 3 }, position: 1 }, { token: admin }));
    const pilot = (await ok(app.gql(CRITERION, { id: pilotId }, { token: admin }))).TaskCriterion;
    expect(pilot).toMatchObject({ position: 1, pilotSelection: { count: 3 } });
    expect((await app.sql('select position from task_criterion where id = $1', [poolId]))[0].position).toBe(2);
    const audit = await app.sql(`select action, after -> 'parameters' ->> 'count' as count from audit_log where entity = 'TaskCriterion' and entity_id = $1 order by id`, [pilotId]);
    // CREATE, UPDATE when the trainer pool was put before it (position 1 → 2), then this UPDATE.
    expect(audit.map((a) => a.action)).toEqual(['CREATE', 'UPDATE', 'UPDATE']);
    expect(audit[2].count).toBe('3');
  });

  it('is invisible and unchangeable for another province', async () => {
    const [{ version }] = await app.sql('select version from task_criterion where id = $1', [pilotId]);
    expect((await app.gql(CRITERION, { id: pilotId }, { token: bacLieu })).data!.TaskCriterion).toBeNull();
    expect(codeOf(await app.gql('mutation ($id: ID!, $v: Int!) { deleteTaskCriterion(id: $id, version: $v) { id } }', { id: pilotId, v: version }, { token: bacLieu }))).toBe('NOT_FOUND');
    expect(codeOf(await app.gql(CREATE_CRITERION, { taskId: plan.taskId, kind: 'PILOT_SELECTION', text: 'X', pilotSelection: PILOT }, { token: bacLieu }))).toBe('NOT_FOUND');
  });
});

describe('an issued plan', () => {
  it('records every change to its responsibilities, reporting rules and criteria as an amendment', async () => {
    const [{ version }] = await app.sql('select version from plan where id = $1', [plan.id]);
    const numbered = await ok(app.gql(`mutation ($id: ID!, $version: Int!) { updatePlan(id: $id, version: $version, number: "88/KH-UBND", issuedOn: "2023-02-01") { version } }`,
      { id: plan.id, version }, { token: admin }));
    await ok(app.gql(`mutation ($id: ID!, $version: Int!) { transitionPlan(id: $id, version: $version, status: ISSUED) { status } }`,
      { id: plan.id, version: numbered.updatePlan.version }, { token: admin }));
    const responsibility = await ok(app.gql(CREATE_RESPONSIBILITY, { planId: plan.id, text: 'Sở Tài chính bố trí kinh phí.' }, { token: admin }));
    const [rule] = await app.sql('select id::text, version from reporting_rule where plan_id = $1', [plan.id]);
    await ok(app.gql(UPDATE_RULE, { id: rule.id, version: rule.version, dueDay: 10 }, { token: admin }));
    const [criterion] = await app.sql('select id::text, version from task_criterion where plan_id = $1 order by position limit 1', [plan.id]);
    await ok(app.gql('mutation ($id: ID!, $v: Int!) { deleteTaskCriterion(id: $id, version: $v) { id } }', { id: criterion.id, v: criterion.version }, { token: admin }));
    const amendments = await app.sql(`select entity, action, entity_id::text as entity_id, before, after from plan_amendment where plan_id = $1 order by plan_amendment.id`, [plan.id]);
    expect(amendments.map((a) => [a.entity, a.action, a.entity_id])).toEqual([
      ['Responsibility', 'CREATE', responsibility.createResponsibility.id], ['ReportingRule', 'UPDATE', rule.id], ['TaskCriterion', 'DELETE', criterion.id],
    ]);
    expect(amendments[1]).toMatchObject({ before: { dueDay: 15 }, after: { dueDay: 10 } });
  });
});
