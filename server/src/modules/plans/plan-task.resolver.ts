import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Info, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../core/context';
import { ListMetadata } from '../../core/graphql/list';
import { columnsFor } from '../../core/graphql/selection';
import { Agency } from '../agencies/agency.type';
import { ReportingRule, Responsibility } from './plan-detail.type';
import { CreatePlanTaskArgs, MovePlanTaskArgs, PlanTaskListArgs, PlanTaskMetaArgs, UpdatePlanTaskArgs } from './plan-task.args';
import { taskLoaders } from './plan-task.loader';
import { PlanTaskService } from './plan-task.service';
import { AgencyAssignment, PlanTask, TaskCriterion } from './plan-task.type';
import { AgencyRole } from './plan.enums';
import { planLoaders } from './plan.loader';
import { Plan } from './plan.type';
import { TARGET_READS } from './plan.reads';
import { Target } from './target.type';

@Resolver(() => PlanTask)
export class PlanTaskResolver {
  @Authorized()
  @Query(() => PlanTask, { nullable: true })
  PlanTask(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<PlanTask | null> {
    return PlanTaskService.byId(ctx, id);
  }

  @Authorized()
  @Query(() => [PlanTask])
  allPlanTasks(@Args() args: PlanTaskListArgs, @Ctx() ctx: Context): Promise<PlanTask[]> {
    return PlanTaskService.list(ctx, args);
  }

  @Authorized()
  @Query(() => ListMetadata)
  async _allPlanTasksMeta(@Args() args: PlanTaskMetaArgs, @Ctx() ctx: Context): Promise<ListMetadata> {
    return { count: await PlanTaskService.count(ctx, args.filter) };
  }

  @Authorized('WRITER')
  @Mutation(() => PlanTask)
  createPlanTask(@Args() args: CreatePlanTaskArgs, @Ctx() ctx: Context): Promise<PlanTask> {
    return PlanTaskService.create(ctx, args);
  }

  @Authorized('WRITER')
  @Mutation(() => PlanTask)
  updatePlanTask(@Args() args: UpdatePlanTaskArgs, @Ctx() ctx: Context): Promise<PlanTask> {
    return PlanTaskService.update(ctx, args);
  }

  @Authorized('WRITER')
  @Mutation(() => PlanTask)
  deletePlanTask(@Arg('id', () => ID) id: string, @Arg('version', () => Int, { description: 'The version read: a stale one answers CONFLICT and deletes nothing' }) version: number, @Ctx() ctx: Context): Promise<PlanTask> {
    return PlanTaskService.remove(ctx, id, version);
  }

  @Authorized('WRITER')
  @Mutation(() => PlanTask, { description: 'Moves (or reorders) a task with its sub-tasks to a new code, renumbering the tasks around it' })
  movePlanTask(@Args() args: MovePlanTaskArgs, @Ctx() ctx: Context): Promise<PlanTask> {
    return PlanTaskService.move(ctx, args);
  }

  @FieldResolver(() => Plan, { nullable: true })
  plan(@Root() task: PlanTask, @Ctx() ctx: Context): Promise<Plan | null> {
    return planLoaders(ctx).plan.load(Number(task.planId));
  }

  @FieldResolver(() => PlanTask, { nullable: true, description: 'The parent plan\'s task this one implements' })
  implements(@Root() task: PlanTask, @Ctx() ctx: Context): Promise<PlanTask | null> {
    return task.implementsId == null ? Promise.resolve(null) : taskLoaders(ctx).task.load(Number(task.implementsId));
  }

  @FieldResolver(() => [AgencyAssignment], { description: 'Lead agencies, then coordinating agencies, each in the document\'s order' })
  agencies(@Root() task: PlanTask, @Ctx() ctx: Context): Promise<AgencyAssignment[]> {
    return taskLoaders(ctx).agenciesOfTask.load(Number(task.id));
  }

  @FieldResolver(() => [AgencyAssignment], { description: 'Cơ quan chủ trì / thực hiện' })
  async leadAgencies(@Root() task: PlanTask, @Ctx() ctx: Context): Promise<AgencyAssignment[]> {
    return (await taskLoaders(ctx).agenciesOfTask.load(Number(task.id))).filter((a) => a.role === AgencyRole.LEAD);
  }

  @FieldResolver(() => [AgencyAssignment], { description: 'Cơ quan phối hợp' })
  async coordinatingAgencies(@Root() task: PlanTask, @Ctx() ctx: Context): Promise<AgencyAssignment[]> {
    return (await taskLoaders(ctx).agenciesOfTask.load(Number(task.id))).filter((a) => a.role === AgencyRole.COORDINATING);
  }

  @FieldResolver(() => [Target])
  targets(@Root() task: PlanTask, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<Target[]> {
    return taskLoaders(ctx).targetsIn(columnsFor(TARGET_READS, info)).load(Number(task.id));
  }

  @FieldResolver(() => [TaskCriterion])
  criteria(@Root() task: PlanTask, @Ctx() ctx: Context): Promise<TaskCriterion[]> {
    return taskLoaders(ctx).criteria.load(Number(task.id));
  }
}

@Resolver(() => AgencyAssignment)
export class AgencyAssignmentResolver {
  @FieldResolver(() => Agency, { nullable: true, description: 'The agency, when one is named (null for a kind of agency, or when not readable)' })
  agency(@Root() assignment: AgencyAssignment, @Ctx() ctx: Context): Promise<Agency | null> {
    return assignment.agencyId == null ? Promise.resolve(null) : taskLoaders(ctx).agency.load(Number(assignment.agencyId));
  }
}

@Resolver(() => Responsibility)
export class ResponsibilityResolver {
  @FieldResolver(() => [AgencyAssignment])
  agencies(@Root() responsibility: Responsibility, @Ctx() ctx: Context): Promise<AgencyAssignment[]> {
    return taskLoaders(ctx).agenciesOfResponsibility.load(Number(responsibility.id));
  }
}

@Resolver(() => ReportingRule)
export class ReportingRuleResolver {
  @FieldResolver(() => Agency, { nullable: true })
  receivingAgency(@Root() rule: ReportingRule, @Ctx() ctx: Context): Promise<Agency | null> {
    return rule.receivingAgencyId == null ? Promise.resolve(null) : taskLoaders(ctx).agency.load(Number(rule.receivingAgencyId));
  }
}
