import DataLoader from 'dataloader';
import type { Context } from '../../core/context';
import { badInput } from '../../core/errors';
import { covers } from '../../core/tenancy/scope';
import { type FigurePart, partsOfKey } from './figure-parts';
import { figuresOf } from './indicator.repository';
import { type UnitIndicators, unitIndicatorsOf } from './indicator.type';
import { reportedSumsOf } from './reported-values.repository';
import type { ReportedSums } from './target-measure';

export type UnitRef = { unitId: number; path: string };

/**
 * A unit's figures of a year as the caller may read them: null indicators and no reason for a unit
 * outside the caller's scope; for a unit abolished before the year, no indicators but the reason
 * (it ended on endedOn; these units succeeded it): "no data", never zeros.
 */
export type UnitYear = { indicators: UnitIndicators | null; noData: { endedOn: string; successorIds: number[] } | null };
export type IndicatorDefinition = { code: string; name: string; unit: string; measurement: string; measure: string | null };

export function assertYear(year: number, field = 'year'): void {
  if (!Number.isInteger(year) || year < 2000 || year > 2100) throw badInput(field, `${field} must be between 2000 and 2100`, 'YEAR_OUT_OF_RANGE', { min: 2000, max: 2100 });
}

/**
 * Per-request loaders of the indicators module; each answers a batch with one statement.
 * A unit outside the caller's read scope has no indicators (null): row-level security would
 * otherwise answer zeros, or only the caller's share of an ancestor, which would read as facts.
 * PERF: the figures batch waits until the request's other statements are done (tx.settled), so a
 * unit's indicators and those of its children, fetched meanwhile, are one grouped pass.
 */
export const indicatorLoaders = (ctx: Context): IndicatorLoaders => ({
  byUnitYear: ctx.loaders.get('indicators.byUnitYear', () =>
    new DataLoader<string, UnitYear>(async (keys) => {
      // one statement for the batch, with the passes any of its keys asks for
      const parts = new Set<FigurePart>();
      const groups = keys.map((key) => {
        const [unitId, year, letters] = key.split(':');
        for (const part of partsOfKey(letters)) parts.add(part);
        return { key, unitId: Number(unitId), year: Number(year) };
      });
      const figures = await figuresOf(ctx, groups, [...parts]);
      return figures.map((found, index): UnitYear => {
        if (!found.unitPath || !covers(ctx.scope.read, found.unitPath)) return { indicators: null, noData: null };
        if (found.successorIds) return { indicators: null, noData: { endedOn: found.unitValidTo ?? '', successorIds: found.successorIds } };
        return { indicators: unitIndicatorsOf(found.counts, groups[index].unitId, groups[index].year, found.coverage), noData: null };
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

  /** The unit that owns a plan (a target's actual defaults to it), with its path (a target applies in its subtree). */
  planUnit: ctx.loaders.get('indicators.planUnit', () =>
    new DataLoader<number, UnitRef | null>(async (planIds) => {
      const rows = await ctx.tx.prepared<{ id: number; unit_id: number; path: string }>('indicators.planUnit',
        'select id, unit_id, unit_path::text as path from plan where id = any($1)', [planIds]);
      const units = new Map(rows.map((row) => [row.id, { unitId: row.unit_id, path: row.path }]));
      return planIds.map((id) => units.get(id) ?? null);
    }),
  ),

  /** A unit's path (units are public reference data). */
  unitPath: ctx.loaders.get('indicators.unitPath', () =>
    new DataLoader<number, string | null>(async (unitIds) => {
      const rows = await ctx.tx.prepared<{ id: number; path: string }>('indicators.unitPath', 'select id, path::text as path from admin_unit where id = any($1)', [unitIds]);
      const paths = new Map(rows.map((row) => [row.id, row.path]));
      return unitIds.map((id) => paths.get(id) ?? null);
    }),
  ),

  /** How an indicator of the caller's catalogue is measured; null for a code the caller cannot read. */
  indicator: ctx.loaders.get('indicators.byCode', () =>
    new DataLoader<string, IndicatorDefinition | null>(async (codes) => {
      const rows = await ctx.tx.prepared<IndicatorDefinition>('indicators.byCode',
        'select code, name, unit::text as unit, measurement::text as measurement, measure from target_indicator where code = any($1)', [codes]);
      const found = new Map(rows.map((row) => [row.code, row]));
      return codes.map((code) => found.get(code) ?? null);
    }),
  ),

  /**
   * The summed report values of a REPORTED indicator over a unit's subtree and a year
   * (key unitId:year:code); null for a unit outside the caller's read scope. Waits like byUnitYear.
   */
  reported: ctx.loaders.get('indicators.reported', () =>
    new DataLoader<string, ReportedSums | null>(async (keys) => {
      const groups = keys.map((key) => {
        const [unitId, year, indicator] = key.split(':');
        return { key, unitId: Number(unitId), year: Number(year), indicator };
      });
      const paths = await indicatorLoaders(ctx).unitPath.loadMany(groups.map((g) => g.unitId));
      const sums = await reportedSumsOf(ctx, groups);
      return sums.map((found, index) => {
        const path = paths[index];
        return typeof path === 'string' && covers(ctx.scope.read, path) ? found : null;
      });
    }, { batchScheduleFn: (dispatch) => void ctx.tx.settled().then(dispatch) }),
  ),
});

type IndicatorLoaders = {
  byUnitYear: DataLoader<string, UnitYear>;
  isPilot: DataLoader<number, boolean>;
  planUnit: DataLoader<number, UnitRef | null>;
  unitPath: DataLoader<number, string | null>;
  indicator: DataLoader<string, IndicatorDefinition | null>;
  reported: DataLoader<string, ReportedSums | null>;
};
