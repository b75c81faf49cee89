import type { EntityManager } from 'typeorm';
import { audit } from '../../core/audit';
import type { Context } from '../../core/context';
import { createAudited, deleteAudited, findReadable, updateAudited } from '../../core/crud';
import { badInput, conflict } from '../../core/errors';
import { applyListArgs, numericIds, parseId, searchPattern } from '../../core/graphql/list';
import { isWithin } from '../../core/tenancy/scope';
import { AgencyEntity } from '../agencies/agency.entity';
import type { AgencyAssignmentInput, CreatePlanTaskArgs, MovePlanTaskArgs, PlanTaskFieldsArgs, PlanTaskFilter, PlanTaskListArgs, UpdatePlanTaskArgs } from './plan-task.args';
import { PlanAgencyEntity, PlanTaskEntity } from './plan-task.entity';
import type { PlanTask } from './plan-task.type';
import type { PlanEntity } from './plan.entity';
import { AgencyRole, LabelStyle, ScheduleKind } from './plan.enums';
import { optionalText, planErrors, requiredText, yearIn } from './plan.errors';
import { changedFields, planForWrite, recordAmendment } from './plan-lock.service';
import { toPlanTask } from './plan.mappers';
import { renumber, writeCodes } from './renumber';

export const PLAN_TASK = {
  name: 'PlanTask',
  entity: PlanTaskEntity,
  snapshot: (t: PlanTaskEntity) => ({
    planId: t.planId, code: t.code, title: t.title, description: t.description, leadText: t.leadText, coordinatingText: t.coordinatingText,
    labelStyle: t.labelStyle, scheduleKind: t.scheduleKind, scheduleYear: t.scheduleYear, scheduleYearTo: t.scheduleYearTo,
    scheduleQuarter: t.scheduleQuarter, scheduleBeforeDay: t.scheduleBeforeDay, scheduleBeforeMonth: t.scheduleBeforeMonth,
    scheduleDates: t.scheduleDates, scheduleNote: t.scheduleNote, implementsId: t.implementsTaskId,
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
      planId: plan.id, code: PlanTaskService.code(args.code), title: requiredText('title', args.title, 1000), labelStyle: LabelStyle.ARABIC,
      ...(await PlanTaskService.fields(manager, plan, args, null)),
    };
    await PlanTaskService.assertParentExists(manager, plan.id, values.code!);
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
    if (args.code != null && args.code.trim() !== task.code) {
      changes.code = PlanTaskService.code(args.code);
      const [{ n }]: { n: number }[] = await manager.query(`select count(*)::int as n from plan_task where plan_id = $1 and code like $2`, [task.planId, `${task.code}.%`]);
      if (n > 0) throw planErrors.renumberByMove('PlanTask', task.code, 'movePlanTask');
      await PlanTaskService.assertParentExists(manager, plan.id, changes.code);
    }
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
    const [{ n }]: { n: number }[] = await manager.query(`select count(*)::int as n from plan_task where plan_id = $1 and code like $2`, [task.planId, `${task.code}.%`]);
    if (n > 0) throw planErrors.hasChildren('PlanTask', task.code);
    const before = await deleteAudited(ctx, PLAN_TASK, task.id, version);
    await recordAmendment(ctx, manager, plan, { entity: 'PlanTask', entityId: task.id, action: 'DELETE', before: { ...PLAN_TASK.snapshot(before), agencies } });
    return toPlanTask(before);
  }

  /**
   * Moves a task, with its sub-tasks, to a new code: the tasks after its old place move up one,
   * those at and after its new place down one (each renumbered row versioned and audited; an
   * amendment once the plan is issued). Reordering is a move among siblings.
   */
  static async move(ctx: Context, args: MovePlanTaskArgs): Promise<PlanTask> {
    const manager = await ctx.db();
    const task = await findReadable(manager, PLAN_TASK, parseId('id', args.id));
    const plan = await planForWrite(ctx, manager, task.planId);
    if (task.version !== args.version) throw conflict('PlanTask', task.id);
    const code = PlanTaskService.code(args.code);
    const rows: { id: number; code: string }[] = await manager.query('select id, code from plan_task where plan_id = $1 order by sort_key', [plan.id]);
    const changes = renumber(rows, task.code, code);
    await writeCodes(manager, 'plan_task', plan.id, changes);
    const before = new Map(rows.map((row) => [row.id, row.code]));
    for (const [id, next] of changes) {
      await recordAmendment(ctx, manager, plan, { entity: 'PlanTask', entityId: id, action: 'UPDATE', before: { code: before.get(id) }, after: { code: next } });
    }
    return toPlanTask(await findReadable(manager, PLAN_TASK, task.id));
  }

  /** Sub-tasks hang under a task: "2.1" needs task "2". */
  private static async assertParentExists(manager: EntityManager, planId: number, code: string): Promise<void> {
    const cut = code.lastIndexOf('.');
    if (cut < 0) return;
    const [parent] = await manager.query('select 1 from plan_task where plan_id = $1 and code = $2', [planId, code.slice(0, cut)]);
    if (!parent) throw planErrors.parentMissing('PlanTask', code.slice(0, cut), code);
  }

  private static code(code: string): string {
    const clean = code.trim();
    if (!CODE.test(clean)) throw badInput('code', 'code must look like 1, 2.1 or 3.2.1', 'PLAN_ROW_CODE_FORMAT');
    return clean;
  }

  private static async fields(manager: EntityManager, plan: PlanEntity, args: PlanTaskFieldsArgs, task: PlanTaskEntity | null): Promise<Partial<PlanTaskEntity>> {
    const out: Partial<PlanTaskEntity> = {};
    if (args.description !== undefined) out.description = optionalText('description', args.description, 20000);
    if (args.leadText !== undefined) out.leadText = optionalText('leadText', args.leadText, 1000);
    if (args.coordinatingText !== undefined) out.coordinatingText = optionalText('coordinatingText', args.coordinatingText, 1000);
    if (args.scheduleNote !== undefined) out.scheduleNote = optionalText('scheduleNote', args.scheduleNote, 500);
    if (args.labelStyle != null) out.labelStyle = args.labelStyle;
    const timingGiven = [args.scheduleKind, args.scheduleYear, args.scheduleYearTo, args.scheduleQuarter, args.scheduleBeforeDay, args.scheduleBeforeMonth, args.scheduleDates]
      .some((value) => value !== undefined);
    if (timingGiven) Object.assign(out, timingOf(plan, args, task));
    if (args.implementsId !== undefined) {
      out.implementsTaskId = null;
      if (args.implementsId != null) {
        const implemented = await findReadable(manager, PLAN_TASK, parseId('implementsId', args.implementsId));
        if (plan.parentPlanId == null || implemented.planId !== plan.parentPlanId) {
          throw planErrors.taskImplementsOutsideParent();
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
      if (input.role === AgencyRole.RESPONSIBLE) throw badInput(`${field}.role`, 'A task names LEAD or COORDINATING agencies', 'TASK_AGENCY_ROLE');
      const position = (positions.get(input.role) ?? 0) + 1;
      positions.set(input.role, position);
      if (input.agencyId != null) {
        if (input.agencyKind != null || input.agencyLevel != null) throw badInput(field, 'Name one agency, or a kind and/or level of agency, not both', 'PLAN_AGENCY_UNNAMED');
        const agency = agencies.find((candidate) => candidate.id === Number(input.agencyId));
        if (!agency) throw badInput(`${field}.agencyId`, `Agency ${input.agencyId} was not found`, 'REFERENCE_NOT_FOUND');
        if (!isWithin(plan.unitPath, agency.unitPath)) throw planErrors.agencyOutside(`${field}.agencyId`);
        return { role: input.role, position, agencyId: agency.id, agencyKind: null, agencyLevel: null, label: optionalText(`${field}.label`, input.label, 300) ?? agency.name };
      }
      if (input.agencyKind == null && input.agencyLevel == null) throw badInput(field, 'Name an agency (agencyId), or a kind and/or level of agency', 'PLAN_AGENCY_UNNAMED');
      const label = optionalText(`${field}.label`, input.label, 300);
      if (!label) throw badInput(`${field}.label`, 'Say in words which agencies are meant, e.g. "UBND cấp xã"', 'TEXT_BLANK');
      return { role: input.role, position, agencyId: null, agencyKind: input.agencyKind ?? null, agencyLevel: input.agencyLevel ?? null, label };
    });
    const before = await PlanTaskService.agenciesOf(manager, task.id);
    await manager.delete(PlanAgencyEntity, { taskId: task.id });
    if (rows.length) await manager.insert(PlanAgencyEntity, rows.map((row) => ({ ...row, planId: plan.id, taskId: task.id })));
    await audit(ctx, manager, { entity: 'PlanTask', entityId: task.id, action: 'UPDATE', unitId: plan.unitId, before: { agencies: before }, after: { agencies: rows } });
    return rows;
  }
}

type Timing = Pick<PlanTaskEntity, 'scheduleKind' | 'scheduleYear' | 'scheduleYearTo' | 'scheduleQuarter' | 'scheduleBeforeDay' | 'scheduleBeforeMonth' | 'scheduleDates'>;

/** Which timing fields each kind takes; the others stay empty (the database checks the same, plan_task_schedule). */
const TIMING_FIELDS: Record<ScheduleKind, (keyof Timing)[]> = {
  [ScheduleKind.YEARLY]: [],
  [ScheduleKind.YEARLY_FROM]: ['scheduleYear'],
  [ScheduleKind.ONCE]: ['scheduleYear'],
  [ScheduleKind.SPAN]: ['scheduleYear', 'scheduleYearTo'],
  [ScheduleKind.DATES]: ['scheduleDates'],
  [ScheduleKind.PART_OF_YEAR]: ['scheduleYear', 'scheduleQuarter', 'scheduleBeforeDay', 'scheduleBeforeMonth'],
};

/**
 * A task's timing: every year, every year from a year, once in a year, a span of years, a part of
 * the year (a quarter, or before a day), or dates. Fields not given keep their value while the kind
 * stays; a new kind starts from empty fields. Years lie in the plan's period.
 */
function timingOf(plan: PlanEntity, args: PlanTaskFieldsArgs, task: PlanTaskEntity | null): Timing {
  const kind = (args.scheduleKind !== undefined ? args.scheduleKind : task?.scheduleKind ?? null) as ScheduleKind | null;
  const keep = task != null && kind === task.scheduleKind;
  const pick = <K extends keyof Timing>(key: K, given: Timing[K] | undefined): Timing[K] | null =>
    given !== undefined ? given : keep ? task![key] : null;
  const out: Timing = {
    scheduleKind: kind, scheduleYear: pick('scheduleYear', args.scheduleYear), scheduleYearTo: pick('scheduleYearTo', args.scheduleYearTo),
    scheduleQuarter: pick('scheduleQuarter', args.scheduleQuarter), scheduleBeforeDay: pick('scheduleBeforeDay', args.scheduleBeforeDay),
    scheduleBeforeMonth: pick('scheduleBeforeMonth', args.scheduleBeforeMonth), scheduleDates: pick('scheduleDates', args.scheduleDates),
  };
  if (out.scheduleDates && !out.scheduleDates.length) out.scheduleDates = null;
  const allowed = kind ? TIMING_FIELDS[kind] : [];
  for (const key of Object.keys(out) as (keyof Timing)[]) {
    if (key !== 'scheduleKind' && out[key] != null && !allowed.includes(key)) throw planErrors.timingNotTaken(key, kind);
  }
  const need = (key: keyof Timing, why: string) => {
    if (out[key] == null) throw planErrors.timingRequired(key, kind!, why);
  };
  if (kind === ScheduleKind.YEARLY_FROM || kind === ScheduleKind.ONCE || kind === ScheduleKind.SPAN) need('scheduleYear', `A task timed ${kind} names its (first) year`);
  if (kind === ScheduleKind.SPAN) need('scheduleYearTo', 'A span of years names its last year');
  if (kind === ScheduleKind.DATES) need('scheduleDates', 'A task on dates names at least one date');
  if (kind === ScheduleKind.PART_OF_YEAR) {
    if ((out.scheduleQuarter == null) === (out.scheduleBeforeMonth == null)) throw planErrors.timingQuarterOrDay();
    if ((out.scheduleBeforeDay == null) !== (out.scheduleBeforeMonth == null)) throw planErrors.timingDayNeedsMonth();
    if (out.scheduleQuarter != null && (out.scheduleQuarter < 1 || out.scheduleQuarter > 4)) throw badInput('scheduleQuarter', 'A quarter is 1 to 4', 'NUMBER_OUT_OF_RANGE', { min: 1, max: 4 });
    if (out.scheduleBeforeMonth != null) {
      const month = out.scheduleBeforeMonth;
      if (!Number.isInteger(month) || month < 1 || month > 12) throw badInput('scheduleBeforeMonth', 'A month is 1 to 12', 'NUMBER_OUT_OF_RANGE', { min: 1, max: 12 });
      const days = new Date(Date.UTC(2024, month, 0)).getUTCDate();
      if (!Number.isInteger(out.scheduleBeforeDay) || out.scheduleBeforeDay! < 1 || out.scheduleBeforeDay! > days) throw badInput('scheduleBeforeDay', `Month ${month} has days 1 to ${days}`, 'REPORTING_DUE_DAY_INVALID', { day: out.scheduleBeforeDay, month });
    }
  }
  for (const key of ['scheduleYear', 'scheduleYearTo'] as const) {
    const year = yearIn(key, out[key]);
    if (year != null && (year < plan.periodFrom || year > plan.periodTo)) throw planErrors.yearOutsidePeriod(key, year, plan);
  }
  if (out.scheduleYearTo != null && out.scheduleYear != null && out.scheduleYearTo < out.scheduleYear) throw planErrors.yearsReversed('scheduleYearTo', 'scheduleYear');
  if (out.scheduleDates) out.scheduleDates = [...out.scheduleDates].sort();
  return out;
}
