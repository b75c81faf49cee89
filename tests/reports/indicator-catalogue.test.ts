import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SOURCE_PLANS } from '../../server/src/seeds/plans';
import { DEMO } from '../support/constants';
import { codeOf, startTestApp, type TestApp } from '../support/harness';

/**
 * The open indicator catalogue (issue 7, section 2): province and system admins add indicators,
 * COMPUTED by a built-in measure or REPORTED in the yearly reports; a target on a REPORTED
 * indicator takes its actual value from the values the reports of the unit's subtree hold, summed.
 * Nothing measured is NO_DATA, never "not met"; outside the plan's unit subtree, NOT_APPLICABLE.
 */
let app: TestApp;
const units: Record<string, string> = {};
const tokens: Record<string, string> = {};
let myTuTaskId: string;
let provinceTaskId: string;

const FIELDS = 'id code name nameEn unit description measurement measure builtin unitId version';
const CREATE = `mutation ($code: String!, $name: String!, $nameEn: String!, $unit: TargetUnit!, $measurement: IndicatorMeasurement!,
  $measure: IndicatorMeasure, $unitId: ID, $description: String) {
  createIndicator(code: $code, name: $name, nameEn: $nameEn, unit: $unit, measurement: $measurement, measure: $measure, unitId: $unitId,
    description: $description) { ${FIELDS} } }`;
const UPDATE = `mutation ($id: ID!, $version: Int!, $name: String, $unit: TargetUnit, $measurement: IndicatorMeasurement, $measure: IndicatorMeasure) {
  updateIndicator(id: $id, version: $version, name: $name, unit: $unit, measurement: $measurement, measure: $measure) { ${FIELDS} } }`;
const DELETE = `mutation ($id: ID!, $version: Int!) { deleteIndicator(id: $id, version: $version) { id code } }`;
const READ = `query ($id: ID!) { Indicator(id: $id) { ${FIELDS} } }`;
const CREATE_TARGET = `mutation ($taskId: ID!, $indicator: IndicatorCode!, $comparator: TargetComparator!, $value: Decimal!) {
  createTarget(taskId: $taskId, indicator: $indicator, comparator: $comparator, value: $value, applies: EVERY_YEAR) { id indicator unit planId } }`;
const EVALUATE = `query ($id: ID!, $year: Int!, $unit: ID) { Target(id: $id) {
  status(year: $year, unitId: $unit) evaluation(year: $year, unitId: $unit) { unitId actual numerator denominator met status } } }`;
const GENERATE = `mutation ($u: ID!) { generateReport(unitId: $u, year: 2022) { id version status } }`;
const VALUES = `indicatorValues { indicator name unit entered numerator denominator totalNumerator totalDenominator actual }`;
const SET_VALUE = `mutation ($id: ID!, $version: Int!, $indicator: IndicatorCode!, $numerator: Decimal!, $denominator: Decimal) {
  setReportIndicatorValue(id: $id, version: $version, indicator: $indicator, numerator: $numerator, denominator: $denominator) { id version ${VALUES} } }`;
const CLEAR_VALUE = `mutation ($id: ID!, $version: Int!, $indicator: IndicatorCode!) {
  clearReportIndicatorValue(id: $id, version: $version, indicator: $indicator) { id version ${VALUES} } }`;

const LEGAL_AID = { code: 'LEGAL_AID_CASES_SHARE', name: 'Tỷ lệ vụ việc hòa giải có trợ giúp pháp lý', nameEn: 'Share of mediated cases with legal aid', unit: 'PERCENT', measurement: 'REPORTED' };

const countIndicators = async () => (await app.sql('select count(*)::int as n from target_indicator'))[0].n as number;

