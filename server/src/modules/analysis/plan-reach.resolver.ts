import { Arg, Args, Ctx, FieldResolver, ID, Resolver, Root } from 'type-graphql';
import { ChildrenArgs } from '../units/unit.args';
import type { Context } from '../../core/context';
import { parseId } from '../../core/graphql/list';
import { Plan } from '../plans/plan.type';
import { unitLoaders } from '../units/unit.loader';
import { AdministrativeUnit, UnitLevel } from '../units/unit.type';
import { unitsBelow } from './units-below';

/**
 * "Which units below X have no plan implementing plan P" in one request (issue 8, 3b), in either
 * tree: a plan implements P when its parent is P or, across the reform, when it names P's document
 * (a 2025 plan implementing a predecessor's). Plans are read under row-level security, so the
 * answer is what the caller can see; X must be in its read scope.
 */
@Resolver(() => Plan)
export class PlanReachResolver {
  @FieldResolver(() => [AdministrativeUnit], {
    nullable: true,
    description: 'The units below unitId (default: the plan\'s unit) — of `level`, or its children — that have no plan implementing this one (parent plan, or this plan\'s document), as the caller reads plans; ordered by code, a page at a time (page, perPage)',
  })
  async unitsWithoutImplementingPlan(
    @Root() plan: Plan,
    @Arg('unitId', () => ID, { nullable: true }) unitId: string | null,
    @Arg('level', () => UnitLevel, { nullable: true }) level: UnitLevel | null,
    @Args() { page, perPage }: ChildrenArgs,
    @Ctx() ctx: Context,
  ): Promise<AdministrativeUnit[]> {
    const below = await unitsBelow(ctx, unitId ?? Number(plan.unitId), level);
    const rows = await ctx.tx.prepared<{ unit_id: number }>('analysis.implementingUnits',
      `select distinct c.unit_id from plan c
        where c.unit_id = any($2::int[])
          and (c.parent_plan_id = $1 or c.implements_document_id = (select p.document_id from plan p where p.id = $1))`,
      [parseId('id', String(plan.id)), below.map((u) => u.id)]);
    const covered = new Set(rows.map((row) => row.unit_id));
    const without = below.filter((u) => !covered.has(u.id)).slice(page * perPage, (page + 1) * perPage);
    const units = await unitLoaders(ctx).byId.loadMany(without.map((u) => u.id));
    return units.filter((u): u is AdministrativeUnit => u != null && !(u instanceof Error));
  }
}
