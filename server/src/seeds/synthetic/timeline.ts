/**
 * The demo's calendar. The generator continues every demo commune's life from 2021 to "today":
 * under the 2021 units until 30 June 2025, then, after the reform moved the hamlets, under the
 * 2025 units. "Today" is fixed (DEMO_TODAY) so that the data do not depend on the day it runs.
 * See docs/two-level-government.md.
 */
export const REFORM_DAY = '2025-07-01';
export const LAST_DAY_2021_ERA = '2025-06-30';
export const DEMO_TODAY = '2026-12-01';
/** Nothing is received or closed after the day before DEMO_TODAY. */
export const LAST_DAY = '2026-11-30';
/** Cases received in the last weeks before today are often still in progress. */
export const RECENT_FROM = '2026-10-15';

/** The first two years, generated as before the reform existed (their random streams are kept). */
export const FIRST_YEARS = [2021, 2022] as const;
/** The later years, each drawn from its own stream. */
export const LATER_YEARS = [2023, 2024, 2025, 2026] as const;
export const ALL_YEARS = [...FIRST_YEARS, ...LATER_YEARS] as const;
/** Full years under the 2021 units: a year's records belong to the unit at its end (2025's: the new commune). */
export const YEARS_2021_ERA = [2021, 2022, 2023, 2024] as const;
export const YEARS_2025_ERA = [2025, 2026] as const;

/** The last day of a year the generator may use. */
export const lastDayOf = (year: number): string => (year === 2026 ? LAST_DAY : `${year}-12-28`);
/** The share of a year the generator covers (2026 stops at today). */
export const yearShare = (year: number): number => (year === 2026 ? 334 / 365 : 1);

/** A record dated `day` (or of a year ending on it) is made under the 2025 units. */
export const afterReform = (day: string): boolean => day >= REFORM_DAY;
export const yearAfterReform = (year: number): boolean => year >= 2025;
