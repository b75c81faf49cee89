import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO } from '../support/constants';
import { startTestApp, type TestApp } from '../support/harness';
import { random } from '../support/random';
import { directFigures, FIGURE_FIELDS } from './direct-figures';
import { directRollUp } from '../reform/direct-rollup';
import { statementOf } from '../../server/src/modules/indicators/indicator.repository';
import { planAsApp } from '../support/plans';

/**
 * The figures of a batch of units are computed in grouped passes (each table read once for the
 * whole batch, counted per unit, then summed into every unit above): a batch must answer exactly
 * what each unit answers asked alone, and what a direct count of its rows gives. The units are
 * random subtrees (provinces, districts and communes mixed, overlapping) drawn with a fixed seed,
 * so a failure can be replayed.
 */
let app: TestApp;
type Unit = { id: string; path: string; level: string };
let demoUnits: Unit[] = [];

beforeAll(async () => {
  app = await startTestApp();
  demoUnits = (await app.sql(
    `select id::text as id, path::text as path, level::text as level from admin_unit
      where (path <@ 'y2021.p94' or path <@ 'y2021.p95') order by path`,
  )) as Unit[];
});
afterAll(() => app?.close());

/** A province, two of its districts and three communes of one of them, and a few communes anywhere. */
function drawSubtrees(seed: number): Unit[] {
  const next = random(seed);
  const pick = <T,>(items: T[]) => items[Math.floor(next() * items.length)];
  const province = pick(demoUnits.filter((u) => u.level === 'PROVINCE'));
  const districts = demoUnits.filter((u) => u.level === 'DISTRICT' && u.path.startsWith(`${province.path}.`));
  const district = pick(districts);
  const communes = demoUnits.filter((u) => u.level === 'COMMUNE' && u.path.startsWith(`${district.path}.`));
  const anywhere = demoUnits.filter((u) => u.level === 'COMMUNE');
  const chosen = [province, district, pick(districts), pick(communes), pick(communes), pick(communes), pick(anywhere), pick(anywhere), pick(anywhere)];
  return [...new Map(chosen.map((unit) => [unit.id, unit])).values()];
}

const FIELDS = `${FIGURE_FIELDS} trainers trainersTrained`;
const BATCH = `query ($ids: [ID!]!) { allAdministrativeUnits(filter: { ids: $ids }, perPage: 50) {
  id y2021: indicators(year: 2021) { ${FIELDS} } y2022: indicators(year: 2022) { ${FIELDS} } } }`;
const ALONE = `query ($id: ID!, $year: Int!) { AdministrativeUnit(id: $id) { indicators(year: $year) { ${FIELDS} } } }`;

