import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Authorized, Ctx, FieldResolver, ID, Info, Int, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../core/context';
import { badInput, notFound } from '../../core/errors';
import { parseId } from '../../core/graphql/list';
import { covers, isWithin } from '../../core/tenancy/scope';
import { unitLoaders } from '../units/unit.loader';
import { UnitService } from '../units/unit.service';
import { AdministrativeUnit } from '../units/unit.type';
import { figurePartsFor, indicatorKey } from './figure-parts';
import { assertYear, indicatorLoaders } from './indicator.loader';
import { figuresOf } from './indicator.repository';
import { IndicatorsComparison, meanRatesOf, UnitIndicators, withShares } from './indicator.type';

/** The communes whose own rates a comparison averages (a province's: a few hundred). */
const MAX_UNITS_COMPARED = 2_000;

/** Indicators as nested fields of the units module's AdministrativeUnit, for analysts and the console. */
@Resolver(() => AdministrativeUnit)
export class UnitIndicatorsResolver {
  @FieldResolver(() => UnitIndicators, {
    nullable: true,
    description: 'Figures of the year rolled up over the unit\'s subtree, as the caller may read them; null for a unit outside the caller\'s scope',
  })
  async indicators(
    @Root() unit: AdministrativeUnit, @Arg('year', () => Int) year: number, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo,
  ): Promise<UnitIndicators | null> {
    assertYear(year);
    // PERF: only the passes the selection reads (W5 reads neither the leaders nor the trainers)
    const found = await indicatorLoaders(ctx).byUnitYear.load(indicatorKey(Number(unit.id), year, figurePartsFor(info)));
    // A unit abolished before the year answers "no data" with its successors, not zeros (issue 8);
    // the field is null with this error, the rest of the answer stands.
    if (found.noData) {
      throw badInput('year', `The unit was abolished on ${found.noData.endedOn}: it has no figures for ${year}; its successors do`, 'UNIT_ABOLISHED',
        { endedOn: found.noData.endedOn, successorIds: found.noData.successorIds.map(String) });
    }
    return found.indicators;
  }

  @FieldResolver(() => Boolean, { description: 'A pilot commune (chỉ đạo điểm) of a pilot selection the caller may read' })
  pilot(@Root() unit: AdministrativeUnit, @Ctx() ctx: Context): Promise<boolean> {
    return indicatorLoaders(ctx).isPilot.load(Number(unit.id));
  }

  @Authorized()
  @Query(() => IndicatorsComparison, {
    nullable: true,
    description: 'Pilot communes vs the other communes under a unit, for a year; optionally the pilots of one selection only. Each group pooled, and the mean of its communes\' own rates',
  })
  async indicatorsComparison(
    @Arg('unitId', () => ID) unitId: string,
    @Arg('year', () => Int) year: number,
    @Arg('selectionId', () => ID, { nullable: true }) selectionId: string | null,
    @Ctx() ctx: Context,
  ): Promise<IndicatorsComparison> {
    assertYear(year);
    const manager = await ctx.db();
    const unit = await UnitService.entity(manager, parseId('unitId', unitId));
    if (!unit || !covers(ctx.scope.read, unit.path)) throw notFound('AdministrativeUnit', unitId);
    const pilots: { unit_id: number; path: string }[] = await manager.query(
      `select distinct p.unit_id, p.unit_path::text as path from pilot_unit p
        where p.unit_path <@ $1::ltree and ($2::int is null or p.selection_id = $2) order by p.unit_id`,
      [unit.path, selectionId == null ? null : parseId('selectionId', selectionId)],
    );
    const paths = pilots.map((p) => p.path);
    // PERF: the communes' own figures (for the means) in the same grouped batch as the two pools.
    const communes: { id: number; path: string }[] = await manager.query(
      `select c.id, c.path::text as path from admin_unit c where c.path <@ $1::ltree and c.level = 'COMMUNE' order by c.code limit ${MAX_UNITS_COMPARED}`, [unit.path]);
    const [pilot, nonPilot, ...own] = await figuresOf(ctx, [
      { key: 'pilot', year, include: unit.path, only: paths },
      { key: 'nonPilot', year, include: unit.path, exclude: paths },
      ...communes.map((c) => ({ key: `c${c.id}`, year, unitId: c.id })),
    ]);
    const isPilot = (path: string) => paths.some((p) => isWithin(path, p));
    const ownOf = (pilotGroup: boolean) => own.filter((_, i) => isPilot(communes[i].path) === pilotGroup).map((f) => withShares(f.counts));
    const pilotUnits = await unitLoaders(ctx).byId.loadMany(pilots.map((p) => p.unit_id));
    return {
      unitId: unit.id,
      year,
      pilotUnits: pilotUnits.filter((u): u is AdministrativeUnit => u != null && !(u instanceof Error)),
      pilot: withShares(pilot.counts),
      nonPilot: withShares(nonPilot.counts),
      pilotMean: meanRatesOf(ownOf(true)),
      nonPilotMean: meanRatesOf(ownOf(false)),
    };
  }
}
