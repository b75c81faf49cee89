import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO } from '../support/constants';
import { startTestApp, type TestApp } from '../support/harness';
import { directRollUp } from '../reform/direct-rollup';
import { directFigures, directTeamsWithReview, FIGURE_FIELDS, pathOf, rateOf } from './direct-figures';

/**
 * Indicators are the same figures as the reports, rolled up over a unit's subtree under the
 * caller's row-level security, and Mỹ Tú's three targets are measured with them: > 95% of teams
 * consolidated every year, ≥ 85% settled every year, = 100% of teams led by the hamlet Party-cell
 * secretary by 2025. Every expected value is computed here from the rows, as the owner.
 */
let app: TestApp;
const units: Record<string, string> = {};
let targets: { id: string; indicator: string }[] = [];

beforeAll(async () => {
  app = await startTestApp();
  for (const [name, code] of Object.entries({ xaMyTu: '31597', myTu: '944', socTrang: '94', bacLieu: '95', longAn: '80' })) units[name] = await app.unitId(code);
  targets = (await app.sql(`select t.id::text as id, t.indicator from target t join plan p on p.id = t.plan_id
                             where p.number = '127/KH-UBND' order by t.position`)) as { id: string; indicator: string }[];
});
afterAll(() => app?.close());

const TARGET = `id indicator comparator value applies year actual(year: $year, unitId: $unit) met(year: $year, unitId: $unit)
  evaluation(year: $year, unitId: $unit) { unitId numerator denominator due actual met }`;

describe('Target.actual and met for Mỹ Tú\'s targets', () => {
  it('has the three targets of 127/KH-UBND', () => {
    expect(targets.map((t) => t.indicator)).toEqual(['TEAMS_CONSOLIDATED_SHARE', 'SETTLEMENT_RATE', 'SECRETARY_LED_SHARE']);
  });

  it.each([
    ['Huyện Mỹ Tú (the plan\'s unit, by default)', 'myTu', null],
    ['Xã Mỹ Tú (a commune below it)', 'xaMyTu', 'xaMyTu'],
  ])('measures %s in 2021 and 2022 as a direct computation does', async (_label, unit, argument) => {
    const token = await app.login(DEMO.myTuStaff);
    for (const year of [2021, 2022]) {
      const direct = await directFigures(app, await pathOf(app, units[unit]), year);
      const expected = [
        { numerator: direct.teamsConsolidated, denominator: direct.teams, met: 100 * direct.teamsConsolidated > 95 * direct.teams, due: true },
        { numerator: direct.casesSettled, denominator: direct.casesSettled + direct.casesNotSettled, met: rateOf(direct)! >= 85, due: true },
        { numerator: direct.secretaryLedTeams, denominator: direct.teams, met: direct.secretaryLedTeams === direct.teams, due: year >= 2025 },
      ];
      for (const [index, target] of targets.entries()) {
        const result = await app.gql(`query ($id: ID!, $year: Int!, $unit: ID) { Target(id: $id) { ${TARGET} } }`,
          { id: target.id, year, unit: argument ? units[argument] : null }, { token });
        expect(result.errors).toBeUndefined();
        const found = result.data!.Target;
        const want = expected[index];
        expect(found.evaluation).toMatchObject({ unitId: units[unit], numerator: want.numerator, denominator: want.denominator, due: want.due, met: want.met });
        expect(found.actual).toBeCloseTo((100 * want.numerator) / want.denominator, 10);
        expect(found.met).toBe(want.met);
      }
    }
  });

  it('reads Mỹ Tú district\'s 2022 results as the demo data has them: none of the three targets met', async () => {
    const token = await app.login(DEMO.analyst);
    const result = await app.gql(`query ($year: Int!, $unit: ID) { allTargets(filter: { ids: ${JSON.stringify(targets.map((t) => t.id))} }) { ${TARGET} } }`,
      { year: 2022, unit: null }, { token });
    expect(result.errors).toBeUndefined();
    expect(result.data!.allTargets.map((t: { met: boolean }) => t.met)).toEqual([false, false, false]);
  });
});

