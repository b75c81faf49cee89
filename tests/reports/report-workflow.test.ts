import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { timelinessOf, vietnamDay } from '../../server/src/modules/reports/report-timeliness';
import { DEMO } from '../support/constants';
import { codeOf, startTestApp, type GqlResponse, type TestApp } from '../support/harness';

/**
 * DRAFT → SUBMITTED (on time or late against the due date) → APPROVED by the level above, locked,
 * reopened with a reason; a report above waits for every report below it. Year 2022 of Mỹ Tú:
 * due before 15 November 2022, long past, so every 2022 submission is late.
 */
let app: TestApp;
const units: Record<string, string> = {};
let communes: { id: string; code: string }[] = [];

const REPORT = `id unitId year status timeliness daysLate dueDate submittedAt firstSubmittedAt approvedAt version
  figures { casesSettled casesReceived corrected } events { kind reason onTime userId } corrections { field computed previous value reason } warnings`;

beforeAll(async () => {
  app = await startTestApp();
  units.xaMyTu = await app.unitId('31597');
  units.myTu = await app.unitId('944');
  units.socTrang = await app.unitId('94');
  communes = (await app.sql(`select c.id::text as id, c.code from admin_unit c where c.parent_id = $1 order by c.code`, [units.myTu])) as { id: string; code: string }[];
});
afterAll(() => app?.close());

async function call(email: string, query: string, variables: Record<string, unknown> = {}): Promise<GqlResponse> {
  return app.gql(query, variables, { token: await app.login(email) });
}
/** A record as the API answers it (the harness's loose JSON type), with what every mutation needs. */
type Answer = Record<string, any> & { id: string; version: number };
async function ok(email: string, query: string, variables: Record<string, unknown> = {}): Promise<Answer> {
  const result = await call(email, query, variables);
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  return Object.values(result.data!)[0] as Answer;
}
async function okList(email: string, query: string, variables: Record<string, unknown> = {}): Promise<Answer[]> {
  return (await ok(email, query, variables)) as unknown as Answer[];
}
const generate = (email: string, unitId: string, year: number) =>
  ok(email, `mutation ($u: ID!, $y: Int!) { generateReport(unitId: $u, year: $y) { ${REPORT} } }`, { u: unitId, y: year });
const act = (email: string, mutation: string, report: { id: string; version: number }, extra = '') =>
  call(email, `mutation ($id: ID!, $v: Int!) { ${mutation}(id: $id, version: $v${extra}) { ${REPORT} } }`, { id: report.id, v: report.version });
const read = (email: string, id: string) => ok(email, `query ($id: ID!) { Report(id: $id) { ${REPORT} } }`, { id });

/** Days from the last on-time day to today in Vietnam (UTC+7), as the API counts them. */
const daysSince = (day: string) => {
  const today = new Date(Date.now() + 7 * 3600e3).toISOString().slice(0, 10);
  return (Date.parse(today) - Date.parse(day)) / 86400e3;
};
const thisYearInVietnam = () => Number(vietnamDay(new Date()).slice(0, 4));

