import { Kind, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';
import { perField } from './per-field';

/**
 * Reads that select only the columns the GraphQL selection needs. PERF: W4 (50 teams with their
 * mediators' names) read the mediators' 25 columns, two of them timestamps pg turns into Dates,
 * to answer two: its CPU per request fell by 40 % with the two columns read (issue 11).
 *
 * A type's reads name, for each of its GraphQL fields that is not a column of the same name, the
 * properties it reads (`unit` reads `unitId`); a field that is a property reads itself; `always`
 * is read whatever is selected (the id, the key a loader groups by). A selected field the reads do
 * not know (a field another module adds) makes the read take every column: never a missing value.
 * At most MAX_SHAPES column sets per type are ever made (each is a statement text, prepared on
 * every connection): past that, a new selection reads every column. The bound leaves room for
 * each column of the widest type read (a plan's 35) asked alone, and a few sets more.
 */
export type ColumnReads<K extends string> = {
  readonly all: readonly K[];
  readonly always: readonly K[];
  readonly fields: Readonly<Record<string, readonly K[]>>;
  /** Fields that are the unit of a column (`unit`: unitId): selected, that unit is read with the row (unit.loader.ts). */
  readonly units: Readonly<Record<string, K>>;
  /** The shapes made so far, by their columns and units. */
  readonly shapes: Map<string, ColumnShape<K>>;
  /** A short tag per column set, for statement names: a set read with or without units is one statement of a nested loader. */
  readonly tags: Map<string, string>;
};

export type ColumnShape<K extends string> = {
  readonly properties: readonly K[];
  readonly tag: string;
  /** The columns whose unit the selection reads as an object (`unit { name }`). */
  readonly units: readonly K[];
};

export const MAX_SHAPES = 64;

/** What the fields of a record that may have moved with its hamlet at the 2025 reform read. */
export const MOVED_RECORD_READS = {
  unit: ['unitId'], formerUnitId: ['movedFromUnitId'], formerUnit: ['movedFromUnitId'],
} as const satisfies Record<string, readonly string[]>;

/** The units a record that may have moved with its hamlet refers to. */
export const MOVED_RECORD_UNITS = { unit: 'unitId', formerUnit: 'movedFromUnitId' } as const satisfies Record<string, string>;

export function columnReads<K extends string>(
  all: readonly K[], always: readonly K[], fields: Readonly<Record<string, readonly K[]>> = {}, units: Readonly<Record<string, K>> = {},
): ColumnReads<K> {
  return { all, always, fields, units, shapes: new Map(), tags: new Map() };
}

const everyColumn = <K extends string>(reads: ColumnReads<K>): ColumnShape<K> => ({ properties: reads.all, tag: 'all', units: [] });

/** The shapes found per field of a document: a field resolver called for each of 100 districts walks its selection once. */
const found = perField<ColumnReads<string>, ColumnShape<string>>();

/** The columns the fields selected under `info`'s field read (fragments and aliases followed). */
export function columnsFor<K extends string>(reads: ColumnReads<K>, info: GraphQLResolveInfo): ColumnShape<K> {
  return columnsOf(reads, info.fieldNodes, info.fragments);
}

/** `columnsFor` a field known by its nodes: a subfield of the field being resolved, read ahead of its resolver. */
export function columnsOf<K extends string>(reads: ColumnReads<K>, fieldNodes: readonly FieldNode[], fragments: GraphQLResolveInfo['fragments']): ColumnShape<K> {
  return found(fieldNodes, reads as ColumnReads<string>, () => shapeOf(reads, fieldNodes, fragments)) as ColumnShape<K>;
}

function shapeOf<K extends string>(reads: ColumnReads<K>, fieldNodes: readonly FieldNode[], fragments: GraphQLResolveInfo['fragments']): ColumnShape<K> {
  const needed = new Set<string>();
  const units = new Set<string>();
  const columns = new Set<string>(reads.all);
  for (const name of subfields(fieldNodes, fragments).keys()) {
    if (name === '__typename') continue;
    const read = reads.fields[name] ?? (columns.has(name) ? [name] : undefined);
    if (!read) return everyColumn(reads);
    for (const property of read) needed.add(property);
    if (reads.units[name]) units.add(reads.units[name]);
  }
  return shapeWith(reads, needed, units);
}

/**
 * The shape that reads `needed` (and the columns always read), with the units of `units`: a set of
 * columns named in code (the lines a total adds up) or the union of two selections' shapes (one
 * statement read ahead for both). Bounded as the selections' own shapes are.
 */
export function shapeWith<K extends string>(reads: ColumnReads<K>, needed: Iterable<string>, units: ReadonlySet<string> = new Set()): ColumnShape<K> {
  const read = new Set<string>([...reads.always, ...needed]);
  const properties = reads.all.filter((property) => read.has(property));
  const joined = reads.all.filter((property) => units.has(property));
  const every = properties.length === reads.all.length;
  if (every && !joined.length) return everyColumn(reads);
  const columnKey = properties.join(',');
  let tag = every ? 'all' : reads.tags.get(columnKey);
  if (tag === undefined) {
    if (reads.tags.size >= MAX_SHAPES) return everyColumn(reads);
    reads.tags.set(columnKey, (tag = String(reads.tags.size + 1)));
  }
  const key = `${columnKey}|${joined.join(',')}`;
  let shape = reads.shapes.get(key);
  if (!shape) reads.shapes.set(key, (shape = { properties, tag, units: joined }));
  return shape;
}

/**
 * The nodes of the field `name` selected directly under `info`'s field, when every one of them
 * answers under the same key (no alias asks it a second time, perhaps with other arguments): the
 * nodes its resolver will be called with. A read made ahead of that resolver (a list reading its
 * rows' nested rows in its own statement) reads what it will ask. Undefined otherwise.
 */
export function subfieldAskedOnce(info: GraphQLResolveInfo, name: string): FieldNode[] | undefined {
  const nodes = subfields(info.fieldNodes, info.fragments).get(name);
  const answerKey = (node: FieldNode) => node.alias?.value ?? node.name.value;
  return nodes?.every((node) => answerKey(node) === answerKey(nodes[0])) ? nodes : undefined;
}

/**
 * The fields selected directly under the given field nodes, by name (aliases, fragments and inline
 * fragments followed; @include/@skip not read: a field they leave out counts as selected, so a
 * read made ahead of its resolvers may read more, never less), each with its own nodes.
 */
export function subfields(fieldNodes: readonly FieldNode[], fragments: GraphQLResolveInfo['fragments']): Map<string, FieldNode[]> {
  const fields = new Map<string, FieldNode[]>();
  const visited = new Set<string>();
  const visit = (selectionSet: SelectionSetNode | undefined) => {
    for (const selection of selectionSet?.selections ?? []) {
      if (selection.kind === Kind.FIELD) {
        const nodes = fields.get(selection.name.value);
        if (nodes) nodes.push(selection);
        else fields.set(selection.name.value, [selection]);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) visit(selection.selectionSet);
      else if (!visited.has(selection.name.value)) {
        visited.add(selection.name.value);
        visit(fragments[selection.name.value]?.selectionSet);
      }
    }
  };
  for (const node of fieldNodes) visit(node.selectionSet);
  return fields;
}
