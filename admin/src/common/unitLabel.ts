import type { AdministrativeUnit, UnitSummary } from '../types';

/** "Xã Mỹ Tú (31567)": codes repeat across eras, so the name alone is ambiguous. */
export const unitLabel = (unit: Pick<UnitSummary, 'name' | 'code'>): string => `${unit.name} (${unit.code})`;

const yearOf = (day: string | null | undefined): string => (day ? day.slice(0, 4) : '');

/**
 * The label in unit pickers, with the parent and the years in force: commune names repeat across
 * provinces, and the same commune may exist in two eras ("Xã Mỹ Tú (31597) – Huyện Mỹ Tú, 2021–2025").
 */
export const unitOptionText = (unit: AdministrativeUnit): string => {
  const parent = unit.parent ? ` – ${unit.parent.name}` : '';
  return `${unitLabel(unit)}${parent}, ${yearOf(unit.validFrom)}–${yearOf(unit.validTo)}`;
};
