import type { Context } from '../../core/context';
import { AgencyEntity } from '../agencies/agency.entity';
import { toAgency } from '../agencies/agency.service';
import { PlanAgencyEntity, PlanTaskEntity, TaskCriterionEntity } from './plan-task.entity';
import type { AgencyAssignment, PlanTask, TaskCriterion } from './plan-task.type';
import { manyBy, oneBy } from './plan.loader';
import { toAgencyAssignment, toPlanTask, toTarget, toTaskCriterion } from './plan.mappers';
import { TargetEntity } from './target.entity';
import type { Target } from './target.type';

/** Tasks and what hangs off them; per request, one statement per batch. */
export const taskLoaders = (ctx: Context) => ctx.loaders.get('taskLoaders', () => ({
  tasks: manyBy<PlanTaskEntity, PlanTask>(ctx, 'plans.tasks', PlanTaskEntity, 'plan_id', (row) => row.planId, toPlanTask, ['sort_key']),
  task: oneBy(ctx, 'plans.task', PlanTaskEntity, toPlanTask),
  agenciesOfTask: manyBy<PlanAgencyEntity, AgencyAssignment>(ctx, 'plans.taskAgencies', PlanAgencyEntity, 'task_id', (row) => row.taskId, toAgencyAssignment, ['role', 'position']),
  agenciesOfResponsibility: manyBy<PlanAgencyEntity, AgencyAssignment>(ctx, 'plans.responsibilityAgencies', PlanAgencyEntity, 'responsibility_id', (row) => row.responsibilityId, toAgencyAssignment, ['position']),
  targets: manyBy<TargetEntity, Target>(ctx, 'plans.targets', TargetEntity, 'task_id', (row) => row.taskId, toTarget, ['position']),
  criteria: manyBy<TaskCriterionEntity, TaskCriterion>(ctx, 'plans.criteria', TaskCriterionEntity, 'task_id', (row) => row.taskId, toTaskCriterion, ['position']),
  agency: oneBy(ctx, 'plans.agency', AgencyEntity, toAgency),
}));
