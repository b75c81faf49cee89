import type { EntityManager } from 'typeorm';
import type { Context } from '../../core/context';
import { createAudited, deleteAudited, findReadable, updateAudited } from '../../core/crud';
import { badInput } from '../../core/errors';
import { applyListArgs, numericIds, parseId } from '../../core/graphql/list';
import { normalizeDecimal } from './decimal.scalar';
import { PLAN_TASK } from './plan-task.service';
import type { PlanEntity } from './plan.entity';
import { TargetApplies, TargetUnit } from './plan.enums';
import { optionalText, planErrors, yearIn } from './plan.errors';
import { changedFields, planForWrite, recordAmendment } from './plan-lock.service';
import { toTarget } from './plan.mappers';
import type { CreateTargetArgs, TargetFilter, TargetListArgs, UpdateTargetArgs } from './target.args';
import { TargetEntity } from './target.entity';
import type { Target } from './target.type';

export const TARGET = {
  name: 'Target',
  entity: TargetEntity,
  snapshot: (t: TargetEntity) => ({
    planId: t.planId, taskId: t.taskId, indicator: t.indicator, comparator: t.comparator, value: normalizeDecimal(t.value), unit: t.valueUnit,
    perQuantity: t.perQuantity, applies: t.applies, year: t.year, fromYear: t.fromYear, toYear: t.toYear, note: t.note,
  }),
};

const SORTABLE = { position: 't.position', indicator: 't.indicator', taskId: 't.task_id', id: 't.id' };

type TargetValues = Pick<TargetEntity, 'indicator' | 'comparator' | 'value' | 'valueUnit' | 'perQuantity' | 'applies' | 'year' | 'fromYear' | 'toYear' | 'note'>;

/** Targets of tasks. A percent lies in 0–100; the unit is the indicator's; BY_YEAR names its year. */
export class TargetService {
  private static filtered(manager: EntityManager, filter: TargetFilter = {}) {
    const qb = manager.createQueryBuilder(TargetEntity, 't');
    if (filter.ids) qb.andWhere('t.id = any(:ids)', { ids: numericIds(filter.ids) });
    if (filter.planId) qb.andWhere('t.plan_id = :planId', { planId: parseId('filter.planId', filter.planId) });
    if (filter.taskId) qb.andWhere('t.task_id = :taskId', { taskId: parseId('filter.taskId', filter.taskId) });
    if (filter.onPlan != null) qb.andWhere(filter.onPlan ? 't.task_id is null' : 't.task_id is not null');
    if (filter.indicator) qb.andWhere('t.indicator = :indicator', { indicator: filter.indicator });
    if (filter.appliesToUnitId) {
      qb.andWhere('t.plan_id in (select p.id from plan p where p.unit_path @> (select u.path from admin_unit u where u.id = :appliesTo))',
        { appliesTo: parseId('filter.appliesToUnitId', filter.appliesToUnitId) });
    }
    if (filter.year != null) qb.andWhere('t.plan_id in (select p.id from plan p where p.year_from <= :year and p.year_to >= :year)', { year: filter.year });
    return qb;
  }

  static async list(ctx: Context, args: TargetListArgs): Promise<Target[]> {
    const qb = TargetService.filtered(await ctx.db(), args.filter);
    return (await applyListArgs(qb, args, SORTABLE, 'position', args.filter?.ids?.length).getMany()).map(toTarget);
  }

  static async count(ctx: Context, filter?: TargetFilter): Promise<number> {
    return TargetService.filtered(await ctx.db(), filter).getCount();
  }

  static async byId(ctx: Context, id: string): Promise<Target | null> {
    const row = await (await ctx.db()).findOne(TargetEntity, { where: { id: parseId('id', id) } });
    return row ? toTarget(row) : null;
  }

  static async create(ctx: Context, args: CreateTargetArgs): Promise<Target> {
    const manager = await ctx.db();
    if (args.taskId == null && args.planId == null) throw badInput('taskId', 'A target belongs to a task (taskId) or to the plan itself (planId)', 'TARGET_OWNER_REQUIRED');
    const task = args.taskId == null ? null : await findReadable(manager, PLAN_TASK, parseId('taskId', args.taskId));
    const planId = task ? task.planId : parseId('planId', args.planId!);
    if (task && args.planId != null && parseId('planId', args.planId) !== task.planId) throw planErrors.taskOfOtherPlan('taskId');
    const plan = await planForWrite(ctx, manager, planId);
    const values = await TargetService.validate(manager, plan, {
      indicator: args.indicator, comparator: args.comparator, value: args.value, valueUnit: args.unit ?? '', perQuantity: args.perQuantity ?? null,
      applies: args.applies, year: args.year ?? null, fromYear: args.fromYear ?? null, toYear: args.toYear ?? null, note: optionalText('note', args.note, 2000),
    });
    const [{ next }]: { next: number }[] = task
      ? await manager.query('select coalesce(max(position), 0) + 1 as next from target where task_id = $1', [task.id])
      : await manager.query('select coalesce(max(position), 0) + 1 as next from target where plan_id = $1 and task_id is null', [plan.id]);
    const row = await createAudited(ctx, TARGET, { ...values, planId: plan.id, taskId: task?.id ?? null, position: next });
    await recordAmendment(ctx, manager, plan, { entity: 'Target', entityId: row.id, action: 'CREATE', after: TARGET.snapshot(row) });
    return toTarget(row);
  }

