import { In, type EntityManager } from 'typeorm';
import type { Context } from '../../core/context';
import { assertWritable, findReadable } from '../../core/crud';
import { type AppError, badInput } from '../../core/errors';
import { parseId } from '../../core/graphql/list';
import type { CascadePlanArgs } from './plan.args';
import { PlanEntity } from './plan.entity';
import { PLAN } from './plan-lock.service';
import { toPlan } from './plan.mappers';
import type { CascadeResult } from './plan.type';

/**
 * A unit as the cascade checks it, with the dates it was in force; `known_from` is null for a unit
 * of the first tree, which existed before the day its list was taken (2021-11-01).
 */
type UnitRow = { id: number; path: string; parent_id: number | null; name: string; valid_from: string; valid_to: string | null; known_from: string | null };

/** The days a plan covers: its years (its period, else the year it was issued); an undated plan, its own unit's life. */
function planDays(plan: PlanEntity, planUnit: UnitRow): { from: string; to: string; label: string } {
  const issued = plan.issuedOn ? Number(String(plan.issuedOn).slice(0, 4)) : null;
  const from = plan.periodFrom ?? issued;
  if (from == null) return { from: planUnit.valid_from, to: planUnit.valid_to ?? '9999-12-31', label: `its unit's, from ${planUnit.valid_from}` };
  const to = plan.periodTo ?? plan.periodFrom ?? from;
  return { from: `${from}-01-01`, to: `${to}-12-31`, label: from === to ? String(from) : `${from}–${to}` };
}

/**
 * Which units may receive a cascade of `plan` (null) and why not (the refusal): a unit directly
 * below the plan's unit in its own era (districts of a 2021 province, communes of a district or of
 * a 2025 province), in force during the plan's period. So a 2025 province cascades to its
 * communes, and a 2021 plan for 2026 reaches no district abolished on 30 June 2025.
 */
export function cascadeRefusal(plan: PlanEntity, planUnit: UnitRow, unit: UnitRow): AppError | null {
  if (unit.parent_id !== plan.unitId) {
    return badInput('unitIds', `${unit.name} (${unit.id}) is not directly below the plan's unit: a plan cascades to the districts of its province, the communes of its district, or (since 1 July 2025) the communes of its province`,
      'NOT_DIRECTLY_BELOW', { unitId: unit.id });
  }
  const days = planDays(plan, planUnit);
  if ((unit.known_from != null && unit.known_from > days.to) || (unit.valid_to != null && unit.valid_to < days.from)) {
    return badInput('unitIds', `${unit.name} (${unit.id}) is not in force during the plan's period (${days.label}): it existed from ${unit.valid_from} to ${unit.valid_to ?? 'today'}`,
      'UNIT_NOT_IN_FORCE', { unitId: unit.id, validFrom: unit.valid_from, validTo: unit.valid_to, periodFrom: days.from, periodTo: days.to });
  }
  return null;
}

/**
 * Cascade: one DRAFT plan implementing the parent for each chosen unit directly below the parent's
 * unit, with the parent's tasks (and their agencies, targets and criteria) and its budget skeleton
 * (lines and tree, amounts 0) copied, each copy linked to what it implements.
 *
 * PERF: set-based. Each table is filled by one INSERT ... SELECT over all new plans, so cascading to
 * 11 districts or to 100 communes costs the same dozen statements. Everything runs in the request's
 * transaction, committed only when the response has no errors: a failure half way leaves nothing.
 *
 * Idempotent: a unit that already has a plan implementing the parent (Mỹ Tú's 127/KH-UBND for
 * Sóc Trăng's 156/KH-UBND) gets none; the unique index plan_one_per_parent_and_unit backs this
 * against a concurrent cascade.
 */
