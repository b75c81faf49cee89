import type { EntityManager } from 'typeorm';
import type { Context } from '../../core/context';
import { assertWritable, findReadable } from '../../core/crud';
import { PlanEntity } from './plan.entity';
import { PlanStatus } from './plan.enums';
import { planErrors } from './plan.errors';

export const PLAN = {
  name: 'Plan',
  entity: PlanEntity,
  snapshot: (p: PlanEntity) => ({
    unitId: p.unitId, number: p.number, title: p.title, issuedOn: p.issuedOn, issuingBody: p.issuingBody, periodFrom: p.periodFrom,
    periodTo: p.periodTo, status: p.status, parentId: p.parentPlanId, implementsDocumentId: p.implementsDocumentId,
    contentKnown: p.contentKnown, sourceNote: p.sourceNote, preamble: p.preamble, purposes: p.purposes, requirements: p.requirements,
    objectives: p.objectives, responsibilitiesPreamble: p.responsibilitiesPreamble, fundingSource: p.fundingSource,
    signerName: p.signerName, signerCapacity: p.signerCapacity, signerOnBehalfOf: p.signerOnBehalfOf, recipients: p.recipients,
    signerSignsFor: p.signerSignsFor, archive: p.archive, placeOfIssue: p.placeOfIssue, issuedByDecisionId: p.issuedByDecisionId,
    predecessorId: p.predecessorPlanId, predecessorRelation: p.predecessorRelation,
  }),
};

export type Amendment = {
  entity: 'Plan' | 'PlanTask' | 'Target' | 'BudgetLine' | 'Responsibility' | 'ReportingRule' | 'TaskCriterion';
  entityId: number;
  action: 'CREATE' | 'UPDATE' | 'DELETE';
  before?: Record<string, unknown>;
  after?: Record<string, unknown>;
};

/**
 * The plan a write to it or to one of its rows goes through: readable (else NOT_FOUND), writable
 * (else FORBIDDEN: an ancestor's plan is read-only below it), and not CLOSED.
 */
export async function planForWrite(ctx: Context, manager: EntityManager, planId: number): Promise<PlanEntity> {
  const plan = await findReadable(manager, PLAN, planId);
  assertWritable(ctx, plan.unitPath);
  if (plan.status === PlanStatus.CLOSED) throw planErrors.closed();
  return plan;
}

/** A task or budget line by its code and title, when the change itself carries them (a creation, a deletion). */
const subjectOf = (change: Amendment): string | null => {
  const row = change.after ?? change.before;
  if ((change.entity !== 'PlanTask' && change.entity !== 'BudgetLine') || !row || typeof row.code !== 'string' || typeof row.title !== 'string') return null;
  return change.action === 'UPDATE' ? null : `${row.code} ${row.title}`;
};

/** Once a plan is issued its text is on record: every later change is kept as an amendment. */
export async function recordAmendment(ctx: Context, manager: EntityManager, plan: PlanEntity, change: Amendment): Promise<void> {
  if (plan.status === PlanStatus.DRAFT) return;
  await manager.query(
    `insert into plan_amendment (plan_id, user_id, user_name, plan_status, entity, entity_id, action, before, after, subject)
     values ($1, $2, (select u.full_name from app_user u where u.id = $2), $3, $4, $5, $6, $7, $8,
       coalesce($9, case $4 when 'PlanTask' then (select t.code || ' ' || t.title from plan_task t where t.id = $5)
                            when 'BudgetLine' then (select l.code || ' ' || l.title from budget_line l where l.id = $5) end))`,
    [
      plan.id, ctx.caller?.userId ?? null, plan.status, change.entity, change.entityId, change.action,
      change.before === undefined ? null : JSON.stringify(change.before),
      change.after === undefined ? null : JSON.stringify(change.after),
      subjectOf(change),
    ],
  );
}

/** Only the fields that changed, so an amendment reads as what was amended. */
export function changedFields(before: Record<string, unknown>, after: Record<string, unknown>) {
  const keys = Object.keys(after).filter((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]));
  return {
    before: Object.fromEntries(keys.map((key) => [key, before[key]])),
    after: Object.fromEntries(keys.map((key) => [key, after[key]])),
    changed: keys.length > 0,
  };
}
