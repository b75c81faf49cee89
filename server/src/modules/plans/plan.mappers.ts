import type { AgencyKind } from '../agencies/agency.type';
import type { UnitLevel } from '../units/unit.type';
import type { BudgetLineEntity } from './budget-line.entity';
import { normalizeDecimal } from './decimal.scalar';
import type { BudgetLine } from './budget-line.type';
import type { LegalDocumentEntity } from './legal-document.entity';
import type { LegalDocument } from './legal-document.type';
import type { PlanAmendmentEntity, ReportingRuleEntity, ResponsibilityEntity } from './plan-detail.entity';
import type { PlanAmendment, ReportingRule, Responsibility } from './plan-detail.type';
import type { PlanAgencyEntity, PlanTaskEntity, TaskCriterionEntity } from './plan-task.entity';
import type { AgencyAssignment, PlanTask, TaskCriterion } from './plan-task.type';
import type { PlanEntity } from './plan.entity';
import type {
  AgencyLevel, AgencyRole, LabelStyle, LegalDocumentKind, PlanStatus, PredecessorRelation, ReportFrequency, ScheduleKind, TargetApplies, TargetComparator,
  TargetUnit, TaskCriterionKind,
} from './plan.enums';
import type { Plan } from './plan.type';
import type { TargetEntity } from './target.entity';
import type { Target } from './target.type';

/**
 * Entities are not the API: each mapping names the fields a client sees, never paths or tenant
 * columns. A row may hold only the columns its selection reads (plan.reads.ts): a value not read
 * stays absent (decimals are normalised only when read).
 */

export const toLegalDocument = (d: LegalDocumentEntity): LegalDocument => ({
  id: d.id, kind: d.kind as LegalDocumentKind, numberSymbol: d.numberSymbol, issuingBody: d.issuingBody, issuingUnitId: d.unitId,
  issuedOn: d.issuedOn, issuedYear: d.issuedYear, title: d.title, implementsId: d.implementsId, amendsId: d.amendsId, issuedWithId: d.issuedWithId, contentKnown: d.contentKnown,
  version: d.version, createdAt: d.createdAt, updatedAt: d.updatedAt,
});

export const toPlan = (p: PlanEntity): Plan => ({
  id: p.id, unitId: p.unitId, unitPath: p.unitPath, number: p.number, title: p.title, issuedOn: p.issuedOn, issuingBody: p.issuingBody,
  periodFrom: p.periodFrom, periodTo: p.periodTo, placeOfIssue: p.placeOfIssue, issuedByDecisionId: p.issuedByDecisionId,
  predecessorId: p.predecessorPlanId, predecessorRelation: p.predecessorRelation as PredecessorRelation | null,
  carriedOverFromId: p.carriedOverFromId, status: p.status as PlanStatus, contentKnown: p.contentKnown, sourceNote: p.sourceNote,
  preamble: p.preamble, purposes: p.purposes, requirements: p.requirements, objectives: p.objectives,
  responsibilitiesPreamble: p.responsibilitiesPreamble, fundingSource: p.fundingSource, signerName: p.signerName,
  signerCapacity: p.signerCapacity, signerOnBehalfOf: p.signerOnBehalfOf, signerSignsFor: p.signerSignsFor, recipients: p.recipients,
  archive: p.archive, parentId: p.parentPlanId,
  documentId: p.documentId, implementsDocumentId: p.implementsDocumentId, version: p.version, createdAt: p.createdAt, updatedAt: p.updatedAt,
});

export const toPlanTask = (t: PlanTaskEntity): PlanTask => ({
  id: t.id, planId: t.planId, code: t.code, labelStyle: t.labelStyle as LabelStyle, title: t.title, description: t.description, leadText: t.leadText,
  coordinatingText: t.coordinatingText, scheduleKind: t.scheduleKind as ScheduleKind | null, scheduleYear: t.scheduleYear,
  scheduleYearTo: t.scheduleYearTo, scheduleQuarter: t.scheduleQuarter, scheduleBeforeDay: t.scheduleBeforeDay, scheduleBeforeMonth: t.scheduleBeforeMonth,
  scheduleDates: t.scheduleDates, scheduleNote: t.scheduleNote, implementsId: t.implementsTaskId, version: t.version,
  createdAt: t.createdAt, updatedAt: t.updatedAt,
});

export const toAgencyAssignment = (a: PlanAgencyEntity): AgencyAssignment => ({
  id: a.id, role: a.role as AgencyRole, agencyId: a.agencyId, agencyKind: a.agencyKind as AgencyKind | null,
  agencyLevel: a.agencyLevel as AgencyLevel | null, label: a.label,
});

export const toTaskCriterion = (c: TaskCriterionEntity): TaskCriterion => ({
  id: c.id, taskId: c.taskId, position: c.position, kind: c.kind as TaskCriterionKind, text: c.text, parameters: c.parameters,
  planId: c.planId, version: c.version, createdAt: c.createdAt, updatedAt: c.updatedAt,
});

export const toTarget = (t: TargetEntity): Target => ({
  id: t.id, planId: t.planId, taskId: t.taskId, position: t.position, indicator: t.indicator,
  comparator: t.comparator as TargetComparator, value: t.value && normalizeDecimal(t.value), unit: t.valueUnit as TargetUnit,
  perQuantity: t.perQuantity, applies: t.applies as TargetApplies, year: t.year, fromYear: t.fromYear, toYear: t.toYear, note: t.note, implementsId: t.implementsTargetId,
  version: t.version, createdAt: t.createdAt, updatedAt: t.updatedAt,
});

export const toBudgetLine = (b: BudgetLineEntity): BudgetLine => ({
  id: b.id, planId: b.planId, code: b.code, title: b.title, amount: b.amount && normalizeDecimal(b.amount), parentId: b.parentId,
  scheduleKind: b.scheduleKind as ScheduleKind | null, scheduleYear: b.scheduleYear, scheduleNote: b.scheduleNote,
  taskId: b.taskId, implementsId: b.implementsLineId, version: b.version, createdAt: b.createdAt, updatedAt: b.updatedAt,
});

export const toResponsibility = (r: ResponsibilityEntity): Responsibility => ({
  id: r.id, position: r.position, text: r.text, isRequest: r.isRequest, planId: r.planId, version: r.version, createdAt: r.createdAt, updatedAt: r.updatedAt,
});

export const toReportingRule = (r: ReportingRuleEntity): ReportingRule => ({
  id: r.id, frequency: r.frequency as ReportFrequency, dueDay: r.dueDay, dueMonth: r.dueMonth, dueBefore: r.dueBefore,
  reporterLevels: r.reporterLevels as UnitLevel[], reporters: r.reporters, receivingAgencyId: r.receivingAgencyId,
  receivingLabel: r.receivingLabel, forwardedTo: r.forwardedTo, note: r.note, planId: r.planId, position: r.position, version: r.version,
  createdAt: r.createdAt, updatedAt: r.updatedAt,
});

export const toPlanAmendment = (a: PlanAmendmentEntity): PlanAmendment => ({
  id: a.id, amendedAt: a.amendedAt, userId: a.userId, userName: a.userName, subject: a.subject, planStatus: a.planStatus as PlanStatus, entity: a.entity,
  entityId: a.entityId, action: a.action, before: a.before, after: a.after,
});
