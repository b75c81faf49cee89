import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { Context } from '../../core/context';
import { badInput } from '../../core/errors';
import { unitLoaders } from '../units/unit.loader';
import { AdministrativeUnit } from '../units/unit.type';
import { indicatorKey } from './figure-parts';
import { assertYear, indicatorLoaders, type UnitYear } from './indicator.loader';
import { IndicatorNoData, NoDataReason, UnitIndicatorYear } from './indicator-series.type';

/** The longest series one field answers (2021 to the current year is six). */
export const MAX_SERIES_YEARS = 10;

/**
 * A unit's figures year after year (issue 8): continuous across the 2025 reform, whatever era each
 * year's data was recorded in, because a unit that succeeded others counts the teams that now
 * belong to it (rollup.repository.ts). PERF: every year of every unit asked in the request goes to
 * the same per-request loader, so the series of a page of units is one figures statement (and one
 * roll-up statement), whatever the number of years and units.
 */
@Resolver(() => AdministrativeUnit)
export class IndicatorSeriesResolver {
  @FieldResolver(() => [UnitIndicatorYear], {
    nullable: true,
    description: 'The unit\'s indicators for each year from fromYear to toYear, with their coverage, or why a year has none; null for a unit outside the caller\'s scope',
  })
  async indicatorSeries(
    @Root() unit: AdministrativeUnit,
    @Arg('fromYear', () => Int) fromYear: number,
    @Arg('toYear', () => Int) toYear: number,
    @Ctx() ctx: Context,
  ): Promise<UnitIndicatorYear[] | null> {
    assertSeries(fromYear, toYear);
    const years = Array.from({ length: toYear - fromYear + 1 }, (_, i) => fromYear + i);
    const loaded = await indicatorLoaders(ctx).byUnitYear.loadMany(years.map((year) => indicatorKey(Number(unit.id), year)));
    const found = loaded.map((item) => {
      if (item instanceof Error) throw item;
      return item;
    });
    if (found.every((item) => item.indicators == null && item.noData == null)) return null;
    return Promise.all(found.map((item, index) => seriesYear(ctx, years[index], item)));
  }
}

export function assertSeries(fromYear: number, toYear: number): void {
  assertYear(fromYear, 'fromYear');
  assertYear(toYear, 'toYear');
  if (toYear < fromYear || toYear - fromYear >= MAX_SERIES_YEARS) {
    throw badInput('toYear', `toYear must be from fromYear to ${MAX_SERIES_YEARS - 1} years after it`, 'YEAR_OUT_OF_RANGE',
      { min: fromYear, max: fromYear + MAX_SERIES_YEARS - 1 });
  }
}

async function seriesYear(ctx: Context, year: number, item: UnitYear): Promise<UnitIndicatorYear> {
  return { year, indicators: item.indicators, coverage: item.indicators?.coverage ?? null, noData: item.noData ? await noDataOf(ctx, item.noData) : null };
}

export async function noDataOf(ctx: Context, noData: NonNullable<UnitYear['noData']>): Promise<IndicatorNoData> {
  const successors = await unitLoaders(ctx).byId.loadMany(noData.successorIds);
  return {
    reason: NoDataReason.UNIT_ABOLISHED,
    endedOn: noData.endedOn,
    successorIds: noData.successorIds,
    successors: successors.filter((u): u is AdministrativeUnit => u != null && !(u instanceof Error)),
  };
}
