import type { Context } from '../../core/context';
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
export const taskLoaders = (ctx: Context) => ctx.loaders.get('taskLoaders', () => ({
  tasks: manyBy<PlanTaskEntity, PlanTask>(ctx, 'plans.tasks', PlanTaskEntity, 'plan_id', (row) => row.planId, toPlanTask, ['sort_key']),
  /** A plan's tasks with the columns of a selection only (plan.reads.ts). */
  tasksIn: (shape: ColumnShape<TaskProperty>) =>
    manyBy<PlanTaskEntity, PlanTask>(ctx, 'plans.tasks', PlanTaskEntity, 'plan_id', (row) => row.planId, toPlanTask, ['sort_key'], shape),
  task: oneBy(ctx, 'plans.task', PlanTaskEntity, toPlanTask),
  agenciesOfTask: manyBy<PlanAgencyEntity, AgencyAssignment>(ctx, 'plans.taskAgencies', PlanAgencyEntity, 'task_id', (row) => row.taskId, toAgencyAssignment, ['role', 'position']),
  agenciesOfResponsibility: manyBy<PlanAgencyEntity, AgencyAssignment>(ctx, 'plans.responsibilityAgencies', PlanAgencyEntity, 'responsibility_id', (row) => row.responsibilityId, toAgencyAssignment, ['position']),
  targets: manyBy<TargetEntity, Target>(ctx, 'plans.targets', TargetEntity, 'task_id', (row) => row.taskId, toTarget, ['position']),
  targetsIn: (shape: ColumnShape<TargetProperty>) =>
    manyBy<TargetEntity, Target>(ctx, 'plans.targets', TargetEntity, 'task_id', (row) => row.taskId, toTarget, ['position'], shape),
  criteria: manyBy<TaskCriterionEntity, TaskCriterion>(ctx, 'plans.criteria', TaskCriterionEntity, 'task_id', (row) => row.taskId, toTaskCriterion, ['position']),
  agency: oneBy(ctx, 'plans.agency', AgencyEntity, toAgency),
}));