describe('AdministrativeUnit.indicators', () => {
  it('rolls a district\'s and a province\'s figures up from the rows below them', async () => {
    const token = await app.login(DEMO.socTrangAdmin);
    for (const unit of ['myTu', 'socTrang']) {
      const result = await app.gql(`query ($id: ID!) { AdministrativeUnit(id: $id) { indicators(year: 2022) { unitId year ${FIGURE_FIELDS} trainers trainersTrained } } }`,
        { id: units[unit] }, { token });
      expect(result.errors).toBeUndefined();
      const { unitId, year, settlementRate, trainers, trainersTrained, ...counts } = result.data!.AdministrativeUnit.indicators;
      expect({ unitId, year }).toEqual({ unitId: units[unit], year: 2022 });
      expect(counts).toEqual(await directFigures(app, await pathOf(app, units[unit]), 2022));
      expect(settlementRate).toBeCloseTo(rateOf(counts)!, 10);
      const [pool] = await app.sql(`select count(t.id)::int as trainers, count(*) filter (where t.trained_on <= '2022-12-31')::int as trained
          from trainer t join trainer_pool p on p.id = t.pool_id where p.unit_id = $1 and p.period_from <= '2022-12-31' and (p.period_to is null or p.period_to >= '2022-01-01')`, [units[unit]]);
      expect({ trainers, trainersTrained }).toEqual({ trainers: pool.trainers, trainersTrained: pool.trained });
    }
  });

  it('answers a page of units with their indicators in a number of statements that does not grow with the page', async () => {
    const token = await app.login(DEMO.analyst);
    const count = async (perPage: number) => {
      const result = await app.gql(`query ($p: ID!, $n: Int!) { allAdministrativeUnits(perPage: $n, filter: { parentId: $p }) { code pilot indicators(year: 2022) { teams settlementRate } } }`,
        { p: units.socTrang, n: perPage }, { token });
      expect(result.errors).toBeUndefined();
      expect(result.data!.allAdministrativeUnits).toHaveLength(perPage);
      expect(result.data!.allAdministrativeUnits.every((u: { indicators: { teams: number } }) => u.indicators.teams > 0)).toBe(true);
      return result.extensions!.sqlStatements!;
    };
    expect(await count(11)).toBe(await count(2));
  });

  it('answers only for units in the caller\'s scope: null elsewhere, never a partial sum', async () => {
    const query = `query ($id: ID!) { AdministrativeUnit(id: $id) { indicators(year: 2022) { teams casesReceived } } }`;
    const as = async (email: string, unit: string) => (await app.gql(query, { id: units[unit] }, { token: await app.login(email) })).data!.AdministrativeUnit.indicators;
    const province = await as(DEMO.socTrangAdmin, 'socTrang');
    expect(await as(DEMO.analyst, 'socTrang')).toEqual(province);
    expect(await as(DEMO.canThoAdmin, 'socTrang')).toEqual(province);
    expect(await as(DEMO.analyst, 'bacLieu')).not.toBeNull();
    expect(await as(DEMO.analyst, 'longAn')).toBeNull();
    expect(await as(DEMO.myTuStaff, 'socTrang')).toBeNull();
    expect(await as(DEMO.xaMyTuStaff, 'myTu')).toBeNull();
    expect(await as(DEMO.bacLieuAdmin, 'myTu')).toBeNull();
  });
});

describe('a year whose team reviews were not recorded', () => {
  it('has no consolidated count or share (null, shown as no data), not 0; a year with reviews has them; a target on it is not evaluated', async () => {
    const analyst = await app.login(DEMO.analyst);
    const QUERY = `query ($id: ID!, $year: Int!) { AdministrativeUnit(id: $id) { indicators(year: $year) { teams teamsConsolidated teamsWithReview consolidatedShare } } }`;
    for (const unit of ['xaMyTu', 'myTu']) {
      const path = await pathOf(app, units[unit]);
      // The demo data records reviews from 2021: 2020 has teams and no review.
      const before = (await app.gql(QUERY, { id: units[unit], year: 2020 }, { token: analyst })).data!.AdministrativeUnit.indicators;
      expect(before.teams).toBeGreaterThan(0);
      expect(before).toMatchObject({ teamsConsolidated: null, teamsWithReview: 0, consolidatedShare: null });
      expect(await directTeamsWithReview(app, path, 2020)).toBe(0);
      const after = (await app.gql(QUERY, { id: units[unit], year: 2022 }, { token: analyst })).data!.AdministrativeUnit.indicators;
      expect(after.teamsWithReview).toBe(await directTeamsWithReview(app, path, 2022));
      expect(after.teamsWithReview).toBeGreaterThan(0);
      expect(after.consolidatedShare).toBeCloseTo((100 * after.teamsConsolidated) / after.teams, 10);
    }
    // Mỹ Tú's "> 95% of teams consolidated every year" has nothing to be measured by in 2020.
    const consolidated = targets.find((t) => t.indicator === 'TEAMS_CONSOLIDATED_SHARE')!;
    const token = await app.login(DEMO.myTuStaff);
    const target = await app.gql(`query ($id: ID!, $year: Int!, $unit: ID) { Target(id: $id) { ${TARGET} } }`, { id: consolidated.id, year: 2020, unit: null }, { token });
    expect(target.errors).toBeUndefined();
    expect(target.data!.Target).toMatchObject({ actual: null, met: null });
  });
});

