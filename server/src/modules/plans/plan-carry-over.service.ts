import type { EntityManager } from 'typeorm';
import { audit } from '../../core/audit';
import type { Context } from '../../core/context';
import { findReadable } from '../../core/crud';
import { parseId } from '../../core/graphql/list';
import { writableUnit } from '../../core/tenant-query';
import { covers } from '../../core/tenancy/scope';
import { CASCADED_TITLE } from './cascade.service';
import type { CarryOverPlanArgs } from './plan-carry-over.args';
import { carryOverErrors } from './plan-carry-over.errors';
import { copyPlanRows } from './plan-copy.repository';
import { PLAN } from './plan-lock.service';
import type { PlanEntity } from './plan.entity';
import { planErrors, requiredText, yearIn } from './plan.errors';
import { toPlan } from './plan.mappers';
import type { Plan } from './plan.type';

/** A unit that succeeded another (unit_succession), as the carry-over checks it. */
type SuccessorRow = { id: number; path: string; name: string; valid_from: string; valid_to: string | null };

/**
 * Carrying a plan over the 2025 reform (chuyển tiếp kế hoạch): the admin of a unit that succeeded
 * the plan's unit (Thành phố Cần Thơ, which succeeded Sóc Trăng) makes the plan its own. A new
 * DRAFT of today's unit, linked to the original (carried_over_from_id), holding everything the
 * original holds: tasks with agencies, targets and criteria, responsibilities, reporting rules and
 * the budget with its amounts (plan-copy.repository.ts, as copyPlan). It implements what the
 * original implemented (the directive, or the parent plan's document), and can then be cascaded
 * to today's communes. Years are not moved: the carried-over plan continues the same work, so a
 * target "100% by 2025" stays due in 2025.
 *
 * The original is not touched: it stays the predecessor's record, read (never written) by the
 * successor through its read scope. One carry-over per plan and unit (unique index).
 */
export class PlanCarryOverService {
  static async carryOver(ctx: Context, args: CarryOverPlanArgs): Promise<Plan> {
    const manager = await ctx.db();
    const source = await findReadable(manager, PLAN, parseId('planId', args.planId));
    const unit = await PlanCarryOverService.successorFor(ctx, manager, source, args.unitId);
    const [existing]: { id: number }[] = await manager.query('select id from plan where carried_over_from_id = $1 and unit_id = $2', [source.id, unit.id]);
    if (existing) throw carryOverErrors.alreadyCarriedOver(existing.id);
    const period = PlanCarryOverService.period(source, unit, args);
    const title = args.title != null ? requiredText('title', args.title, 1000) : null;
    const [row]: { id: number }[] = await manager.query(
      `insert into plan (unit_id, title, period_from, period_to, implements_document_id, preamble, purposes, requirements, objectives,
                         responsibilities_preamble, funding_source, recipients, carried_over_from_id)
       select u.id, coalesce($3, ${CASCADED_TITLE}), $4, $5, p.implements_document_id, p.preamble, p.purposes, p.requirements, p.objectives,
              p.responsibilities_preamble, p.funding_source, p.recipients, p.id
         from plan p join admin_unit u on u.id = $2
        where p.id = $1
       returning id`,
      [source.id, unit.id, title, period.from, period.to],
    );
    const counts = await copyPlanRows(manager, source.id, [row.id], { linkToOriginal: false, zeroAmounts: false, yearShift: 0 });
    const copy = await findReadable(manager, PLAN, row.id);
    await audit(ctx, manager, {
      entity: 'Plan', entityId: copy.id, action: 'CREATE', unitId: copy.unitId,
      after: { ...PLAN.snapshot(copy), carriedOverFromId: source.id, copied: counts },
    });
    return toPlan(copy);
  }

  /**
   * The unit asked for, or the caller's only writable unit that succeeded the plan's unit; it must
   * be writable and one of the plan's unit's successors (any kind: a province merged wholly or a
   * commune that took part of a split one).
   */
  private static async successorFor(ctx: Context, manager: EntityManager, source: PlanEntity, unitId: string | null | undefined): Promise<SuccessorRow> {
    const successors: SuccessorRow[] = await manager.query(
      `select u.id, u.path::text as path, u.name, u.valid_from::text, u.valid_to::text
         from unit_succession s join admin_unit u on u.id = s.successor_id
        where s.predecessor_id = $1 order by u.path`,
      [source.unitId],
    );
    if (unitId != null) {
      const unit = await writableUnit(ctx, unitId, ['PROVINCE', 'DISTRICT', 'COMMUNE'], 'Plans are issued by provinces, districts and communes');
      const successor = successors.find((candidate) => candidate.id === unit.id);
      if (!successor) {
        const [planUnit]: { id: number; name: string }[] = await manager.query('select id, name from admin_unit where id = $1', [source.unitId]);
        throw carryOverErrors.notASuccessor(unit, planUnit);
      }
      return successor;
    }
    const written = successors.filter((candidate) => covers(ctx.scope.write, candidate.path));
    if (written.length !== 1) throw written.length ? carryOverErrors.chooseUnit() : carryOverErrors.noSuccessorWritten();
    return written[0];
  }

  /**
   * The carried-over plan's years: by default from the unit's first year (or the original's, when
   * later) to the original's last; they must overlap the unit's life, which began with the reform.
   */
  private static period(source: PlanEntity, unit: SuccessorRow, args: CarryOverPlanArgs): { from: number; to: number } {
    const first = Number(unit.valid_from.slice(0, 4));
    const last = unit.valid_to ? Number(unit.valid_to.slice(0, 4)) : null;
    const from = yearIn('periodFrom', args.periodFrom) ?? Math.max(source.periodFrom, first);
    const to = yearIn('periodTo', args.periodTo) ?? Math.max(source.periodTo, from);
    if (to < from) throw planErrors.yearsReversed('periodTo', 'periodFrom');
    if (to < first || (last != null && from > last)) {
      throw carryOverErrors.period(to < first ? 'periodTo' : 'periodFrom',
        `${unit.name} is in force from ${unit.valid_from}${unit.valid_to ? ` to ${unit.valid_to}` : ''}: the carried-over plan must cover some of those years`,
        { validFrom: unit.valid_from, validTo: unit.valid_to, periodFrom: from, periodTo: to });
    }
    return { from, to };
  }
}
