import { Args, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../core/context';
import { CopyPlanArgs } from './plan-copy.args';
import { PlanCopyService } from './plan-copy.service';
import { Plan } from './plan.type';

@Resolver(() => Plan)
export class PlanCopyResolver {
  @Authorized('WRITER')
  @Mutation(() => Plan, {
    description: 'Copies a readable plan (its tasks, targets, budget, responsibilities, reporting rules and criteria) into a new DRAFT of the caller\'s unit, for a new period when periodFrom is given',
  })
  copyPlan(@Args() args: CopyPlanArgs, @Ctx() ctx: Context): Promise<Plan> {
    return PlanCopyService.copy(ctx, args);
  }
}
