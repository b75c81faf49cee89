import type { EntityManager } from 'typeorm';
import type { Context } from '../../core/context';
import { createAudited, deleteAudited, findReadable, updateAudited } from '../../core/crud';
import { badInput } from '../../core/errors';
import { applyListArgs, numericIds, parseId } from '../../core/graphql/list';
import { PLAN_TASK } from './plan-task.service';
import { TaskCriterionEntity } from './plan-task.entity';
import type { TaskCriterion } from './plan-task.type';
import { TaskCriterionKind } from './plan.enums';
import { requiredText } from './plan.errors';
import { changedFields, planForWrite, recordAmendment } from './plan-lock.service';
import { toTaskCriterion } from './plan.mappers';
import { closeGap, CRITERION_ORDER, makeRoomAt, makeRoomForMove, settle } from './plan-part.order';
import type { CreateTaskCriterionArgs, TaskCriterionFilter, TaskCriterionListArgs, TaskCriterionParametersArgs, UpdateTaskCriterionArgs } from './task-criterion.args';
import { criterionParameters } from './task-criterion.shape';

export const TASK_CRITERION = {
  name: 'TaskCriterion',
  entity: TaskCriterionEntity,
  snapshot: (c: TaskCriterionEntity) => ({ planId: c.planId, taskId: c.taskId, position: c.position, kind: c.kind, text: c.text, parameters: c.parameters }),
};

const SORTABLE = { position: 'c.position', kind: 'c.kind', taskId: 'c.task_id', id: 'c.id' };

type ParametersInput = Exclude<keyof TaskCriterionParametersArgs, 'position'>;

/** The typed input each kind is written with. */
export const INPUT_OF: Record<TaskCriterionKind, ParametersInput> = {
  PILOT_SELECTION: 'pilotSelection',
  TRAINER_POOL: 'trainerPool',
  TRAINER_TRAINING: 'trainerTraining',
  MEDIATOR_WORKFORCE: 'mediatorWorkforce',
  MEDIATOR_TRAINING: 'mediatorTraining',
};

/** A typed input as the stored JSON shape (task-criterion.shape.ts): plain values, the pilot's candidateLevel stored as unitLevel. */
function storedShape(kind: TaskCriterionKind, input: object): Record<string, unknown> {
  const plain = JSON.parse(JSON.stringify(input)) as Record<string, unknown>;
  if (kind === TaskCriterionKind.PILOT_SELECTION) {
    const { candidateLevel, ...rest } = plain;
    return { ...rest, unitLevel: candidateLevel };
  }
  return plain;
}

/**
 * The parameters to store: the input of the criterion's kind, validated; an input of another kind
 * is refused, and a missing one keeps the current parameters only when the kind does not change.
 */
export function parametersFor(kind: TaskCriterionKind, args: TaskCriterionParametersArgs, current?: TaskCriterionEntity): Record<string, unknown> {
  const mine = INPUT_OF[kind];
  const stranger = (Object.values(INPUT_OF) as ParametersInput[]).find((input) => input !== mine && args[input] != null);
  if (stranger) {
    throw badInput(stranger, `A ${kind} criterion is written with ${mine}, not ${stranger}`, 'CRITERION_PARAMETERS_OF_OTHER_KIND', { kind, given: stranger });
  }
  const given = args[mine];
  if (given == null) {
    if (current && current.kind === kind) return current.parameters;
    throw badInput(mine, `A ${kind} criterion needs its parameters in ${mine}`, 'CRITERION_PARAMETERS_MISSING', { kind });
  }
  return criterionParameters(kind, storedShape(kind, given), mine) as Record<string, unknown>;
}

/** Task criteria (pilot selection, trainer pools, mediator workforce ...), in order within their task. */
export class TaskCriterionService {
  private static filtered(manager: EntityManager, filter: TaskCriterionFilter = {}) {
    const qb = manager.createQueryBuilder(TaskCriterionEntity, 'c');
    if (filter.ids) qb.andWhere('c.id = any(:ids)', { ids: numericIds(filter.ids) });
    if (filter.planId) qb.andWhere('c.plan_id = :planId', { planId: parseId('filter.planId', filter.planId) });
    if (filter.taskId) qb.andWhere('c.task_id = :taskId', { taskId: parseId('filter.taskId', filter.taskId) });
    if (filter.kind) qb.andWhere('c.kind = :kind', { kind: filter.kind });
    return qb;
  }

