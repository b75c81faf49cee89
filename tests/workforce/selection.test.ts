import { parse, type FieldNode, type GraphQLResolveInfo, type OperationDefinitionNode } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO } from '../support/constants';
import { startTestApp, type TestApp } from '../support/harness';
import { columnReads, columnsFor, MAX_SHAPES } from '../../server/src/core/graphql/selection';

/**
 * Lists and loaders read only the columns the selection needs (core/graphql/selection.ts). Whatever
 * a client selects, each field answers what it answers when everything is read: every field of
 * the narrowed types is asked alone and compared with the answer of a selection of all of them.
 */
let app: TestApp;
let token: string;

type Field = { name: string; args: unknown[]; type: TypeRef };
type TypeRef = { kind: string; name: string | null; ofType: TypeRef | null };

const named = (type: TypeRef): TypeRef => (type.ofType ? named(type.ofType) : type);

async function fieldsOf(type: string): Promise<Field[]> {
  const result = await app.gql(`query ($type: String!) { __type(name: $type) { fields { name args { name } type {
    kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } }`, { type }, { token });
  return (result.data!.__type as { fields: Field[] }).fields;
}

/** A field as a selection: a leaf as itself, an object by its id (or its type name when it has none). */
async function selectionOf(field: Field): Promise<string> {
  const type = named(field.type);
  if (type.kind !== 'OBJECT') return field.name;
  const inner = await fieldsOf(type.name!);
  return `${field.name} { ${inner.some((f) => f.name === 'id') ? 'id' : '__typename'} }`;
}

beforeAll(async () => {
  app = await startTestApp();
  token = await app.login(DEMO.socTrangAdmin);
});
afterAll(() => app?.close());

type Row = Record<string, unknown>;

/** Each list, and a fact some of its rows have: without it the comparison would prove little. */
const LISTS = [
  { type: 'Hamlet', list: (s: string) => `{ rows: allHamlets(perPage: 30, sortField: "id") { id ${s} } }`, premise: (r: Row) => r.unitId != null && r.createdAt != null },
  { type: 'MediationTeam', list: (s: string) => `{ rows: allMediationTeams(perPage: 30, sortField: "id") { id ${s} } }`, premise: (r: Row) => r.unitId != null && r.createdAt != null },
  { type: 'Mediator', list: (s: string) => `{ rows: allMediators(perPage: 30, sortField: "id") { id ${s} } }`, premise: (r: Row) => r.unitId != null && r.createdAt != null },
  { type: 'Mediator', list: (s: string) => `{ outer: allMediationTeams(perPage: 10, sortField: "id") { rows: mediators { id ${s} } } }`, premise: (r: Row) => r.unitId != null && r.createdAt != null },
  { type: 'AdministrativeUnit', list: (s: string) => `{ rows: allAdministrativeUnits(perPage: 30, sortField: "id", filter: { level: DISTRICT }) { id ${s} } }`, premise: (r: Row) => r.parentId != null && r.validTo != null },
  { type: 'AdministrativeUnit', list: (s: string) => `{ outer: allAdministrativeUnits(perPage: 3, sortField: "id", filter: { level: DISTRICT }) { rows: children(perPage: 10) { id ${s} } } }`, premise: (r: Row) => r.parentId != null && r.validTo != null },
];

const NAMES = ['its list', 'its list', 'its list', 'a team\'s mediators', 'its list', 'a unit\'s children'];

const rowsOf = (data: Record<string, any>) => ('outer' in data ? data.outer.flatMap((t: { rows: unknown[] }) => t.rows) : data.rows) as Row[];

describe('reads that follow the selection', () => {
  it.each(LISTS.map((l, i) => [`${l.type} (${NAMES[i]})`, l] as const))(
    'answer each field of %s asked alone as when every field is asked', async (_, { type, list, premise }) => {
      const fields = (await fieldsOf(type)).filter((f) => f.args.length === 0);
      const selections = await Promise.all(fields.map(selectionOf));
      const full = await app.gql(list(selections.join(' ')), {}, { token });
      expect(full.errors).toBeUndefined();
      const all = rowsOf(full.data!);
      expect(all.length).toBeGreaterThan(5);
      for (const [i, field] of fields.entries()) {
        const alone = await app.gql(list(selections[i]), {}, { token });
        expect(alone.errors, field.name).toBeUndefined();
        expect(rowsOf(alone.data!).map((row) => row[field.name]), `${type}.${field.name}`).toEqual(all.map((row) => row[field.name]));
      }
      // The premise: some field is not null somewhere, or the comparison proves little.
      expect(all.some(premise)).toBe(true);
    });

  it('follows aliases, inline fragments and named fragments', async () => {
    const query = `{ allMediationTeams(perPage: 5, sortField: "id") { ...team } }
      fragment team on MediationTeam { n: name ... on MediationTeam { mediators { who: fullName ...born } unit { name } } }
      fragment born on Mediator { birthYear createdAt }`;
    const narrow = await app.gql(query, {}, { token });
    const wide = await app.gql(`{ allMediationTeams(perPage: 5, sortField: "id") { n: name mediators { who: fullName birthYear createdAt
      gender status } unit { name } hamletId leaderMediatorId } }`, {}, { token });
    expect(narrow.errors).toBeUndefined();
    const strip = (teams: any[]) => teams.map((t) => ({ n: t.n, unit: t.unit, mediators: t.mediators.map((m: any) => ({ who: m.who, birthYear: m.birthYear, createdAt: m.createdAt })) }));
    expect(strip(narrow.data!.allMediationTeams)).toEqual(strip(wide.data!.allMediationTeams));
    expect(narrow.data!.allMediationTeams.flatMap((t: any) => t.mediators).some((m: any) => m.createdAt && m.who)).toBe(true);
  });
});