export class CascadeService {
  static async cascade(ctx: Context, args: CascadePlanArgs): Promise<CascadeResult> {
    const manager = await ctx.db();
    const parent = await findReadable(manager, PLAN, parseId('planId', args.planId));
    const unitIds = [...new Set(args.unitIds.map((id) => parseId('unitIds', id)))];
    if (!unitIds.length) throw badInput('unitIds', 'Choose at least one unit');
    await CascadeService.checkUnits(ctx, manager, parent, unitIds);

    const existing = await manager.find(PlanEntity, { where: { parentPlanId: parent.id, unitId: In(unitIds) }, order: { unitPath: 'ASC' } });
    const targets = unitIds.filter((id) => !existing.some((plan) => plan.unitId === id));
    if (!targets.length) return { created: [], existing: existing.map(toPlan) };

    const planIds = await CascadeService.copyPlans(manager, parent.id, targets);
    await CascadeService.copyTasks(manager, parent.id, planIds);
    await CascadeService.copyBudgetSkeleton(manager, parent.id, planIds);
    await CascadeService.audit(ctx, manager, planIds);
    const created = await manager.find(PlanEntity, { where: { id: In(planIds) }, order: { unitPath: 'ASC' } });
    return { created: created.map(toPlan), existing: existing.map(toPlan) };
  }

  /** Every chosen unit exists, may receive the plan (cascadeRefusal), and is writable. */
  private static async checkUnits(ctx: Context, manager: EntityManager, parent: PlanEntity, unitIds: number[]): Promise<void> {
    const rows: UnitRow[] = await manager.query(
      `select u.id, u.path::text as path, u.parent_id, u.name, u.valid_from, u.valid_to,
              case when exists (select 1 from unit_succession s where s.successor_id = u.id) then u.valid_from end as known_from
         from admin_unit u where u.id = any($1) or u.id = $2`,
      [unitIds, parent.unitId],
    );
    const planUnit = rows.find((row) => row.id === parent.unitId)!;
    const units = rows.filter((row) => unitIds.includes(row.id));
    for (const id of unitIds) {
      const unit = units.find((candidate) => candidate.id === id);
      if (!unit) throw badInput('unitIds', `Unit ${id} does not exist`, 'UNKNOWN_UNIT', { unitId: id });
      const refusal = cascadeRefusal(parent, planUnit, unit);
      if (refusal) throw refusal;
    }
    for (const unit of units) assertWritable(ctx, unit.path);
  }

  private static async copyPlans(manager: EntityManager, parentId: number, unitIds: number[]): Promise<number[]> {
    const rows: { id: number }[] = await manager.query(
      `insert into plan (unit_id, title, parent_plan_id, period_from, period_to, purposes, requirements, objectives, funding_source)
       select u.id, p.title, p.id, p.period_from, p.period_to, p.purposes, p.requirements, p.objectives, p.funding_source
         from plan p cross join unnest($2::int[]) as u(id)
        where p.id = $1
       returning id`,
      [parentId, unitIds],
    );
    return rows.map((row) => row.id);
  }

