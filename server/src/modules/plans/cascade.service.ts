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
import { copyPlanRows } from './plan-copy.repository';

/**
 * A cascaded plan's title, over the parent plan `p` and the receiving unit `u`: the parent's title
 * without its own "trên địa bàn ...", then "trên địa bàn" and the unit's name ("huyện Long Phú").
 */
export const CASCADED_TITLE = `left(regexp_replace(p.title, '\\s+trên địa bàn\\s+.*$', '', 'i'), 960) || ' trên địa bàn ' || lower(left(u.name, 1)) || substr(u.name, 2)`;

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
 * unit, titled for that unit, with everything the parent holds copied (plan-copy.repository.ts):
 * tasks (and their agencies, targets and criteria), responsibilities, reporting rules, and the
 * budget skeleton (lines and tree, amounts 0); each copy linked to what it implements.
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
    if (!unitIds.length) throw badInput('unitIds', 'Choose at least one unit', 'LIST_TOO_SHORT', { min: 1 });
    await CascadeService.checkUnits(ctx, manager, parent, unitIds);

    const existing = await manager.find(PlanEntity, { where: { parentPlanId: parent.id, unitId: In(unitIds) }, order: { unitPath: 'ASC' } });
    const targets = unitIds.filter((id) => !existing.some((plan) => plan.unitId === id));
    if (!targets.length) return { created: [], existing: existing.map(toPlan) };

    const planIds = await CascadeService.copyPlans(manager, parent.id, targets);
    // Everything the parent holds: tasks with agencies, targets and criteria, responsibilities,
    // reporting rules (so the cascaded plans generate reports) and the budget skeleton (amounts 0).
    await copyPlanRows(manager, parent.id, planIds, { linkToOriginal: true, zeroAmounts: true, yearShift: 0 });
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

  /**
   * The new plans: the parent's title naming the unit it is for ("... trên địa bàn huyện Long Phú",
   * replacing the parent's own "trên địa bàn ..."), its period and text parts.
   */
  private static async copyPlans(manager: EntityManager, parentId: number, unitIds: number[]): Promise<number[]> {
    const rows: { id: number }[] = await manager.query(
      `insert into plan (unit_id, title, parent_plan_id, period_from, period_to, preamble, purposes, requirements, objectives,
                         responsibilities_preamble, funding_source)
       select u.id, ${CASCADED_TITLE}, p.id, p.period_from, p.period_to, p.preamble, p.purposes, p.requirements, p.objectives,
              p.responsibilities_preamble, p.funding_source
         from plan p cross join unnest($2::int[]) as t(id) join admin_unit u on u.id = t.id
        where p.id = $1
       returning id`,
      [parentId, unitIds],
    );
    return rows.map((row) => row.id);
  }

  /** One audit row per created plan, with what was copied into it, in one statement. */
  private static async audit(ctx: Context, manager: EntityManager, planIds: number[]): Promise<void> {
    await manager.query(
      `insert into audit_log (user_id, unit_id, unit_path, province_code, entity, entity_id, action, before, after)
       select $2, p.unit_id, p.unit_path, p.province_code, 'Plan', p.id::text, 'CASCADE', null,
              jsonb_build_object('parentId', p.parent_plan_id, 'title', p.title, 'status', p.status,
                'tasks', (select count(*) from plan_task t where t.plan_id = p.id),
                'targets', (select count(*) from target t where t.plan_id = p.id),
                'budgetLines', (select count(*) from budget_line b where b.plan_id = p.id),
                'responsibilities', (select count(*) from responsibility r where r.plan_id = p.id),
                'reportingRules', (select count(*) from reporting_rule r where r.plan_id = p.id),
                'criteria', (select count(*) from task_criterion c where c.plan_id = p.id))
         from plan p where p.id = any($1)`,
      [planIds, ctx.caller?.userId ?? null],
    );
  }
}
