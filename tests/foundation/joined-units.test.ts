import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO } from '../support/constants';
import { startTestApp, type TestApp } from '../support/harness';

/**
 * A list whose selection reads the units of its rows (`unit { name }`, `formerUnit`, a unit's
 * `parent`) reads them in the page's own statement (unit.loader.ts `pageWithUnits`): the same
 * units, in fewer statements.
 */
let app: TestApp;

const UNIT = 'id code name level type validFrom validTo parentId';

const ask = async (query: string, token: string) => {
  const result = await app.gql(query, {}, { token });
  expect(result.errors).toBeUndefined();
  return { data: result.data as Record<string, any>, statements: result.extensions!.sqlStatements! };
};

/** The units of the given ids as the units list answers them, by id. */
const unitsById = async (ids: string[], token: string) => {
  const { data } = await ask(`{ allAdministrativeUnits(perPage: 500, filter: { ids: [${ids.map((id) => `"${id}"`).join(',')}] }) { ${UNIT} } }`, token);
  return new Map((data.allAdministrativeUnits as { id: string }[]).map((unit) => [unit.id, unit]));
};

beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app?.close());

describe('units read with the rows that refer to them', () => {
  it('answer the bench\'s W2 in one statement besides the transaction\'s', async () => {
    const token = await app.login(DEMO.socTrangAdmin);
    const { data, statements } = await ask('{ allHamlets(perPage: 50) { id name unit { name } } _allHamletsMeta { count } }', token);
    expect(data.allHamlets).toHaveLength(50);
    expect(data.allHamlets.every((hamlet: { unit: { name: string } }) => hamlet.unit.name)).toBe(true);
    // BEGIN with the scope, the page with its count and its units, ROLLBACK
    expect(statements).toBe(3);
    // asked without their units, the same rows in the same statements
    expect((await ask('{ allHamlets(perPage: 50) { id name } _allHamletsMeta { count } }', token)).statements).toBe(3);
  });

  it('are the units the units list answers, for hamlets, teams and mediators, before and after they moved', async () => {
    // Xã Mỹ Tú (2025)'s staff reads rows that moved with their hamlets at the reform: their unit and former unit differ
    for (const account of [DEMO.socTrangAdmin, DEMO.xaMyTu2025Staff]) {
      const token = await app.login(account);
      for (const list of ['allHamlets', 'allMediationTeams', 'allMediators']) {
        const { data, statements } = await ask(`{ ${list}(perPage: 60) { id unitId formerUnitId unit { ${UNIT} } formerUnit { ${UNIT} } } }`, token);
        const rows = data[list] as { unitId: string; formerUnitId: string | null; unit: { id: string }; formerUnit: { id: string } | null }[];
        expect(rows.length).toBeGreaterThan(10);
        expect(statements).toBe(3);
        const units = await unitsById([...new Set(rows.flatMap((row) => [row.unitId, row.formerUnitId ?? []].flat()))], token);
        for (const row of rows) {
          expect(row.unit).toEqual(units.get(row.unitId));
          expect(row.formerUnit).toEqual(row.formerUnitId ? units.get(row.formerUnitId) : null);
        }
        if (account === DEMO.xaMyTu2025Staff) expect(rows.some((row) => row.formerUnit && row.formerUnit.id !== row.unit.id)).toBe(true);
      }
    }
  });

  it('leave the nested loaders one statement per level, whether a nested field asks its units or not', async () => {
    const token = await app.login(DEMO.socTrangAdmin);
    const one = await ask('{ allMediationTeams(perPage: 5) { mediators { id unit { name } } } }', token);
    // BEGIN, the teams with their mediators, the mediators' units, ROLLBACK
    expect(one.statements).toBe(4);
    // asked under two names, the mediators are read by their loader: one statement for both shapes
    const both = await ask('{ allMediationTeams(perPage: 5) { mediators { id unit { name } } m2: mediators { id unitId } } }', token);
    expect(both.statements).toBe(one.statements + 1);
    const children = await ask('{ allAdministrativeUnits(perPage: 3, filter: { level: DISTRICT }) { children { id parent { id } } c2: children { id parentId } } }', token);
    // BEGIN, the districts, their children (one statement for both aliases), the children's parents, ROLLBACK
    expect(children.statements).toBe(5);
  });

  it('give each district its province in the page\'s statement (the bench\'s W1, without the children)', async () => {
    const token = await app.login(DEMO.analyst);
    const { data, statements } = await ask(`{ allAdministrativeUnits(perPage: 100, filter: { level: DISTRICT }) { id parentId parent { ${UNIT} } } }`, token);
    expect(data.allAdministrativeUnits).toHaveLength(100);
    expect(statements).toBe(3);
    const parents = await unitsById([...new Set((data.allAdministrativeUnits as { parentId: string }[]).map((unit) => unit.parentId))], token);
    for (const unit of data.allAdministrativeUnits) expect(unit.parent).toEqual(parents.get(unit.parentId));
  });
});