  static async list(ctx: Context, args: TaskCriterionListArgs): Promise<TaskCriterion[]> {
    const qb = TaskCriterionService.filtered(await ctx.db(), args.filter);
    if (!args.sortField) qb.orderBy('c.task_id', 'ASC');
    return (await applyListArgs(qb, args, SORTABLE, 'position', args.filter?.ids?.length).getMany()).map(toTaskCriterion);
  }

  static async count(ctx: Context, filter?: TaskCriterionFilter): Promise<number> {
    return TaskCriterionService.filtered(await ctx.db(), filter).getCount();
  }

  static async byId(ctx: Context, id: string): Promise<TaskCriterion | null> {
    const row = await (await ctx.db()).findOne(TaskCriterionEntity, { where: { id: parseId('id', id) } });
    return row ? toTaskCriterion(row) : null;
  }

  static async create(ctx: Context, args: CreateTaskCriterionArgs): Promise<TaskCriterion> {
    const manager = await ctx.db();
    const task = await findReadable(manager, PLAN_TASK, parseId('taskId', args.taskId));
    const plan = await planForWrite(ctx, manager, task.planId);
    const text = requiredText('text', args.text, 5000);
    const parameters = parametersFor(args.kind, args);
    const position = await makeRoomAt(manager, CRITERION_ORDER, task.id, args.position);
    const row = await createAudited(ctx, TASK_CRITERION, { planId: plan.id, taskId: task.id, position, kind: args.kind, text, parameters });
    await recordAmendment(ctx, manager, plan, { entity: 'TaskCriterion', entityId: row.id, action: 'CREATE', after: TASK_CRITERION.snapshot(row) });
    return toTaskCriterion(row);
  }

  static async update(ctx: Context, args: UpdateTaskCriterionArgs): Promise<TaskCriterion> {
    const manager = await ctx.db();
    const criterion = await findReadable(manager, TASK_CRITERION, parseId('id', args.id));
    const plan = await planForWrite(ctx, manager, criterion.planId);
    const kind = args.kind ?? (criterion.kind as TaskCriterionKind);
    const changes: Partial<TaskCriterionEntity> = { kind, parameters: parametersFor(kind, args, criterion) };
    if (args.text != null) changes.text = requiredText('text', args.text, 5000);
    const moves = args.position != null && args.position !== criterion.position;
    if (moves) {
      await makeRoomForMove(manager, CRITERION_ORDER, criterion.taskId, criterion.id, criterion.position, args.position!);
      changes.position = args.position!;
    }
    const after = await updateAudited(ctx, TASK_CRITERION, criterion.id, args.version, changes);
    if (moves) await settle(manager, CRITERION_ORDER);
    const diff = changedFields(TASK_CRITERION.snapshot(criterion), TASK_CRITERION.snapshot(after));
    if (diff.changed) await recordAmendment(ctx, manager, plan, { entity: 'TaskCriterion', entityId: criterion.id, action: 'UPDATE', before: diff.before, after: diff.after });
    return toTaskCriterion(after);
  }

  static async remove(ctx: Context, id: string, version: number): Promise<TaskCriterion> {
    const manager = await ctx.db();
    const criterion = await findReadable(manager, TASK_CRITERION, parseId('id', id));
    const plan = await planForWrite(ctx, manager, criterion.planId);
    const before = await deleteAudited(ctx, TASK_CRITERION, criterion.id, version);
    await closeGap(manager, CRITERION_ORDER, criterion.taskId, criterion.position);
    await recordAmendment(ctx, manager, plan, { entity: 'TaskCriterion', entityId: criterion.id, action: 'DELETE', before: TASK_CRITERION.snapshot(before) });
    return toTaskCriterion(before);
  }
}
