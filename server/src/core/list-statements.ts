import { createHash } from 'node:crypto';
import type { PoolClient } from 'pg';
import type { Scope } from './tenancy/scope';

/**
 * Lists as named prepared statements: one per list text *and per scope shape*, a bounded number per
 * connection, least recently used first out.
 *
 * PERF (issue 11, fourteenth round): an unnamed list statement is parsed, rewritten with its
 * policies and planned on every request (W2: 0.3 ms of planning of the database's 1.7 ms). Named,
 * it is planned once per connection.
 *
 * Why the scope shape is part of the name: a statement without parameters always runs the generic
 * plan PostgreSQL caches per connection, and with parameters it switches to it after five runs. The
 * policies' `unit_path <@ any (app.read_scope())` is estimated with the scope of the request that
 * planned it, and the pool hands a connection to every caller: a plan made for the whole country
 * (a sequential scan) must not serve a commune's list, nor the other way round. Scopes of the same
 * shape (as many paths, at the same depths: every province admin, every commune's staff) select
 * similar shares of the country and take the same plan.
 *
 * A page past the first (its OFFSET, not 0, is written into the text) stays unnamed: each page
 * number is a text of its own, read once in a while, and would only push the first pages out. So
 * does a text the process has not run before: preparing costs more than one unnamed run (the plan
 * is copied into the connection's cache), and a list asked once (a sort or a filter tried once)
 * would only push out the statements asked all day.
 */
export const LIST_STATEMENTS_PER_CONNECTION = 64;

/** TypeORM writes the page into the text: `LIMIT 25 OFFSET 0` for the first. */
const PAST_THE_FIRST_PAGE = /\bOFFSET\s+(?!0\b)\d/i;

/**
 * The texts run so far (the most recent SEEN_LIMIT), by scope shape and text, with their names.
 * PERF: the name is hashed once per text, not on every request.
 */
const SEEN_LIMIT = 4096;
const seen = new Map<string, string>();

type Kept = { names: Set<string>; evicted: Set<string> };
const kept = new WeakMap<PoolClient, Kept>();

const depth = (path: string) => (path === '' ? 0 : path.split('.').length);

/** How many paths each part of the scope has, and how deep each is: what the planner's estimates follow. */
export function scopeShape(scope: Scope): string {
  return [scope.read, scope.write, scope.admin].map((paths) => paths.map(depth).sort((a, b) => a - b).join(',')).join('/');
}

/** A scope's shape, written once per scope (a session's scope is kept with it, see session-cache.ts). */
const shapes = new WeakMap<Scope, string>();
function shapeOf(scope: Scope): string {
  let shape = shapes.get(scope);
  if (shape === undefined) shapes.set(scope, (shape = scopeShape(scope)));
  return shape;
}

/**
 * The name the list `text` runs under on `client` for a caller of `scope`, or undefined for a text
 * that runs unnamed (a page past the first, or a text this process has not run before). The
 * connection keeps the name as its most recently used; past the bound, its least recently used is
 * released at the end of the transaction (`deallocations`).
 */
export function listStatementName(client: PoolClient, scope: Scope, text: string): string | undefined {
  if (PAST_THE_FIRST_PAGE.test(text)) return undefined;
  const key = `${shapeOf(scope)}\0${text}`;
  const name = seen.get(key);
  if (name === undefined) {
    seen.set(key, `list_${createHash('sha1').update(key).digest('hex').slice(0, 32)}`);
    if (seen.size > SEEN_LIMIT) seen.delete(seen.keys().next().value as string);
    return undefined;
  }
  let mine = kept.get(client);
  if (!mine) kept.set(client, (mine = { names: new Set(), evicted: new Set() }));
  mine.names.delete(name);
  mine.names.add(name);
  mine.evicted.delete(name);
  if (mine.names.size > LIST_STATEMENTS_PER_CONNECTION) {
    const oldest = mine.names.values().next().value as string;
    mine.names.delete(oldest);
    mine.evicted.add(oldest);
  }
  return name;
}

type Parsed = { connection: { parsedStatements: Record<string, string> } };

/**
 * The DEALLOCATE of the names `client` let go of, to run once its transaction has ended (every
 * statement of it answered, so pg knows which names the server really holds), or undefined.
 * pg forgets them at once: a name used again is parsed again.
 */
export function deallocations(client: PoolClient): string | undefined {
  const mine = kept.get(client);
  if (!mine?.evicted.size) return undefined;
  const parsed = (client as unknown as Parsed).connection.parsedStatements;
  const names = [...mine.evicted].filter((name) => parsed[name] !== undefined);
  mine.evicted.clear();
  for (const name of names) delete parsed[name];
  return names.length ? names.map((name) => `deallocate "${name}"`).join('; ') : undefined;
}
