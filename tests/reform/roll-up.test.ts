import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO } from '../support/constants';
import { startTestApp, type TestApp } from '../support/harness';
import { directFigures, FIGURE_FIELDS } from '../reports/direct-figures';
import { directRollUp, unassignedTeams } from './direct-rollup';

/**
 * History rolled up to today's units (issue 8, section 3): a unit that succeeded others has as
 * figures those of the teams that now belong to it, every year, whatever unit the records were made
 * under; where hamlets are still unassigned, it says what share it covers; a unit of the 2021 tree
 * asked for a year after its abolition has no data, and says who succeeded it.
 */
let app: TestApp;
const units: Record<string, string> = {};
const tokens: Record<string, string> = {};
const COUNTS = FIGURE_FIELDS.replace('settlementRate', '');
const COVERAGE = 'coverage { teamsCovered teamsPending teamsMaybe share complete }';

beforeAll(async () => {
  app = await startTestApp();
  for (const [name, code] of Object.entries({ canTho: '92', caMau: '96', xaMyTu: '31567' })) units[name] = await app.unitId(code, '2025-07-01');
  for (const [name, code] of Object.entries({ socTrang: '94', myTuDistrict: '944', xaMyTu2021: '31597' })) units[name] = await app.unitId(code);
  for (const [name, email] of Object.entries({
    canTho: DEMO.canThoAdmin, caMau: DEMO.caMauAdmin, xaMyTu: DEMO.xaMyTu2025Staff, analyst: DEMO.analyst2025, sysadmin: DEMO.sysadmin,
  })) tokens[name] = await app.login(email);
});
afterAll(() => app?.close());

const pathOf = async (id: string): Promise<string> => (await app.sql('select path::text as path from admin_unit where id = $1', [id]))[0].path;

async function indicatorsOf(token: string, unitId: string, year: number): Promise<Record<string, any>> {
  const result = await app.gql(`query ($id: ID!, $year: Int!) { AdministrativeUnit(id: $id) { indicators(year: $year) { ${COUNTS} ${COVERAGE} } } }`,
    { id: unitId, year }, { token });
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  return result.data!.AdministrativeUnit.indicators;
}

/** The 2021 units whose whole territory, or part of it, went into today's unit (owner SQL). */
const predecessorPaths = async (unitId: string): Promise<string[]> =>
  (await app.sql(`select p.path::text as path from unit_succession s join admin_unit p on p.id = s.predecessor_id where s.successor_id = $1 order by p.path`,
    [unitId])).map((row) => row.path as string);

