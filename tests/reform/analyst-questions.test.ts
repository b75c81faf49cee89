import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO } from '../support/constants';
import { startTestApp, type TestApp } from '../support/harness';
import { directFigures } from '../reports/direct-figures';

/**
 * Questions analysts ask, each in one request, in both trees (issue 8, 3b): units sorted and
 * filtered by an indicator of a year; a target measured for every unit below a unit; the units
 * below a unit with no plan implementing a plan; the mean of the communes' own rates beside the
 * pooled rate. A field that fails is null with its error; the rest of the answer stands.
 */
let app: TestApp;
const units: Record<string, string> = {};
const tokens: Record<string, string> = {};

beforeAll(async () => {
  app = await startTestApp();
  for (const [name, code] of Object.entries({ canTho: '92', caMau: '96' })) units[name] = await app.unitId(code, '2025-07-01');
  for (const [name, code] of Object.entries({ socTrang: '94', myTu: '944', bacLieu: '95' })) units[name] = await app.unitId(code);
  for (const [name, email] of Object.entries({
    analyst: DEMO.analyst2025, analyst2021: DEMO.analyst, caMau: DEMO.caMauAdmin, canTho: DEMO.canThoAdmin, bacLieu: DEMO.bacLieuAdmin, sysadmin: DEMO.sysadmin,
  })) tokens[name] = await app.login(email);
});
afterAll(() => app?.close());

const rate = (settled: number, notSettled: number) => (settled + notSettled > 0 ? (100 * settled) / (settled + notSettled) : null);

/**
 * Each commune's settled and not settled cases of a year, straight from the rows (owner SQL): for a
 * 2021 commune the records made under it; for a 2025 commune those of the teams that now belong to it.
 */
async function communeRates(withinPath: string, year: number, rolledUp: boolean): Promise<{ id: string; code: string; rate: number | null }[]> {
  const mine = rolledUp ? 'x.team_id in (select t.id from mediation_team t where t.unit_id = c.id)' : 'x.unit_id = c.id';
  const rows = await app.sql(`
    select c.id::text as id, c.code,
           (select count(*) from mediation_case x where ${mine} and extract(year from x.received_on) = $2 and x.outcome = 'SETTLED' and x.closed_on <= make_date($2::int, 12, 31))
         + (select coalesce(sum(x.settled), 0) from case_yearly_count x where ${mine} and x.year = $2) as settled,
           (select count(*) from mediation_case x where ${mine} and extract(year from x.received_on) = $2 and x.outcome = 'NOT_SETTLED' and x.closed_on <= make_date($2::int, 12, 31))
         + (select coalesce(sum(x.not_settled), 0) from case_yearly_count x where ${mine} and x.year = $2) as not_settled
      from admin_unit c where c.path <@ $1::ltree and c.level = 'COMMUNE' order by c.code, c.id`, [withinPath, year]);
  return rows.map((r) => ({ id: r.id, code: r.code, rate: rate(Number(r.settled), Number(r.not_settled)) }));
}

/** Lowest rate first, units without a rate last, then the list's own order (code). */
const lowestFirst = (rows: { id: string; rate: number | null }[]) =>
  rows.map((r, index) => ({ ...r, index })).sort((a, b) => (a.rate == null || b.rate == null
    ? (a.rate == null ? (b.rate == null ? a.index - b.index : 1) : -1)
    : a.rate - b.rate || a.index - b.index)).map((r) => r.id);

const SORTED = `query ($within: ID!, $year: Int!, $max: Float) {
  allAdministrativeUnits(filter: { withinUnitId: $within, level: COMMUNE, indicator: { year: $year, field: SETTLEMENT_RATE, max: $max } },
                         sortField: "indicator", sortOrder: "ASC", perPage: 500) { id code indicators(year: $year) { settlementRate } }
  _allAdministrativeUnitsMeta(filter: { withinUnitId: $within, level: COMMUNE, indicator: { year: $year, field: SETTLEMENT_RATE, max: $max } }) { count } }`;

