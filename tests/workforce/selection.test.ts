import { parse, type FieldNode, type GraphQLResolveInfo, type OperationDefinitionNode } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO } from '../support/constants';
import { startTestApp, type TestApp } from '../support/harness';
import { columnReads, columnsFor, MAX_SHAPES } from '../../server/src/core/graphql/selection';
import { BUDGET_LINE_READS, PLAN_READS, TARGET_READS, TASK_READS } from '../../server/src/modules/plans/plan.reads';

/**
 * Lists and loaders read only the columns the selection needs (core/graphql/selection.ts). Whatever
 * a client selects, each field answers what it answers when everything is read: every field of
 * the narrowed types is asked alone and compared with the answer of a selection of all of them.
 */
let app: TestApp;
let token: string;
/** Mỹ Tú's plan 127 and the drafts cascaded from it to its communes, with a target of its own added. */
let planIds: string[] = [];

type Field = { name: string; args: unknown[]; type: TypeRef };
type TypeRef = { kind: string; name: string | null; ofType: TypeRef | null };

const named = (type: TypeRef): TypeRef => (type.ofType ? named(type.ofType) : type);

async function fieldsOf(type: string): Promise<Field[]> {
  const result = await app.gql(`query ($type: String!) { __type(name: $type) { fields { name args { name } type {
    kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } }`, { type }, { token });
  return (result.data!.__type as { fields: Field[] }).fields;
}

/**
 * A field as a selection: a leaf as itself, an object by its id; an object without one (a plan's
 * signer) by its leaves, which are what its resolver builds from the row.
 */
async function selectionOf(field: Field): Promise<string> {
  const type = named(field.type);
  if (type.kind !== 'OBJECT') return field.name;
  const inner = await fieldsOf(type.name!);
  if (inner.some((f) => f.name === 'id')) return `${field.name} { id }`;
  const leaves = inner.filter((f) => f.args.length === 0 && named(f.type).kind !== 'OBJECT').map((f) => f.name);
  return `${field.name} { __typename ${leaves.join(' ')} }`;
}

beforeAll(async () => {
  app = await startTestApp();
  token = await app.login(DEMO.socTrangAdmin);
  const gql = async (query: string, variables: Record<string, unknown>) => {
    const result = await app.gql(query, variables, { token });
    expect(result.errors).toBeUndefined();
    return result.data!;
  };
  const [{ id }] = await app.sql<{ id: string }>(`select id::text from plan where number = '127/KH-UBND'`);
  await gql(`mutation ($planId: ID!) { createTarget(planId: $planId, indicator: SETTLEMENT_RATE, comparator: GTE, value: "85.5", applies: FROM_TO,
    fromYear: 2022, toYear: 2025, note: "Mục tiêu chung") { id } }`, { planId: id });
  const communes = await app.sql<{ id: string }>(`select c.id::text from admin_unit c join admin_unit d on d.id = c.parent_id
    where d.code = '944' and d.level = 'DISTRICT' and c.valid_to is not null order by c.code limit 6`);
  const { cascadePlan } = await gql(`mutation ($planId: ID!, $unitIds: [ID!]!) { cascadePlan(planId: $planId, unitIds: $unitIds) { created { id } } }`,
    { planId: id, unitIds: communes.map((c) => c.id) });
  planIds = [id, ...cascadePlan.created.map((plan: { id: string }) => plan.id)];
});
afterAll(() => app?.close());

type Row = Record<string, unknown>;

/** Each list, and a fact some of its rows have: without it the comparison would prove little. */
type Case = { type: string; name: string; list: (s: string) => string; premise: (r: Row) => boolean; rows?: (data: Record<string, any>) => Row[] };

const recorded = (r: Row) => r.unitId != null && r.createdAt != null;
/** The plans, each by `Plan(id)` (aliased): a plan's parts are read ahead with it (plan.prefetch.ts). */
const eachPlan = (inner: string) => `{ ${planIds.map((id, i) => `p${i}: Plan(id: "${id}") { ${inner} }`).join(' ')} }`;
/** The same plans' parts through the list, each part by its own loader. */
const planList = (inner: string) => `{ outer: allPlans(perPage: 10, sortField: "id", filter: { ids: [${planIds.map((id) => `"${id}"`).join(', ')}] }) { ${inner} } }`;
const taskPremise = (r: Row) => r.createdAt != null && r.implementsId != null && r.scheduleKind != null;
const targetPremise = (r: Row) => r.unit != null && r.value != null && r.implementsId != null;
const planTargetPremise = (r: Row) => r.unit != null && r.value === '85.5' && r.note != null;
const linePremise = (r: Row) => r.amount != null && r.parentId != null && r.implementsId != null;