beforeAll(async () => {
  app = await startTestApp();
  for (const [name, code] of Object.entries({ xaMyTu: '31597', myTu: '944', longPhu: '946', socTrang: '94', bacLieu: '95' })) units[name] = await app.unitId(code);
  const [other] = await app.sql(`select id::text from admin_unit where parent_id = $1 and id <> $2 and level = 'COMMUNE' order by code limit 1`, [units.myTu, units.xaMyTu]);
  units.otherMyTuCommune = other.id;
  const [longPhuCommune] = await app.sql(`select id::text from admin_unit where parent_id = $1 and level = 'COMMUNE' order by code limit 1`, [units.longPhu]);
  units.longPhuCommune = longPhuCommune.id;
  for (const [name, email] of Object.entries({
    socTrang: DEMO.socTrangAdmin, bacLieu: DEMO.bacLieuAdmin, sysadmin: DEMO.sysadmin, myTu: DEMO.myTuStaff, xaMyTu: DEMO.xaMyTuStaff, analyst: DEMO.analyst,
  })) tokens[name] = await app.login(email);
  const [task] = await app.sql(`select t.id::text from plan_task t join plan p on p.id = t.plan_id where p.number = $1 and t.code = '2'`, [SOURCE_PLANS.myTu]);
  myTuTaskId = task.id;
  // A task in Sóc Trăng's 156/KH-UBND for the province's own targets (its period set explicitly: plan periods become required).
  const [plan] = await app.sql(`update plan set period_from = 2021, period_to = 2025 where number = $1 returning id, unit_id`, [SOURCE_PLANS.socTrang]);
  const [inserted] = await app.sql(`insert into plan_task (plan_id, unit_id, code, title) values ($1, $2, '90', 'Theo dõi chỉ tiêu của tỉnh') returning id::text`,
    [plan.id, plan.unit_id]);
  provinceTaskId = inserted.id;
});
afterAll(() => app?.close());

