import type { EntityManager } from 'typeorm';
import { audit } from '../../core/audit';
import type { Context } from '../../core/context';
import { createAudited, deleteAudited, findReadable, updateAudited } from '../../core/crud';
import { badInput } from '../../core/errors';
import { applyListArgs, numericIds, parseId, searchPattern } from '../../core/graphql/list';
import { isWithin } from '../../core/tenancy/scope';
import { AgencyEntity } from '../agencies/agency.entity';
import type { AgencyAssignmentInput, CreatePlanTaskArgs, PlanTaskFieldsArgs, PlanTaskFilter, PlanTaskListArgs, UpdatePlanTaskArgs } from './plan-task.args';
import { PlanAgencyEntity, PlanTaskEntity } from './plan-task.entity';
import type { PlanTask } from './plan-task.type';
import type { PlanEntity } from './plan.entity';
import { AgencyRole, ScheduleKind } from './plan.enums';
import { optionalText, planErrors, requiredText, yearIn } from './plan.errors';
import { changedFields, planForWrite, recordAmendment } from './plan-lock.service';
import { toPlanTask } from './plan.mappers';

export const PLAN_TASK = {
  name: 'PlanTask',
  entity: PlanTaskEntity,
  snapshot: (t: PlanTaskEntity) => ({
    planId: t.planId, code: t.code, title: t.title, description: t.description, leadText: t.leadText, coordinatingText: t.coordinatingText,
    scheduleKind: t.scheduleKind, scheduleYear: t.scheduleYear, scheduleDates: t.scheduleDates, scheduleNote: t.scheduleNote,
    implementsId: t.implementsTaskId,
  }),
};

const SORTABLE = { code: 't.sort_key', title: 't.title', planId: 't.plan_id', id: 't.id' };
const CODE = /^[0-9]{1,3}(\.[0-9]{1,3}){0,3}$/;

type AgencyRow = Pick<PlanAgencyEntity, 'role' | 'position' | 'agencyId' | 'agencyKind' | 'agencyLevel' | 'label'>;

/** Tasks of plans with their lead and coordinating agencies. */
export class PlanTaskService {
  private static filtered(manager: EntityManager, filter: PlanTaskFilter = {}) {
    const qb = manager.createQueryBuilder(PlanTaskEntity, 't');
    if (filter.ids) qb.andWhere('t.id = any(:ids)', { ids: numericIds(filter.ids) });
    if (filter.q) qb.andWhere(`app.search_text(t.code || ' ' || t.title) like :pattern`, { pattern: searchPattern(filter.q) });
    if (filter.planId) qb.andWhere('t.plan_id = :planId', { planId: parseId('filter.planId', filter.planId) });
    if (filter.implementsId) qb.andWhere('t.implements_task_id = :implementsId', { implementsId: parseId('filter.implementsId', filter.implementsId) });
    return qb;
  }

  static async list(ctx: Context, args: PlanTaskListArgs): Promise<PlanTask[]> {
    const qb = PlanTaskService.filtered(await ctx.db(), args.filter);
    return (await applyListArgs(qb, args, SORTABLE, 'code', args.filter?.ids?.length).getMany()).map(toPlanTask);
  }

  static async count(ctx: Context, filter?: PlanTaskFilter): Promise<number> {
    return PlanTaskService.filtered(await ctx.db(), filter).getCount();
  }

  static async byId(ctx: Context, id: string): Promise<PlanTask | null> {
    const row = await (await ctx.db()).findOne(PlanTaskEntity, { where: { id: parseId('id', id) } });
    return row ? toPlanTask(row) : null;
  }

  static async create(ctx: Context, args: CreatePlanTaskArgs): Promise<PlanTask> {
    const manager = await ctx.db();
    const plan = await planForWrite(ctx, manager, parseId('planId', args.planId));
    const values: Partial<PlanTaskEntity> = {
      planId: plan.id, code: PlanTaskService.code(args.code), title: requiredText('title', args.title, 1000),
      ...(await PlanTaskService.fields(manager, plan, args, null)),
    };
    const row = await createAudited(ctx, PLAN_TASK, values);
    const agencies = args.agencies ? await PlanTaskService.replaceAgencies(ctx, manager, plan, row, args.agencies) : [];
    await recordAmendment(ctx, manager, plan, { entity: 'PlanTask', entityId: row.id, action: 'CREATE', after: { ...PLAN_TASK.snapshot(row), agencies } });
    return toPlanTask(row);
  }

