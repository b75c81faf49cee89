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
    const both = await ask('{ allMediationTeams(perPage: 5) { mediators { id unit { name } } m2: mediators { id unitId } } }', token);
    expect(both.statements).toBe(one.statements);
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
