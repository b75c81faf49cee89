import DataLoader from 'dataloader';
import { Arg, Ctx, Field, FieldResolver, Float, ID, Int, ObjectType, registerEnumType, Resolver, Root } from 'type-graphql';
import type { Context } from '../../core/context';
import { parseId } from '../../core/graphql/list';
import { isWithin } from '../../core/tenancy/scope';
import { TargetApplies } from '../plans/plan.enums';
import { Target } from '../plans/target.type';
import { assertYear, indicatorKey, indicatorLoaders } from './indicator.loader';
import { actualOf, measureOf, meets } from './target-measure';

/** Where a target stands for a unit and a year (issue 7). */
export enum TargetStatus {
  MET = 'MET',
  NOT_MET = 'NOT_MET',
  NOT_DUE = 'NOT_DUE',
  NO_DATA = 'NO_DATA',
  NOT_APPLICABLE = 'NOT_APPLICABLE',
}
registerEnumType(TargetStatus, {
  name: 'TargetStatus',
  description: 'MET / NOT_MET when due and measured; NOT_DUE before a BY_YEAR deadline or outside a FROM_TO span; NO_DATA when nothing was measured; '
    + 'NOT_APPLICABLE for a unit that is neither the plan\'s unit nor below it',
});

@ObjectType({ description: 'A target measured for a unit and a year' })
export class TargetEvaluation {
  @Field(() => ID)
  unitId: number;

  @Field(() => Int)
  year: number;

  @Field(() => Float, { nullable: true, description: 'The actual value, in the target\'s unit; null when nothing was measured' })
  actual: number | null;

  @Field(() => Int, { nullable: true, description: 'What was counted (e.g. teams consolidated)' })
  numerator: number | null;

  @Field(() => Int, { nullable: true, description: 'Out of what (e.g. all teams)' })
  denominator: number | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether the actual value meets the target; null when nothing was measured or the unit is not readable' })
  met: boolean | null;

  @Field({ description: 'Whether the target is due in this year: every year, from its deadline year on ("by 2025"), or within its FROM_TO years' })
  due: boolean;

  @Field({ description: 'Whether the target applies to the unit: the plan\'s unit and the units below it' })
  applicable: boolean;

  @Field(() => TargetStatus)
  status: TargetStatus;
}

/** Adds the measured value to the plans module's Target: rolled up over the unit's subtree. */
@Resolver(() => Target)
export class TargetActualResolver {
  @FieldResolver(() => Float, { nullable: true, description: 'The actual value for the unit (default: the plan\'s unit) in the year, over its whole subtree' })
  async actual(
    @Root() target: Target,
    @Arg('year', () => Int) year: number,
    @Arg('unitId', () => ID, { nullable: true }) unitId: string | null,
    @Ctx() ctx: Context,
  ): Promise<number | null> {
    return (await evaluate(ctx, target, year, unitId)).actual;
  }

  @FieldResolver(() => Boolean, { nullable: true, description: 'Whether actual(unitId, year) meets the target' })
  async met(
    @Root() target: Target,
    @Arg('year', () => Int) year: number,
    @Arg('unitId', () => ID, { nullable: true }) unitId: string | null,
    @Ctx() ctx: Context,
  ): Promise<boolean | null> {
    return (await evaluate(ctx, target, year, unitId)).met;
  }

  @FieldResolver(() => TargetEvaluation, { description: 'actual and met with what was counted' })
  evaluation(
    @Root() target: Target,
    @Arg('year', () => Int) year: number,
    @Arg('unitId', () => ID, { nullable: true }) unitId: string | null,
    @Ctx() ctx: Context,
  ): Promise<TargetEvaluation> {
    return evaluate(ctx, target, year, unitId);
  }
}

/** Unit paths by unit id, and plan paths by plan id: is the unit the plan's or below it? */
const pathLoaders = (ctx: Context) => ({
  unit: ctx.loaders.get('indicators.unitPath', () =>
    new DataLoader<number, string | null>(async (ids) => {
      const rows = await ctx.tx.prepared<{ id: number; path: string }>('indicators.unitPath', 'select id, path::text as path from admin_unit where id = any($1)', [ids]);
      const paths = new Map(rows.map((row) => [row.id, row.path]));
      return ids.map((id) => paths.get(id) ?? null);
    })),
  plan: ctx.loaders.get('indicators.planPath', () =>
    new DataLoader<number, string | null>(async (ids) => {
      const rows = await ctx.tx.prepared<{ id: number; path: string }>('indicators.planPath', 'select id, unit_path::text as path from plan where id = any($1)', [ids]);
      const paths = new Map(rows.map((row) => [row.id, row.path]));
      return ids.map((id) => paths.get(id) ?? null);
    })),
});

/** Whether a target is due in a year: every year; from its BY_YEAR deadline on; within its FROM_TO years only. */
export function isDue(target: Pick<Target, 'applies' | 'year' | 'fromYear' | 'toYear'>, year: number): boolean {
  if (target.applies === TargetApplies.EVERY_YEAR) return true;
  if (target.applies === TargetApplies.FROM_TO) return target.fromYear != null && target.toYear != null && year >= target.fromYear && year <= target.toYear;
  return target.year != null && year >= target.year;
}

async function evaluate(ctx: Context, target: Target, year: number, unitId: string | null): Promise<TargetEvaluation> {
  assertYear(year);
  const loaders = indicatorLoaders(ctx);
  const unit = unitId != null ? parseId('unitId', unitId) : await loaders.planUnit.load(Number(target.planId));
  const due = isDue(target, year);
  const [unitPath, planPath] = unit == null ? [null, null] : await Promise.all([pathLoaders(ctx).unit.load(unit), pathLoaders(ctx).plan.load(Number(target.planId))]);
  const applicable = unitPath != null && planPath != null && isWithin(unitPath, planPath);
  // A FROM_TO target outside its years is not evaluated at all; a BY_YEAR one before its deadline shows its progress.
  const measured = applicable && (due || target.applies !== TargetApplies.FROM_TO);
  const figures = unit == null || !measured ? null : await loaders.byUnitYear.load(indicatorKey(unit, year));
  const measure = figures ? measureOf(target.indicator, figures, target.perQuantity) : null;
  const met = meets(measure, target.comparator, target.value);
  const status = !applicable ? TargetStatus.NOT_APPLICABLE : !due ? TargetStatus.NOT_DUE : met == null ? TargetStatus.NO_DATA : met ? TargetStatus.MET : TargetStatus.NOT_MET;
  return {
    unitId: unit ?? 0,
    year,
    actual: actualOf(measure),
    numerator: measure?.numerator ?? null,
    denominator: measure?.denominator ?? null,
    met,
    due,
    applicable,
    status,
  };
}
