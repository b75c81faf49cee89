import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { directFigures } from '../reports/direct-figures';
import { DEMO } from '../support/constants';
import { codeOf, startTestApp, type TestApp } from '../support/harness';

/**
 * A unit's dashboard (issue 9, section 1): every row of the units directly below equals the same
 * figures counted straight from the rows as the database owner; the number of statements does not
 * depend on the number of units below; another tenant's unit answers "not found".
 */
let app: TestApp;

beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app?.close());

const DASHBOARD = `query ($unitId: ID, $year: Int, $fromYear: Int) { unitDashboard(unitId: $unitId, year: $year, fromYear: $fromYear) {
  unit { id code level } year fromYear
  trend { year teams mediators casesSettled casesNotSettled settlementRate }
  report { unitId dueDate status timeliness daysLate }
  plans { id number }
  rows {
    unit { id code name } pilot
    plans { planId status implementingPlanId }
    report { unitId dueDate dueBefore reportId status timeliness daysLate }
    targetsMet targetsNotMet targetsNoData teamsNow teamsCompliantNow compliantShare trainerShortfall
    figures { year teams teamsConsolidated secretaryLedTeams mediators mediatorsWomen mediatorsEthnicMinority mediatorsTrained newMediators
              newMediatorsTrained casesReceived casesSettled casesNotSettled casesInProgress }
  }
  lateReports { unitId timeliness daysLate }
  pilotUnits { id }
  trainerShortfall teamsNeedingAttentionCount teamsNeedingAttention { teamId reasons } untrainedMediatorsCount untrainedMediators { mediatorId }
} }`;

type Dashboard = Record<string, any>;

async function dashboard(email: string, unitId: string | null, year?: number) {
  const result = await app.gql<{ unitDashboard: Dashboard }>(DASHBOARD, { unitId, year }, { token: await app.login(email) });
  return result;
}

async function ok(email: string, unitId: string | null, year?: number): Promise<{ data: Dashboard; statements: number }> {
  const result = await dashboard(email, unitId, year);
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  return { data: result.data!.unitDashboard, statements: result.extensions!.sqlStatements! };
}

/** What a unit owes for the year and where its report stands, straight from the rows (days late in Vietnam's calendar). */
async function directReport(unitId: string, year: number) {
  const [row] = await app.sql(
    `select o.due_date::text as "dueDate", o.due_before as "dueBefore", r.id::text as "reportId", r.status::text as status,
            greatest(0, coalesce((r.first_submitted_at at time zone 'Asia/Ho_Chi_Minh')::date, (now() at time zone 'Asia/Ho_Chi_Minh')::date)
                        - (o.due_date - case when o.due_before then 1 else 0 end))::int as "daysLate",
            r.first_submitted_at is not null as submitted
       from app.report_obligations(array[$1::int], $2) o left join report r on r.unit_id = o.unit_id and r.year = $2`,
    [unitId, year]);
  if (!row) return null;
  const timeliness = row.submitted ? (row.daysLate > 0 ? 'LATE' : 'ON_TIME') : (row.daysLate > 0 ? 'OVERDUE' : 'NOT_DUE');
  return { unitId, dueDate: row.dueDate, dueBefore: row.dueBefore, reportId: row.reportId, status: row.status, timeliness, daysLate: row.daysLate };
}

/** Active teams under a unit today and how many meet the law, straight from the rows. */
async function directCompliance(path: string) {
  const [row] = await app.sql(
    `select count(*)::int as teams, count(*) filter (where v.compliant)::int as compliant
       from mediation_team t join mediation_team_compliance v on v.team_id = t.id
      where t.unit_path <@ $1::ltree and t.status = 'ACTIVE'`, [path]);
  return row as { teams: number; compliant: number };
}

/**
 * Trainers missing in a unit's pools in force in the year: ceil(teams / teams per trainer) - trainers, per pool, the
 * teams counted on the pool's last day in force (today, or the end of its period or of its unit) where they were that day.
 */