describe('the indicator catalogue', () => {
  let created: { id: string; version: number; code: string };

  it('keeps the built-in indicators, national and read-only, the legal-support share now REPORTED', async () => {
    const result = await app.gql(`{ indicators { code unit measurement measure builtin unitId } }`, {}, { token: tokens.xaMyTu });
    expect(result.errors).toBeUndefined();
    const byCode = Object.fromEntries(result.data!.indicators.map((i: { code: string }) => [i.code, i]));
    expect(byCode.TEAMS_CONSOLIDATED_SHARE).toEqual({ code: 'TEAMS_CONSOLIDATED_SHARE', unit: 'PERCENT', measurement: 'COMPUTED', measure: 'TEAMS_CONSOLIDATED_SHARE', builtin: true, unitId: null });
    expect(byCode.TEAMS_LEGAL_SUPPORT_SHARE).toMatchObject({ measurement: 'REPORTED', measure: null, builtin: true });
    const builtin = await app.gql(UPDATE, { id: String((await app.sql(`select id from target_indicator where code = 'SETTLEMENT_RATE'`))[0].id), version: 1, name: 'X' }, { token: tokens.sysadmin });
    expect(builtin.errors![0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'INDICATOR_BUILTIN_READ_ONLY' });
  });

  it('lets a province admin add a REPORTED indicator for its province, audited', async () => {
    const result = await app.gql(CREATE, LEGAL_AID, { token: tokens.socTrang });
    expect(result.errors).toBeUndefined();
    created = result.data!.createIndicator;
    expect(created).toMatchObject({ ...LEGAL_AID, measure: null, builtin: false, unitId: units.socTrang, version: 1, description: '' });
    const audit = await app.sql(`select action, unit_id::text, after from audit_log where entity = 'Indicator' and entity_id = $1`, [created.id]);
    expect(audit).toEqual([{ action: 'CREATE', unit_id: units.socTrang, after: expect.objectContaining({ code: LEGAL_AID.code, measurement: 'REPORTED' }) }]);
    const list = await app.gql(`{ allIndicators(filter: { q: "tro giup phap ly" }) { code } _allIndicatorsMeta(filter: { q: "tro giup phap ly" }) { count } }`, {}, { token: tokens.myTu });
    expect(list.data).toEqual({ allIndicators: [{ code: LEGAL_AID.code }], _allIndicatorsMeta: { count: 1 } });
  });

  it.each([
    ['code', { code: 'lower case' }],
    ['code', { code: LEGAL_AID.code }],
    ['name', { code: 'BLANK_NAME', name: '   ' }],
    ['measure', { code: 'NO_MEASURE', measurement: 'COMPUTED' }],
    ['unit', { code: 'WRONG_UNIT', measurement: 'COMPUTED', measure: 'SETTLEMENT_RATE', unit: 'COUNT' }],
    ['measure', { code: 'REPORTED_WITH_MEASURE', measure: 'SETTLEMENT_RATE' }],
    ['unitId', { code: 'DISTRICT_OWNED', unitId: 'myTu' }],
  ])('refuses a bad %s, naming it, and writes nothing', async (field, overrides) => {
    const before = await countIndicators();
    const variables = { ...LEGAL_AID, ...overrides } as Record<string, unknown>;
    if (variables.unitId) variables.unitId = units[variables.unitId as string];
    const result = await app.gql(CREATE, variables, { token: tokens.socTrang });
    expect(result.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(await countIndicators()).toBe(before);
  });

  it('updates with the version read, refuses a stale one (CONFLICT), and audits the change', async () => {
    const result = await app.gql(UPDATE, { id: created.id, version: created.version, name: 'Tỷ lệ vụ việc được trợ giúp pháp lý' }, { token: tokens.socTrang });
    expect(result.data!.updateIndicator).toMatchObject({ name: 'Tỷ lệ vụ việc được trợ giúp pháp lý', version: 2 });
    expect(codeOf(await app.gql(UPDATE, { id: created.id, version: 1, name: 'Cũ' }, { token: tokens.socTrang }))).toBe('CONFLICT');
    const audit = await app.sql(`select action from audit_log where entity = 'Indicator' and entity_id = $1 order by id`, [created.id]);
    expect(audit.map((row) => row.action)).toEqual(['CREATE', 'UPDATE']);
    created.version = 2;
  });

  it('lets a province admin delete an unused indicator of its province, with the version read, audited', async () => {
    const amounts = { code: 'LEGAL_AID_SPENDING', name: 'Kinh phí trợ giúp pháp lý cho hòa giải', nameEn: 'Legal aid spending on mediation', unit: 'MILLION_VND', measurement: 'REPORTED' };
    const made = (await app.gql(CREATE, amounts, { token: tokens.socTrang })).data!.createIndicator;
    expect(made).toMatchObject({ unit: 'MILLION_VND', unitId: units.socTrang });
    expect(codeOf(await app.gql(DELETE, { id: made.id, version: 2 }, { token: tokens.socTrang }))).toBe('CONFLICT');
    expect((await app.gql(DELETE, { id: made.id, version: 1 }, { token: tokens.socTrang })).data!.deleteIndicator).toEqual({ id: made.id, code: amounts.code });
    expect(await app.sql(`select action, unit_id::text from audit_log where entity = 'Indicator' and entity_id = $1 order by id`, [made.id]))
      .toEqual([{ action: 'CREATE', unit_id: units.socTrang }, { action: 'DELETE', unit_id: units.socTrang }]);
  });

  it('keeps a province\'s indicator from other provinces: they neither read nor change it, nor target it', async () => {
    const token = tokens.bacLieu;
    expect((await app.gql(READ, { id: created.id }, { token })).data!.Indicator).toBeNull();
    const list = await app.gql(`{ allIndicators(perPage: 100) { code } }`, {}, { token });
    expect(list.data!.allIndicators.map((i: { code: string }) => i.code)).not.toContain(LEGAL_AID.code);
    expect(codeOf(await app.gql(UPDATE, { id: created.id, version: created.version, name: 'Đổi tên' }, { token }))).toBe('NOT_FOUND');
    expect(codeOf(await app.gql(DELETE, { id: created.id, version: created.version }, { token }))).toBe('NOT_FOUND');
    const [bacLieuTask] = await app.sql(`select t.id::text from plan_task t join plan p on p.id = t.plan_id where p.number = $1 order by t.id limit 1`, [SOURCE_PLANS.bacLieu]);
    const target = await app.gql(CREATE_TARGET, { taskId: bacLieuTask.id, indicator: LEGAL_AID.code, comparator: 'GTE', value: '50' }, { token });
    expect(target.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'indicator', reason: 'INDICATOR_UNKNOWN' });
    // District staff read their province's indicators but do not write the catalogue.
    expect((await app.gql(READ, { id: created.id }, { token: tokens.myTu })).data!.Indicator.code).toBe(LEGAL_AID.code);
    expect(codeOf(await app.gql(UPDATE, { id: created.id, version: created.version, name: 'Huyện đổi' }, { token: tokens.myTu }))).toBe('FORBIDDEN');
    expect((await app.sql(`select name from target_indicator where id = $1`, [created.id]))[0].name).toBe('Tỷ lệ vụ việc được trợ giúp pháp lý');
  });

  it('lets the system admin add a national indicator every province reads, and delete it', async () => {
    const national = { code: 'SETTLED_SHARE_NATIONAL', name: 'Tỷ lệ hòa giải thành (toàn quốc)', nameEn: 'Settlement rate (national)', unit: 'PERCENT', measurement: 'COMPUTED', measure: 'SETTLEMENT_RATE' };
    const result = await app.gql(CREATE, national, { token: tokens.sysadmin });
    expect(result.data!.createIndicator).toMatchObject({ ...national, unitId: null, builtin: false });
    const id = result.data!.createIndicator.id;
    expect((await app.gql(READ, { id }, { token: tokens.bacLieu })).data!.Indicator.code).toBe(national.code);
    expect(codeOf(await app.gql(UPDATE, { id, version: 1, name: 'Tỉnh đổi' }, { token: tokens.socTrang }))).toBe('FORBIDDEN');
    expect((await app.gql(DELETE, { id, version: 1 }, { token: tokens.sysadmin })).data!.deleteIndicator).toEqual({ id, code: national.code });
    expect(await app.sql(`select action from audit_log where entity = 'Indicator' and entity_id = $1 order by id`, [id])).toEqual([{ action: 'CREATE' }, { action: 'DELETE' }]);
  });
});

