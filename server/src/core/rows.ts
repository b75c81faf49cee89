import type { EntityMetadata, EntityTarget, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';
import type { Context } from './context';

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

function shapeOf(metadata: EntityMetadata, alias: string, properties: readonly string[] | undefined): Shape {
  let byKey = shapes.get(metadata);
  if (!byKey) shapes.set(metadata, (byKey = new Map()));
  const key = `${alias}:${properties?.join(',') ?? '*'}`;
  let shape = byKey.get(key);
  if (!shape) {
    const chosen = properties
      ? properties.map((property) => {
        const column = metadata.columns.find((c) => c.propertyName === property);
        if (!column) throw new Error(`${metadata.name} has no column for ${property}`);
        return column;
      })
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
  const { metadata, name: alias } = qb.expressionMap.mainAlias!;
  const shape = shapeOf(metadata, alias, properties);
  qb.select(shape.columns[0][0], shape.columns[0][1]);
  for (const [column, property] of shape.columns.slice(1)) qb.addSelect(column, property);
  const [sql, parameters] = qb.getQueryAndParameters();
  return hydrated(metadata, await ctx.tx.query<Record<string, unknown>>(sql, parameters), shape);
}

/** How many rows the query builder's filters select: count(*), not TypeORM's count(distinct id). */
export async function countRows(ctx: Context, qb: SelectQueryBuilder<ObjectLiteral>): Promise<number> {
  const [sql, parameters] = qb.select('count(*)::int', 'count').getQueryAndParameters();
  const [row] = await ctx.tx.query<{ count: number }>(sql, parameters);
  return row.count;
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
  if (text === undefined) {
    const columns = shape.columns.map(([column, property]) => `${column} as "${property}"`).join(', ');
    texts.set(read.name, (text = `select ${columns} from ${metadata.tableName} ${read.alias} ${read.where}`));
  }
  return hydrated(metadata, await ctx.tx.prepared<Record<string, unknown>>(read.name, text, values), shape);
}