describe('the figures of today\'s units over the years before the reform', () => {
  it('gives today\'s Thành phố Cần Thơ (92) and Xã Mỹ Tú (31567) for 2022 the sums over the records of the teams that now belong to them', async () => {
    for (const [unit, accounts] of [[units.canTho, [tokens.canTho, tokens.analyst, tokens.sysadmin]], [units.xaMyTu, [tokens.xaMyTu, tokens.canTho]]] as const) {
      const direct = await directRollUp(app, await pathOf(unit), 2022);
      expect(direct.teams).toBeGreaterThan(0);
      expect(direct.casesReceived).toBeGreaterThan(0);
      for (const token of accounts) {
        const found = await indicatorsOf(token, unit, 2022);
        expect(found).toMatchObject(direct);
        expect(found.coverage.teamsCovered).toBe(direct.teams);
      }
    }
  });

  it('makes today\'s xã Mỹ Tú\'s 2022 the 2022 of the 2021 communes that went wholly into it', async () => {
    const [xaMyTu] = [await indicatorsOf(tokens.xaMyTu, units.xaMyTu, 2022)];
    const kinds = await app.sql(`select distinct s.kind::text as kind from unit_succession s where s.successor_id = $1`, [units.xaMyTu]);
    expect(kinds.map((k) => k.kind)).toEqual(['FULL']);
    const sums: Record<string, number> = {};
    for (const path of await predecessorPaths(units.xaMyTu)) {
      for (const [field, value] of Object.entries(await directFigures(app, path, 2022))) sums[field] = (sums[field] ?? 0) + value;
    }
    expect(xaMyTu).toMatchObject(sums);
    expect(xaMyTu.coverage).toEqual({ teamsCovered: sums.teams, teamsPending: 0, teamsMaybe: 0, share: 100, complete: true });
  });

  it('reports the coverage of a unit with unassigned hamlets: teams covered, teams that will belong, and those that may', async () => {
    const waiting = await unassignedTeams(app, 2022);
    expect(waiting.length).toBeGreaterThan(0);
    const pending = waiting.reduce((sum, h) => sum + h.teams, 0);
    // Every candidate of these hamlets lies in Cần Thơ (they are Sóc Trăng's): all of them will belong to 92.
    const canTho = await indicatorsOf(tokens.canTho, units.canTho, 2022);
    expect(canTho.coverage).toMatchObject({ teamsCovered: canTho.teams, teamsPending: pending, teamsMaybe: 0, complete: false });
    expect(canTho.coverage.share).toBeCloseTo((100 * canTho.teams) / (canTho.teams + pending), 10);
    expect(canTho.coverage.share).toBeLessThan(100);
    // A target's evaluation says the same coverage of the figures it measures.
    const [plan] = await app.sql('select id::text from plan where unit_id = $1 order by id limit 1', [units.canTho]);
    const created = await app.gql(`mutation ($planId: ID!) { createTarget(planId: $planId, indicator: TEAMS_CONSOLIDATED_SHARE, comparator: GT, value: "90",
      applies: EVERY_YEAR) { id evaluation(unitId: "${units.canTho}", year: 2022) { actual ${COVERAGE} } } }`, { planId: plan.id }, { token: tokens.canTho });
    expect(created.errors, JSON.stringify(created.errors)).toBeUndefined();
    expect(created.data!.createTarget.evaluation.coverage).toEqual(canTho.coverage);
    expect(created.data!.createTarget.evaluation.actual).toBeCloseTo((100 * canTho.teamsConsolidated) / canTho.teams, 6);
    // The pilot ranking of Cần Thơ's communes on 2022 says each commune's coverage, as its indicators do.
    const [pilotTask] = await app.sql(`select t.id::text from plan_task t join task_criterion c on c.task_id = t.id where t.unit_id = $1 and c.kind = 'PILOT_SELECTION'`, [units.canTho]);
    const ranking = await app.gql(`query ($t: ID!) { pilotCandidates(planTaskId: $t, year: 2022) { candidates { unitId ${COVERAGE} unit { indicators(year: 2022) { ${COVERAGE} } } } } }`,
      { t: pilotTask.id }, { token: tokens.canTho });
    expect(ranking.errors, JSON.stringify(ranking.errors)).toBeUndefined();
    const ranked = ranking.data!.pilotCandidates.candidates as { unitId: string; coverage: Record<string, unknown> | null; unit: { indicators: { coverage: unknown } } }[];
    expect(ranked.length).toBeGreaterThan(10);
    for (const candidate of ranked) expect(candidate.coverage, candidate.unitId).toEqual(candidate.unit.indicators.coverage);
    expect(ranked.every((c) => c.coverage !== null)).toBe(true);
    // A unit of the 2021 tree measures its own records: no coverage to say.
    const [myTuTarget] = await app.sql(`select t.id::text from target t join plan p on p.id = t.plan_id where p.number = '127/KH-UBND' order by t.id limit 1`);
    const own = await app.gql(`query ($id: ID!, $u: ID!) { Target(id: $id) { evaluation(unitId: $u, year: 2022) { applicable ${COVERAGE} } } }`,
      { id: myTuTarget.id, u: units.myTuDistrict }, { token: tokens.sysadmin });
    expect(own.errors, JSON.stringify(own.errors)).toBeUndefined();
    expect(own.data!.Target.evaluation).toEqual({ applicable: true, coverage: null });

    // A candidate commune: the hamlets with more than one candidate may or may not come to it.
    const candidates = await app.sql(`select c.hamlet_id, c.unit_id::text as unit_id, count(*) over (partition by c.hamlet_id)::int as n
                                        from app.hamlet_move_candidates($1::int[]) c order by c.unit_id`, [waiting.map((h) => h.hamlet_id)]);
    const commune = candidates[0].unit_id as string;
    const teamsOf = (filter: (row: Record<string, any>) => boolean) => candidates.filter((row) => row.unit_id === commune && filter(row))
      .reduce((sum, row) => sum + waiting.find((h) => h.hamlet_id === row.hamlet_id)!.teams, 0);
    const found = await indicatorsOf(tokens.canTho, commune, 2022);
    expect(found.coverage).toMatchObject({ teamsPending: teamsOf((row) => row.n === 1), teamsMaybe: teamsOf((row) => row.n > 1), complete: false });
  });

  it('covers 100% once the province admin has assigned every waiting hamlet, and the history follows the hamlets', async () => {
    const waiting = await unassignedTeams(app, 2022);
    const before = await indicatorsOf(tokens.canTho, units.canTho, 2022);
    const candidates = await app.sql(`select distinct on (hamlet_id) hamlet_id::text as hamlet_id, unit_id::text as unit_id
                                        from app.hamlet_move_candidates($1::int[]) order by hamlet_id, unit_id`, [waiting.map((h) => h.hamlet_id)]);
    for (const { hamlet_id, unit_id } of candidates) {
      const moved = await app.gql(`mutation ($h: ID!, $u: ID!) { createHamletMove(hamletId: $h, unitId: $u) { id } }`, { h: hamlet_id, u: unit_id }, { token: tokens.canTho });
      expect(moved.errors, JSON.stringify(moved.errors)).toBeUndefined();
    }
    const after = await indicatorsOf(tokens.canTho, units.canTho, 2022);
    expect(after.teams).toBe(before.teams + waiting.reduce((sum, h) => sum + h.teams, 0));
    expect(after.coverage).toMatchObject({ teamsPending: 0, teamsMaybe: 0, share: 100, complete: true });
    expect(after).toMatchObject(await directRollUp(app, await pathOf(units.canTho), 2022));
  });
});