describe('a page of children read with its units list', () => {
  const DISTRICTS = 'allAdministrativeUnits(perPage: 40, sortField: "code", filter: { level: DISTRICT })';

  it('answers the bench\'s W1 in one statement besides the transaction\'s', async () => {
    const token = await app.login(DEMO.analyst);
    const { data, statements } = await ask('{ allAdministrativeUnits(perPage: 100, filter: { level: DISTRICT }) { name parent { name } children(perPage: 5) { name } } }', token);
    expect(data.allAdministrativeUnits).toHaveLength(100);
    const children = (data.allAdministrativeUnits as { children: { name: string }[] }[]).map((unit) => unit.children);
    expect(children.every((list) => list.length >= 1 && list.length <= 5 && list.every((child) => child.name))).toBe(true);
    expect(children.filter((list) => list.length === 5).length).toBeGreaterThan(90);
    // BEGIN with the scope, the districts with their provinces and their children, ROLLBACK
    expect(statements).toBe(3);
  });

  it('answers each unit\'s page as the children loader does, whatever the page and the columns asked', async () => {
    const token = await app.login(DEMO.analyst);
    const pages = [[0, 5, UNIT], [0, 5, 'name'], [1, 3, 'code level'], [0, 50, 'id validFrom validTo'], [40, 10, 'id']] as const;
    for (const [page, perPage, columns] of pages) {
      const args = `page: ${page}, perPage: ${perPage}`;
      const read = await ask(`{ ${DISTRICTS} { id children(${args}) { ${columns} } } }`, token);
      // asked under two names, the children are read by their loader (a statement of its own)
      const loaded = await ask(`{ ${DISTRICTS} { id children(${args}) { ${columns} } again: children(${args}) { ${columns} } } }`, token);
      expect(read.statements).toBe(3);
      expect(loaded.statements).toBe(4);
      const children = (data: Record<string, any>) => (data.allAdministrativeUnits as { children: unknown[] }[]).map((unit) => unit.children);
      expect(children(read.data)).toEqual(children(loaded.data));
      if (page === 40) expect(children(read.data).every((list) => list.length === 0)).toBe(true);
      else expect(children(read.data).filter((list) => list.length > 0).length).toBeGreaterThan(30);
    }
  });

  it('reads the children ahead when they ask their own units too, which their loader reads', async () => {
    const token = await app.login(DEMO.analyst);
    const { data, statements } = await ask(`{ ${DISTRICTS} { id name children(perPage: 3) { id parent { id name } } } }`, token);
    // BEGIN, the districts with their children, the children's parents, ROLLBACK
    expect(statements).toBe(4);
    for (const district of data.allAdministrativeUnits as { id: string; name: string; children: { parent: { id: string; name: string } }[] }[]) {
      expect(district.children.length).toBeGreaterThan(0);
      for (const child of district.children) expect(child.parent).toEqual({ id: district.id, name: district.name });
    }
  });

  it('takes its page from variables, and answers an empty page for units without children', async () => {
    const token = await app.login(DEMO.analyst);
    const query = 'query ($page: Int, $perPage: Int) { allAdministrativeUnits(perPage: 20, filter: { level: COMMUNE }) { children(page: $page, perPage: $perPage) { id } } }';
    for (const variables of [{ page: 0, perPage: 5 }, { page: 2, perPage: 1 }]) {
      const result = await app.gql(query, variables, { token });
      expect(result.errors).toBeUndefined();
      expect(result.extensions!.sqlStatements).toBe(3);
      expect(result.data!.allAdministrativeUnits).toHaveLength(20);
      expect(result.data!.allAdministrativeUnits.every((unit: { children: unknown[] }) => unit.children.length === 0)).toBe(true);
    }
    const provinces = await app.gql('query ($perPage: Int) { allAdministrativeUnits(perPage: 3, filter: { level: PROVINCE }) { code children(page: 1, perPage: $perPage) { code } } }', { perPage: 2 }, { token });
    expect(provinces.extensions!.sqlStatements).toBe(3);
    expect(provinces.data!.allAdministrativeUnits.map((unit: { children: unknown[] }) => unit.children.length)).toEqual([2, 2, 2]);
  });
});

describe('the mediators of teams read with the teams list', () => {
  it('answer the bench\'s W4 in one statement besides the transaction\'s', async () => {
    const token = await app.login(DEMO.socTrangAdmin);
    const { data, statements } = await ask('{ allMediationTeams(perPage: 50) { name mediators { fullName gender } } }', token);
    expect(data.allMediationTeams).toHaveLength(50);
    expect(data.allMediationTeams.every((team: { mediators: { fullName: string }[] }) => team.mediators.length >= 3 && team.mediators.every((m) => m.fullName))).toBe(true);
    // BEGIN with the scope, the teams with their mediators, ROLLBACK
    expect(statements).toBe(3);
  });

  it('are the mediators the loader reads, in its order and under the same row-level security, whatever the columns asked', async () => {
    const columns = ['fullName gender', 'id status fullName', 'id teamId unitId formerUnitId birthYear trained trainedOn leftOn voteShare electedOn createdAt version'];
    // Xã Mỹ Tú (2025)'s staff sees teams and mediators that moved with their hamlets at the reform
    for (const account of [DEMO.socTrangAdmin, DEMO.xaMyTu2025Staff, DEMO.myTuStaff]) {
      const token = await app.login(account);
      for (const asked of columns) {
        const list = 'allMediationTeams(perPage: 40, sortField: "id")';
        const read = await ask(`{ ${list} { id mediators { ${asked} } } }`, token);
        // asked under two names, a team's mediators are read by their loader
        const loaded = await ask(`{ ${list} { id mediators { ${asked} } again: mediators { ${asked} } } }`, token);
        expect(read.statements).toBe(3);
        expect(loaded.statements).toBe(4);
        const mediators = (data: Record<string, any>) => (data.allMediationTeams as { mediators: unknown[] }[]).map((team) => team.mediators);
        expect(mediators(read.data)).toEqual(mediators(loaded.data));
        expect(mediators(read.data).flat().length).toBeGreaterThan(40);
      }
    }
  });
});