async function directShortfall(unitId: string, year: number): Promise<number | null> {
  const rows = await app.sql(
    `select greatest(0, ceil(c.teams::numeric / p.teams_per_trainer)::int - (select count(*)::int from trainer t where t.pool_id = p.id)) as missing
       from trainer_pool p
       join admin_unit u on u.id = p.unit_id
       cross join lateral (select least(current_date, coalesce(p.period_to, current_date), coalesce(u.valid_to, current_date)) as day) d
       cross join lateral (select count(*)::int as teams from mediation_team t
                            where ((t.unit_path <@ p.unit_path and (t.moved_on is null or t.moved_on <= d.day))
                                   or (t.moved_from_path <@ p.unit_path and t.moved_on > d.day))
                              and (t.established_on is null or t.established_on <= d.day) and (t.dissolved_on is null or t.dissolved_on > d.day)) c
      where p.unit_id = $1 and p.period_from <= make_date($2, 12, 31) and (p.period_to is null or p.period_to >= make_date($2, 1, 1))`,
    [unitId, year]);
  return rows.length === 0 ? null : rows.reduce((sum, row) => sum + Number(row.missing), 0);
}

/** Each row of a dashboard against the direct counts of its unit. */
async function expectRowsMatchDirectCounts(data: Dashboard, year: number) {
  const children = await app.sql(
    `select id::text as id, code, path::text as path from admin_unit
      where parent_id = $1 and valid_from <= make_date($2, 12, 31) and (valid_to is null or valid_to >= make_date($2, 1, 1)) order by code, id`,
    [data.unit.id, year]);
  expect(data.rows.map((r: Dashboard) => r.unit.id)).toEqual(children.map((c) => c.id));
  for (const [index, child] of children.entries()) {
    const row = data.rows[index];
    const label = `${child.code} ${year}`;
    const figures = row.figures.find((f: Dashboard) => f.year === year);
    expect(figures, label).toMatchObject(await directFigures(app, child.path, year));
    expect(row.report, label).toEqual(await directReport(child.id, year));
    const compliance = await directCompliance(child.path);
    expect({ teams: row.teamsNow, compliant: row.teamsCompliantNow }, label).toEqual(compliance);
    expect(row.trainerShortfall, label).toBe(await directShortfall(child.id, year));
    const [pilot] = await app.sql('select exists (select 1 from pilot_unit where unit_path <@ $1::ltree) as pilot', [child.path]);
    expect(row.pilot, label).toBe(pilot.pilot);
    for (const plan of row.plans) {
      const implementing = await app.sql('select id::text as id, status::text as status from plan where parent_plan_id = $1 and unit_id = $2 order by status = \'DRAFT\', id', [plan.planId, child.id]);
      expect(plan, label).toEqual({
        planId: plan.planId,
        status: implementing.length === 0 ? 'NONE' : implementing[0].status === 'DRAFT' ? 'DRAFTED' : 'ISSUED',
        implementingPlanId: implementing[0]?.id ?? null,
      });
    }
    expect(row.targetsMet + row.targetsNotMet + row.targetsNoData, label).toBeGreaterThanOrEqual(0);
  }
  const late = data.lateReports.map((r: Dashboard) => r.timeliness);
  expect(late.every((t: string) => t === 'LATE' || t === 'OVERDUE')).toBe(true);
}

