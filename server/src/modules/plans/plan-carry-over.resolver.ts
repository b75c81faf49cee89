import { Args, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../../core/context';
import { unitLoaders } from '../units/unit.loader';
import { AdministrativeUnit } from '../units/unit.type';
import { CarryOverPlanArgs } from './plan-carry-over.args';
import { carryOverLoaders } from './plan-carry-over.loader';
import { PlanCarryOverService } from './plan-carry-over.service';
import { planLoaders } from './plan.loader';
import { Plan } from './plan.type';

/** Plans across the 2025 reform: carrying a predecessor's plan over, and the links it leaves. */
@Resolver(() => Plan)
export class PlanCarryOverResolver {
  @Authorized('WRITER')
  @Mutation(() => Plan, {
    description: 'Carries a plan of a unit that ended over to a unit that succeeded it (the 2025 reform): a new DRAFT of that unit linked to the original, with its tasks, targets, budget, responsibilities, reporting rules and criteria; the original is not changed',
  })
  carryOverPlan(@Args() args: CarryOverPlanArgs, @Ctx() ctx: Context): Promise<Plan> {
    return PlanCarryOverService.carryOver(ctx, args);
  }

  @FieldResolver(() => Plan, { nullable: true, description: 'The predecessor\'s plan this one carries over (null when none, or when the caller cannot read it)' })
  carriedOverFrom(@Root() plan: Plan, @Ctx() ctx: Context): Promise<Plan | null> {
    return plan.carriedOverFromId == null ? Promise.resolve(null) : planLoaders(ctx).plan.load(Number(plan.carriedOverFromId));
  }

  @FieldResolver(() => [Plan], { description: 'The plans of successor units carrying this one over, that the caller can read' })
  carriedOverBy(@Root() plan: Plan, @Ctx() ctx: Context): Promise<Plan[]> {
    return carryOverLoaders(ctx).carriedOverBy.load(Number(plan.id));
  }

  @FieldResolver(() => [AdministrativeUnit], {
    description: 'The caller\'s units that succeeded the plan\'s unit and may carry it over (carryOverPlan); empty for everyone else',
  })
  async carryOverUnits(@Root() plan: Plan, @Ctx() ctx: Context): Promise<AdministrativeUnit[]> {
    const ids = await carryOverLoaders(ctx).carryOverUnitIds.load(Number(plan.id));
    const units = await unitLoaders(ctx).byId.loadMany(ids);
    return units.filter((unit): unit is AdministrativeUnit => unit != null && !(unit instanceof Error));
  }
}