  static async update(ctx: Context, args: UpdatePlanTaskArgs): Promise<PlanTask> {
    const manager = await ctx.db();
    const task = await findReadable(manager, PLAN_TASK, parseId('id', args.id));
    const plan = await planForWrite(ctx, manager, task.planId);
    const changes = await PlanTaskService.fields(manager, plan, args, task);
    if (args.code != null) changes.code = PlanTaskService.code(args.code);
    if (args.title != null) changes.title = requiredText('title', args.title, 1000);
    const after = await updateAudited(ctx, PLAN_TASK, task.id, args.version, changes);
    const diff = changedFields(PLAN_TASK.snapshot(task), PLAN_TASK.snapshot(after));
    if (args.agencies) {
      const before = await PlanTaskService.agenciesOf(manager, task.id);
      const next = await PlanTaskService.replaceAgencies(ctx, manager, plan, after, args.agencies);
      if (JSON.stringify(before) !== JSON.stringify(next)) Object.assign(diff, { changed: true, before: { ...diff.before, agencies: before }, after: { ...diff.after, agencies: next } });
    }
    if (diff.changed) await recordAmendment(ctx, manager, plan, { entity: 'PlanTask', entityId: task.id, action: 'UPDATE', before: diff.before, after: diff.after });
    return toPlanTask(after);
  }

  static async remove(ctx: Context, id: string, version: number): Promise<PlanTask> {
    const manager = await ctx.db();
    const task = await findReadable(manager, PLAN_TASK, parseId('id', id));
    const plan = await planForWrite(ctx, manager, task.planId);
    const agencies = await PlanTaskService.agenciesOf(manager, task.id);
    const before = await deleteAudited(ctx, PLAN_TASK, task.id, version);
    await recordAmendment(ctx, manager, plan, { entity: 'PlanTask', entityId: task.id, action: 'DELETE', before: { ...PLAN_TASK.snapshot(before), agencies } });
    return toPlanTask(before);
  }

  private static code(code: string): string {
    const clean = code.trim();
    if (!CODE.test(clean)) throw badInput('code', 'code must look like 1, 2.1 or 3.2.1');
    return clean;
  }

  private static async fields(manager: EntityManager, plan: PlanEntity, args: PlanTaskFieldsArgs, task: PlanTaskEntity | null): Promise<Partial<PlanTaskEntity>> {
    const out: Partial<PlanTaskEntity> = {};
    if (args.description !== undefined) out.description = optionalText('description', args.description, 20000);
    if (args.leadText !== undefined) out.leadText = optionalText('leadText', args.leadText, 1000);
    if (args.coordinatingText !== undefined) out.coordinatingText = optionalText('coordinatingText', args.coordinatingText, 1000);
    if (args.scheduleNote !== undefined) out.scheduleNote = optionalText('scheduleNote', args.scheduleNote, 500);
    if (args.scheduleKind !== undefined || args.scheduleYear !== undefined || args.scheduleDates !== undefined) {
      const kind = args.scheduleKind !== undefined ? args.scheduleKind : ((task?.scheduleKind ?? null) as ScheduleKind | null);
      const year = args.scheduleYear !== undefined ? args.scheduleYear : (task?.scheduleYear ?? null);
      const dates = args.scheduleDates !== undefined ? args.scheduleDates : (task?.scheduleDates ?? null);
      if (kind === ScheduleKind.ONCE && year == null) throw badInput('scheduleYear', 'A task done once names its year');
      if (kind !== ScheduleKind.ONCE && year != null) throw badInput('scheduleYear', 'Only a task done once (ONCE) names a year');
      if (kind === ScheduleKind.DATES && !dates?.length) throw badInput('scheduleDates', 'A task on dates names at least one date');
      if (kind !== ScheduleKind.DATES && dates?.length) throw badInput('scheduleDates', 'Only a task on dates (DATES) names dates');
      Object.assign(out, { scheduleKind: kind, scheduleYear: yearIn('scheduleYear', year), scheduleDates: dates?.length ? [...dates].sort() : null });
    }
    if (args.implementsId !== undefined) {
      out.implementsTaskId = null;
      if (args.implementsId != null) {
        const implemented = await findReadable(manager, PLAN_TASK, parseId('implementsId', args.implementsId));
        if (plan.parentPlanId == null || implemented.planId !== plan.parentPlanId) {
          throw planErrors.wrongParent('implementsId', 'A task implements a task of the plan its plan implements');
        }
        out.implementsTaskId = implemented.id;
      }
    }
    return out;
  }

