import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO } from '../support/constants';
import { codeOf, startTestApp, type TestApp } from '../support/harness';
import { directFigures, FIGURE_FIELDS, pathOf, rateOf } from './direct-figures';

/**
 * Yearly reports are generated from the plans' reporting rules and their figures are the data
 * below the unit. Mỹ Tú's plan 127/KH-UBND: yearly, before 15 November, communes report to the
 * district; the district reports on its own plan; Sóc Trăng consolidates (its own plan is known
 * by reference only, so the latest due day below it applies).
 */
let app: TestApp;
const units: Record<string, string> = {};

const REPORT = `id unitId year status basis dueDate dueBefore lastOnTimeDay timeliness daysLate planId version
  figures { ${FIGURE_FIELDS} corrected } computedFigures { teams } taskProgress { taskId code title text corrected }`;
const GENERATE = `mutation ($unitId: ID!, $year: Int!) { generateReport(unitId: $unitId, year: $year) { ${REPORT} } }`;

beforeAll(async () => {
  app = await startTestApp();
  units.xaMyTu = await app.unitId('31597');
  units.myTu = await app.unitId('944');
  units.socTrang = await app.unitId('94');
  units.longPhu = await app.unitId('946');
});
afterAll(() => app?.close());

const generate = async (email: string, unitId: string, year: number) => app.gql(GENERATE, { unitId, year }, { token: await app.login(email) });

describe('ReportService.generate', () => {
  it.each([
    ['a commune (Xã Mỹ Tú)', 'xaMyTu', DEMO.xaMyTuStaff, 'REPORTER_LEVEL'],
    ['a district (Huyện Mỹ Tú)', 'myTu', DEMO.myTuStaff, 'PLAN_OWNER'],
    ['a province (Tỉnh Sóc Trăng)', 'socTrang', DEMO.socTrangAdmin, 'CONSOLIDATING'],
  ])('gives %s figures equal to a direct count of the rows below it, due 15 November', async (_label, unit, email, basis) => {
    for (const year of [2021, 2022]) {
      const result = await generate(email, units[unit], year);
      expect(result.errors).toBeUndefined();
      const report = result.data!.generateReport;
      const direct = await directFigures(app, await pathOf(app, units[unit]), year);
      const { settlementRate, corrected, ...counts } = report.figures;
      expect(counts).toEqual(direct);
      expect(settlementRate).toBeCloseTo(rateOf(direct)!, 10);
      expect(corrected).toEqual([]);
      expect(direct.teams).toBeGreaterThan(0);
      expect(direct.casesReceived).toBeGreaterThan(0);
      expect(report).toMatchObject({ year, status: 'DRAFT', basis, dueDate: `${year}-11-15`, dueBefore: true, lastOnTimeDay: `${year}-11-14` });
    }
  });

  it('reports progress on each of the six tasks of Mỹ Tú\'s plan, with the targets measured', async () => {
    const report = (await generate(DEMO.myTuStaff, units.myTu, 2022)).data!.generateReport;
    expect(report.taskProgress.map((t: { code: string }) => t.code)).toEqual(['1', '2', '3', '4', '5', '6']);
    const task2 = report.taskProgress[1].text as string;
    expect(task2).toMatch(/củng cố, kiện toàn: [\d,]+% \(\d+\/\d+\), chỉ tiêu > 95%: (đạt|chưa đạt)/);
    expect(task2).toMatch(/hòa giải thành: [\d,]+% \(\d+\/\d+\), chỉ tiêu ≥ 85%/);
    expect(task2).toMatch(/chỉ tiêu = 100% đến năm 2025: (đạt|chưa đạt \(chưa đến hạn\))/);
  });

  it('is idempotent: the same report again, no second row, no new event while nothing changed', async () => {
    const first = (await generate(DEMO.xaMyTuStaff, units.xaMyTu, 2022)).data!.generateReport;
    const again = (await generate(DEMO.xaMyTuStaff, units.xaMyTu, 2022)).data!.generateReport;
    expect(again).toEqual(first);
    expect(await app.sql('select count(*)::int as n from report where unit_id = $1 and year = 2022', [units.xaMyTu])).toEqual([{ n: 1 }]);
  });

  it('refreshes a draft when the data below changed, and keeps its hand corrections', async () => {
    const token = await app.login(DEMO.xaMyTuStaff);
    const before = (await generate(DEMO.xaMyTuStaff, units.xaMyTu, 2022)).data!.generateReport;
    const corrected = await app.gql(`mutation ($id: ID!, $version: Int!) {
        correctReportFigure(id: $id, version: $version, field: "mediatorsTrained", value: "7", reason: "Sổ tập huấn ghi 7 người") { version figures { mediatorsTrained corrected } } }`,
      { id: before.id, version: before.version }, { token });
    expect(corrected.data!.correctReportFigure.figures).toEqual({ mediatorsTrained: 7, corrected: ['mediatorsTrained'] });
    const [team] = await app.sql(`select t.id, $1::int as unit_id from mediation_team t where coalesce(t.moved_from_unit_id, t.unit_id) = $1 order by t.id limit 1`, [units.xaMyTu]);
    await app.sql(`insert into case_yearly_count (team_id, unit_id, year, received, settled, not_settled, in_progress)
                   values ($1, $2, 2022, 5, 4, 1, 0) on conflict (team_id, year) do update set received = case_yearly_count.received + 5,
                   settled = case_yearly_count.settled + 4, not_settled = case_yearly_count.not_settled + 1`, [team.id, team.unit_id]);
    const after = (await generate(DEMO.xaMyTuStaff, units.xaMyTu, 2022)).data!.generateReport;
    expect(after.id).toBe(before.id);
    expect(after.figures.casesReceived).toBe(before.figures.casesReceived + 5);
    expect(after.figures.mediatorsTrained).toBe(7);
    expect(after.computedFigures.teams).toBe(before.computedFigures.teams);
    const events = await app.sql(`select kind::text from report_event where report_id = $1 order by id`, [before.id]);
    expect(events.map((e) => e.kind)).toEqual(['GENERATED', 'CORRECTED', 'REFRESHED']);
  });

  it('refuses a unit no reporting rule reaches, naming the field', async () => {
    const result = await generate(DEMO.longPhuStaff, units.longPhu, 2022);
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
    expect(result.errors![0].extensions.field).toBe('unitId');
    expect(await app.sql('select 1 from report where unit_id = $1', [units.longPhu])).toHaveLength(0);
  });

  it('refuses an analyst (reads only) and a unit outside the scope', async () => {
    expect(codeOf(await generate(DEMO.analyst, units.xaMyTu, 2022))).toBe('FORBIDDEN');
    expect(codeOf(await generate(DEMO.longPhuStaff, units.xaMyTu, 2022))).toBe('NOT_FOUND');
    expect(codeOf(await generate(DEMO.xaMyTuStaff, units.myTu, 2022))).toBe('NOT_FOUND');
  });
});