  static async update(ctx: Context, args: UpdateTargetArgs): Promise<Target> {
    const manager = await ctx.db();
    const target = await findReadable(manager, TARGET, parseId('id', args.id));
    const plan = await planForWrite(ctx, manager, target.planId);
    const indicatorChanged = args.indicator != null && args.indicator !== target.indicator;
    const values = await TargetService.validate(manager, plan, {
      indicator: args.indicator ?? target.indicator,
      comparator: args.comparator ?? target.comparator,
      value: args.value ?? target.value,
      valueUnit: args.unit ?? (indicatorChanged ? '' : target.valueUnit),
      perQuantity: args.perQuantity !== undefined ? args.perQuantity : target.perQuantity,
      applies: args.applies ?? target.applies,
      year: args.year !== undefined ? args.year : args.applies != null && args.applies !== TargetApplies.BY_YEAR ? null : target.year,
      fromYear: args.fromYear !== undefined ? args.fromYear : args.applies != null && args.applies !== TargetApplies.FROM_TO ? null : target.fromYear,
      toYear: args.toYear !== undefined ? args.toYear : args.applies != null && args.applies !== TargetApplies.FROM_TO ? null : target.toYear,
      note: args.note !== undefined ? optionalText('note', args.note, 2000) : target.note,
    });
    const after = await updateAudited(ctx, TARGET, target.id, args.version, values);
    const diff = changedFields(TARGET.snapshot(target), TARGET.snapshot(after));
    if (diff.changed) await recordAmendment(ctx, manager, plan, { entity: 'Target', entityId: target.id, action: 'UPDATE', before: diff.before, after: diff.after });
    return toTarget(after);
  }

  static async remove(ctx: Context, id: string, version: number): Promise<Target> {
    const manager = await ctx.db();
    const target = await findReadable(manager, TARGET, parseId('id', id));
    const plan = await planForWrite(ctx, manager, target.planId);
    const before = await deleteAudited(ctx, TARGET, target.id, version);
    await recordAmendment(ctx, manager, plan, { entity: 'Target', entityId: target.id, action: 'DELETE', before: TARGET.snapshot(before) });
    return toTarget(before);
  }

  /** The domain rules of a target, each refused naming its field. An empty valueUnit means "the indicator's". */
  private static async validate(manager: EntityManager, plan: PlanEntity, values: TargetValues): Promise<TargetValues> {
    // Row-level security: the caller's catalogue only (national, its provinces'); another province's indicator is unknown.
    const [indicator]: { unit: TargetUnit }[] = await manager.query('select unit from target_indicator where code = $1', [values.indicator]);
    if (!indicator) throw badInput('indicator', `Unknown indicator ${values.indicator}`, 'INDICATOR_UNKNOWN', { code: values.indicator });
    const unit = values.valueUnit || indicator.unit;
    if (unit !== indicator.unit) throw badInput('unit', `${values.indicator} is measured in ${indicator.unit}`, 'TARGET_UNIT_NOT_INDICATORS', { code: values.indicator, unit: indicator.unit });
    const value = normalizeDecimal(values.value);
    if (value.startsWith('-')) throw badInput('value', 'value must be 0 or more', 'NUMBER_TOO_SMALL', { min: 0 });
    if (unit === TargetUnit.PERCENT && Number(value) > 100) throw badInput('value', `A percent lies between 0 and 100; got ${value}`, 'NUMBER_OUT_OF_RANGE', { min: 0, max: 100 });
    if (values.perQuantity != null && (unit !== TargetUnit.COUNT || !Number.isInteger(values.perQuantity) || values.perQuantity < 1)) {
      throw badInput('perQuantity', 'perQuantity is a whole number of 1 or more, for COUNT targets only', 'TARGET_PER_QUANTITY');
    }
    const year = yearIn('year', values.year);
    if (values.applies === TargetApplies.BY_YEAR && year == null) throw planErrors.targetYear('A target by a given year names the year');
    if (values.applies !== TargetApplies.BY_YEAR && year != null) throw planErrors.targetYear('Only a target by a given year (BY_YEAR) names year');
    if (year != null && (year < plan.periodFrom || year > plan.periodTo)) {
      throw planErrors.yearOutsidePeriod('year', year, plan);
    }
    const fromYear = yearIn('fromYear', values.fromYear);
    const toYear = yearIn('toYear', values.toYear);
    if (values.applies === TargetApplies.FROM_TO) {
      if (fromYear == null) throw planErrors.targetYears('fromYear', 'A target over years (FROM_TO) names its first year');
      if (toYear == null) throw planErrors.targetYears('toYear', 'A target over years (FROM_TO) names its last year');
      if (toYear < fromYear) throw planErrors.yearsReversed('toYear', 'fromYear');
      if (fromYear < plan.periodFrom || toYear > plan.periodTo) {
        throw planErrors.yearsOutsidePeriod('fromYear', fromYear, toYear, plan);
      }
    } else if (fromYear != null || toYear != null) {
      throw planErrors.targetYears(fromYear != null ? 'fromYear' : 'toYear', 'Only a target over years (FROM_TO) names fromYear and toYear');
    }
    return { ...values, value, valueUnit: unit, year, fromYear, toYear };
  }
}