/** A resolve info as columnsFor reads it: the field's nodes and the operation's fragments. */
function infoOf(query: string): GraphQLResolveInfo {
  const document = parse(query);
  const operation = document.definitions[0] as OperationDefinitionNode;
  const fragments = Object.fromEntries(document.definitions.filter((d) => d.kind === 'FragmentDefinition').map((d) => [d.name.value, d]));
  return { fieldNodes: [operation.selectionSet.selections[0] as FieldNode], fragments } as unknown as GraphQLResolveInfo;
}

describe('columnsFor', () => {
  const reads = () => columnReads(['id', 'name', 'unitId', 'createdAt', 'a', 'b', 'c', 'd', 'e', 'f', 'g'] as const, ['id'], { unit: ['unitId'], children: [] });

  it('reads the columns of the fields selected, those the other fields read, and the ones always read, in the columns\' order', () => {
    const r = reads();
    expect(columnsFor(r, infoOf('{ x { __typename unit { name } name children { id } } }')).properties).toEqual(['id', 'name', 'unitId']);
  });

  it('names the columns whose unit is selected as an object, to be read with the row', () => {
    const r = columnReads(['id', 'name', 'unitId', 'movedFromUnitId'] as const, ['id'], { unit: ['unitId'], formerUnit: ['movedFromUnitId'] }, { unit: 'unitId', formerUnit: 'movedFromUnitId' });
    expect(columnsFor(r, infoOf('{ x { name unit { name } } }'))).toMatchObject({ properties: ['id', 'name', 'unitId'], units: ['unitId'] });
    expect(columnsFor(r, infoOf('{ x { unitId } }'))).toMatchObject({ properties: ['id', 'unitId'], units: [] });
    // the same columns with and without their units are two shapes
    expect(columnsFor(r, infoOf('{ x { id name unitId movedFromUnitId formerUnit { id } } }'))).toMatchObject({ properties: r.all, units: ['movedFromUnitId'] });
    expect(columnsFor(r, infoOf('{ x { id name unitId movedFromUnitId } }'))).toEqual({ properties: r.all, tag: 'all', units: [] });
    // a nested loader batches by tag: the same columns read with or without their units share one
    const withUnit = columnsFor(r, infoOf('{ x { name unit { name } } }'));
    const without = columnsFor(r, infoOf('{ x { name unitId } }'));
    expect(withUnit.tag).toBe(without.tag);
    expect(withUnit.units).not.toEqual(without.units);
    expect(r.tags.size).toBe(2);
  });

  it('reads every column for a field it does not know, or when every column is selected', () => {
    const r = reads();
    expect(columnsFor(r, infoOf('{ x { name addedElsewhere } }'))).toEqual({ properties: r.all, tag: 'all', units: [] });
    expect(columnsFor(r, infoOf('{ x { ...f } } fragment f on X { name other }')).tag).toBe('all');
    expect(columnsFor(r, infoOf('{ x { id name unitId createdAt a b c d e f g } }')).tag).toBe('all');
    expect(r.shapes.size).toBe(0);
  });

  it(`makes at most ${MAX_SHAPES} column sets: past them a new selection reads every column`, () => {
    const r = reads();
    const letters = ['name', 'unitId', 'createdAt', 'a', 'b', 'c', 'd', 'e'];
    const tags = new Set<string>();
    for (let mask = 1; mask < 2 ** letters.length - 1; mask += 1) {
      const fields = letters.filter((_, i) => mask & (1 << i));
      const shape = columnsFor(r, infoOf(`{ x { ${fields.join(' ')} } }`));
      tags.add(shape.tag);
      if (shape.tag !== 'all') expect(shape.properties).toEqual(['id', ...fields].sort((p, q) => r.all.indexOf(p as never) - r.all.indexOf(q as never)));
    }
    expect(r.shapes.size).toBe(MAX_SHAPES);
    expect(tags.size).toBe(MAX_SHAPES + 1);
    // A set made before the bound is still its own.
    expect(columnsFor(r, infoOf('{ x { name } }')).tag).toBe('1');
  });
});
