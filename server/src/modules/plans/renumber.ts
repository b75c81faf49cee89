import type { EntityManager } from 'typeorm';
import { planErrors } from './plan.errors';

/** Codes place tasks and budget lines in a tree: "2.1" is the first row under "2"; at most four levels. */
const MAX_DEPTH = 4;
const MAX_PART = 999;

type Coded = { id: number; code: string };

const parts = (code: string) => code.split('.').map(Number);
const startsWith = (path: number[], prefix: number[]) => prefix.length <= path.length && prefix.every((part, i) => path[i] === part);

/**
 * Where every row of a tree goes when the row at `from` (and its subtree) moves to `to`. `to` is
 * the moved row's final code: the row leaves its place (its later siblings move up one), then takes
 * `to` (the rows at and after that place under the same parent move down one, with their subtrees).
 * Returns the rows whose code changes, with their new code; refuses a move under itself, under a
 * parent that does not exist, or deeper than four levels.
 */
export function renumber(rows: Coded[], from: string, to: string): Map<number, string> {
  const source = parts(from);
  const target = parts(to);
  if (startsWith(target, source)) throw planErrors.moveIntoItself(from, to);
  const moving = rows.filter((row) => startsWith(parts(row.code), source));
  const depth = Math.max(...moving.map((row) => parts(row.code).length - source.length));
  if (target.length + depth > MAX_DEPTH) throw planErrors.moveTooDeep(to, MAX_DEPTH);
  // 1. The row leaves its place: its later siblings (and their subtrees) move up one.
  const level = source.length - 1;
  const staying = new Map<number, number[]>();
  for (const row of rows) {
    const path = parts(row.code);
    if (startsWith(path, source)) continue;
    if (startsWith(path, source.slice(0, level)) && path.length > level && path[level] > source[level]) path[level] -= 1;
    staying.set(row.id, path);
  }
  // 2. It takes its new place under its (final) parent, pushing the rows there down one.
  const parent = target.slice(0, -1);
  if (parent.length && ![...staying.values()].some((path) => path.length === parent.length && startsWith(path, parent))) {
    throw planErrors.parentMissing('row', parent.join('.'), to);
  }
  const at = target.length - 1;
  for (const path of staying.values()) {
    if (startsWith(path, parent) && path.length > at && path[at] >= target[at]) path[at] += 1;
  }
  const next = new Map<number, string>();
  for (const [id, path] of staying) next.set(id, path.join('.'));
  for (const row of moving) next.set(row.id, [...target, ...parts(row.code).slice(source.length)].join('.'));
  const changed = new Map<number, string>();
  for (const row of rows) {
    const code = next.get(row.id)!;
    if (parts(code).some((part) => part > MAX_PART || part < 1)) throw planErrors.moveCodeTooLarge(MAX_PART);
    if (code !== row.code) changed.set(row.id, code);
  }
  return changed;
}

/**
 * Writes new codes in two passes: first to free codes outside the plan's range (the unique
 * (plan_id, code) constraint is checked row by row), then to their final codes; each row's version
 * goes up once. Returns the ids written.
 */
export async function writeCodes(manager: EntityManager, table: 'plan_task' | 'budget_line', planId: number, changes: Map<number, string>): Promise<void> {
  if (!changes.size) return;
  const ids = [...changes.keys()];
  const [{ top }]: { top: number }[] = await manager.query(
    `select coalesce(max(split_part(code, '.', 1)::int), 0) as top from ${table} where plan_id = $1`, [planId]);
  if (top + ids.length > MAX_PART) throw planErrors.moveCodeTooLarge(MAX_PART);
  await manager.query(
    `update ${table} t set code = (($3::int + n.i)::text) from unnest($2::int[]) with ordinality n(id, i) where t.id = n.id and t.plan_id = $1`,
    [planId, ids, top],
  );
  await manager.query(
    `update ${table} t set code = n.code, version = t.version + 1, updated_at = now()
       from unnest($2::int[], $3::text[]) n(id, code) where t.id = n.id and t.plan_id = $1`,
    [planId, ids, ids.map((id) => changes.get(id)!)],
  );
}
