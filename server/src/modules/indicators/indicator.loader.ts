import DataLoader from 'dataloader';
import type { Context } from '../../core/context';
import { badInput } from '../../core/errors';
import { covers } from '../../core/tenancy/scope';
import { figuresOf } from './indicator.repository';
import { type UnitIndicators, unitIndicatorsOf } from './indicator.type';

export const indicatorKey = (unitId: number, year: number) => `${unitId}:${year}`;

export function assertYear(year: number, field = 'year'): void {
  if (!Number.isInteger(year) || year < 2000 || year > 2100) throw badInput(field, `${field} must be between 2000 and 2100`);
}

/**
 * Per-request loaders of the indicators module; each answers a batch with one statement.
 * A unit outside the caller's read scope has no indicators (null): row-level security would
 * otherwise answer zeros, or only the caller's share of an ancestor, which would read as facts.
 * PERF: the figures batch waits until the request's other statements are done (tx.settled), so a
 * unit's indicators and those of its children, fetched meanwhile, are one grouped pass.
 */
export const indicatorLoaders = (ctx: Context) => ({
  byUnitYear: ctx.loaders.get('indicators.byUnitYear', () =>
    new DataLoader<string, UnitIndicators | null>(async (keys) => {
      const groups = keys.map((key) => {
        const [unitId, year] = key.split(':').map(Number);
        return { key, unitId, year };
      });
      const figures = await figuresOf(ctx, groups);
      return figures.map((found, index) => {
        if (!found.unitPath || !covers(ctx.scope.read, found.unitPath)) return null;
        return unitIndicatorsOf(found.counts, groups[index].unitId, groups[index].year);
      });
    }, { batchScheduleFn: (dispatch) => void ctx.tx.settled().then(dispatch) }),
  ),

  /** Whether a unit is a pilot commune of a selection the caller may read. */
  isPilot: ctx.loaders.get('indicators.isPilot', () =>
    new DataLoader<number, boolean>(async (unitIds) => {
      const rows = await ctx.tx.prepared<{ unit_id: number }>('indicators.isPilot', 'select distinct unit_id from pilot_unit where unit_id = any($1)', [unitIds]);
      const pilots = new Set(rows.map((row) => row.unit_id));
      return unitIds.map((id) => pilots.has(id));
    }),
  ),

  /** The unit that owns a plan (a target's actual defaults to it). */
  planUnit: ctx.loaders.get('indicators.planUnit', () =>
    new DataLoader<number, number | null>(async (planIds) => {
      const rows = await ctx.tx.prepared<{ id: number; unit_id: number }>('indicators.planUnit', 'select id, unit_id from plan where id = any($1)', [planIds]);
      const units = new Map(rows.map((row) => [row.id, row.unit_id]));
      return planIds.map((id) => units.get(id) ?? null);
    }),
  ),
});
