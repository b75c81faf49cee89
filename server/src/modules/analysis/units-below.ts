import type { Context } from '../../core/context';
import { notFound } from '../../core/errors';
import { parseId } from '../../core/graphql/list';
import { covers } from '../../core/tenancy/scope';
import type { UnitLevel } from '../units/unit.type';

/** The most units one of these fields answers for (a province's communes: a few hundred). */
export const MAX_UNITS_BELOW = 1_000;

export type UnitBelow = { id: number; path: string };

/**
 * The units below a unit the caller reads: those of `level` in its subtree, or its children when no
 * level is given (Mỹ Tú's communes; a 2025 province's communes), ordered by code. Units are public
 * reference data (admin_unit, gist index on path); the rows measured about them stay under
 * row-level security. A unit outside the caller's read scope is NOT_FOUND: every unit below it
 * would otherwise look empty.
 */
export async function unitsBelow(ctx: Context, unitId: string | number, level: UnitLevel | null | undefined, field = 'unitId'): Promise<UnitBelow[]> {
  const id = typeof unitId === 'number' ? unitId : parseId(field, unitId);
  const rows = await ctx.tx.prepared<{ id: number; path: string; top: boolean }>('analysis.unitsBelow',
    `select a.id, a.path::text as path, true as top from admin_unit a where a.id = $1
     union all
     select * from (select u.id, u.path::text, false from admin_unit a join admin_unit u on u.path <@ a.path and u.id <> a.id
                     where a.id = $1 and (case when $2::text is null then u.parent_id = a.id else u.level::text = $2 end)
                     order by u.code, u.id limit $3) below`,
    [id, level ?? null, MAX_UNITS_BELOW]);
  const top = rows.find((row) => row.top);
  if (!top || !covers(ctx.scope.read, top.path)) throw notFound('AdministrativeUnit', unitId);
  return rows.filter((row) => !row.top).map((row) => ({ id: row.id, path: row.path }));
}
