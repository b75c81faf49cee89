import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../core/context';
import { ListMetadata } from '../../core/graphql/list';
import type { AgencyKind } from '../agencies/agency.type';
import type { PilotPriority } from '../pilots/pilot-selection.type';
import type { UnitLevel } from '../units/unit.type';
import { taskLoaders } from './plan-task.loader';
import { PlanTask, TaskCriterion } from './plan-task.type';
import { TaskCriterionKind } from './plan.enums';
import { CreateTaskCriterionArgs, TaskCriterionListArgs, TaskCriterionMetaArgs, UpdateTaskCriterionArgs } from './task-criterion.args';
import { TaskCriterionService } from './task-criterion.service';
import type { CriterionParameters } from './task-criterion.shape';
import {
  MediatorTrainingParameters, MediatorWorkforceParameters, PilotCandidateLevel, PilotSelectionParameters, PilotWithin, PriorityMode,
  type Trainees, TrainerPoolParameters, TrainerTrainingParameters, type TrainingTopic, type TrainerPoolAction, type PoolRequirement,
  type WorkforceAction, type WorkforceCondition, type WorkforceRequirement,
} from './task-criterion.type';

/** The stored parameters of `kind`, or null for a criterion of another kind. */
const of = <K extends TaskCriterionKind>(criterion: TaskCriterion, kind: K): CriterionParameters[K] | null =>
  criterion.kind === kind ? (criterion.parameters as CriterionParameters[K]) : null;

@Resolver(() => TaskCriterion)
export class TaskCriterionResolver {
  @Authorized()
  @Query(() => TaskCriterion, { nullable: true })
  TaskCriterion(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<TaskCriterion | null> {
    return TaskCriterionService.byId(ctx, id);
  }

  @Authorized()
  @Query(() => [TaskCriterion], { description: 'Criteria in task order, then their order within the task' })
  allTaskCriteria(@Args() args: TaskCriterionListArgs, @Ctx() ctx: Context): Promise<TaskCriterion[]> {
    return TaskCriterionService.list(ctx, args);
  }

  @Authorized()
  @Query(() => ListMetadata)
  async _allTaskCriteriaMeta(@Args() args: TaskCriterionMetaArgs, @Ctx() ctx: Context): Promise<ListMetadata> {
    return { count: await TaskCriterionService.count(ctx, args.filter) };
  }

  @Authorized('WRITER')
  @Mutation(() => TaskCriterion, { description: 'Adds a criterion to a task, with the typed input of its kind (pilotSelection for PILOT_SELECTION ...)' })
  createTaskCriterion(@Args() args: CreateTaskCriterionArgs, @Ctx() ctx: Context): Promise<TaskCriterion> {
    return TaskCriterionService.create(ctx, args);
  }

  @Authorized('WRITER')
  @Mutation(() => TaskCriterion, { description: 'Changes text, parameters, kind (with the new kind\'s input) or position' })
  updateTaskCriterion(@Args() args: UpdateTaskCriterionArgs, @Ctx() ctx: Context): Promise<TaskCriterion> {
    return TaskCriterionService.update(ctx, args);
  }

  @Authorized('WRITER')
  @Mutation(() => TaskCriterion)
  deleteTaskCriterion(@Arg('id', () => ID) id: string, @Arg('version', () => Int, { description: 'The version read: a stale one answers CONFLICT and deletes nothing' }) version: number, @Ctx() ctx: Context): Promise<TaskCriterion> {
    return TaskCriterionService.remove(ctx, id, version);
  }

  @FieldResolver(() => PlanTask, { nullable: true })
  task(@Root() criterion: TaskCriterion, @Ctx() ctx: Context): Promise<PlanTask | null> {
    return taskLoaders(ctx).task.load(Number(criterion.taskId));
  }

  @FieldResolver(() => PilotSelectionParameters, { nullable: true, description: 'For a PILOT_SELECTION criterion' })
  pilotSelection(@Root() criterion: TaskCriterion): PilotSelectionParameters | null {
    const p = of(criterion, TaskCriterionKind.PILOT_SELECTION);
    if (!p) return null;
    return {
      selectedBy: { agencyKind: p.selectedBy.agencyKind, level: p.selectedBy.level as UnitLevel },
      together: p.together ? { agencyKind: p.together.agencyKind, level: p.together.level as UnitLevel } : null,
      within: p.within as PilotWithin, candidateLevel: (p.unitLevel ?? 'COMMUNE') as PilotCandidateLevel, count: p.count ?? null,
      priorities: p.priorities as PilotPriority[], priorityMode: p.priorityMode as PriorityMode, conditional: p.conditional,
    };
  }

  @FieldResolver(() => TrainerPoolParameters, { nullable: true, description: 'For a TRAINER_POOL criterion' })
  trainerPool(@Root() criterion: TaskCriterion): TrainerPoolParameters | null {
    const p = of(criterion, TaskCriterionKind.TRAINER_POOL);
    if (!p) return null;
    return {
      levels: p.levels as UnitLevel[], actions: p.actions as TrainerPoolAction[], ensure: p.ensure as PoolRequirement[],
      ratios: (p.ratios ?? []).map((r) => ({ level: r.level as UnitLevel, trainers: r.trainers, perTeams: r.perTeams })),
      composition: (p.composition ?? []) as AgencyKind[],
    };
  }

  @FieldResolver(() => TrainerTrainingParameters, { nullable: true, description: 'For a TRAINER_TRAINING criterion' })
  trainerTraining(@Root() criterion: TaskCriterion): TrainerTrainingParameters | null {
    const p = of(criterion, TaskCriterionKind.TRAINER_TRAINING);
    return p ? { levels: p.levels as UnitLevel[], topics: p.topics as TrainingTopic[] } : null;
  }

  @FieldResolver(() => MediatorWorkforceParameters, { nullable: true, description: 'For a MEDIATOR_WORKFORCE criterion' })
  mediatorWorkforce(@Root() criterion: TaskCriterion): MediatorWorkforceParameters | null {
    const p = of(criterion, TaskCriterionKind.MEDIATOR_WORKFORCE);
    if (!p) return null;
    return {
      actions: p.actions as WorkforceAction[], when: p.when as WorkforceCondition[], ensure: p.ensure as WorkforceRequirement[],
      minMediatorsPerTeam: p.minMediatorsPerTeam ?? null, minWomenPerTeam: p.minWomenPerTeam ?? null,
    };
  }

  @FieldResolver(() => MediatorTrainingParameters, { nullable: true, description: 'For a MEDIATOR_TRAINING criterion' })
  mediatorTraining(@Root() criterion: TaskCriterion): MediatorTrainingParameters | null {
    const p = of(criterion, TaskCriterionKind.MEDIATOR_TRAINING);
    return p ? { trainees: p.trainees as Trainees, topics: p.topics as TrainingTopic[] } : null;
  }
}