const LISTS: Case[] = [
  { type: 'Hamlet', name: 'its list', list: (s) => `{ rows: allHamlets(perPage: 30, sortField: "id") { id ${s} } }`, premise: recorded },
  { type: 'MediationTeam', name: 'its list', list: (s) => `{ rows: allMediationTeams(perPage: 30, sortField: "id") { id ${s} } }`, premise: recorded },
  { type: 'Mediator', name: 'its list', list: (s) => `{ rows: allMediators(perPage: 30, sortField: "id") { id ${s} } }`, premise: recorded },
  { type: 'Mediator', name: 'a team\'s mediators', list: (s) => `{ outer: allMediationTeams(perPage: 10, sortField: "id") { rows: mediators { id ${s} } } }`, premise: recorded },
  { type: 'AdministrativeUnit', name: 'its list', list: (s) => `{ rows: allAdministrativeUnits(perPage: 30, sortField: "id", filter: { level: DISTRICT }) { id ${s} } }`, premise: (r) => r.parentId != null && r.validTo != null },
  { type: 'AdministrativeUnit', name: 'a unit\'s children', list: (s) => `{ outer: allAdministrativeUnits(perPage: 3, sortField: "id", filter: { level: DISTRICT }) { rows: children(perPage: 10) { id ${s} } } }`, premise: (r) => r.parentId != null && r.validTo != null },
  { type: 'Plan', name: 'Plan(id)', list: (s) => eachPlan(`id ${s}`), premise: (r) => recorded(r) && r.parentId != null, rows: (data) => Object.values(data) },
  { type: 'PlanTask', name: 'a plan\'s tasks', list: (s) => planList(`rows: tasks { id ${s} }`), premise: taskPremise },
  { type: 'PlanTask', name: 'Plan(id) { tasks }', list: (s) => eachPlan(`rows: tasks { id ${s} }`), premise: taskPremise },
  { type: 'Target', name: 'a task\'s targets', list: (s) => planList(`tasks { rows: targets { id ${s} } }`), premise: targetPremise },
  { type: 'Target', name: 'Plan(id) { tasks { targets } }', list: (s) => eachPlan(`tasks { rows: targets { id ${s} } }`), premise: targetPremise },
  { type: 'Target', name: 'a plan\'s own targets', list: (s) => planList(`rows: targets { id ${s} }`), premise: planTargetPremise },
  { type: 'Target', name: 'Plan(id) { targets }', list: (s) => eachPlan(`rows: targets { id ${s} }`), premise: planTargetPremise },
  { type: 'BudgetLine', name: 'a plan\'s budget lines', list: (s) => planList(`rows: budgetLines { id ${s} }`), premise: linePremise },
  { type: 'BudgetLine', name: 'Plan(id) { budgetLines }', list: (s) => eachPlan(`rows: budgetLines { id ${s} }`), premise: linePremise },
];

/** The rows under the `rows` aliases, wherever they are nested. */
const rowsOf = (data: unknown): Row[] => {
  if (Array.isArray(data)) return data.flatMap(rowsOf);
  if (data === null || typeof data !== 'object') return [];
  return 'rows' in data ? [(data as { rows: Row | Row[] }).rows].flat() : Object.values(data).flatMap(rowsOf);
};

describe('reads that follow the selection', () => {
  it.each(LISTS.map((l) => [`${l.type} (${l.name})`, l] as const))(
    'answer each field of %s asked alone as when every field is asked', async (_, { type, list, premise, rows = rowsOf }) => {
      const fields = (await fieldsOf(type)).filter((f) => f.args.length === 0);
      const selections = await Promise.all(fields.map(selectionOf));
      const full = await app.gql(list(selections.join(' ')), {}, { token });
      expect(full.errors).toBeUndefined();
      const all = rows(full.data!);
      expect(all.length).toBeGreaterThan(5);
      for (const [i, field] of fields.entries()) {
        const alone = await app.gql(list(selections[i]), {}, { token });
        expect(alone.errors, field.name).toBeUndefined();
        expect(rows(alone.data!).map((row) => row[field.name]), `${type}.${field.name}`).toEqual(all.map((row) => row[field.name]));
      }
      // The premise: some field is not null somewhere, or the comparison proves little.
      expect(all.some(premise)).toBe(true);
    });

  it('read each field of a plan and its parts alone by a set of columns of its own (the bound on sets was never reached)', () => {
    for (const reads of [PLAN_READS, TASK_READS, TARGET_READS, BUDGET_LINE_READS]) expect(reads.tags.size).toBeLessThan(MAX_SHAPES);
    expect(PLAN_READS.tags.size).toBeGreaterThan(30);
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
