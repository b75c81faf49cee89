import { Arg, Ctx, Field, FieldResolver, Float, ID, Int, ObjectType, Resolver, Root } from 'type-graphql';
import type { Context } from '../../core/context';
import { parseId } from '../../core/graphql/list';
import { TargetApplies } from '../plans/plan.enums';
import { Target } from '../plans/target.type';
import { isWithin } from '../../core/tenancy/scope';
import { TargetStatus } from './indicator-catalogue.type';
import { IndicatorCoverage } from './indicator.type';
import { indicatorKey } from './figure-parts';
import { assertYear, indicatorLoaders } from './indicator.loader';
import { actualOf, isDue, type Measure, measureOf, meets, reportedMeasure } from './target-measure';

@ObjectType({ description: 'A target measured for a unit and a year' })
export class TargetEvaluation {
  @Field(() => ID)
  unitId: number;

  @Field(() => Int)
  year: number;

  @Field(() => Float, { nullable: true, description: 'The actual value, in the target\'s unit; null when nothing was measured' })
  actual: number | null;

  @Field(() => Float, { nullable: true, description: 'What was counted (e.g. teams consolidated), or the sum reported' })
  numerator: number | null;

  @Field(() => Float, { nullable: true, description: 'Out of what (e.g. all teams); 1 for a reported count or amount' })
  denominator: number | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether the actual value meets the target; null when nothing was measured or the unit is not readable' })
  met: boolean | null;

  @Field({ description: 'Whether the target is due in this year: every year, from its deadline year on ("by 2025"), or within its FROM_TO years' })
  due: boolean;

  @Field({ description: 'Whether the target applies to the unit: the plan\'s unit and the units below it' })
  applicable: boolean;

  @Field(() => TargetStatus, { description: 'MET, NOT_MET, NOT_DUE (not yet due or outside its years), NO_DATA (nothing measured: never "not met") or NOT_APPLICABLE (outside the plan\'s unit subtree)' })
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

  @FieldResolver(() => TargetStatus, { description: 'MET, NOT_MET, NO_DATA or NOT_APPLICABLE for the unit (default: the plan\'s unit) in the year' })
  async status(
    @Root() target: Target,
    @Arg('year', () => Int) year: number,
    @Arg('unitId', () => ID, { nullable: true }) unitId: string | null,
    @Ctx() ctx: Context,
  ): Promise<TargetStatus> {
    return (await evaluate(ctx, target, year, unitId)).status;
  }

  @FieldResolver(() => TargetEvaluation, { nullable: true, description: 'actual and met with what was counted (null, with its error, when it cannot be measured: the rest of the answer stands)' })
  evaluation(
    @Root() target: Target,
    @Arg('year', () => Int) year: number,
    @Arg('unitId', () => ID, { nullable: true }) unitId: string | null,
    @Ctx() ctx: Context,
  ): Promise<TargetEvaluation> {
    return evaluate(ctx, target, year, unitId);
  }
}

@Resolver(() => TargetEvaluation)
export class TargetEvaluationCoverageResolver {
  @FieldResolver(() => IndicatorCoverage, {
    nullable: true,
    description: 'For a unit that succeeded others at the 2025 reform: the share of the teams that will belong to it whose history the figures behind this evaluation count (as indicators.coverage); null for other units',
  })
  async coverage(@Root() evaluation: TargetEvaluation, @Ctx() ctx: Context): Promise<IndicatorCoverage | null> {
    if (!evaluation.unitId || !evaluation.applicable) return null;
    const found = await indicatorLoaders(ctx).byUnitYear.load(indicatorKey(Number(evaluation.unitId), evaluation.year));
    return found.indicators?.coverage ?? null;
  }
}

/**
 * A target measured for a unit and a year. A target applies to its plan's unit and the units below
 * it: elsewhere it is NOT_APPLICABLE (Mỹ Tú's targets say nothing of the rest of Sóc Trăng). A
 * COMPUTED indicator is measured from the figures, a REPORTED one from the values the reports of the
 * unit's subtree hold; nothing measured is NO_DATA, never NOT_MET.
 */
export async function evaluate(ctx: Context, target: Target, year: number, unitId: string | null): Promise<TargetEvaluation> {
  assertYear(year);
  const loaders = indicatorLoaders(ctx);
  const planUnit = await loaders.planUnit.load(Number(target.planId));
  const unit = unitId != null ? parseId('unitId', unitId) : planUnit?.unitId ?? null;
  const due = isDue(target, year);
  const empty = { unitId: unit ?? 0, year, actual: null, numerator: null, denominator: null, met: null, due };
  if (unit == null || !planUnit) return { ...empty, applicable: false, status: TargetStatus.NO_DATA };
  const path = unit === planUnit.unitId ? planUnit.path : await loaders.unitPath.load(unit);
  if (path == null || !isWithin(path, planUnit.path)) return { ...empty, applicable: false, status: TargetStatus.NOT_APPLICABLE };
  // A FROM_TO target outside its years is not measured at all; a BY_YEAR one before its deadline shows its progress.
  if (!due && target.applies === TargetApplies.FROM_TO) return { ...empty, applicable: true, status: TargetStatus.NOT_DUE };
  const measure = await measureFor(ctx, target, unit, year);
  const met = meets(measure, target.comparator, target.value);
  return {
    unitId: unit,
    year,
    actual: actualOf(measure),
    numerator: measure?.numerator ?? null,
    denominator: measure?.denominator ?? null,
    met,
    due,
    applicable: true,
    status: !due ? TargetStatus.NOT_DUE : met == null ? TargetStatus.NO_DATA : met ? TargetStatus.MET : TargetStatus.NOT_MET,
  };
}

async function measureFor(ctx: Context, target: Target, unit: number, year: number): Promise<Measure | null> {
  const loaders = indicatorLoaders(ctx);
  const indicator = await loaders.indicator.load(target.indicator);
  if (!indicator) return null;
  if (indicator.measurement === 'REPORTED') {
    return reportedMeasure(indicator.unit, await loaders.reported.load(`${unit}:${year}:${indicator.code}`));
  }
  const figures = (await loaders.byUnitYear.load(indicatorKey(unit, year))).indicators;
  return figures ? measureOf(indicator.measure, figures, target.perQuantity) : null;
}