describe('on time, late and missing by the due date', () => {
  it('judges a submission by its day in Vietnam against "before 15 November"', () => {
    const due = { dueDate: '2022-11-15', dueBefore: true };
    expect(timelinessOf({ ...due, firstSubmittedAt: new Date('2022-11-14T16:59:59Z') })).toEqual({ timeliness: 'ON_TIME', daysLate: 0 });
    expect(timelinessOf({ ...due, firstSubmittedAt: new Date('2022-11-14T17:00:00Z') })).toEqual({ timeliness: 'LATE', daysLate: 1 });
    expect(timelinessOf({ dueDate: '2022-11-15', dueBefore: false, firstSubmittedAt: new Date('2022-11-15T16:59:59Z') }).timeliness).toBe('ON_TIME');
    expect(timelinessOf({ ...due, firstSubmittedAt: null }, new Date('2022-11-10T00:00:00Z'))).toEqual({ timeliness: 'NOT_DUE', daysLate: 0 });
    expect(timelinessOf({ ...due, firstSubmittedAt: null }, new Date('2022-11-20T00:00:00Z'))).toEqual({ timeliness: 'OVERDUE', daysLate: 6 });
  });

  it('submits a commune\'s 2022 report late, recording when and by whom', async () => {
    const draft = await generate(DEMO.xaMyTuStaff, units.xaMyTu, 2022);
    expect(draft).toMatchObject({ status: 'DRAFT', timeliness: 'OVERDUE', daysLate: daysSince('2022-11-14'), submittedAt: null });
    const before = Date.now();
    const submitted = await act(DEMO.xaMyTuStaff, 'submitReport', draft);
    expect(submitted.errors).toBeUndefined();
    const report = submitted.data!.submitReport;
    expect(report).toMatchObject({ status: 'SUBMITTED', timeliness: 'LATE', daysLate: daysSince('2022-11-14') });
    expect(Date.parse(report.submittedAt)).toBeGreaterThanOrEqual(before - 1000);
    expect(report.firstSubmittedAt).toBe(report.submittedAt);
    const [user] = await app.sql(`select id::text from app_user where email = $1`, [DEMO.xaMyTuStaff]);
    expect(report.events.at(-1)).toMatchObject({ kind: 'SUBMITTED', onTime: false, userId: user.id });
  });

  // Issue 8a submitted today's xã Mỹ Tú's 2027 report here; issue 9 refuses a report for a year that has not started
  // (below), so the report not yet due is this year's, its rule moved to "by 31 December".
  it('submits a report that is not yet due on time: today\'s xã Mỹ Tú, this year, under its province\'s 2025–2030 plan', async () => {
    const year = thisYearInVietnam();
    // The 2021 communes were abolished on 30 June 2025 and owe nothing after it: their successors report.
    const abolished = await call(DEMO.xaMyTuStaff, `mutation ($u: ID!, $y: Int!) { generateReport(unitId: $u, year: $y) { id } }`, { u: units.xaMyTu, y: year });
    expect(abolished.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'REPORT_NO_OBLIGATION' });
    const today = await app.unitId('31567', '2025-07-01');
    const rules = await app.sql(`select id, due_month, due_day, due_before from reporting_rule where frequency = 'YEARLY'`);
    await app.sql(`update reporting_rule set due_month = 12, due_day = 31, due_before = false where frequency = 'YEARLY'`);
    try {
      const draft = await generate(DEMO.xaMyTu2025Staff, today, year);
      expect(draft).toMatchObject({ timeliness: 'NOT_DUE', daysLate: 0, dueDate: `${year}-12-31` });
      const report = (await act(DEMO.xaMyTu2025Staff, 'submitReport', draft)).data!.submitReport;
      expect(report).toMatchObject({ status: 'SUBMITTED', timeliness: 'ON_TIME', daysLate: 0 });
      expect(report.events.at(-1)).toMatchObject({ kind: 'SUBMITTED', onTime: true });
    } finally {
      for (const rule of rules) {
        await app.sql('update reporting_rule set due_month = $2, due_day = $3, due_before = $4 where id = $1', [rule.id, rule.due_month, rule.due_day, rule.due_before]);
      }
    }
  });

  it('generates no report for a year that has not started', async () => {
    const next = thisYearInVietnam() + 1;
    const refused = await call(DEMO.xaMyTuStaff, `mutation ($u: ID!, $y: Int!) { generateReport(unitId: $u, year: $y) { id } }`, { u: units.xaMyTu, y: next });
    expect(refused.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'year', reason: 'REPORT_YEAR_NOT_STARTED', params: { year: next } });
    expect(await app.sql('select id from report where year = $1', [next])).toEqual([]);
  });

  it('lists the units below that have not submitted, with due date and days late', async () => {
    await generate(DEMO.myTuStaff, communes[0].id, 2022);
    const missing = await ok(DEMO.myTuStaff, `query ($u: ID!) { missingReports(unitId: $u, year: 2022) { unitId unit { code } dueDate daysLate status reportId } }`, { u: units.myTu });
    const byCode = new Map(missing.map((m: { unit: { code: string } }) => [m.unit.code, m]));
    expect([...byCode.keys()].sort()).toEqual(communes.map((c) => c.code).filter((code) => code !== '31597').sort());
    expect(byCode.get(communes[0].code)).toMatchObject({ status: 'DRAFT', dueDate: '2022-11-15', daysLate: daysSince('2022-11-14') });
    expect(byCode.get(communes[1].code)).toMatchObject({ status: null, reportId: null });
    // The province sees the district (it reports on its plan) and the communes; Long Phú owes nothing (no rule reaches it).
    const province = await ok(DEMO.socTrangAdmin, `query ($u: ID!) { missingReports(unitId: $u, year: 2022) { unit { code level } } }`, { u: units.socTrang });
    const codes = province.map((m: { unit: { code: string } }) => m.unit.code);
    expect(codes).toContain('944');
    expect(codes).not.toContain('946');
    expect(codes).toHaveLength(communes.length);
  });
});