describe('unitDashboard', () => {
  it.each([2022, 2023, 2024])('gives Sóc Trăng (2021 tree) a row per district equal to the direct counts, %i', async (year) => {
    const soctrang = await app.unitId('94');
    const { data } = await ok(DEMO.socTrangAdmin, soctrang, year);
    expect(data.unit).toMatchObject({ code: '94', level: 'PROVINCE' });
    expect(data.rows.length).toBe(11);
    await expectRowsMatchDirectCounts(data, year);
  });

  it('gives today\'s Cà Mau a row per commune for 2026 equal to the direct counts, with the late and missing reports', async () => {
    const camau = await app.unitId('96', '2025-07-01');
    const { data } = await ok(DEMO.caMauAdmin, camau, 2026);
    expect(data.rows.length).toBeGreaterThan(20);
    await expectRowsMatchDirectCounts(data, 2026);
    const direct = (await Promise.all(data.rows.map((r: Dashboard) => directReport(r.unit.id, 2026))))
      .filter((r) => r && (r.timeliness === 'LATE' || r.timeliness === 'OVERDUE')).map((r) => r!.unitId).sort();
    expect(data.lateReports.map((r: Dashboard) => r.unitId).sort()).toEqual(direct);
  });

  it('opens on the caller\'s own unit and the latest year with data', async () => {
    const { data } = await ok(DEMO.myTuStaff, null);
    expect(data.unit.code).toBe('944');
    const latest = await app.gql('{ latestDataYear }', {}, { token: await app.login(DEMO.myTuStaff) });
    expect(data.year).toBe(latest.data!.latestDataYear);
    expect(data.trend.map((t: Dashboard) => t.year)).toEqual([data.year - 4, data.year - 3, data.year - 2, data.year - 1, data.year]);
  });

  it('counts the targets of a unit\'s own plan as the plan\'s evaluations say: met, not met, no data', async () => {
    const token = await app.login(DEMO.socTrangAdmin);
    const { data } = await ok(DEMO.socTrangAdmin, await app.unitId('94'), 2023);
    const myTu = data.rows.find((r: Dashboard) => r.unit.code === '944');
    const [plan] = await app.sql(`select id::text as id from plan where number = '127/KH-UBND'`);
    const result = await app.gql(`query ($id: ID!, $unit: ID!) { Plan(id: $id) { tasks { targets { evaluation(year: 2023, unitId: $unit) { met due } } } } }`,
      { id: plan.id, unit: myTu.unit.id }, { token });
    expect(result.errors).toBeUndefined();
    const due = result.data!.Plan.tasks.flatMap((t: Dashboard) => t.targets).map((t: Dashboard) => t.evaluation).filter((e: Dashboard) => e.due);
    expect(due.length).toBeGreaterThan(0);
    expect({ met: myTu.targetsMet, notMet: myTu.targetsNotMet, noData: myTu.targetsNoData }).toEqual({
      met: due.filter((e: Dashboard) => e.met === true).length,
      notMet: due.filter((e: Dashboard) => e.met === false).length,
      noData: due.filter((e: Dashboard) => e.met == null).length,
    });
  });

  it('counts a target as no data, never as not met, when nothing was measured', async () => {
    const myTu = await app.unitId('944');
    const { data } = await ok(DEMO.myTuStaff, myTu, 2030);
    for (const row of data.rows) expect(row.targetsNotMet).toBe(0);
  });

  it('lists a commune\'s teams needing attention and its untrained mediators as the rows say', async () => {
    const commune = await app.unitId('31567', '2025-07-01');
    const { data } = await ok(DEMO.xaMyTu2025Staff, commune, 2026);
    const [path] = await app.sql('select path::text as path from admin_unit where id = $1', [commune]);
    const [direct] = await app.sql(
      `select (select count(*)::int from mediation_team t join mediation_team_compliance v on v.team_id = t.id
                where t.unit_path <@ $1::ltree and t.status = 'ACTIVE' and not v.compliant) as attention,
              (select count(*)::int from mediator m where m.unit_path <@ $1::ltree and m.status = 'ACTIVE' and not m.trained) as untrained`, [path.path]);
    expect(data.teamsNeedingAttentionCount).toBe(direct.attention);
    expect(data.teamsNeedingAttention.length).toBe(Math.min(100, direct.attention));
    expect(data.untrainedMediatorsCount).toBe(direct.untrained);
    expect(data.report?.unitId ?? null).toBe((await directReport(commune, 2026))?.unitId ?? null);
  });

  it('runs the same number of statements whatever the number of units below', async () => {
    const counts = {
      soctrang: (await ok(DEMO.socTrangAdmin, await app.unitId('94'), 2023)).statements,
      myTu: (await ok(DEMO.socTrangAdmin, await app.unitId('944'), 2023)).statements,
      commune: (await ok(DEMO.socTrangAdmin, await app.unitId('31597'), 2023)).statements,
      camau: (await ok(DEMO.caMauAdmin, await app.unitId('96', '2025-07-01'), 2026)).statements,
    };
    expect(new Set(Object.values(counts)).size, JSON.stringify(counts)).toBe(1);
    expect(counts.soctrang).toBeLessThanOrEqual(14);
  });

  it('answers another province\'s unit as not found, and a district\'s province as not found', async () => {
    expect(codeOf(await dashboard(DEMO.socTrangAdmin, await app.unitId('95'), 2022))).toBe('NOT_FOUND');
    expect(codeOf(await dashboard(DEMO.caMauAdmin, await app.unitId('92', '2025-07-01'), 2026))).toBe('NOT_FOUND');
    expect(codeOf(await dashboard(DEMO.myTuStaff, await app.unitId('94'), 2022))).toBe('NOT_FOUND');
    expect(codeOf(await dashboard(DEMO.myTuStaff, await app.unitId('946'), 2022))).toBe('NOT_FOUND');
  });

  it('asks the system administrator, who has no unit, to name one', async () => {
    const result = await dashboard(DEMO.sysadmin, null, 2022);
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'unitId', reason: 'UNIT_ID_REQUIRED' });
    const { data } = await ok(DEMO.sysadmin, await app.unitId('95'), 2022);
    expect(data.unit.code).toBe('95');
  });

  it('gives an analyst the figures of the units it is granted only', async () => {
    const baclieu = await app.unitId('95');
    const { data } = await ok(DEMO.analyst, baclieu, 2022);
    expect(data.rows.length).toBeGreaterThan(0);
    expect(codeOf(await dashboard(DEMO.analyst, await app.unitId('96', '2025-07-01'), 2026))).toBe('NOT_FOUND');
  });
  it('measures a target on a REPORTED indicator from the reports below, as Target.evaluation does', async () => {
    const myTu = await app.unitId('944');
    const rowOf = async () => (await ok(DEMO.myTuStaff, myTu, 2022)).data.rows.find((r: Dashboard) => r.unit.code === '31597');
    const before = await rowOf();
    const token = await app.login(DEMO.myTuStaff);
    const [plan] = await app.sql(`select id::text as id from plan where number = '127/KH-UBND'`);
    const created = await app.gql(`mutation ($planId: ID!) { createTarget(planId: $planId, indicator: TEAMS_LEGAL_SUPPORT_SHARE, comparator: GTE,
      value: "50", applies: EVERY_YEAR) { id } }`, { planId: plan.id }, { token });
    expect(created.errors).toBeUndefined();
    const targetId = created.data!.createTarget.id;
    // Xã Mỹ Tú enters its share in its 2022 draft report: 3 of its 4 teams supported (75%).
    const commune = await app.login(DEMO.xaMyTuStaff);
    const report = await app.gql(`mutation ($u: ID!) { generateReport(unitId: $u, year: 2022) { id version } }`, { u: before.unit.id }, { token: commune });
    expect(report.errors).toBeUndefined();
    const { id, version } = report.data!.generateReport;
    const entered = await app.gql(`mutation ($id: ID!, $version: Int!) { setReportIndicatorValue(id: $id, version: $version, indicator: TEAMS_LEGAL_SUPPORT_SHARE,
      numerator: "3", denominator: "4") { id } }`, { id, version }, { token: commune });
    expect(entered.errors).toBeUndefined();
    try {
      const evaluation = await app.gql(`query ($id: ID!, $unit: ID!) { Target(id: $id) { evaluation(year: 2022, unitId: $unit) { status actual } } }`,
        { id: targetId, unit: before.unit.id }, { token });
      expect(evaluation.data!.Target.evaluation).toEqual({ status: 'MET', actual: 75 });
      const after = await rowOf();
      expect({ met: after.targetsMet, notMet: after.targetsNotMet, noData: after.targetsNoData })
        .toEqual({ met: before.targetsMet + 1, notMet: before.targetsNotMet, noData: before.targetsNoData });
    } finally {
      await app.sql('delete from report where id = $1', [id]);
      await app.sql('delete from target where id = $1', [targetId]);
    }
  });
});
