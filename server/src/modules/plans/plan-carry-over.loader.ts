import DataLoader from 'dataloader';
import type { Context } from '../../core/context';
import { toLtreeArray } from '../../core/tenancy/scope';
import { PlanEntity } from './plan.entity';
import { manyBy } from './plan.loader';
import { toPlan } from './plan.mappers';

/** Carry-overs across the 2025 reform, per request: one statement per batch of plans. */
export const carryOverLoaders = (ctx: Context) => ({
  /** The plans carrying a plan over (those the caller reads), by unit. */
  carriedOverBy: manyBy(ctx, 'plans.carriedOverBy', PlanEntity, 'carried_over_from_id', (row) => row.carriedOverFromId, toPlan, ['unit_path']),
  /**
   * The units the caller may carry a plan over to: successors of the plan's unit (unit_succession)
   * in the caller's write scope that have not carried it over yet. What the console's action asks.
   */
  carryOverUnitIds: ctx.loaders.get('plans.carryOverUnitIds', () =>
    new DataLoader<number, number[]>(async (planIds) => {
      if (!ctx.scope.write.length) return planIds.map(() => []);
      const rows: { plan_id: number; unit_id: number }[] = await (await ctx.db()).query(
        `select p.id as plan_id, u.id as unit_id
           from plan p join unit_succession s on s.predecessor_id = p.unit_id join admin_unit u on u.id = s.successor_id
          where p.id = any($1) and u.path <@ any($2::ltree[])
            and not exists (select from plan c where c.carried_over_from_id = p.id and c.unit_id = u.id)
          order by u.path`,
        [planIds, toLtreeArray(ctx.scope.write)],
      );
      return planIds.map((id) => rows.filter((row) => row.plan_id === id).map((row) => row.unit_id));
    }),
  ),
});
