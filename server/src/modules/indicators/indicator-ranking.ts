import type { Context } from '../../core/context';
import { badInput } from '../../core/errors';
import { indicatorKey } from './figure-parts';
import { assertYear, indicatorLoaders } from './indicator.loader';
import { type IndicatorField, indicatorValue } from './indicator-field';

/** The most units a list sorted or filtered by an indicator computes figures for (a province's communes: a few hundred). */
export const MAX_RANKED_UNITS = 2_000;

export type IndicatorOrder = { year: number; field: IndicatorField; min?: number | null; max?: number | null };

/**
 * Units filtered and ordered by an indicator of a year (issue 8, 3b: "the communes of a province,
 * lowest settlement rate first"), as AdministrativeUnit.indicators gives it, rolled-up history
 * included. PERF: the figures of every candidate unit are one batch of the request's indicators
 * loader (one grouped statement, two with a roll-up), and the page's `indicators(year)` of the same
 * year then come from that loader's cache: no statement more. Units without a value (no concluded
 * case, no case or review recorded in the year, outside the caller's scope, abolished before the
 * year) sort last and fail any bound.
 */
export async function rankByIndicator(ctx: Context, unitIds: number[], order: IndicatorOrder, byIndicator: boolean, descending: boolean): Promise<number[]> {
  assertYear(order.year, 'filter.indicator.year');
  if (unitIds.length > MAX_RANKED_UNITS) {
    throw badInput('filter.indicator', `At most ${MAX_RANKED_UNITS} units can be ordered by an indicator: narrow the list (level, withinUnitId)`,
      'TOO_MANY_UNITS_TO_RANK', { max: MAX_RANKED_UNITS });
  }
  const found = await indicatorLoaders(ctx).byUnitYear.loadMany(unitIds.map((id) => indicatorKey(id, order.year)));
  const bounded = order.min != null || order.max != null;
  // unitIds come in the list's own order: kept as is unless sorted by the indicator (a stable sort)
  const values = unitIds.map((id, index) => {
    const item = found[index];
    if (item instanceof Error) throw item;
    return { id, index, value: indicatorValue(item.indicators, order.field) };
  });
  const kept = values.filter(({ value }) => !bounded || (value != null && (order.min == null || value >= order.min) && (order.max == null || value <= order.max)));
  if (byIndicator) {
    kept.sort((a, b) => {
      if (a.value == null || b.value == null) return a.value == null ? (b.value == null ? a.index - b.index : 1) : -1;
      return (descending ? b.value - a.value : a.value - b.value) || a.index - b.index;
    });
  }
  return kept.map(({ id }) => id);
}
