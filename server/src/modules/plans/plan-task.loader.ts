import { moduleLoaders, type Context } from '../../core/context';
import type { ColumnShape } from '../../core/graphql/selection';
import { AgencyEntity } from '../agencies/agency.entity';
import { toAgency } from '../agencies/agency.service';
import { PlanAgencyEntity, PlanTaskEntity, TaskCriterionEntity } from './plan-task.entity';
import type { AgencyAssignment, PlanTask, TaskCriterion } from './plan-task.type';
import { manyBy, oneBy } from './plan.loader';
import { toAgencyAssignment, toPlanTask, toTarget, toTaskCriterion } from './plan.mappers';
import { TargetEntity } from './target.entity';
import type { Target } from './target.type';
import type { TargetProperty, TaskProperty } from './plan.reads';

/** Tasks and what hangs off them; per request, one statement per batch. */
export const taskLoaders = moduleLoaders('taskLoaders', {
  /** A plan's tasks, with the columns of a selection (plan.reads.ts; every column under the shape 'all'). */
  tasksIn: (ctx) => (shape: ColumnShape<TaskProperty>) =>
    manyBy<PlanTaskEntity, PlanTask>(ctx, 'plans.tasks', PlanTaskEntity, 'plan_id', (row) => row.planId, toPlanTask, ['sort_key'], shape),
  task: (ctx) => oneBy(ctx, 'plans.task', PlanTaskEntity, toPlanTask),
  agenciesOfTask: (ctx) => manyBy<PlanAgencyEntity, AgencyAssignment>(ctx, 'plans.taskAgencies', PlanAgencyEntity, 'task_id', (row) => row.taskId, toAgencyAssignment, ['role', 'position']),
  agenciesOfResponsibility: (ctx) => manyBy<PlanAgencyEntity, AgencyAssignment>(ctx, 'plans.responsibilityAgencies', PlanAgencyEntity, 'responsibility_id', (row) => row.responsibilityId, toAgencyAssignment, ['position']),
  targetsIn: (ctx) => (shape: ColumnShape<TargetProperty>) =>
    manyBy<TargetEntity, Target>(ctx, 'plans.targets', TargetEntity, 'task_id', (row) => row.taskId, toTarget, ['position'], shape),
  criteria: (ctx) => manyBy<TaskCriterionEntity, TaskCriterion>(ctx, 'plans.criteria', TaskCriterionEntity, 'task_id', (row) => row.taskId, toTaskCriterion, ['position']),
  agency: (ctx) => oneBy(ctx, 'plans.agency', AgencyEntity, toAgency),
});
