import { Arg, Ctx, Field, FieldResolver, Float, ID, Int, ObjectType, Resolver, Root } from 'type-graphql';
import type { Context } from '../../core/context';
import { parseId } from '../../core/graphql/list';
import { TargetApplies } from '../plans/plan.enums';
import { Target } from '../plans/target.type';
import { assertYear, indicatorKey, indicatorLoaders } from './indicator.loader';
import { actualOf, measureOf, meets } from './target-measure';

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

  @Field({ description: 'Whether the target is due in this year: every year, or from its deadline year on ("by 2025")' })
  due: boolean;
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

async function evaluate(ctx: Context, target: Target, year: number, unitId: string | null): Promise<TargetEvaluation> {
  assertYear(year);
  const loaders = indicatorLoaders(ctx);
  const unit = unitId != null ? parseId('unitId', unitId) : await loaders.planUnit.load(Number(target.planId));
  const due = target.applies === TargetApplies.EVERY_YEAR || (target.year != null && year >= target.year);
  const figures = unit == null ? null : await loaders.byUnitYear.load(indicatorKey(unit, year));
  const measure = figures ? measureOf(target.indicator, figures, target.perQuantity) : null;
  return {
    unitId: unit ?? 0,
    year,
    actual: actualOf(measure),
    numerator: measure?.numerator ?? null,
    denominator: measure?.denominator ?? null,
    met: meets(measure, target.comparator, target.value),
    due,
  };
}