describe('figures computed in grouped passes', () => {
  it.each([20211116, 7, 42])('answers a batch of random overlapping subtrees (seed %i) as each unit asked alone and as a direct count', async (seed) => {
    const token = await app.login(DEMO.sysadmin);
    const subtrees = drawSubtrees(seed);
    expect(new Set(subtrees.map((u) => u.level))).toEqual(new Set(['PROVINCE', 'DISTRICT', 'COMMUNE']));
    const batch = await app.gql(BATCH, { ids: subtrees.map((u) => u.id) }, { token });
    expect(batch.errors).toBeUndefined();
    const byId = new Map((batch.data!.allAdministrativeUnits as Record<string, any>[]).map((u) => [u.id as string, u]));
    expect(byId.size).toBe(subtrees.length);
    for (const unit of subtrees) {
      for (const year of [2021, 2022]) {
        const grouped = byId.get(unit.id)![`y${year}`];
        const alone = await app.gql(ALONE, { id: unit.id, year }, { token });
        expect(alone.errors).toBeUndefined();
        expect(grouped, `${unit.path} ${year}`).toEqual(alone.data!.AdministrativeUnit.indicators);
        const direct = await directFigures(app, unit.path, year);
        expect(grouped, `${unit.path} ${year}`).toMatchObject(direct);
      }
    }
    // The province holds every commune drawn under it: the batch was not a set of disjoint units.
    expect(byId.get(subtrees[0].id)!.y2022.mediators).toBeGreaterThan(byId.get(subtrees[1].id)!.y2022.mediators);
  });

  it('answers a batch across the 2025 reform (both trees, count dates of 30 June and 31 December in one pass) as each unit alone and as a direct count', async () => {
    // Issue 8's semantics carried into the grouped passes: a 2021 unit's 2025 is counted on its last
    // day (30 June 2025), when its teams had not moved yet; a 2025 unit's on 31 December, when they
    // had; one batch holds both count dates. A team counts under its former commune before its move.
    // A 2025 unit (it succeeded others) counts the teams that now belong to it, every year, whatever
    // unit the records were made under (the roll-up); a 2021 unit has no data after its abolition.
    const token = await app.login(DEMO.sysadmin);
    const units = (await app.sql(
      `select id::text as id, path::text as path, level::text as level from admin_unit
        where path in ('y2021.p94', 'y2021.p94.d944', 'y2021.p94.d944.c31597', 'y2021.p95', 'y2025.p92', 'y2025.p92.c31567', 'y2025.p96')
           or id = (select min(u.id) from admin_unit u where u.path <@ 'y2025.p96' and u.level = 'COMMUNE'
                     and exists (select 1 from mediation_team t where t.unit_id = u.id))
        order by path`,
    )) as Unit[];
    expect(units).toHaveLength(8);
    const moved = await app.sql(`select count(*)::int as n from mediation_team where moved_from_path <@ 'y2021.p94.d944' and moved_on = '2025-07-01'`);
    expect(moved[0].n).toBeGreaterThan(0);
    const reform = `query ($ids: [ID!]!) { allAdministrativeUnits(filter: { ids: $ids }, perPage: 50) {
      id y2024: indicators(year: 2024) { ${FIELDS} } y2025: indicators(year: 2025) { ${FIELDS} } y2026: indicators(year: 2026) { ${FIELDS} } } }`;
    const batch = await app.gql(reform, { ids: units.map((u) => u.id) }, { token });
    const abolished = units.filter((u) => u.path.startsWith('y2021.'));
    // The 2021 units in 2026: null, each with its reason (and the rest of the answer stands).
    expect(batch.errors?.map((e) => e.extensions.reason)).toEqual(abolished.map(() => 'UNIT_ABOLISHED'));
    const byId = new Map((batch.data!.allAdministrativeUnits as Record<string, any>[]).map((u) => [u.id as string, u]));
    for (const unit of units) {
      for (const year of [2024, 2025, 2026]) {
        const grouped = byId.get(unit.id)![`y${year}`];
        const alone = await app.gql(ALONE, { id: unit.id, year }, { token });
        expect(grouped, `${unit.path} ${year}`).toEqual(alone.data!.AdministrativeUnit.indicators);
        if (unit.path.startsWith('y2021.') && year === 2026) {
          expect(grouped).toBeNull();
          expect(alone.errors![0].extensions.reason).toBe('UNIT_ABOLISHED');
        } else {
          expect(alone.errors).toBeUndefined();
          const direct = unit.path.startsWith('y2025.') ? await directRollUp(app, unit.path, year) : await directFigures(app, unit.path, year);
          expect(grouped, `${unit.path} ${year}`).toMatchObject(direct);
        }
      }
    }
    // Mỹ Tú's teams count under the district on 30 June 2025, and under today's communes since.
    const myTu = units.find((u) => u.path === 'y2021.p94.d944')!;
    expect(byId.get(myTu.id)!.y2025.teams).toBeGreaterThan(0);
    expect(byId.get(myTu.id)!.y2026).toBeNull();
    // Since the reform, a 2025 unit's roll-up is what was recorded under it.
    for (const unit of units.filter((u) => u.path.startsWith('y2025.'))) {
      expect(byId.get(unit.id)!.y2026, unit.path).toMatchObject(await directFigures(app, unit.path, 2026));
    }
  });

  it('counts in a batch only what the caller reads, as each unit alone does', async () => {
    const token = await app.login(DEMO.myTuStaff);
    const myTu = demoUnits.find((u) => u.path === 'y2021.p94.d944')!;
    const inside = demoUnits.filter((u) => u.path.startsWith(`${myTu.path}.`)).slice(0, 3);
    const outside = demoUnits.find((u) => u.path === 'y2021.p94.d946')!;
    const ids = [myTu, ...inside, outside].map((u) => u.id);
    const batch = await app.gql(BATCH, { ids }, { token });
    expect(batch.errors).toBeUndefined();
    for (const unit of batch.data!.allAdministrativeUnits as Record<string, any>[]) {
      const alone = await app.gql(ALONE, { id: unit.id, year: 2022 }, { token });
      expect(unit.y2022).toEqual(alone.data!.AdministrativeUnit.indicators);
      if (unit.id === outside.id) expect(unit.y2022).toBeNull();
      else expect(unit.y2022.teams).toBeGreaterThan(0);
    }
  });

  it('computes a unit\'s figures and its children\'s, fetched after it, in the same grouped pass', async () => {
    const token = await app.login(DEMO.analyst);
    const socTrang = demoUnits.find((u) => u.path === 'y2021.p94')!;
    const unitOnly = `query ($id: ID!) { AdministrativeUnit(id: $id) { indicators(year: 2022) { teams } children(perPage: 20) { name } } }`;
    const withChildren = `query ($id: ID!) { AdministrativeUnit(id: $id) { indicators(year: 2022) { teams }
      children(perPage: 20) { name indicators(year: 2022) { teams } } } }`;
    const alone = await app.gql(unitOnly, { id: socTrang.id }, { token });
    const both = await app.gql<{ AdministrativeUnit: { indicators: { teams: number }; children: { indicators: { teams: number } }[] } }>(
      withChildren, { id: socTrang.id }, { token });
    expect(both.errors).toBeUndefined();
    const unit = both.data!.AdministrativeUnit;
    expect(unit.children.length).toBe(11);
    expect(unit.children.reduce((sum, child) => sum + child.indicators.teams, 0)).toBe(unit.indicators.teams);
    expect(both.extensions!.sqlStatements).toBe(alone.extensions!.sqlStatements);
  });

  it('reads each table once for the whole batch: the statements do not grow with the number of units', async () => {
    const token = await app.login(DEMO.sysadmin);
    const communes = demoUnits.filter((u) => u.level === 'COMMUNE');
    const few = await app.gql(BATCH, { ids: communes.slice(0, 2).map((u) => u.id) }, { token });
    const many = await app.gql(BATCH, { ids: communes.slice(0, 40).map((u) => u.id) }, { token });
    expect(many.errors).toBeUndefined();
    expect(many.extensions!.sqlStatements).toBe(few.extensions!.sqlStatements);
  });

  it('reads the teams, the mediators and the case book by bitmap scans, whose row-level security reads the scope once, not as a filter that parses it for every row', async () => {
    // W5's batch: Sóc Trăng (2021) and its districts in 2022, the passes its indicators ask for
    const socTrang = demoUnits.find((u) => u.path === 'y2021.p94')!;
    const districts = demoUnits.filter((u) => u.level === 'DISTRICT' && u.path.startsWith('y2021.p94.'));
    const groups = [socTrang, ...districts].map((u) => ({ key: u.id, year: 2022, unit_id: Number(u.id), include: null, only_paths: null, exclude: [] }));
    const { sql } = statementOf(['teams', 'mediators', 'cases']);
    const nodes = await planAsApp(app, { read: '{y2021.p94,y2021.p95}' }, sql, [JSON.stringify(groups)], 'analyze, timing off');
    const scans = nodes
      .filter((node) => ['mediation_team', 'mediator', 'mediation_case'].includes(node['Relation Name'] ?? '') && (node['Actual Loops'] ?? 0) > 0);
    expect(new Set(scans.map((node) => node['Relation Name']))).toEqual(new Set(['mediation_team', 'mediator', 'mediation_case']));
    for (const node of scans) {
      expect(node['Node Type'], node['Relation Name']).toBe('Bitmap Heap Scan');
      expect(node.Filter ?? '', node['Relation Name']).not.toMatch(/current_setting\('app\.scope'/);
    }
  });
});
