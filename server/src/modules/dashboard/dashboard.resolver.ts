import { Arg, Authorized, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import { callerOf, type Context } from '../../core/context';
import { badInput } from '../../core/errors';
import { parseId } from '../../core/graphql/list';
import { DataYearResolver } from '../indicators/data-year.resolver';
import { DashboardService } from './dashboard.service';
import { UnitDashboard } from './dashboard.type';

@Resolver()
export class DashboardResolver {
  @Authorized()
  @Query(() => UnitDashboard, {
    description: 'A unit\'s landing page for a year: the units directly below with their plans, report, targets, teams and trainers, the late and missing reports, pilots, teams and mediators needing attention, and trends. Defaults: the caller\'s own unit (its first membership) and the latest year with data',
  })
  async unitDashboard(
    @Arg('unitId', () => ID, { nullable: true }) unitId: string | null,
    @Arg('year', () => Int, { nullable: true }) year: number | null,
    @Arg('fromYear', () => Int, { nullable: true, description: 'First year of the trends (default: year - 4; at most 10 years)' }) fromYear: number | null,
    @Ctx() ctx: Context,
  ): Promise<UnitDashboard> {
    const unit = unitId != null ? parseId('unitId', unitId) : callerOf(ctx).memberships.find((m) => m.unitId != null)?.unitId;
    if (unit == null) throw badInput('unitId', 'unitId is required for a caller without a unit', 'UNIT_ID_REQUIRED');
    const chosenYear = year ?? (await new DataYearResolver().latestDataYear(ctx)) ?? new Date().getFullYear();
    return DashboardService.ofUnit(ctx, unit, chosenYear, fromYear);
  }
}