describe('unit lists sorted and filtered by an indicator of a year', () => {
  it.each([
    ['today\'s communes of Cần Thơ (92), their 2022 rolled up', 'canTho', 'y2025.p92', true, 'analyst'],
    ['the 2021 communes of Sóc Trăng (94)', 'socTrang', 'y2021.p94', false, 'analyst2021'],
  ])('lists %s, lowest settlement rate first, as the rows give it', async (_, unit, path, rolledUp, account) => {
    const expected = await communeRates(path, 2022, rolledUp);
    expect(expected.filter((e) => e.rate != null).length).toBeGreaterThan(5);
    const result = await app.gql(SORTED, { within: units[unit], year: 2022 }, { token: tokens[account] });
    expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
    const list = result.data!.allAdministrativeUnits as { id: string; indicators: { settlementRate: number | null } }[];
    expect(list.map((u) => u.id)).toEqual(lowestFirst(expected));
    for (const u of list) expect(u.indicators.settlementRate).toBe(expected.find((e) => e.id === u.id)!.rate);
    expect(result.data!._allAdministrativeUnitsMeta.count).toBe(expected.length);
    // Bounded: only the communes at or below the median rate, and the count says how many.
    const rates = expected.map((e) => e.rate).filter((r): r is number => r != null).sort((a, b) => a - b);
    const median = rates[Math.floor(rates.length / 2)];
    const bounded = await app.gql(SORTED, { within: units[unit], year: 2022, max: median }, { token: tokens[account] });
    const kept = expected.filter((e) => e.rate != null && e.rate <= median);
    expect(bounded.data!.allAdministrativeUnits.map((u: { id: string }) => u.id)).toEqual(lowestFirst(kept));
    expect(bounded.data!._allAdministrativeUnitsMeta.count).toBe(kept.length);
  });

  it('computes the figures of the whole list in one batch, and the page\'s indicators come with it', async () => {
    const plain = await app.gql(`query ($within: ID!) { allAdministrativeUnits(filter: { withinUnitId: $within, level: COMMUNE }, perPage: 500) { id } }`,
      { within: units.canTho }, { token: tokens.analyst });
    const sorted = await app.gql(SORTED, { within: units.canTho, year: 2022 }, { token: tokens.analyst });
    // the list and its count each: the ids, one figures statement and one roll-up (the count's figures come from the same cache)
    expect(sorted.extensions!.sqlStatements).toBeLessThanOrEqual(plain.extensions!.sqlStatements + 5);
  });

  it('shows a caller nothing it may not read: Cà Mau\'s admin gets Cần Thơ\'s communes without a value', async () => {
    const result = await app.gql(SORTED, { within: units.canTho, year: 2022, max: 100 }, { token: tokens.caMau });
    expect(result.errors).toBeUndefined();
    expect(result.data!.allAdministrativeUnits).toEqual([]);
    expect(result.data!._allAdministrativeUnitsMeta.count).toBe(0);
  });
});

