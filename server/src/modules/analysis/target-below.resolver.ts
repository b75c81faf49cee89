import { Arg, Args, Ctx, FieldResolver, ID, Int, Resolver, Root } from 'type-graphql';
import { ChildrenArgs } from '../units/unit.args';
import type { Context } from '../../core/context';
import { assertYear, indicatorLoaders } from '../indicators/indicator.loader';
import { evaluate, TargetEvaluation } from '../indicators/target-actual.resolver';
import { Target } from '../plans/target.type';
import { unitById, type UnitAnswer } from '../units/unit.loader';
import { AdministrativeUnit, UnitLevel } from '../units/unit.type';
import { unitsBelow } from './units-below';

/**
 * A target measured for every unit below a unit in one field (issue 8, 3b: all of Mỹ Tú's communes
 * against each of plan 127's targets for 2022). PERF: every evaluation goes to the request's
 * indicator loaders, so the targets of a plan times the units below are one grouped figures
 * statement (two with a roll-up), whatever their number.
 */
@Resolver(() => Target)
export class TargetBelowResolver {
  @FieldResolver(() => [TargetEvaluation], {
    nullable: true,
    description: 'The target measured for each unit below unitId (default: the plan\'s unit) — of `level`, or its children — in the year, ordered by unit code, a page at a time (page, perPage)',
  })
  async evaluationsBelow(
    @Root() target: Target,
    @Arg('year', () => Int) year: number,
    @Arg('unitId', () => ID, { nullable: true }) unitId: string | null,
    @Arg('level', () => UnitLevel, { nullable: true }) level: UnitLevel | null,
    @Args() { page, perPage }: ChildrenArgs,
    @Ctx() ctx: Context,
  ): Promise<TargetEvaluation[]> {
    assertYear(year);
    const top = unitId ?? (await indicatorLoaders(ctx).planUnit.load(Number(target.planId)))?.unitId;
    if (top == null) return [];
    const below = (await unitsBelow(ctx, top, level)).slice(page * perPage, (page + 1) * perPage);
    return Promise.all(below.map((unit) => evaluate(ctx, target, year, String(unit.id))));
  }
}

@Resolver(() => TargetEvaluation)
export class TargetEvaluationUnitResolver {
  @FieldResolver(() => AdministrativeUnit, { nullable: true, description: 'The unit measured' })
  unit(@Root() evaluation: TargetEvaluation, @Ctx() ctx: Context): UnitAnswer {
    return unitById(ctx, evaluation.unitId);
  }
}
