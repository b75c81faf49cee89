import type { EntityManager } from 'typeorm';
import type { Context } from '../../core/context';
import { badInput, forbidden } from '../../core/errors';
import { covers } from '../../core/tenancy/scope';
import type { MediationTeamEntity } from './mediation-team.entity';

/**
 * A unit with the dates it was in force: what the rules below need of it. validFrom is null when
 * the start is unknown: the units of the first tree existed before the date their list was taken
 * (2021-11-01); only a unit that succeeded others (the 2025 units) starts on a known day.
 */
export type DatedUnit = { id: number; name: string; path: string; validFrom: string | null; validTo: string | null };

export async function datedUnit(manager: EntityManager, unitId: number): Promise<DatedUnit> {
  const [row]: { id: number; name: string; path: string; valid_from: string | null; valid_to: string | null }[] = await manager.query(
    `select u.id, u.name, u.path::text as path, u.valid_to,
            case when exists (select 1 from unit_succession s where s.successor_id = u.id) then u.valid_from end as valid_from
       from admin_unit u where u.id = $1`, [unitId]);
  return { id: row.id, name: row.name, path: row.path, validFrom: row.valid_from, validTo: row.valid_to };
}

/** A record dated `day` can only belong to a unit in force that day (2021 communes end on 2025-06-30). */
export function assertInForce(unit: DatedUnit, field: string, day: string): void {
  if ((unit.validFrom != null && day < unit.validFrom) || (unit.validTo != null && day > unit.validTo)) {
    throw badInput(field, `${unit.name} was not in force on ${day} (${unit.validFrom ?? 'before'} to ${unit.validTo ?? 'today'}): record it under the unit of that time`,
      'UNIT_NOT_IN_FORCE', { unitId: unit.id, day, validFrom: unit.validFrom, validTo: unit.validTo });
  }
}

/**
 * The unit a record of the team dated `day` belongs to: where the team was that day. Records keep
 * the unit they were made under (docs/two-level-government.md), so a case received before the team
 * moved at the 2025 reform is the former commune's; the caller must be able to write there.
 * A year's records (reviews, paper counts) are dated on 31 December: the unit at the year's end.
 */
export async function recordUnitOf(ctx: Context, team: MediationTeamEntity, field: string, day: string): Promise<DatedUnit> {
  const before = team.movedOn != null && team.movedFromUnitId != null && day < team.movedOn;
  const unit = await datedUnit(await ctx.db(), before ? team.movedFromUnitId! : team.unitId);
  if (!covers(ctx.scope.write, unit.path)) {
    if (before && covers(ctx.scope.write, team.unitPath)) {
      throw badInput(field, `On ${day} the team was under ${unit.name}, until it moved on ${team.movedOn}: its records of that time are history, readable and not writable here`,
        'BEFORE_TEAM_MOVED', { teamId: team.id, day, movedOn: team.movedOn, formerUnitId: unit.id });
    }
    throw forbidden(undefined, 'OUTSIDE_WRITE_SCOPE');
  }
  assertInForce(unit, field, day);
  return unit;
}

/** The day a year's records are dated on. */
export const yearEnd = (year: number): string => `${year}-12-31`;