  static async agenciesOf(manager: EntityManager, taskId: number): Promise<AgencyRow[]> {
    const rows = await manager.find(PlanAgencyEntity, { where: { taskId }, order: { role: 'ASC', position: 'ASC' } });
    return rows.map(({ role, position, agencyId, agencyKind, agencyLevel, label }) => ({ role, position, agencyId, agencyKind, agencyLevel, label }));
  }

  /**
   * Replaces a task's agencies. A named agency must be one the caller can read, of the plan's unit,
   * a unit above it or below it (never a sibling's); otherwise a kind and/or level with the words.
   */
  private static async replaceAgencies(ctx: Context, manager: EntityManager, plan: PlanEntity, task: PlanTaskEntity, inputs: AgencyAssignmentInput[]): Promise<AgencyRow[]> {
    const ids = inputs.filter((input) => input.agencyId != null).map((input) => parseId('agencies.agencyId', input.agencyId!));
    const agencies = ids.length ? await manager.createQueryBuilder(AgencyEntity, 'a').where('a.id = any(:ids)', { ids }).getMany() : [];
    const positions = new Map<string, number>();
    const rows: AgencyRow[] = inputs.map((input, index) => {
      const field = `agencies[${index}]`;
      if (input.role === AgencyRole.RESPONSIBLE) throw badInput(`${field}.role`, 'A task names LEAD or COORDINATING agencies');
      const position = (positions.get(input.role) ?? 0) + 1;
      positions.set(input.role, position);
      if (input.agencyId != null) {
        if (input.agencyKind != null || input.agencyLevel != null) throw badInput(field, 'Name one agency, or a kind and/or level of agency, not both');
        const agency = agencies.find((candidate) => candidate.id === Number(input.agencyId));
        if (!agency) throw badInput(`${field}.agencyId`, `Agency ${input.agencyId} was not found`);
        if (!isWithin(agency.unitPath, plan.unitPath) && !isWithin(plan.unitPath, agency.unitPath)) {
          throw badInput(`${field}.agencyId`, 'A plan names agencies of its unit, of units above it, or of units below it');
        }
        return { role: input.role, position, agencyId: agency.id, agencyKind: null, agencyLevel: null, label: optionalText(`${field}.label`, input.label, 300) ?? agency.name };
      }
      if (input.agencyKind == null && input.agencyLevel == null) throw badInput(field, 'Name an agency (agencyId), or a kind and/or level of agency');
      const label = optionalText(`${field}.label`, input.label, 300);
      if (!label) throw badInput(`${field}.label`, 'Say in words which agencies are meant, e.g. "UBND cấp xã"');
      return { role: input.role, position, agencyId: null, agencyKind: input.agencyKind ?? null, agencyLevel: input.agencyLevel ?? null, label };
    });
    const before = await PlanTaskService.agenciesOf(manager, task.id);
    await manager.delete(PlanAgencyEntity, { taskId: task.id });
    if (rows.length) await manager.insert(PlanAgencyEntity, rows.map((row) => ({ ...row, planId: plan.id, taskId: task.id })));
    await audit(ctx, manager, { entity: 'PlanTask', entityId: task.id, action: 'UPDATE', unitId: plan.unitId, before: { agencies: before }, after: { agencies: rows } });
    return rows;
  }
}