describe('approval order and locking', () => {
  it('refuses the district\'s submission while a commune has not submitted, naming them', async () => {
    const district = await generate(DEMO.myTuStaff, units.myTu, 2022);
    const refused = await act(DEMO.myTuStaff, 'submitReport', district);
    expect(codeOf(refused)).toBe('BAD_USER_INPUT');
    expect(refused.errors![0].extensions.field).toBe('status');
    expect(refused.errors![0].message).toMatch(new RegExp(`${communes.length - 1} unit\\(s\\) below have not submitted their 2022 report`));
  });

  it('lets only the level above approve: not the commune itself, not an analyst; the district may', async () => {
    const [report] = await okList(DEMO.xaMyTuStaff, `{ allReports(filter: { year: 2022 }) { id version status } }`);
    expect(codeOf(await act(DEMO.xaMyTuStaff, 'approveReport', report))).toBe('FORBIDDEN');
    expect(codeOf(await act(DEMO.analyst, 'approveReport', report))).toBe('FORBIDDEN');
    expect(codeOf(await act(DEMO.longPhuStaff, 'approveReport', report))).toBe('NOT_FOUND');
    expect(codeOf(await act(DEMO.myTuStaff, 'approveReport', { ...report, version: report.version - 1 }))).toBe('CONFLICT');
    const approved = (await act(DEMO.myTuStaff, 'approveReport', report)).data!.approveReport;
    expect(approved).toMatchObject({ status: 'APPROVED' });
    expect(approved.events.map((e: { kind: string }) => e.kind)).toEqual(['GENERATED', 'SUBMITTED', 'APPROVED']);
  });

  it('locks an approved report: no correction, no submission, no second approval, and the database refuses direct changes', async () => {
    const [report] = await okList(DEMO.xaMyTuStaff, `{ allReports(filter: { year: 2022 }) { id version status } }`);
    const correction = await call(DEMO.xaMyTuStaff, `mutation ($id: ID!, $v: Int!) { correctReportFigure(id: $id, version: $v, field: "teams", value: "3", reason: "Đếm lại số tổ") { id } }`, { id: report.id, v: report.version });
    expect(codeOf(correction)).toBe('BAD_USER_INPUT');
    expect(correction.errors![0].extensions.field).toBe('status');
    expect(codeOf(await act(DEMO.xaMyTuStaff, 'submitReport', report))).toBe('BAD_USER_INPUT');
    expect(codeOf(await act(DEMO.myTuStaff, 'approveReport', report))).toBe('BAD_USER_INPUT');
    const district = (await app.sql(`select path::text from admin_unit where id = $1`, [units.myTu]))[0].path;
    const [user] = await app.sql(`select id from app_user where email = $1`, [DEMO.myTuStaff]);
    const scope = { read: `{${district}}`, write: `{${district}}`, userId: user.id };
    await expect(app.sqlAsApp(scope, `update report set figures = '{}' where id = $1`, [report.id])).rejects.toThrow(/locked/);
    await expect(app.sqlAsApp(scope, `insert into report_correction (report_id, field, value, reason, corrected_by) values ($1, 'teams', '1', 'a reason', $2)`, [report.id, user.id])).rejects.toThrow(/draft/);
    // Only a never-submitted draft can be withdrawn: the policy leaves an approved report out of reach.
    await app.sqlAsApp(scope, `delete from report where id = $1`, [report.id]);
    expect(await app.sql('select status::text from report where id = $1', [report.id])).toEqual([{ status: 'APPROVED' }]);
  });

  it('reopens on the district\'s word with the reason on record; the commune corrects and resubmits; still late by its first submission', async () => {
    const [report] = await okList(DEMO.xaMyTuStaff, `{ allReports(filter: { year: 2022 }) { id version } }`);
    const short = await call(DEMO.myTuStaff, `mutation ($id: ID!, $v: Int!) { reopenReport(id: $id, version: $v, reason: "x") { id } }`, { id: report.id, v: report.version });
    expect(codeOf(short)).toBe('BAD_USER_INPUT');
    expect(codeOf(await call(DEMO.xaMyTuStaff, `mutation ($id: ID!, $v: Int!) { reopenReport(id: $id, version: $v, reason: "Tự mở lại báo cáo") { id } }`, { id: report.id, v: report.version }))).toBe('FORBIDDEN');
    const reopened = (await call(DEMO.myTuStaff, `mutation ($id: ID!, $v: Int!) { reopenReport(id: $id, version: $v, reason: "Số vụ việc chưa khớp sổ theo dõi") { ${REPORT} } }`,
      { id: report.id, v: report.version })).data!.reopenReport;
    expect(reopened).toMatchObject({ status: 'DRAFT', approvedAt: null, timeliness: 'LATE' });
    expect(reopened.events.at(-1)).toMatchObject({ kind: 'REOPENED', reason: 'Số vụ việc chưa khớp sổ theo dõi' });
    const audit = await app.sql(`select action, after->>'reason' as reason from audit_log where entity = 'Report' and entity_id = $1 order by id desc limit 1`, [report.id]);
    expect(audit).toEqual([{ action: 'TRANSITION', reason: 'Số vụ việc chưa khớp sổ theo dõi' }]);

    const fixed = await call(DEMO.xaMyTuStaff, `mutation ($id: ID!, $v: Int!) { correctReportFigure(id: $id, version: $v, field: "casesSettled", value: "0", reason: "Theo sổ theo dõi") { ${REPORT} } }`,
      { id: reopened.id, v: reopened.version });
    const corrected = fixed.data!.correctReportFigure;
    expect(corrected.figures).toMatchObject({ casesSettled: 0, corrected: ['casesSettled'] });
    expect(corrected.corrections).toEqual([{ field: 'casesSettled', computed: String(reopened.figures.casesSettled), previous: String(reopened.figures.casesSettled), value: '0', reason: 'Theo sổ theo dõi' }]);
    expect(corrected.warnings).toContain('casesReceived differs from casesSettled + casesNotSettled + casesInProgress');
    const resubmitted = (await act(DEMO.xaMyTuStaff, 'submitReport', corrected)).data!.submitReport;
    expect(resubmitted).toMatchObject({ status: 'SUBMITTED', timeliness: 'LATE', firstSubmittedAt: reopened.firstSubmittedAt });
    expect(resubmitted.figures.casesSettled).toBe(0);
    expect((await act(DEMO.myTuStaff, 'approveReport', resubmitted)).data!.approveReport.status).toBe('APPROVED');
  });

  it('names the field of a bad correction and writes nothing', async () => {
    const draft = await generate(DEMO.myTuStaff, communes[0].id, 2022);
    const correct = (field: string, value: string, reason: string) => call(DEMO.myTuStaff,
      `mutation ($id: ID!, $v: Int!, $f: String!, $x: String!, $r: String!) { correctReportFigure(id: $id, version: $v, field: $f, value: $x, reason: $r) { id } }`,
      { id: draft.id, v: draft.version, f: field, x: value, r: reason });
    for (const [field, value, reason, expected] of [['settlementRate', '90', 'Tính lại tỷ lệ', 'field'], ['teams', '-1', 'Đếm lại số tổ', 'value'],
      ['teams', '2.5', 'Đếm lại số tổ', 'value'], ['taskProgress.999999', 'Đã làm', 'Bổ sung tiến độ', 'field'], ['teams', '3', 'x', 'reason']] as const) {
      const result = await correct(field, value, reason);
      expect(codeOf(result)).toBe('BAD_USER_INPUT');
      expect(result.errors![0].extensions.field).toBe(expected);
    }
    expect(await app.sql('select 1 from report_correction where report_id = $1', [draft.id])).toHaveLength(0);
  });

  it('approves the district only through the province once every commune submitted; a province report only through the system administrator', async () => {
    for (const commune of communes) {
      const report = await generate(DEMO.myTuStaff, commune.id, 2022);
      if (report.status === 'DRAFT') expect((await act(DEMO.myTuStaff, 'submitReport', report)).errors).toBeUndefined();
    }
    expect(await ok(DEMO.myTuStaff, `query ($u: ID!) { missingReports(unitId: $u, year: 2022) { unitId } }`, { u: units.myTu })).toEqual([]);
    const district = await generate(DEMO.myTuStaff, units.myTu, 2022);
    const submitted = (await act(DEMO.myTuStaff, 'submitReport', district)).data!.submitReport;
    expect(submitted.status).toBe('SUBMITTED');
    expect(codeOf(await act(DEMO.myTuStaff, 'approveReport', submitted))).toBe('FORBIDDEN');

    // A commune report reopened meanwhile holds the district's approval back.
    const [commune] = await okList(DEMO.myTuStaff, `query ($u: ID!) { allReports(filter: { unitId: $u, year: 2022 }) { id version } }`, { u: communes[0].id });
    const reopened = (await call(DEMO.myTuStaff, `mutation ($id: ID!, $v: Int!) { reopenReport(id: $id, version: $v, reason: "Bổ sung số liệu hòa giải") { id version } }`, { id: commune.id, v: commune.version })).data!.reopenReport;
    const held = await act(DEMO.socTrangAdmin, 'approveReport', submitted);
    expect(codeOf(held)).toBe('BAD_USER_INPUT');
    expect(held.errors![0].message).toMatch(/1 unit\(s\) below have not submitted/);
    expect((await act(DEMO.myTuStaff, 'submitReport', reopened)).errors).toBeUndefined();
    expect((await act(DEMO.socTrangAdmin, 'approveReport', submitted)).data!.approveReport.status).toBe('APPROVED');

    const province = await generate(DEMO.socTrangAdmin, units.socTrang, 2022);
    const provinceSubmitted = (await act(DEMO.socTrangAdmin, 'submitReport', province)).data!.submitReport;
    expect(codeOf(await act(DEMO.socTrangAdmin, 'approveReport', provinceSubmitted))).toBe('FORBIDDEN');
    expect((await act(DEMO.sysadmin, 'approveReport', provinceSubmitted)).data!.approveReport.status).toBe('APPROVED');
    expect((await read(DEMO.socTrangAdmin, province.id)).status).toBe('APPROVED');
  });
});
