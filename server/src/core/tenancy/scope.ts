import { escapeLiteral } from 'pg';
import { forbidden } from '../errors';

export type Role = 'SYSTEM_ADMIN' | 'PROVINCE_ADMIN' | 'DISTRICT_STAFF' | 'COMMUNE_STAFF' | 'ANALYST';

/** A membership as the scope needs it: the role, the unit's path and its predecessors' paths. */
export type ScopedMembership = { role: Role; unitId: number | null; unitPath: string; predecessorPaths: string[] };

/**
 * What one request may touch, as sets of ltree paths (each path stands for its subtree).
 * Paths are compared as ltree in PostgreSQL; here only prefix logic is needed to decide early.
 */
export type Scope = {
  read: string[];
  write: string[];
  admin: string[];
};

export const EMPTY_SCOPE: Scope = { read: [], write: [], admin: [] };

/** `a` is `b` or below it (the empty path is the root of everything). */
export function isWithin(path: string, ancestor: string): boolean {
  return ancestor === '' || path === ancestor || path.startsWith(ancestor + '.');
}

export const covers = (paths: string[], path: string) => paths.some((ancestor) => isWithin(path, ancestor));

/**
 * The scope that follows from memberships. Every role reads its unit's subtree and the history of
 * the units its unit succeeded (Cần Thơ 2025 reads Sóc Trăng 2021); analysts never write; only
 * administrators manage users.
 */
export function scopeOf(memberships: ScopedMembership[]): Scope {
  let scope = scopes.get(memberships);
  if (!scope) scopes.set(memberships, (scope = scopeFrom(memberships)));
  return scope;
}

/**
 * The scope of each memberships array met so far. PERF: a session's caller is kept between
 * requests (session-cache.ts) with its memberships, so its scope is written once, and every
 * request of the session has the same scope object (list-statements.ts keeps its shape with it).
 * A scope is never changed once written (narrowScope answers a new one).
 */
const scopes = new WeakMap<ScopedMembership[], Scope>();

function scopeFrom(memberships: ScopedMembership[]): Scope {
  const read = new Set<string>();
  const write = new Set<string>();
  const admin = new Set<string>();
  for (const m of memberships) {
    read.add(m.unitPath);
    m.predecessorPaths.forEach((path) => read.add(path));
    if (m.role !== 'ANALYST') write.add(m.unitPath);
    if (m.role === 'SYSTEM_ADMIN' || m.role === 'PROVINCE_ADMIN') admin.add(m.unitPath);
  }
  return { read: minimal(read), write: minimal(write), admin: minimal(admin) };
}

/**
 * Narrows a scope to one unit (the console's tenant switcher sends it as x-unit-id). It can only
 * narrow: a unit outside what the memberships read is FORBIDDEN.
 */
export function narrowScope(scope: Scope, memberships: ScopedMembership[], unitPath: string): Scope {
  if (!covers(scope.read, unitPath)) throw forbidden('The unit in x-unit-id is outside your memberships', 'WORKING_UNIT_OUTSIDE_MEMBERSHIPS');
  const history = memberships.filter((m) => m.unitPath === unitPath).flatMap((m) => m.predecessorPaths);
  return {
    read: minimal(new Set([unitPath, ...history])),
    write: covers(scope.write, unitPath) ? [unitPath] : [],
    admin: covers(scope.admin, unitPath) ? [unitPath] : [],
  };
}

/** Drops paths already covered by another path of the set, so policies compare fewer paths. */
function minimal(paths: Set<string>): string[] {
  const all = [...paths];
  return all.filter((path) => !all.some((other) => other !== path && isWithin(path, other))).sort();
}

/** The ltree[] literal PostgreSQL reads back with `::ltree[]`. */
export function toLtreeArray(paths: string[]): string {
  return `{${paths.map((path) => `"${path}"`).join(',')}}`;
}

/**
 * BEGIN and the request's settings as one simple-protocol message: one round trip instead of two
 * (and no statement to parse and bind). The values are quoted literals, which simple protocol
 * requires; they come from the verified memberships (paths of units, the user's id), never from
 * the client, and are quoted by pg's own escapeLiteral. Settings are transaction-local (true),
 * never session-level: pooled connections would leak them.
 */
export function beginWithScope(scope: Scope, userId: number | undefined): string {
  let texts = begins.get(scope);
  if (!texts) begins.set(scope, (texts = new Map()));
  let text = texts.get(userId);
  if (text === undefined) texts.set(userId, (text = beginText(scope, userId)));
  return text;
}

/** The BEGIN of each scope (a session's is the same object on every request, see scopeOf) and user, written once. */
const begins = new WeakMap<Scope, Map<number | undefined, string>>();

function beginText(scope: Scope, userId: number | undefined): string {
  const setting = (name: string, value: string) => `set_config('${name}', ${escapeLiteral(value)}, true)`;
  return `begin; select ${setting('app.scope', toLtreeArray(scope.read))}, ${setting('app.write_scope', toLtreeArray(scope.write))}, `
    + `${setting('app.admin_scope', toLtreeArray(scope.admin))}, ${setting('app.user_id', userId ? String(userId) : '')}`;
}