describe('a year whose cases were not recorded', () => {
  const QUERY = `query ($id: ID!) { AdministrativeUnit(id: $id) {
    indicatorSeries(fromYear: 2019, toYear: 2021) { year indicators { teams casesReceived casesSettled casesNotSettled casesInProgress settlementRate } } } }`;
  const seriesOf = async (unit: string, token: string) =>
    Object.fromEntries(((await app.gql(QUERY, { id: units[unit] }, { token })).data!.AdministrativeUnit.indicatorSeries as { year: number; indicators: Record<string, number | null> }[])
      .map((y) => [y.year, y.indicators]));
  const NO_CASE_COUNTS = { casesReceived: null, casesSettled: null, casesNotSettled: null, casesInProgress: null };
  const NO_CASES = { ...NO_CASE_COUNTS, settlementRate: null };

  it('has no case figures (null, shown as no data), not 0; a paper count of no cases is a record; deleting it leaves no data again', async () => {
    const analyst = await app.login(DEMO.analyst);
    const staff = await app.login(DEMO.xaMyTuStaff);
    // The demo case books begin in 2021: 2019 has teams and mediators, and no case book row or paper count.
    for (const unit of ['xaMyTu', 'myTu']) {
      const series = await seriesOf(unit, analyst);
      expect(series[2019].teams).toBeGreaterThan(0);
      expect(series[2019]).toMatchObject(NO_CASES);
      expect(await directFigures(app, await pathOf(app, units[unit]), 2019)).toMatchObject(NO_CASE_COUNTS);
      expect(series[2021].casesReceived).toBeGreaterThan(0);
    }
    // A team of Xã Mỹ Tú records its 2019 on paper: no case at all. The year is now recorded, as 0.
    const hamlet = await app.gql('mutation ($unitId: ID!) { createHamlet(unitId: $unitId, name: "Ấp Sổ giấy 2019", kind: AP) { id } }', { unitId: units.xaMyTu }, { token: staff });
    const team = await app.gql('mutation ($hamletId: ID!) { createMediationTeam(hamletId: $hamletId) { id } }', { hamletId: hamlet.data!.createHamlet.id }, { token: staff });
    const paper = await app.gql('mutation ($teamId: ID!) { createCaseYearlyCount(teamId: $teamId, year: 2019, settled: 0, notSettled: 0, inProgress: 0) { id version received } }',
      { teamId: team.data!.createMediationTeam.id }, { token: staff });
    expect(paper.errors).toBeUndefined();
    expect(paper.data!.createCaseYearlyCount.received).toBe(0);
    for (const unit of ['xaMyTu', 'myTu']) {
      expect((await seriesOf(unit, analyst))[2019]).toMatchObject({ casesReceived: 0, casesSettled: 0, casesNotSettled: 0, casesInProgress: 0, settlementRate: null });
      expect(await directFigures(app, await pathOf(app, units[unit]), 2019)).toMatchObject({ casesReceived: 0, casesInProgress: 0 });
    }
    // Today's Xã Mỹ Tú (2025), whose history is that of the teams that now belong to it, has no 2019
    // cases either: the paper count belongs to a team of a hamlet still under the 2021 commune.
    const today = await app.unitId('31567', '2025-07-01');
    const rolled = (await app.gql(QUERY, { id: today }, { token: await app.login(DEMO.canThoAdmin) })).data!.AdministrativeUnit.indicatorSeries;
    expect(rolled[0]).toMatchObject({ year: 2019, indicators: NO_CASES });
    expect(await directRollUp(app, await pathOf(app, today), 2019)).toMatchObject(NO_CASE_COUNTS);
    expect(rolled[2].indicators.casesReceived).toBeGreaterThan(0);
    // Bạc Liêu, where nothing of 2019 was recorded, still has no data.
    expect((await seriesOf('bacLieu', analyst))[2019]).toMatchObject(NO_CASES);
    const { id, version } = paper.data!.createCaseYearlyCount;
    const deleted = await app.gql('mutation ($id: ID!, $version: Int!) { deleteCaseYearlyCount(id: $id, version: $version) { id } }', { id, version }, { token: staff });
    expect(deleted.errors).toBeUndefined();
    expect((await seriesOf('xaMyTu', analyst))[2019]).toMatchObject(NO_CASES);
    // Mỹ Tú's "≥ 85% settled every year" has nothing to be measured by in 2019.
    const settlement = targets.find((t) => t.indicator === 'SETTLEMENT_RATE')!;
    const target = await app.gql(`query ($id: ID!, $year: Int!, $unit: ID) { Target(id: $id) { ${TARGET} } }`, { id: settlement.id, year: 2019, unit: null }, { token: await app.login(DEMO.myTuStaff) });
    expect(target.errors).toBeUndefined();
    expect(target.data!.Target).toMatchObject({ actual: null, met: null, evaluation: { numerator: null, denominator: null, met: null } });
  });
});

