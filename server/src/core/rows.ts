import DataLoader from 'dataloader';
import pg from 'pg';
import type { EntityMetadata, EntityTarget, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';
import type { Context } from './context';
import { queryAndParameters, queryText } from './query-text';

/**
 * Reading rows without TypeORM's entity hydration. PERF: hydration through the query builder cost
 * 5.4 ms of CPU for W4's two data statements, selecting the needed columns with a plain query
 * 0.9 ms (issue 11). Rows come back as plain objects keyed by the entity's property names, only
 * the columns asked for; the mappers to GraphQL types read them exactly as they read entities.
 * pg already gives every column its hydrated value (dates stay strings, see database.ts) except
 * the columns with a transformer and enum arrays: those go through TypeORM's own hydration.
 */
type Shape = { columns: [string, string][]; hydrate: ColumnMetadata[] };

const needsHydration = (c: ColumnMetadata) => Boolean(c.transformer) || (c.isArray && (c.type === 'enum' || c.type === 'simple-enum'));
const shapes = new WeakMap<EntityMetadata, Map<string, Shape>>();

function columnOf(metadata: EntityMetadata, property: string): ColumnMetadata {
  const column = metadata.columns.find((c) => c.propertyName === property);
  if (!column) throw new Error(`${metadata.name} has no column for ${property}`);
  return column;
}

function shapeOf(metadata: EntityMetadata, alias: string, properties: readonly string[] | undefined): Shape {
  let byKey = shapes.get(metadata);
  if (!byKey) shapes.set(metadata, (byKey = new Map()));
  const key = `${alias}:${properties?.join(',') ?? '*'}`;
  let shape = byKey.get(key);
  if (!shape) {
    const chosen = properties
      ? properties.map((property) => columnOf(metadata, property))
      : metadata.columns.filter((c) => c.isSelect); // as TypeORM: never a column marked select: false
    shape = {
      columns: chosen.map((c) => [`${alias}.${c.databaseName}`, c.propertyName]),
      hydrate: chosen.filter(needsHydration),
    };
    byKey.set(key, shape);
  }
  return shape;
}

function hydrated<T>(metadata: EntityMetadata, rows: Record<string, unknown>[], shape: Shape): T[] {
  if (shape.hydrate.length) {
    const driver = metadata.connection.driver;
    for (const row of rows) for (const column of shape.hydrate) row[column.propertyName] = driver.prepareHydratedValue(row[column.propertyName], column);
  }
  return rows as T[];
}

/**
 * The query builder's rows (it writes the filters, sort and page) as plain objects of the given
 * properties, run straight through pg on the request's connection.
 */
export async function plainRows<T extends ObjectLiteral, K extends keyof T & string>(
  ctx: Context,
  qb: SelectQueryBuilder<T>,
  properties: readonly K[],
): Promise<Pick<T, K>[]> {
  return (await rowsAndCount(ctx, qb, properties)).rows;
}

/**
 * A record a row refers to, read in the row's own statement: `select` is a scalar subquery of the
 * row's column (`alias.column`), its value lands in the row as `as` (unit.loader.ts: a row's unit,
 * a unit's page of children); `parameters` are the values its `:name`s stand for.
 */
export type RowJoin = { property: string; as: string; select: (column: string) => string; parameters?: Record<string, unknown> };

/** The rows, and with `counted` the number of rows its filters select, read in the same statement. */
async function rowsAndCount<T extends ObjectLiteral, K extends keyof T & string>(
  ctx: Context,
  qb: SelectQueryBuilder<T>,
  properties: readonly K[],
  counted?: SelectQueryBuilder<ObjectLiteral>,
  joins: readonly RowJoin[] = [],
): Promise<{ rows: Pick<T, K>[]; count?: number }> {
  const { metadata, name: alias } = qb.expressionMap.mainAlias!;
  const shape = shapeOf(metadata, alias, properties);
  qb.select(shape.columns[0][0], shape.columns[0][1]);
  for (const [column, property] of shape.columns.slice(1)) qb.addSelect(column, property);
  for (const join of joins) {
    qb.addSelect(`(${join.select(`${alias}.${columnOf(metadata, join.property).databaseName}`)})`, join.as);
    if (join.parameters) qb.setParameters(join.parameters);
  }
  if (counted) {
    // Uncorrelated: planned once, as an InitPlan, exactly as the count alone would be.
    qb.addSelect(`(${queryText(counted.select('count(*)::int'))})`, COUNT_COLUMN).setParameters({ ...counted.getParameters(), ...qb.getParameters() });
  }
  const [sql, parameters] = queryAndParameters(qb);
  const rows = await ctx.tx.list<Record<string, unknown>>(sql, parameters);
  return { rows: hydrated(metadata, rows, shape), count: rows.length ? (rows[0][COUNT_COLUMN] as number) : undefined };
}

/** How many rows the query builder's filters select: count(*), not TypeORM's count(distinct id). */
export async function countRows(ctx: Context, qb: SelectQueryBuilder<ObjectLiteral>): Promise<number> {
  const [sql, parameters] = queryAndParameters(qb.select('count(*)::int', 'count'));
  const [row] = await ctx.tx.list<{ count: number }>(sql, parameters);
  return row.count;
}

/**
 * A page and its count. The console asks every list with its count in one operation (`allX` and
 * `_allXMeta` with the same filter, as ra-data-graphql-simple does): both are answered by one
 * statement, the page's rows carrying the count as a scalar subquery (a column the mappers do not
 * read). PERF: one statement fewer on every list screen and in W2 (issue 11). The two are batched
 * per request, resource and filter (a DataLoader: asked in the same tick, as sibling root fields
 * are); asked alone, or when the page is past the end, the count runs by itself.
 */
type PageAsk = { page: SelectQueryBuilder<ObjectLiteral>; properties: readonly string[]; joins: readonly RowJoin[] } | { count: SelectQueryBuilder<ObjectLiteral> };

const COUNT_COLUMN = '__count';

function pages(ctx: Context, resource: string, filter: unknown): DataLoader<PageAsk, unknown> {
  return ctx.loaders.get(`pages:${resource}:${JSON.stringify(filter ?? {})}`, () => new DataLoader<PageAsk, unknown>(async (asks) => {
    const counted = asks.find((ask) => 'count' in ask)?.count;
    let count: number | undefined;
    const answers: unknown[] = [];
    for (const ask of asks) {
      if ('page' in ask) {
        const read = await rowsAndCount(ctx, ask.page, ask.properties, count === undefined ? counted : undefined, ask.joins);
        count ??= read.count;
        answers.push(read.rows);
      } else answers.push(undefined);
    }
    if (counted && count === undefined) count = await countRows(ctx, counted);
    return answers.map((answer, i) => ('count' in asks[i] ? count : answer));
  }, { cache: false }));
}

/**
 * A page of rows (see `pages`): `filter` is the list's filter argument, `qb` its filtered, sorted
 * and paged query; with `joins`, each row also carries the records it refers to.
 */
export function pageRows<T extends ObjectLiteral, K extends keyof T & string>(
  ctx: Context, resource: string, filter: unknown, qb: SelectQueryBuilder<T>, properties: readonly K[], joins: readonly RowJoin[] = [],
): Promise<Pick<T, K>[]> {
  return pages(ctx, resource, filter).load({ page: qb, properties, joins }) as Promise<Pick<T, K>[]>;
}

/** The count of a list (see `pages`): `qb` selects the rows its filter selects. */
export function pageCount(ctx: Context, resource: string, filter: unknown, qb: SelectQueryBuilder<ObjectLiteral>): Promise<number> {
  return pages(ctx, resource, filter).load({ count: qb }) as Promise<number>;
}

const texts = new Map<string, string>();

/** A read by a hand-written condition: `select <properties> from <table> <alias> <where>`, named. */
export type PreparedRead<T extends ObjectLiteral, K extends keyof T & string> = {
  name: string;
  entity: EntityTarget<T>;
  alias: string;
  /** The properties to read; every selectable column when absent. */
  properties?: readonly K[];
  /** WHERE and ORDER BY, with $1 ... for the values. */
  where: string;
};

/**
 * Rows of an entity as a named prepared statement of the request's transaction (parsed and
 * planned once per connection). The text is built once per name from the entity's metadata.
 */
export async function preparedRows<T extends ObjectLiteral, K extends keyof T & string = keyof T & string>(
  ctx: Context,
  read: PreparedRead<T, K>,
  values: unknown[],
): Promise<Pick<T, K>[]> {
  const metadata = (await ctx.db()).connection.getMetadata(read.entity);
  const shape = shapeOf(metadata, read.alias, read.properties);
  let text = texts.get(read.name);
  if (text === undefined) texts.set(read.name, (text = `select ${selectList(metadata, read.alias, read.properties)} from ${metadata.tableName} ${read.alias} ${read.where}`));
  return hydrated(metadata, await ctx.tx.prepared<Record<string, unknown>>(read.name, text, values), shape);
}

/** Rows a statement selected with `selectList` (pg's values), hydrated as a plain read's. */
export function hydrateRows<T extends ObjectLiteral>(metadata: EntityMetadata, alias: string, rows: Record<string, unknown>[], properties?: readonly string[]): T[] {
  return hydrated(metadata, rows, shapeOf(metadata, alias, properties));
}

/** `alias.column as "property", ...`: the columns a read of the entity selects, named by property. */
export function selectList(metadata: EntityMetadata, alias: string, properties?: readonly string[]): string {
  return shapeOf(metadata, alias, properties).columns.map(([column, property]) => `${column} as "${property}"`).join(', ');
}

/**
 * Rows nested in another statement's row, for a statement that answers a record with its parts
 * (plan.prefetch.ts): `nestedRowsSql` selects the rows of `where` (the entity's table aliased
 * `alias`) in `orderBy` order as one JSON array, each row an array of its columns' text, and
 * `nestedRows` turns that array into the rows a plain read of the same columns answers. Each value
 * goes through the parser pg applies to that column's type in a row of its own (the same text
 * format), then through the same hydration, so both reads give equal rows (tested for every entity).
 */
export function nestedRowsSql(metadata: EntityMetadata, alias: string, where: string, orderBy: string, properties?: readonly string[]): string {
  const values = shapeOf(metadata, alias, properties).columns.map(([column]) => `${column}::text`).join(', ');
  return `(select coalesce(json_agg(json_build_array(${values}) order by ${orderBy}), '[]') from ${metadata.tableName} ${alias} ${where})`;
}

export function nestedRows<T extends ObjectLiteral>(metadata: EntityMetadata, alias: string, json: unknown, properties?: readonly string[]): T[] {
  const shape = shapeOf(metadata, alias, properties);
  const parsers = parsersOf(metadata, shape);
  const rows = (json as (string | null)[][]).map((values) => {
    const row: Record<string, unknown> = {};
    for (let i = 0; i < values.length; i += 1) row[shape.columns[i][1]] = values[i] === null ? null : parsers[i](values[i] as string);
    return row;
  });
  return hydrated(metadata, rows, shape);
}

/** pg's text parser of each column of a shape, by the column's PostgreSQL type (made once per shape). */
const parsersByShape = new WeakMap<Shape, ((text: string) => unknown)[]>();

/** The OIDs of the built-in types whose text pg parses; any other type (text, enums, ltree) stays a string. */
const TYPE_OIDS: Record<string, number> = {
  boolean: 16, bigint: 20, smallint: 21, integer: 23, json: 114, jsonb: 3802, date: 1082,
  'timestamp without time zone': 1114, 'timestamp with time zone': 1184, numeric: 1700,
};
const ARRAY_OIDS: Record<string, number> = { smallint: 1005, integer: 1007, text: 1009, 'character varying': 1015, date: 1182 };
const TYPE_SYNONYMS: Record<string, string> = {
  int: 'integer', int4: 'integer', int2: 'smallint', int8: 'bigint', bool: 'boolean', decimal: 'numeric',
  timestamptz: 'timestamp with time zone', timestamp: 'timestamp without time zone', varchar: 'character varying', char: 'character',
};
const STRING_TYPES = new Set(['text', 'character varying', 'character', 'uuid', 'ltree', 'enum', 'simple-enum', 'citext']);

function parsersOf(metadata: EntityMetadata, shape: Shape): ((text: string) => unknown)[] {
  let parsers = parsersByShape.get(shape);
  if (!parsers) {
    const driver = metadata.connection.driver;
    parsers = shape.columns.map(([, property]) => {
      const column = columnOf(metadata, property);
      const type = String(driver.normalizeType(column));
      const name = TYPE_SYNONYMS[type] ?? type;
      // an enum array's text is hydrated by TypeORM afterwards, as in a row of its own
      if (column.isArray && !(name === 'enum' || name === 'simple-enum')) {
        const oid = ARRAY_OIDS[name];
        if (oid === undefined) throw new Error(`${metadata.name}.${property}: no parser for ${name}[] in nested rows`);
        return pg.types.getTypeParser(oid, 'text') as (text: string) => unknown;
      }
      if (STRING_TYPES.has(name) || column.isArray) return (text: string) => text;
      const oid = TYPE_OIDS[name];
      if (oid === undefined) throw new Error(`${metadata.name}.${property}: no parser for ${name} in nested rows`);
      return pg.types.getTypeParser(oid, 'text') as (text: string) => unknown;
    });
    parsersByShape.set(shape, parsers);
  }
  return parsers;
}
