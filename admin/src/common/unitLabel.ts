import type { AdministrativeUnit, UnitSummary } from '../types';

/** "Xã Mỹ Tú (31567)": codes repeat across eras, so the name alone is ambiguous. */
export const unitLabel = (unit: Pick<UnitSummary, 'name' | 'code'>): string => `${unit.name} (${unit.code})`;

/** The label in unit pickers: with the parent, since commune names repeat across provinces. */
export const unitOptionText = (unit: AdministrativeUnit): string =>
  unit.parent ? `${unitLabel(unit)} – ${unit.parent.name}` : unitLabel(unit);

/** Today as YYYY-MM-DD in the browser's time zone (the `validOn` filter takes a calendar day). */
export const today = (): string => {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
};