describe('AdministrativeUnit.indicatorSeries', () => {
  const SERIES = `query ($ids: [ID!]!, $from: Int!, $to: Int!) { allAdministrativeUnits(filter: { ids: $ids }, perPage: 50) { id
    indicatorSeries(fromYear: $from, toYear: $to) { year indicators { ${COUNTS} } ${COVERAGE} noData { reason endedOn successorIds successors { code validFrom } } } } }`;

  it('runs 2021 to 2026 for 92 without a gap; its 2022 is the 2021-era sum of Sóc Trăng, Hậu Giang and Cần Thơ once every hamlet is assigned', async () => {
    const result = await app.gql(SERIES, { ids: [units.canTho], from: 2021, to: 2026 }, { token: tokens.analyst });
    expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
    const series = result.data!.allAdministrativeUnits[0].indicatorSeries as Record<string, any>[];
    expect(series.map((y) => y.year)).toEqual([2021, 2022, 2023, 2024, 2025, 2026]);
    for (const year of series) {
      expect(year.noData).toBeNull();
      expect(year.indicators.teams, `${year.year}`).toBeGreaterThan(0);
      expect(year.indicators.casesReceived, `${year.year}`).toBeGreaterThan(0);
    }
    const provinces = await predecessorPaths(units.canTho);
    expect(provinces).toEqual(['y2021.p92', 'y2021.p93', 'y2021.p94']);
    const sums: Record<string, number> = {};
    for (const path of provinces) for (const [field, value] of Object.entries(await directFigures(app, path, 2022))) sums[field] = (sums[field] ?? 0) + value;
    // The waiting hamlets were assigned by the test above (each test file has its own database).
    expect(await unassignedTeams(app, 2022)).toEqual([]);
    expect(series[1].indicators).toEqual(Object.fromEntries(Object.keys(series[1].indicators).map((field) => [field, sums[field]])));
    // Years since the reform: the records made under today's units, as the 2026 indicators always were.
    expect(series[5].indicators).toMatchObject(await directFigures(app, 'y2025.p92', 2026));
  });

  it('answers no data for a 2021 unit after its abolition, with its successors; before it, its own records', async () => {
    const result = await app.gql(SERIES, { ids: [units.socTrang, units.myTuDistrict], from: 2024, to: 2026 }, { token: tokens.sysadmin });
    expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
    const byId = new Map((result.data!.allAdministrativeUnits as Record<string, any>[]).map((u) => [u.id, u.indicatorSeries]));
    const socTrang = byId.get(units.socTrang);
    expect(socTrang[0].indicators).toMatchObject(await directFigures(app, 'y2021.p94', 2024));
    expect(socTrang[0].coverage).toBeNull();
    expect(socTrang[1].indicators).toMatchObject(await directFigures(app, 'y2021.p94', 2025)); // counted on its last day, 30 June 2025
    expect(socTrang[2]).toMatchObject({ year: 2026, indicators: null, noData: { reason: 'UNIT_ABOLISHED', endedOn: '2025-06-30', successorIds: [units.canTho],
      successors: [{ code: '92', validFrom: '2025-07-01' }] } });
    // A district, abolished as a level, is succeeded by its communes' successors: Mỹ Tú's four communes.
    expect(byId.get(units.myTuDistrict)[2].noData.successors.map((u: { code: string }) => u.code).sort()).toEqual(['31567', '31579', '31591', '31603']);
  });

  it('says so in indicators(year) too: null with the reason UNIT_ABOLISHED and the successors, the rest of the answer standing', async () => {
    const result = await app.gql(`query ($a: ID!, $b: ID!) { a: AdministrativeUnit(id: $a) { name indicators(year: 2026) { teams } }
      b: AdministrativeUnit(id: $b) { indicators(year: 2026) { teams } } }`, { a: units.socTrang, b: units.canTho }, { token: tokens.sysadmin });
    expect(result.data!.a).toEqual({ name: expect.any(String), indicators: null });
    expect(result.data!.b.indicators.teams).toBeGreaterThan(0);
    expect(result.errors).toHaveLength(1);
    expect(result.errors![0].path).toEqual(['a', 'indicators']);
    expect(result.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'year', reason: 'UNIT_ABOLISHED',
      params: { endedOn: '2025-06-30', successorIds: [units.canTho] } });
  });

  it('runs the same statements whatever the number of years and units asked (no N+1)', async () => {
    const communes = (await app.sql(`select id::text as id from admin_unit where parent_id = $1 order by code`, [units.canTho])).map((r) => r.id as string);
    expect(communes.length).toBeGreaterThan(20);
    const few = await app.gql(SERIES, { ids: [units.canTho], from: 2022, to: 2022 }, { token: tokens.canTho });
    const many = await app.gql(SERIES, { ids: [units.canTho, ...communes.slice(0, 40)], from: 2021, to: 2026 }, { token: tokens.canTho });
    expect(few.errors).toBeUndefined();
    expect(many.errors).toBeUndefined();
    expect(many.data!.allAdministrativeUnits).toHaveLength(41);
    expect(many.extensions!.sqlStatements).toBe(few.extensions!.sqlStatements);
  });

  it('refuses a reversed or too long range, naming the field', async () => {
    const reversed = await app.gql(SERIES, { ids: [units.canTho], from: 2026, to: 2021 }, { token: tokens.canTho });
    expect(reversed.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'toYear', reason: 'YEAR_OUT_OF_RANGE' });
  });

  it('shows Cà Mau\'s admin nothing of Cần Thơ: no series, no figures, no coverage', async () => {
    const result = await app.gql(SERIES, { ids: [units.canTho, units.xaMyTu], from: 2021, to: 2026 }, { token: tokens.caMau });
    expect(result.errors).toBeUndefined();
    for (const unit of result.data!.allAdministrativeUnits) expect(unit.indicatorSeries).toBeNull();
    const own = await app.gql(SERIES, { ids: [units.caMau], from: 2022, to: 2022 }, { token: tokens.caMau });
    expect(own.data!.allAdministrativeUnits[0].indicatorSeries[0].indicators).toMatchObject(await directRollUp(app, 'y2025.p96', 2022));
    // today's xã Mỹ Tú reads its own history, not its neighbours' nor the province's
    const neighbour = await app.gql(SERIES, { ids: [units.canTho], from: 2022, to: 2022 }, { token: tokens.xaMyTu });
    expect(neighbour.data!.allAdministrativeUnits[0].indicatorSeries).toBeNull();
  });
});
