import type { Permissions } from '../auth/permissions';

/**
 * The unit a page of figures opens on when the address names none: the one picked in the tenant switcher,
 * else the caller's own unit when it has one (a province's admin, a commune's staff), as the
 * dashboard opens. An analyst granted several units, or the system administrator, picks one.
 */
export function ownUnitOf(permissions: Permissions | undefined, workingUnitId: string | null): string | undefined {
  if (workingUnitId) return workingUnitId;
  // The system administrator's membership has no unit (unitId null): it is not a unit to open on.
  const units = [...new Set((permissions ?? []).flatMap((m) => (m.unitId == null ? [] : [String(m.unitId)])))];
  return units.length === 1 ? units[0] : undefined;
}
