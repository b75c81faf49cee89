import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';

/**
 * A query builder's SQL text, written once per shape. PERF (issue 11, twenty-first round):
 * TypeORM writes a list's text anew on every request (its select list escaped column by column,
 * every property name replaced by a regular expression per alias and column), about 5 % of the
 * server's CPU on W2. The text depends only on the builder's expression map: its entity and alias,
 * selections, conditions, order, page and flags; the values travel apart as parameters. So the
 * text is kept under a key written from the expression map, and the builder writes it only when
 * the key is new.
 *
 * The key is written only for the builders the lists make: a field the key does not know must
 * still hold its initial value (a primitive, an empty array or object), and a condition must be
 * text. Anything else (a join, a subquery builder, a Brackets condition, a CTE) answers no key,
 * and the builder writes its text as before. `QUERY_TEXT_CHECK=1` makes every hit compare the
 * kept text with TypeORM's own (the test suite runs with it).
 */
const MAX_TEXTS = 2_048;
const texts = new Map<string, string>();
const check = process.env.QUERY_TEXT_CHECK === '1';

/** The fields whose contents the key spells out; every other field must keep its initial value. */
const SPELLED = new Set(['selects', 'wheres', 'orderBys', 'mainAlias', 'aliases', 'parameters', 'nativeParameters', 'dataSource', 'locallyGenerated']);

type Alias = { name: string; type: string; hasMetadata: boolean; metadata?: { name: string; tablePath: string }; subQuery?: string };

function aliasKey(alias: Alias | undefined): string | undefined {
  if (!alias || !alias.hasMetadata || alias.subQuery) return undefined;
  return `${alias.type}:${alias.name}:${alias.metadata!.name}:${alias.metadata!.tablePath}`;
}

/** Whether a value is nothing, an empty array or an object without properties of its own. */
function isEmpty(value: unknown): boolean {
  if (value === null || value === undefined) return true;
  if (Array.isArray(value)) return value.length === 0;
  for (const field in value as object) if (Object.hasOwn(value as object, field)) return false;
  return true;
}

/** A fresh expression map's values, to leave out of the key the fields a builder left as they were. */
let initial: Record<string, unknown> | undefined;

/**
 * The key of a builder's text, or undefined when the builder has anything the key cannot spell
 * out. Its parts are separated by NUL, which no SQL text holds (PostgreSQL refuses it).
 */
export function textKey(qb: SelectQueryBuilder<ObjectLiteral>): string | undefined {
  const map = qb.expressionMap as unknown as Record<string, unknown>;
  initial ??= new (map.constructor as new (dataSource: unknown) => Record<string, unknown>)(map.dataSource);
  let key = aliasKey(map.mainAlias as Alias | undefined);
  if (key === undefined) return undefined;
  for (const field in map) {
    const value = map[field];
    if (value === initial[field] || SPELLED.has(field)) continue;
    if (typeof value === 'function') return undefined;
    if (value === null || value === undefined || typeof value !== 'object') key += `\0${field}:${typeof value}:${String(value)}`;
    else if (!isEmpty(value)) return undefined;
  }
  if (!isEmpty(map.nativeParameters) || !isEmpty(map.locallyGenerated)) return undefined;
  for (const alias of map.aliases as Alias[]) {
    const spelled = aliasKey(alias);
    if (spelled === undefined) return undefined;
    key += `\0a${spelled}`;
  }
  for (const select of map.selects as { selection: unknown; aliasName?: string; virtual?: boolean }[]) {
    if (typeof select.selection !== 'string') return undefined;
    key += `\0s${select.selection}\0${select.aliasName ?? ''}\0${select.virtual === true}`;
  }
  for (const where of map.wheres as { type: string; condition: unknown }[]) {
    if (typeof where.condition !== 'string') return undefined;
    key += `\0w${where.type}\0${where.condition}`;
  }
  return `${key}\0o${JSON.stringify(map.orderBys)}`;
}

/** The builder's text (`qb.getQuery()`), written by TypeORM once per key. */
export function queryText(qb: SelectQueryBuilder<ObjectLiteral>): string {
  const key = textKey(qb);
  if (key === undefined) return qb.getQuery();
  let text = texts.get(key);
  if (text === undefined) {
    text = qb.getQuery();
    if (texts.size >= MAX_TEXTS) texts.delete(texts.keys().next().value as string);
    texts.set(key, text);
  } else if (check && text !== qb.getQuery()) {
    throw new Error(`query-text: the kept text differs from TypeORM's for ${key}`);
  }
  return text;
}

/** The builder's text and its parameters in order, as `qb.getQueryAndParameters()` answers them. */
export function queryAndParameters(qb: SelectQueryBuilder<ObjectLiteral>): [string, unknown[]] {
  return qb.connection.driver.escapeQueryWithParameters(queryText(qb), qb.getParameters()) as [string, unknown[]];
}