  /** Tasks first, then what hangs off them, joined through implements_task_id (old task → new task). */
  private static async copyTasks(manager: EntityManager, parentId: number, planIds: number[]): Promise<void> {
    await manager.query(
      `insert into plan_task (plan_id, code, title, description, lead_text, coordinating_text, schedule_kind, schedule_year,
                              schedule_dates, schedule_note, implements_task_id, label_style, schedule_year_to, schedule_quarter,
                              schedule_before_day, schedule_before_month)
       select np.id, t.code, t.title, t.description, t.lead_text, t.coordinating_text, t.schedule_kind, t.schedule_year,
              t.schedule_dates, t.schedule_note, t.id, t.label_style, t.schedule_year_to, t.schedule_quarter,
              t.schedule_before_day, t.schedule_before_month
         from plan_task t cross join unnest($2::int[]) as np(id)
        where t.plan_id = $1`,
      [parentId, planIds],
    );
    await manager.query(
      `insert into plan_agency (plan_id, task_id, role, position, agency_id, agency_kind, agency_level, label)
       select nt.plan_id, nt.id, a.role, a.position, a.agency_id, a.agency_kind, a.agency_level, a.label
         from plan_task nt join plan_agency a on a.task_id = nt.implements_task_id
        where nt.plan_id = any($1)`,
      [planIds],
    );
    await manager.query(
      `insert into target (plan_id, task_id, position, indicator, comparator, value, value_unit, per_quantity, applies, year, note,
                           implements_target_id, from_year, to_year)
       select nt.plan_id, nt.id, t.position, t.indicator, t.comparator, t.value, t.value_unit, t.per_quantity, t.applies, t.year,
              t.note, t.id, t.from_year, t.to_year
         from plan_task nt join target t on t.task_id = nt.implements_task_id
        where nt.plan_id = any($1)`,
      [planIds],
    );
    // The targets of the plan itself (no task) come along too.
    await manager.query(
      `insert into target (plan_id, task_id, position, indicator, comparator, value, value_unit, per_quantity, applies, year, note,
                           implements_target_id, from_year, to_year)
       select np.id, null, t.position, t.indicator, t.comparator, t.value, t.value_unit, t.per_quantity, t.applies, t.year,
              t.note, t.id, t.from_year, t.to_year
         from target t cross join unnest($2::int[]) as np(id)
        where t.plan_id = $1 and t.task_id is null`,
      [parentId, planIds],
    );
    await manager.query(
      `insert into task_criterion (plan_id, task_id, position, kind, text, parameters, implements_criterion_id)
       select nt.plan_id, nt.id, c.position, c.kind, c.text, c.parameters, c.id
         from plan_task nt join task_criterion c on c.task_id = nt.implements_task_id
        where nt.plan_id = any($1)`,
      [planIds],
    );
  }

  /**
   * The budget tree in one statement: new ids are drawn up front (a MATERIALIZED CTE evaluates
   * nextval once per row), so each copied line can point at its copied parent. The self-reference
   * is checked at the end of the statement, when all lines exist. Amounts start at 0: each unit
   * budgets its own money.
   */
  private static async copyBudgetSkeleton(manager: EntityManager, parentId: number, planIds: number[]): Promise<void> {
    await manager.query(
      `with source as materialized (
         select b.id as old_id, b.parent_id as old_parent_id, np.id as plan_id, nextval('budget_line_id_seq') as new_id,
                b.code, b.title, b.schedule_kind, b.schedule_year, b.schedule_note, b.task_id
           from budget_line b cross join unnest($2::int[]) as np(id)
          where b.plan_id = $1)
       insert into budget_line (id, plan_id, parent_id, code, title, amount, schedule_kind, schedule_year, schedule_note, implements_line_id, task_id)
       select s.new_id, s.plan_id, up.new_id, s.code, s.title, 0, s.schedule_kind, s.schedule_year, s.schedule_note, s.old_id,
              (select nt.id from plan_task nt where nt.plan_id = s.plan_id and nt.implements_task_id = s.task_id)
         from source s left join source up on up.old_id = s.old_parent_id and up.plan_id = s.plan_id`,
      [parentId, planIds],
    );
  }

  /** One audit row per created plan, with what was copied into it, in one statement. */
  private static async audit(ctx: Context, manager: EntityManager, planIds: number[]): Promise<void> {
    await manager.query(
      `insert into audit_log (user_id, unit_id, unit_path, province_code, entity, entity_id, action, before, after)
       select $2, p.unit_id, p.unit_path, p.province_code, 'Plan', p.id::text, 'CASCADE', null,
              jsonb_build_object('parentId', p.parent_plan_id, 'title', p.title, 'status', p.status,
                'tasks', (select count(*) from plan_task t where t.plan_id = p.id),
                'targets', (select count(*) from target t where t.plan_id = p.id),
                'budgetLines', (select count(*) from budget_line b where b.plan_id = p.id))
         from plan p where p.id = any($1)`,
      [planIds, ctx.caller?.userId ?? null],
    );
  }
}
