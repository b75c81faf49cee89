import type { EntityManager } from 'typeorm';
import { audit } from '../../core/audit';
import type { Context } from '../../core/context';
import { findReadable } from '../../core/crud';
import { badInput } from '../../core/errors';
import { parseId } from '../../core/graphql/list';
import { writableUnit } from '../../core/tenant-query';
import { covers } from '../../core/tenancy/scope';
import type { AdminUnitEntity } from '../units/unit.entity';
import type { CopyPlanArgs } from './plan-copy.args';
import { copyPlanRows } from './plan-copy.repository';
import { PLAN } from './plan-lock.service';
import type { PlanEntity } from './plan.entity';
import { planErrors, requiredText, yearIn } from './plan.errors';
import { toPlan } from './plan.mappers';
import type { Plan } from './plan.type';

const LEVELS = ['PROVINCE', 'DISTRICT', 'COMMUNE'] as const;

/**
 * copyPlan: a new DRAFT of the caller's unit holding everything a readable plan holds (tasks with
 * agencies, targets and criteria, responsibilities, reporting rules, the budget with its amounts),
 * moved to a new period when asked. The copy implements nothing the original's unit had as a
 * parent plan (one plan per parent and unit); a plan implementing a document keeps that document.
 */
export class PlanCopyService {
  static async copy(ctx: Context, args: CopyPlanArgs): Promise<Plan> {
    const manager = await ctx.db();
    const source = await findReadable(manager, PLAN, parseId('planId', args.planId));
    const unit = await PlanCopyService.unitFor(ctx, manager, source, args.unitId);
    const period = PlanCopyService.period(source, args);
    const title = args.title != null ? requiredText('title', args.title, 1000) : source.title;
    const [row]: { id: number }[] = await manager.query(
      `insert into plan (unit_id, title, period_from, period_to, implements_document_id, issuing_body, preamble, purposes, requirements,
                         objectives, responsibilities_preamble, funding_source, recipients, place_of_issue, archive,
                         predecessor_plan_id, predecessor_relation)
       select $2, $3, $4, $5, case when p.parent_plan_id is null then p.implements_document_id end,
              case when p.unit_id = $2 then p.issuing_body end, p.preamble, p.purposes, p.requirements, p.objectives,
              p.responsibilities_preamble, p.funding_source, p.recipients,
              case when p.unit_id = $2 then p.place_of_issue end, case when p.unit_id = $2 then p.archive end,
              -- A copy of the unit's own plan for a later period succeeds it (issue 7, section 3).
              case when p.unit_id = $2 and $4 > p.period_to then p.id end, case when p.unit_id = $2 and $4 > p.period_to then 'SUCCEEDS' end
         from plan p where p.id = $1
       returning id`,
      [source.id, unit.id, title, period.from, period.to],
    );
    const counts = await copyPlanRows(manager, source.id, [row.id], { linkToOriginal: false, zeroAmounts: false, yearShift: period.shift });
    const copy = await findReadable(manager, PLAN, row.id);
    await audit(ctx, manager, { entity: 'Plan', entityId: copy.id, action: 'CREATE', unitId: copy.unitId, after: { ...PLAN.snapshot(copy), copiedFromId: source.id, copied: counts } });
    return toPlan(copy);
  }

  /** The unit asked for, or the original's when the caller writes it, or the caller's only writable unit. */
  private static async unitFor(ctx: Context, manager: EntityManager, source: PlanEntity, unitId: string | null | undefined): Promise<AdminUnitEntity> {
    const levelMessage = 'Plans are issued by provinces, districts and communes';
    if (unitId != null) return writableUnit(ctx, unitId, [...LEVELS], levelMessage);
    if (covers(ctx.scope.write, source.unitPath)) return writableUnit(ctx, String(source.unitId), [...LEVELS], levelMessage);
    const own: { id: number }[] = ctx.scope.write.length === 1
      ? await manager.query('select id from admin_unit where path = $1::ltree', [ctx.scope.write[0]])
      : [];
    if (own.length !== 1) throw badInput('unitId', 'Say which of your units the copy is for', 'COPY_UNIT_REQUIRED');
    return writableUnit(ctx, String(own[0].id), [...LEVELS], levelMessage);
  }

  /** The copy's years and how far everything moves: from the original's first year to the new one. */
  private static period(source: PlanEntity, args: CopyPlanArgs): { from: number | null; to: number | null; shift: number } {
    const from = yearIn('periodFrom', args.periodFrom);
    const to = yearIn('periodTo', args.periodTo);
    if (from == null) {
      if (to != null) throw badInput('periodFrom', 'A copy with a last year names its first year too', 'COPY_PERIOD_INVALID');
      return { from: source.periodFrom, to: source.periodTo, shift: 0 };
    }
    const sourceFrom = source.periodFrom ?? (source.issuedOn ? Number(String(source.issuedOn).slice(0, 4)) : null);
    const shift = sourceFrom == null ? 0 : from - sourceFrom;
    const last = to ?? (source.periodTo != null ? source.periodTo + shift : source.periodFrom != null ? from : null);
    if (last != null && last < from) throw planErrors.yearsReversed('periodTo', 'periodFrom');
    if (last != null && yearIn('periodTo', last) == null) throw badInput('periodTo', 'periodTo is out of range', 'COPY_PERIOD_INVALID');
    return { from, to: last, shift };
  }
}