describe('allReports', () => {
  it('lists with figures, unit, corrections and events in a number of statements that does not grow with the page', async () => {
    const token = await app.login(DEMO.socTrangAdmin);
    const communes = await app.sql(`select c.id from admin_unit c join admin_unit d on d.id = c.parent_id where d.code = '944' and c.level = 'COMMUNE' order by c.code`);
    for (const commune of communes) expect((await app.gql(GENERATE, { unitId: commune.id, year: 2021 }, { token })).errors).toBeUndefined();
    const LIST = `query ($perPage: Int!) { allReports(perPage: $perPage, sortField: "unitCode", filter: { year: 2021, withinUnitId: "${units.myTu}" }) {
        id unit { code name } figures { teams settlementRate corrected } taskProgress { code } corrections { field } events { kind } warnings timeliness } }`;
    const count = async (perPage: number) => {
      const result = await app.gql(LIST, { perPage }, { token });
      expect(result.errors).toBeUndefined();
      expect(result.data!.allReports).toHaveLength(perPage);
      return result.extensions!.sqlStatements!;
    };
    const small = await count(2);
    const large = await count(communes.length);
    expect(large).toBe(small);
    const meta = await app.gql(`{ _allReportsMeta(filter: { year: 2021, level: COMMUNE, withinUnitId: "${units.myTu}" }) { count } }`, {}, { token });
    expect(meta.data!._allReportsMeta.count).toBe(communes.length);
  });
});