describe('a target measured for every unit below a unit', () => {
  const TARGETS = `query ($id: ID!, $year: Int!) { Plan(id: $id) { targets { id indicator evaluationsBelow(year: $year, perPage: 40) { ${EVAL} } }
    tasks { targets { id indicator evaluationsBelow(year: $year, perPage: 40) { ${EVAL} } } } } }`;
  const EVAL_ONE = `query ($id: ID!, $year: Int!, $u: ID!) { Plan(id: $id) { targets { id evaluation(year: $year, unitId: $u) { ${EVAL} } }
    tasks { targets { id evaluation(year: $year, unitId: $u) { ${EVAL} } } } } }`;

  it.each([
    ['Mỹ Tú\'s communes against each of plan 127\'s targets for 2022', '127/KH-UBND', 2022, 9],
    ['today\'s communes of Cần Thơ against its 2025–2030 plan for 2026', null, 2026, 20],
  ])('measures %s in one request, as each evaluation alone', async (_, number, year, atLeast) => {
    const [plan] = await app.sql(number
      ? `select id::text as id, unit_id::text as unit_id from plan where number = $1`
      : `select p.id::text as id, p.unit_id::text as unit_id from plan p where p.unit_id = $1 and exists (select 1 from target t where t.plan_id = p.id) order by p.id limit 1`,
    [number ?? units.canTho]);
    const result = await app.gql(TARGETS, { id: plan.id, year }, { token: tokens.sysadmin });
    expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
    const targets = [...result.data!.Plan.targets, ...result.data!.Plan.tasks.flatMap((t: { targets: unknown[] }) => t.targets)] as Record<string, any>[];
    expect(targets.length).toBeGreaterThan(0);
    const below = await app.sql(`select id::text as id, path::text as path from admin_unit where parent_id = $1 order by code, id`, [plan.unit_id]);
    expect(below.length).toBeGreaterThanOrEqual(atLeast);
    for (const target of targets) expect(target.evaluationsBelow.map((e: { unitId: string }) => e.unitId)).toEqual(below.slice(0, 40).map((u) => u.id));
    for (const unit of below.slice(0, 4)) {
      const alone = await app.gql(EVAL_ONE, { id: plan.id, year, u: unit.id }, { token: tokens.sysadmin });
      const aloneTargets = [...alone.data!.Plan.targets, ...alone.data!.Plan.tasks.flatMap((t: { targets: unknown[] }) => t.targets)] as Record<string, any>[];
      for (const target of targets) {
        expect(target.evaluationsBelow.find((e: { unitId: string }) => e.unitId === unit.id))
          .toEqual(aloneTargets.find((t) => t.id === target.id)!.evaluation);
      }
      const consolidated = targets.find((t) => t.indicator === 'TEAMS_CONSOLIDATED_SHARE');
      if (consolidated && number) {
        const direct = await directFigures(app, unit.path, year);
        expect(consolidated.evaluationsBelow.find((e: { unitId: string }) => e.unitId === unit.id))
          .toMatchObject({ numerator: direct.teamsConsolidated, denominator: direct.teams });
      }
    }
  });

  it('refuses a unit the caller does not read: the field is null with NOT_FOUND, the plan still answers', async () => {
    const [plan] = await app.sql(`select p.id::text as id from plan p where p.unit_id = $1 and exists (select 1 from target t where t.plan_id = p.id) order by p.id limit 1`, [units.caMau]);
    const result = await app.gql(`query ($id: ID!, $u: ID!) { Plan(id: $id) { id targets { id evaluationsBelow(year: 2026, unitId: $u) { unitId } }
      tasks { targets { id evaluationsBelow(year: 2026, unitId: $u) { unitId } } } } }`, { id: plan.id, u: units.canTho }, { token: tokens.caMau });
    expect(result.data!.Plan.id).toBe(plan.id);
    const targets = [...result.data!.Plan.targets, ...result.data!.Plan.tasks.flatMap((t: { targets: unknown[] }) => t.targets)] as Record<string, any>[];
    expect(targets.length).toBeGreaterThan(0);
    expect(targets.every((t) => t.evaluationsBelow === null)).toBe(true);
    expect(result.errors).toHaveLength(targets.length);
    expect(result.errors!.every((e) => e.extensions.code === 'NOT_FOUND')).toBe(true);
  });
});
const EVAL = 'unitId unit { code } year actual numerator denominator met due applicable status';

describe('the units below a unit with no plan implementing a plan', () => {
  const WITHOUT = `query ($id: ID!, $u: ID, $level: UnitLevel) { Plan(id: $id) { unitsWithoutImplementingPlan(unitId: $u, level: $level, perPage: 500) { id code } } }`;
  const direct = async (planId: string, parentId: string) => (await app.sql(`
    select u.id::text as id from admin_unit u where u.parent_id = $2
       and not exists (select 1 from plan c where c.unit_id = u.id and (c.parent_plan_id = $1 or c.implements_document_id = (select document_id from plan where id = $1)))
     order by u.code, u.id`, [planId, parentId])).map((r) => r.id as string);

  it('names Sóc Trăng\'s districts without a plan implementing 156/KH-UBND (2021 tree)', async () => {
    const [plan] = await app.sql(`select id::text as id from plan where number = '156/KH-UBND'`);
    const result = await app.gql(WITHOUT, { id: plan.id }, { token: tokens.sysadmin });
    expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
    const expected = await direct(plan.id, units.socTrang);
    expect(result.data!.Plan.unitsWithoutImplementingPlan.map((u: { id: string }) => u.id)).toEqual(expected);
    expect(expected).not.toContain(units.myTu); // Mỹ Tú implements it with 127/KH-UBND
    expect(expected.length).toBeGreaterThan(0);
  });

  it('names today\'s communes of Cần Thơ without a plan implementing its plan, and fewer once it has cascaded (2025 tree)', async () => {
    const [plan] = await app.sql(`select id::text as id from plan where unit_id = $1 and status <> 'DRAFT' order by id limit 1`, [units.canTho]);
    const before = await app.gql(WITHOUT, { id: plan.id }, { token: tokens.canTho });
    expect(before.errors, JSON.stringify(before.errors)).toBeUndefined();
    const ids = before.data!.Plan.unitsWithoutImplementingPlan.map((u: { id: string }) => u.id);
    expect(ids).toEqual(await direct(plan.id, units.canTho));
    const cascaded = await app.gql(`mutation ($p: ID!, $u: [ID!]!) { cascadePlan(planId: $p, unitIds: $u) { created { id } } }`,
      { p: plan.id, u: ids.slice(0, 2) }, { token: tokens.canTho });
    expect(cascaded.errors, JSON.stringify(cascaded.errors)).toBeUndefined();
    const after = await app.gql(WITHOUT, { id: plan.id }, { token: tokens.canTho });
    expect(after.data!.Plan.unitsWithoutImplementingPlan.map((u: { id: string }) => u.id)).toEqual(ids.slice(2));
  });
});

