import type { AgencyKind } from '../agencies/agency.type';
import type { AgencyLevel, LabelStyle, LegalDocumentKind, ReportFrequency, ScheduleKind, TargetApplies, TargetComparator, TargetUnit, TaskCriterionKind } from '../plans/plan.enums';
import type { UnitLevel } from '../units/unit.type';
import type { AgencyRef, DocumentReference, OfficialPlan, Target, Timing } from './official-plan';
import type { DraftAgency, DraftDocument, DraftTarget, PlanDraft } from './plan-draft.type';
import type { DraftAgencyChoice } from './plan-reading.type';
import { fold } from './vietnamese';

/**
 * The reader's plan (OfficialPlan, plain data) as a draft in the plan model's words: timings as
 * schedule fields, agencies matched by name to the agencies of the unit and of the units above it
 * (the reader names a body of the plan's unit in full, "Phòng Tư pháp huyện Mỹ Tú"), cited
 * documents matched by `documents` (number → known plan or document).
 */
export type KnownDocuments = (reference: DocumentReference) => { planId: string | null; documentId: string | null };

const sameName = (a: string, b: string) => fold(a.normalize('NFC')).toLowerCase() === fold(b.normalize('NFC')).toLowerCase();

export function draftAgency(ref: AgencyRef, choices: DraftAgencyChoice[]): DraftAgency {
  const named = ref.agency ? choices.find((choice) => sameName(choice.name, ref.agency!)) : undefined;
  if (named) return { label: ref.label, agencyId: named.id, agencyKind: null, agencyLevel: null };
  return { label: ref.label, agencyId: null, agencyKind: (ref.kind ?? null) as AgencyKind | null, agencyLevel: (ref.level ?? null) as AgencyLevel | null };
}

/** A timing as the plan's schedule fields (the same names on tasks and budget lines). */
export function schedule(timing: Timing | null) {
  if (!timing) return { scheduleKind: null, scheduleYear: null, scheduleYearTo: null, scheduleQuarter: null, scheduleBeforeDay: null, scheduleBeforeMonth: null, scheduleNote: null };
  return {
    scheduleKind: (timing.kind ?? null) as ScheduleKind | null,
    scheduleYear: timing.year ?? timing.fromYear ?? null,
    scheduleYearTo: timing.toYear ?? null,
    scheduleQuarter: timing.quarter ?? null,
    scheduleBeforeDay: timing.beforeDay ?? null,
    scheduleBeforeMonth: timing.beforeMonth ?? null,
    scheduleNote: timing.note || null,
  };
}

function draftTarget(target: Target): DraftTarget {
  return {
    indicator: target.indicator, indicatorText: target.indicatorText, comparator: target.comparator as TargetComparator, value: target.value,
    unit: target.unit as TargetUnit, applies: target.applies as TargetApplies, year: target.year ?? null, fromYear: target.fromYear ?? null,
    toYear: target.toYear ?? null, note: target.note || null,
  };
}

function draftDocument(reference: DocumentReference | null, known: KnownDocuments): DraftDocument | null {
  if (!reference) return null;
  const match = known(reference);
  return {
    kind: reference.kind as LegalDocumentKind, numberSymbol: reference.numberSymbol, issuedOn: reference.issuedOn, issuedYear: reference.issuedYear,
    issuingBody: reference.issuingBody, title: reference.title, matchedPlanId: match.planId, matchedDocumentId: match.documentId,
    implements: draftDocument(reference.implements, known),
  };
}

/** Every cited document of a plan, the chain of what it implements included (for looking them up at once). */
export function citedDocuments(plan: OfficialPlan): DocumentReference[] {
  const out: DocumentReference[] = [];
  for (let d = plan.implements; d; d = d.implements) out.push(d);
  for (const ground of plan.grounds) for (let d: DocumentReference | null = ground; d; d = d.implements) out.push(d);
  return out;
}

export function planDraft(plan: OfficialPlan, choices: DraftAgencyChoice[], known: KnownDocuments): PlanDraft {
  const agency = (ref: AgencyRef) => draftAgency(ref, choices);
  return {
    title: plan.title, number: plan.number, issuedOn: plan.issuedOn, issuingBody: plan.issuingBody, placeOfIssue: plan.placeOfIssue,
    periodFrom: plan.periodFrom, periodTo: plan.periodTo, implements: draftDocument(plan.implements, known),
    grounds: plan.grounds.map((ground) => draftDocument(ground, known)!), preamble: plan.preamble,
    purposes: plan.purposes, requirements: plan.requirements, objectives: plan.objectives, targets: plan.targets.map(draftTarget),
    tasks: plan.tasks.map((task) => ({
      code: task.code, labelStyle: task.labelStyle as LabelStyle, title: task.title, description: task.description, leadText: task.leadText,
      coordinatingText: task.coordinatingText, lead: task.lead.map(agency), coordinating: task.coordinating.map(agency), ...schedule(task.timing),
      targets: task.targets.map(draftTarget),
      criteria: task.criteria.map((criterion) => ({ kind: criterion.kind as TaskCriterionKind, text: criterion.text, parameters: criterion.parameters })),
    })),
    responsibilitiesPreamble: plan.responsibilitiesPreamble,
    responsibilities: plan.responsibilities.map((r) => ({ text: r.text, isRequest: r.isRequest, agencies: r.agencies.map(agency) })),
    fundingSource: plan.fundingSource,
    budgetLines: (plan.budget?.lines ?? []).map((line) => {
      const { scheduleKind, scheduleYear, scheduleNote } = schedule(line.timing);
      return { code: line.code, title: line.title, amount: line.amount, scheduleKind, scheduleYear, scheduleNote };
    }),
    budgetTotal: plan.budget?.total ?? null,
    reportingRules: plan.reportingRules.map((rule) => ({
      frequency: rule.frequency as ReportFrequency, dueDay: rule.dueDay, dueMonth: rule.dueMonth, dueBefore: rule.dueBefore,
      reporterLevels: rule.reporterLevels as UnitLevel[], reporters: rule.reporters, receiving: rule.receiving ? agency(rule.receiving) : null,
      forwardedTo: rule.forwardedTo, note: rule.note,
    })),
    recipients: plan.recipients, archive: plan.archive, signerOnBehalfOf: plan.signer?.onBehalfOf ?? null, signerSignsFor: plan.signer?.signsFor ?? null,
    signerCapacity: plan.signer?.capacity ?? null, signerName: plan.signer?.name ?? null,
  };
}