describe('a target on a REPORTED indicator', () => {
  const reports: Record<string, { id: string; version: number }> = {};
  let districtTargetId: string;
  let provinceTargetId: string;
  const evaluate = async (id: string, unit: string | null) =>
    (await app.gql(EVALUATE, { id, year: 2022, unit: unit ? units[unit] : null }, { token: tokens.socTrang })).data!.Target;

  it('is NO_DATA while no report holds a value, never NOT_MET', async () => {
    const target = await app.gql(CREATE_TARGET, { taskId: myTuTaskId, indicator: LEGAL_AID.code, comparator: 'GTE', value: '60' }, { token: tokens.myTu });
    expect(target.errors).toBeUndefined();
    expect(target.data!.createTarget).toMatchObject({ indicator: LEGAL_AID.code, unit: 'PERCENT' });
    districtTargetId = target.data!.createTarget.id;
    const province = await app.gql(CREATE_TARGET, { taskId: provinceTaskId, indicator: LEGAL_AID.code, comparator: 'GT', value: '70' }, { token: tokens.socTrang });
    expect(province.errors).toBeUndefined();
    provinceTargetId = province.data!.createTarget.id;
    expect(await evaluate(districtTargetId, null)).toEqual({
      status: 'NO_DATA', evaluation: { unitId: units.myTu, actual: null, numerator: null, denominator: null, met: null, status: 'NO_DATA' },
    });
  });

  it('lets a commune enter its value in its draft report, with validation, CONFLICT and an audit row', async () => {
    const generated = (await app.gql(GENERATE, { u: units.xaMyTu }, { token: tokens.xaMyTu })).data!.generateReport;
    reports.xaMyTu = generated;
    const read = await app.gql(`query ($id: ID!) { Report(id: $id) { ${VALUES} } }`, { id: generated.id }, { token: tokens.xaMyTu });
    const codes = read.data!.Report.indicatorValues.map((v: { indicator: string }) => v.indicator);
    expect(codes).toEqual(expect.arrayContaining(['TEAMS_LEGAL_SUPPORT_SHARE', LEGAL_AID.code]));
    expect(read.data!.Report.indicatorValues.every((v: { entered: boolean; actual: null }) => !v.entered && v.actual == null)).toBe(true);

    const base = { id: generated.id, version: generated.version, indicator: LEGAL_AID.code };
    for (const [field, values] of [['numerator', { numerator: '50', denominator: '40' }], ['denominator', { numerator: '5' }], ['numerator', { numerator: '2.5', denominator: '40' }],
      ['indicator', { indicator: 'TEAMS_CONSOLIDATED_SHARE', numerator: '1', denominator: '2' }], ['indicator', { indicator: 'NO_SUCH_CODE', numerator: '1', denominator: '2' }]] as const) {
      const refused = await app.gql(SET_VALUE, { ...base, ...values }, { token: tokens.xaMyTu });
      expect(refused.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    expect(await app.sql('select count(*)::int as n from report_indicator_value')).toEqual([{ n: 0 }]);

    const set = await app.gql(SET_VALUE, { ...base, numerator: '30', denominator: '40' }, { token: tokens.xaMyTu });
    expect(set.errors).toBeUndefined();
    expect(set.data!.setReportIndicatorValue.version).toBe(generated.version + 1);
    expect(set.data!.setReportIndicatorValue.indicatorValues.find((v: { indicator: string }) => v.indicator === LEGAL_AID.code))
      .toMatchObject({ entered: true, numerator: '30', denominator: '40', totalNumerator: '30', totalDenominator: '40', actual: 75 });
    expect(codeOf(await app.gql(SET_VALUE, { ...base, numerator: '31', denominator: '40' }, { token: tokens.xaMyTu }))).toBe('CONFLICT');
    const audit = await app.sql(`select action, after from audit_log where entity = 'ReportIndicatorValue' order by id`);
    expect(audit).toEqual([{ action: 'CREATE', after: { reportId: Number(generated.id), indicator: LEGAL_AID.code, numerator: '30', denominator: '40' } }]);
    reports.xaMyTu.version = set.data!.setReportIndicatorValue.version;
    // The report's progress on the target's task reads the value at once.
    const progress = await app.gql(`query ($id: ID!) { Report(id: $id) { taskProgress { code text } } }`, { id: generated.id }, { token: tokens.xaMyTu });
    expect(progress.data!.Report.taskProgress.find((t: { code: string }) => t.code === '2').text).toMatch(/trợ giúp pháp lý: 75% \(30\/40\), chỉ tiêu ≥ 60%: đạt/);
    const details = await app.gql(`query ($id: ID!) { Target(id: $id) { indicatorDetails { code name unit measurement unitId } } }`, { id: districtTargetId }, { token: tokens.xaMyTu });
    expect(details.data!.Target.indicatorDetails).toEqual({ code: LEGAL_AID.code, name: 'Tỷ lệ vụ việc được trợ giúp pháp lý', unit: 'PERCENT', measurement: 'REPORTED', unitId: units.socTrang });
  });

  it('keeps a report\'s values from other tenants and from readers', async () => {
    const variables = { id: reports.xaMyTu.id, version: reports.xaMyTu.version, indicator: LEGAL_AID.code, numerator: '1', denominator: '1' };
    expect(codeOf(await app.gql(SET_VALUE, variables, { token: tokens.bacLieu }))).toBe('NOT_FOUND');
    expect(codeOf(await app.gql(SET_VALUE, variables, { token: tokens.analyst }))).toBe('FORBIDDEN');
    const read = await app.gql(`{ allReports(filter: { year: 2022 }) { id indicatorValues { indicator } } }`, {}, { token: tokens.bacLieu });
    expect(read.data!.allReports.map((r: { id: string }) => r.id)).not.toContain(reports.xaMyTu.id);
  });

  it('rolls the values up: the commune, the district (sums of numerators and denominators) and the province', async () => {
    const other = (await app.gql(GENERATE, { u: units.otherMyTuCommune }, { token: tokens.myTu })).data!.generateReport;
    const set = await app.gql(SET_VALUE, { id: other.id, version: other.version, indicator: LEGAL_AID.code, numerator: '10', denominator: '20' }, { token: tokens.myTu });
    expect(set.errors).toBeUndefined();
    reports.other = { id: other.id, version: set.data!.setReportIndicatorValue.version };

    expect((await evaluate(districtTargetId, 'xaMyTu')).evaluation).toMatchObject({ numerator: 30, denominator: 40, actual: 75, met: true, status: 'MET' });
    expect((await evaluate(districtTargetId, 'otherMyTuCommune')).evaluation).toMatchObject({ numerator: 10, denominator: 20, actual: 50, met: false, status: 'NOT_MET' });
    const district = await evaluate(districtTargetId, null);
    expect(district.evaluation).toMatchObject({ unitId: units.myTu, numerator: 40, denominator: 60, met: true, status: 'MET' });
    expect(district.evaluation.actual).toBeCloseTo(200 / 3, 10);
    const province = await evaluate(provinceTargetId, null);
    expect(province.evaluation).toMatchObject({ unitId: units.socTrang, numerator: 40, denominator: 60, met: false, status: 'NOT_MET' });

    // The district's report shows the sum below it.
    const districtReport = (await app.gql(`mutation ($u: ID!) { generateReport(unitId: $u, year: 2022) { ${VALUES} } }`, { u: units.myTu }, { token: tokens.myTu })).data!.generateReport;
    expect(districtReport.indicatorValues.find((v: { indicator: string }) => v.indicator === LEGAL_AID.code))
      .toMatchObject({ entered: false, numerator: null, totalNumerator: '40', totalDenominator: '60' });
  });

  it('is NOT_APPLICABLE for a unit outside the plan\'s unit and the units below it', async () => {
    for (const unit of ['socTrang', 'longPhuCommune']) {
      const found = await evaluate(districtTargetId, unit);
      expect(found).toEqual({ status: 'NOT_APPLICABLE', evaluation: { unitId: units[unit], actual: null, numerator: null, denominator: null, met: null, status: 'NOT_APPLICABLE' } });
    }
    // A computed target of Mỹ Tú's plan too: the province is not Mỹ Tú.
    const [consolidated] = await app.sql(`select t.id::text from target t join plan p on p.id = t.plan_id where p.number = $1 and t.indicator = 'TEAMS_CONSOLIDATED_SHARE'`, [SOURCE_PLANS.myTu]);
    expect((await evaluate(consolidated.id, 'socTrang')).status).toBe('NOT_APPLICABLE');
    expect((await evaluate(consolidated.id, 'xaMyTu')).status).toMatch(/^(MET|NOT_MET)$/);
  });

  it('gives the legal-support share a value once reported (it was always null)', async () => {
    const target = await app.gql(CREATE_TARGET, { taskId: myTuTaskId, indicator: 'TEAMS_LEGAL_SUPPORT_SHARE', comparator: 'GTE', value: '10' }, { token: tokens.myTu });
    const id = target.data!.createTarget.id;
    expect((await evaluate(id, 'xaMyTu')).status).toBe('NO_DATA');
    const set = await app.gql(SET_VALUE, { id: reports.xaMyTu.id, version: reports.xaMyTu.version, indicator: 'TEAMS_LEGAL_SUPPORT_SHARE', numerator: '3', denominator: '12' }, { token: tokens.xaMyTu });
    expect(set.errors).toBeUndefined();
    reports.xaMyTu.version = set.data!.setReportIndicatorValue.version;
    expect((await evaluate(id, 'xaMyTu')).evaluation).toMatchObject({ actual: 25, numerator: 3, denominator: 12, status: 'MET' });
  });

  it('clears a value (back to no data for that commune), and refuses values once the report is submitted', async () => {
    const cleared = await app.gql(CLEAR_VALUE, { id: reports.xaMyTu.id, version: reports.xaMyTu.version, indicator: LEGAL_AID.code }, { token: tokens.xaMyTu });
    expect(cleared.errors).toBeUndefined();
    reports.xaMyTu.version = cleared.data!.clearReportIndicatorValue.version;
    expect((await evaluate(districtTargetId, 'xaMyTu')).status).toBe('NO_DATA');
    expect((await evaluate(districtTargetId, null)).evaluation).toMatchObject({ numerator: 10, denominator: 20 });
    expect(await app.sql(`select action from audit_log where entity = 'ReportIndicatorValue' order by id`)).toEqual(
      [{ action: 'CREATE' }, { action: 'CREATE' }, { action: 'CREATE' }, { action: 'DELETE' }]);

    const submitted = await app.gql(`mutation ($id: ID!, $version: Int!) { submitReport(id: $id, version: $version) { status version } }`,
      { id: reports.xaMyTu.id, version: reports.xaMyTu.version }, { token: tokens.xaMyTu });
    expect(submitted.data!.submitReport.status).toBe('SUBMITTED');
    const refused = await app.gql(SET_VALUE, { id: reports.xaMyTu.id, version: submitted.data!.submitReport.version, indicator: LEGAL_AID.code, numerator: '1', denominator: '2' }, { token: tokens.xaMyTu });
    expect(refused.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'status', reason: 'REPORT_VALUE_DRAFT_ONLY' });
    expect(await app.sql(`select count(*)::int as n from report_indicator_value where report_id = $1`, [reports.xaMyTu.id])).toEqual([{ n: 1 }]);

    // A draft withdrawn takes its values with it: the district has no data left.
    const withdrawn = await app.gql(`mutation ($id: ID!, $version: Int!) { withdrawReport(id: $id, version: $version) { id } }`, reports.other, { token: tokens.myTu });
    expect(withdrawn.errors).toBeUndefined();
    expect((await evaluate(districtTargetId, null)).status).toBe('NO_DATA');
  });

  it('refuses to delete an indicator while a target uses it', async () => {
    const [row] = await app.sql(`select id::text, version from target_indicator where code = $1`, [LEGAL_AID.code]);
    const result = await app.gql(DELETE, { id: row.id, version: row.version }, { token: tokens.socTrang });
    expect(result.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INDICATOR_IN_USE' });
    expect(await app.sql(`select count(*)::int as n from target_indicator where code = $1`, [LEGAL_AID.code])).toEqual([{ n: 1 }]);
  });
});

describe('trainers trained at province level', () => {
  it('counts the trainers of every pool below the province, not only the provincial pool', async () => {
    const target = await app.gql(CREATE_TARGET, { taskId: provinceTaskId, indicator: 'TRAINERS_TRAINED_SHARE', comparator: 'EQ', value: '100' }, { token: tokens.socTrang });
    expect(target.errors).toBeUndefined();
    const [expected] = await app.sql(`select count(t.id)::int as trainers, count(*) filter (where t.trained_on <= '2022-12-31')::int as trained,
        count(t.id) filter (where p.unit_id = $1)::int as own
      from trainer t join trainer_pool p on p.id = t.pool_id join admin_unit u on u.id = p.unit_id
     where u.path <@ (select path from admin_unit where id = $1) and p.period_from <= '2022-12-31' and (p.period_to is null or p.period_to >= '2022-01-01')`, [units.socTrang]);
    expect(expected.trainers).toBeGreaterThan(expected.own);
    const found = (await app.gql(EVALUATE, { id: target.data!.createTarget.id, year: 2022, unit: null }, { token: tokens.socTrang })).data!.Target;
    expect(found.evaluation).toMatchObject({ numerator: expected.trained, denominator: expected.trainers });
    const indicators = await app.gql(`query ($id: ID!) { AdministrativeUnit(id: $id) { indicators(year: 2022) { trainers trainersBelow trainersBelowTrained } } }`,
      { id: units.socTrang }, { token: tokens.socTrang });
    expect(indicators.data!.AdministrativeUnit.indicators).toEqual({ trainers: expected.own, trainersBelow: expected.trainers, trainersBelowTrained: expected.trained });
  });
});