describe('pilot comparisons: the mean of the communes\' own rates beside the pooled rate', () => {
  it('averages each group\'s communes\' rates as the rows give them', async () => {
    const [task] = await app.sql(`select t.id::text as id from plan_task t join plan p on p.id = t.plan_id where p.number = '21/KH-UBND' and t.code = '4'`);
    const ranking = await app.gql(`query ($t: ID!) { pilotCandidates(planTaskId: $t, year: 2021) { candidates { unitId } } }`, { t: task.id }, { token: tokens.bacLieu });
    const chosen = ranking.data!.pilotCandidates.candidates.slice(0, 3).map((c: { unitId: string }) => c.unitId);
    const created = await app.gql(`mutation ($t: ID!, $u: [ID!]!) { createPilotSelection(planTaskId: $t, year: 2021, unitIds: $u, rationale: "Ba xã có tỷ lệ hòa giải thành thấp nhất") { id } }`,
      { t: task.id, u: chosen }, { token: tokens.bacLieu });
    expect(created.errors, JSON.stringify(created.errors)).toBeUndefined();
    const result = await app.gql(`query ($u: ID!) { indicatorsComparison(unitId: $u, year: 2021) { pilot { settlementRate } nonPilot { settlementRate }
      pilotMean { units unitsWithSettlementRate settlementRate } nonPilotMean { units unitsWithSettlementRate settlementRate } } }`,
    { u: units.bacLieu }, { token: tokens.analyst2021 });
    expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
    const rates = await communeRates('y2021.p95', 2021, false);
    const mean = (rows: typeof rates) => {
      const present = rows.map((r) => r.rate).filter((r): r is number => r != null);
      return present.reduce((sum, r) => sum + r, 0) / present.length;
    };
    const pilots = rates.filter((r) => chosen.includes(r.id));
    const others = rates.filter((r) => !chosen.includes(r.id));
    const comparison = result.data!.indicatorsComparison;
    expect(comparison.pilotMean).toMatchObject({ units: 3, unitsWithSettlementRate: pilots.filter((r) => r.rate != null).length });
    expect(comparison.pilotMean.settlementRate).toBeCloseTo(mean(pilots), 9);
    expect(comparison.nonPilotMean).toMatchObject({ units: others.length, unitsWithSettlementRate: others.filter((r) => r.rate != null).length });
    expect(comparison.nonPilotMean.settlementRate).toBeCloseTo(mean(others), 9);
    // the pooled rate weighs communes by their cases; the mean weighs each commune the same
    expect(comparison.nonPilotMean.settlementRate).not.toBeCloseTo(comparison.nonPilot.settlementRate, 6);
  });
});

describe('a request answers what it can', () => {
  it('gives the fields that fail as null with their errors, and the others in full', async () => {
    const result = await app.gql(`query ($u: ID!, $old: ID!) {
      tooMany: allAdministrativeUnits(filter: { level: COMMUNE, indicator: { year: 2022, field: TEAMS } }, sortField: "indicator", perPage: 5) { id }
      noFilter: allAdministrativeUnits(sortField: "indicator", perPage: 5) { id }
      unit: AdministrativeUnit(id: $u) { indicatorSeries(fromYear: 2021, toYear: 2026) { year indicators { teams } } }
      old: AdministrativeUnit(id: $old) { code indicators(year: 2026) { teams } } }`, { u: units.canTho, old: units.socTrang }, { token: tokens.analyst });
    expect(result.data!.tooMany).toBeNull();
    expect(result.data!.noFilter).toBeNull();
    expect(result.data!.unit.indicatorSeries).toHaveLength(6);
    expect(result.data!.old).toEqual({ code: '94', indicators: null });
    const byPath = Object.fromEntries(result.errors!.map((e) => [e.path!.join('.'), e.extensions]));
    expect(byPath.tooMany).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.indicator', reason: 'TOO_MANY_UNITS_TO_RANK', params: { max: 2000 } });
    expect(byPath.noFilter).toMatchObject({ code: 'BAD_USER_INPUT', field: 'sortField', reason: 'INDICATOR_FILTER_REQUIRED' });
    expect(byPath['old.indicators']).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'UNIT_ABOLISHED' });
  });
});
