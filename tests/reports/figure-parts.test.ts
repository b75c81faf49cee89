import { parse, type FieldNode, type FragmentDefinitionNode, type GraphQLResolveInfo, type OperationDefinitionNode } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { figurePartsFor } from '../../server/src/modules/indicators/figure-parts';
import { DEMO } from '../support/constants';
import { startTestApp, type TestApp } from '../support/harness';

/**
 * The indicators field runs only the passes its selection reads (teams, their leaders, mediators,
 * the mediators' other counts, cases, trainers: indicator.repository.ts). Whatever is selected,
 * each field answers what it answers when every field is asked: each field of UnitIndicators is
 * asked alone, in its own request, and compared with the answer of a selection of all of them.
 */
let app: TestApp;
let token: string;
const units: Record<string, string> = {};

beforeAll(async () => {
  app = await startTestApp();
  token = await app.login(DEMO.sysadmin);
  for (const [name, code] of Object.entries({ socTrang: '94', myTuDistrict: '944' })) units[name] = await app.unitId(code);
  units.xaMyTu = await app.unitId('31567', '2025-07-01');
});
afterAll(() => app?.close());

type Field = { name: string; type: { kind: string; ofType: { kind: string } | null } };

async function indicatorFields(): Promise<string[]> {
  const result = await app.gql(`{ __type(name: "UnitIndicators") { fields { name type { kind ofType { kind } } } } }`, {}, { token });
  const fields = (result.data!.__type as { fields: Field[] }).fields;
  const objectField = (f: Field) => f.type.kind === 'OBJECT' || f.type.ofType?.kind === 'OBJECT';
  return fields.map((f) => (objectField(f) ? `${f.name} { teamsCovered teamsPending teamsMaybe share complete }` : f.name));
}

const query = (selection: string) => `query ($ids: [ID!]!) { allAdministrativeUnits(filter: { ids: $ids }, perPage: 10, sortField: "id") {
  id y2022: indicators(year: 2022) { ${selection} } y2026: indicators(year: 2026) { ${selection} } } }`;

type Answer = { id: string; y2022: Record<string, unknown> | null; y2026: Record<string, unknown> | null }[];

async function ask(selection: string, ids: string[]): Promise<Answer> {
  const result = await app.gql(query(selection), { ids }, { token });
  expect(result.errors?.filter((e) => e.extensions?.reason !== 'UNIT_ABOLISHED') ?? []).toEqual([]);
  return result.data!.allAdministrativeUnits as Answer;
}

describe('indicators that run only the passes their selection reads', () => {
  it('answer each field of UnitIndicators asked alone as when every field is asked', async () => {
    const ids = [units.socTrang, units.myTuDistrict, units.xaMyTu];
    const selections = await indicatorFields();
    expect(selections.length).toBeGreaterThan(25);
    const all = await ask(selections.join(' '), ids);
    // the premise: every pass has something to count, or the comparison would prove little
    const socTrang = all.find((u) => u.id === units.socTrang)!.y2022!;
    for (const count of ['teams', 'teamsConsolidated', 'secretaryLedTeams', 'mediators', 'mediatorsTrained', 'mediatorsWomen', 'mediatorsEthnicMinority', 'newMediators', 'newMediatorsTrained', 'casesReceived', 'casesSettled', 'trainers', 'trainersBelow']) {
      expect(socTrang[count], count).toBeGreaterThan(0);
    }
    expect(all.find((u) => u.id === units.xaMyTu)!.y2026!.coverage).not.toBeNull();
    for (const selection of selections) {
      const name = selection.split(' ')[0];
      const alone = await ask(selection, ids);
      expect(alone.map((u) => ({ id: u.id, y2022: u.y2022?.[name], y2026: u.y2026?.[name] })), name)
        .toEqual(all.map((u) => ({ id: u.id, y2022: u.y2022?.[name], y2026: u.y2026?.[name] })));
    }
  });

  it('answer two selections of the same units in one request, each with its own counts', async () => {
    const result = await app.gql(`query ($id: ID!) { AdministrativeUnit(id: $id) {
      a: indicators(year: 2022) { teams secretaryLedTeams } b: indicators(year: 2022) { trainers settlementRate }
      c: indicators(year: 2022) { teams secretaryLedTeams trainers settlementRate } } }`, { id: units.socTrang }, { token });
    const unit = result.data!.AdministrativeUnit as Record<string, Record<string, number>>;
    expect(unit.a).toEqual({ teams: unit.c.teams, secretaryLedTeams: unit.c.secretaryLedTeams });
    expect(unit.b).toEqual({ trainers: unit.c.trainers, settlementRate: unit.c.settlementRate });
    expect(unit.c.secretaryLedTeams).toBeGreaterThan(0);
  });
});

/** A resolver's info for the first field of the document's query, with its fragments. */
function infoOf(document: string): GraphQLResolveInfo {
  const parsed = parse(document);
  const operation = parsed.definitions.find((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition')!;
  const fragments = Object.fromEntries(parsed.definitions
    .filter((d): d is FragmentDefinitionNode => d.kind === 'FragmentDefinition').map((d) => [d.name.value, d]));
  return { fieldNodes: [operation.selectionSet.selections[0] as FieldNode], fragments } as unknown as GraphQLResolveInfo;
}

describe('the passes a selection reads', () => {
  it.each([
    ['W5\'s selection: teams, mediators and cases', '{ indicators { teams teamsConsolidated mediators mediatorsTrained settlementRate } }', ['teams', 'mediators', 'cases']],
    ['the leaders with their teams', '{ indicators { secretaryLedShare } }', ['teams', 'leaders']],
    ['the mediators\' other counts with the mediators', '{ indicators { mediatorsWomen newMediatorsTrainedShare } }', ['mediators', 'mediatorDetails']],
    ['the coverage from the teams', '{ indicators { coverage { share } } }', ['teams']],
    ['fragments followed', '{ indicators { ...F ... on UnitIndicators { trainers } } } fragment F on UnitIndicators { casesInProgress }', ['cases', 'trainers']],
    ['no pass for the unit and year', '{ indicators { __typename unitId year } }', []],
  ])('%s', (_, document, parts) => {
    expect(figurePartsFor(infoOf(document))).toEqual(parts);
  });

  it('reads every pass when every count is asked, or a field it does not know', () => {
    expect(figurePartsFor(infoOf('{ indicators { secretaryLedTeams mediators newMediators casesReceived trainers } }'))).toBeUndefined();
    expect(figurePartsFor(infoOf('{ indicators { teams someFieldOfAnotherModule } }'))).toBeUndefined();
  });
});
