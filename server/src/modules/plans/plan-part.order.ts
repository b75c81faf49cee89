import type { EntityManager } from 'typeorm';
import { badInput } from '../../core/errors';

/**
 * The ordered parts of a plan (responsibilities and reporting rules in their plan, criteria in
 * their task): `position` is 1..n without gaps. Inserting, moving and deleting shift the
 * neighbours in one statement; each shifted row gets a new version, so a form that read the old
 * order answers CONFLICT instead of silently moving a row back.
 *
 * The unique (group, position) constraints are DEFERRABLE (migration 20261202110000): a move
 * defers the check to the end of the move and restores it right after.
 */
export type OrderedPart = {
  table: 'responsibility' | 'reporting_rule' | 'task_criterion';
  group: 'plan_id' | 'task_id';
  constraint: string;
};

export const RESPONSIBILITY_ORDER: OrderedPart = { table: 'responsibility', group: 'plan_id', constraint: 'responsibility_position_unique' };
export const REPORTING_RULE_ORDER: OrderedPart = { table: 'reporting_rule', group: 'plan_id', constraint: 'reporting_rule_position_unique' };
export const CRITERION_ORDER: OrderedPart = { table: 'task_criterion', group: 'task_id', constraint: 'task_criterion_position_unique' };

async function countIn(manager: EntityManager, part: OrderedPart, groupId: number): Promise<number> {
  const [row]: { n: number }[] = await manager.query(`select count(*)::int as n from ${part.table} where ${part.group} = $1`, [groupId]);
  return row.n;
}

function checkPosition(position: number, max: number): void {
  if (!Number.isInteger(position) || position < 1 || position > max) {
    throw badInput('position', `position must be between 1 and ${max}`, 'POSITION_OUT_OF_RANGE', { max });
  }
}

/** The position a new row takes (default: last), with the rows from there on moved one down. */
export async function makeRoomAt(manager: EntityManager, part: OrderedPart, groupId: number, wanted: number | null | undefined): Promise<number> {
  const last = (await countIn(manager, part, groupId)) + 1;
  if (wanted == null) return last;
  checkPosition(wanted, last);
  if (wanted < last) {
    await manager.query(
      `update ${part.table} set position = position + 1, version = version + 1, updated_at = now() where ${part.group} = $1 and position >= $2`,
      [groupId, wanted],
    );
  }
  return wanted;
}

/**
 * Moves the rows between `from` and `to` by one to make room for a row moving from `from` to `to`;
 * the caller then writes the row's own position (with its version check) and calls `settle`.
 */
export async function makeRoomForMove(manager: EntityManager, part: OrderedPart, groupId: number, rowId: number, from: number, to: number): Promise<void> {
  checkPosition(to, await countIn(manager, part, groupId));
  if (to === from) return;
  await manager.query(`set constraints ${part.constraint} deferred`);
  const [low, high, step] = to < from ? [to, from - 1, 1] : [from + 1, to, -1];
  await manager.query(
    `update ${part.table} set position = position + $4, version = version + 1, updated_at = now()
      where ${part.group} = $1 and id <> $5 and position between $2 and $3`,
    [groupId, low, high, step, rowId],
  );
}

/** Checks the order again at once (after a move). */
export async function settle(manager: EntityManager, part: OrderedPart): Promise<void> {
  await manager.query(`set constraints ${part.constraint} immediate`);
}

/** Closes the gap a deleted row left. */
export async function closeGap(manager: EntityManager, part: OrderedPart, groupId: number, position: number): Promise<void> {
  await manager.query(
    `update ${part.table} set position = position - 1, version = version + 1, updated_at = now() where ${part.group} = $1 and position > $2`,
    [groupId, position],
  );
}