describe('personal data of cases', () => {
  const SECRET = 'Ông Trần Văn Bảomật và bà Lê Thị Riêngtư, ấp Kiểm Tra';

  it('counts a case with parties in the indicators and reports, and never lets the names reach them or an analyst', async () => {
    const [team] = await app.sql(`select id, $1::int as unit_id from mediation_team where coalesce(moved_from_unit_id, unit_id) = $1 order by id limit 1`, [units.xaMyTu]);
    const [created] = await app.sql(`insert into mediation_case (team_id, unit_id, received_on, category, outcome, closed_on)
                                     values ($1, $2, '2022-06-01', 'LAND', 'SETTLED', '2022-06-20') returning id`, [team.id, team.unit_id]);
    await app.sql(`insert into mediation_case_parties (case_id, unit_id, parties) values ($1, $2, $3)`, [created.id, team.unit_id, SECRET]);

    const direct = await directFigures(app, await pathOf(app, units.xaMyTu), 2022);
    const analyst = await app.login(DEMO.analyst);
    const indicators = await app.gql(`query ($id: ID!) { AdministrativeUnit(id: $id) { indicators(year: 2022) { casesReceived casesSettled } } }`, { id: units.xaMyTu }, { token: analyst });
    expect(indicators.data!.AdministrativeUnit.indicators).toEqual({ casesReceived: direct.casesReceived, casesSettled: direct.casesSettled });

    const report = await app.gql(`mutation ($u: ID!) { generateReport(unitId: $u, year: 2022) { id figures { casesReceived } taskProgress { text } } }`,
      { u: units.xaMyTu }, { token: await app.login(DEMO.xaMyTuStaff) });
    expect(report.data!.generateReport.figures.casesReceived).toBe(direct.casesReceived);
    const read = await app.gql(`{ allReports(filter: { year: 2022 }) { figures { casesReceived } taskProgress { text } corrections { value } events { reason } } }`, {}, { token: analyst });
    expect(read.data!.allReports.length).toBeGreaterThan(0);
    for (const answer of [indicators, report, read]) expect(JSON.stringify(answer)).not.toMatch(/Bảomật|Riêngtư/);
    const stored = await app.sql(`select count(*)::int as n from report where (figures::text || task_progress::text || overrides::text) like '%Bảomật%'`);
    expect(stored).toEqual([{ n: 0 }]);

    // No type the reports, indicators or pilots answer with has a field for parties.
    const schema = await app.gql(`{ __schema { types { name fields { name } } } }`, {}, { token: analyst });
    const mine = ['MediationFigures', 'UnitIndicators', 'ReportFigures', 'Report', 'ReportTaskProgress', 'PilotCandidate', 'PilotSelection', 'PilotRanking', 'IndicatorsComparison'];
    const fields = schema.data!.__schema.types.filter((t: { name: string }) => mine.includes(t.name)).flatMap((t: { fields: { name: string }[] }) => t.fields.map((f) => f.name));
    expect(fields.length).toBeGreaterThan(50);
    expect(fields.filter((name: string) => /part(y|ies)|address|name$/i.test(name) && !['name', 'parentName', 'chosenByName'].includes(name))).toEqual([]);

    // At the SQL level the analyst's scope reads no parties, though it reads the case.
    const [user] = await app.sql(`select id from app_user where email = $1`, [DEMO.analyst]);
    const scope = { read: '{y2021.p94,y2021.p95}', write: '', userId: user.id };
    expect(await app.sqlAsApp(scope, `select 1 from mediation_case where id = $1`, [created.id])).toHaveLength(1);
    expect(await app.sqlAsApp(scope, `select parties from mediation_case_parties`)).toEqual([]);
  });
});
