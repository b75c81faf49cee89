import { INDICATOR_WORDINGS } from '../indicators';
import type {
  AgencyRef, BudgetAppendix, DocumentKind, DocumentReference, OfficialPlan, ReportingRule, Signer, Target, Task, Timing,
} from '../official-plan';
import { longDate, lowerFirst, nfc } from '../vietnamese';
import { placeOfUnit } from './unit-words';

/**
 * The stored plan, as the API answers PLAN_DOCUMENT_QUERY, mapped onto `OfficialPlan` for the
 * writers. The selection and the mapping live together here, and only here: when issue 7 changes
 * the plan model (signer lines apart, document kinds, relations, responsibilities and reporting rules
 * as resources), this file is what changes.
 */
export const PLAN_DOCUMENT_QUERY = `query PlanDocument($id: ID!) {
  Plan(id: $id) {
    id number title issuedOn issuingBody periodFrom periodTo preamble purposes requirements objectives
    responsibilitiesPreamble fundingSource recipients budgetTotal
    signer { name capacity onBehalfOf }
    unit { name type }
    document { kind implementsChain { kind numberSymbol issuedOn issuedYear issuingBody title } }
    tasks {
      code title description leadText coordinatingText scheduleKind scheduleYear scheduleDates scheduleNote
      agencies { ...assignment }
      targets { indicator comparator value unit perQuantity applies year note }
      criteria { kind text parameters }
    }
    budgetLines { code title amount scheduleKind scheduleYear scheduleNote }
    responsibilities { text isRequest agencies { ...assignment } }
    reportingRules { frequency dueDay dueMonth dueBefore reporterLevels reporters receivingLabel receivingAgency { name } forwardedTo note }
  }
  indicators { code name }
}
fragment assignment on AgencyAssignment { role label agencyKind agencyLevel agency { name } }`;

type Assignment = { role: 'LEAD' | 'COORDINATING' | 'RESPONSIBLE'; label: string; agencyKind: AgencyRef['kind'] | null; agencyLevel: AgencyRef['level'] | null; agency: { name: string } | null };
type Schedule = { scheduleKind: 'YEARLY' | 'ONCE' | 'DATES' | null; scheduleYear: number | null; scheduleDates?: string[] | null; scheduleNote: string | null };
type StoredDocument = { kind: DocumentKind; numberSymbol: string | null; issuedOn: string | null; issuedYear: number | null; issuingBody: string; title: string };
type StoredTarget = Omit<Target, 'indicatorText' | 'note' | 'year'> & { indicator: string; perQuantity: number | null; year: number | null; note: string | null };

export type StoredPlan = {
  id: string; number: string | null; title: string; issuedOn: string | null; issuingBody: string | null; periodFrom: number | null; periodTo: number | null;
  preamble: string | null; purposes: string[]; requirements: string[]; objectives: string[]; responsibilitiesPreamble: string | null;
  fundingSource: string | null; recipients: string[]; budgetTotal: string | null;
  signer: { name: string | null; capacity: string | null; onBehalfOf: string | null } | null;
  unit: { name: string; type: string } | null;
  document: { kind: DocumentKind; implementsChain: StoredDocument[] };
  tasks: (Schedule & {
    code: string; title: string; description: string | null; leadText: string | null; coordinatingText: string | null;
    agencies: Assignment[]; targets: StoredTarget[]; criteria: Task['criteria'];
  })[];
  budgetLines: (Schedule & { code: string; title: string; amount: string })[];
  responsibilities: { text: string; isRequest: boolean; agencies: Assignment[] }[];
  reportingRules: (Omit<ReportingRule, 'receiving'> & { receivingLabel: string | null; receivingAgency: { name: string } | null })[];
};
export type PlanDocumentData = { Plan: StoredPlan | null; indicators: { code: string; name: string }[] };

const agencyRef = (a: Assignment): AgencyRef => ({
  label: a.label,
  ...(a.agency ? { agency: a.agency.name } : {}),
  ...(a.agencyKind ? { kind: a.agencyKind } : {}),
  ...(a.agencyLevel ? { level: a.agencyLevel } : {}),
});

/** The stored schedule kinds onto the document's timing; DATES keeps its days in the note when the words are missing. */
function timing(s: Schedule): Timing | null {
  if (!s.scheduleKind && !s.scheduleNote) return null;
  const note = s.scheduleNote ?? (s.scheduleDates ?? []).join(', ');
  if (s.scheduleKind === 'ONCE') return { kind: 'ONCE', ...(s.scheduleYear != null ? { year: s.scheduleYear } : {}), note };
  if (s.scheduleKind === 'YEARLY') return { kind: 'YEARLY', note };
  return { kind: null, note };
}

/** The chain nearest first (156/KH-UBND → 05-CT/TU) as nested references. */
function implementsOf(chain: StoredDocument[]): DocumentReference | null {
  return chain.reduceRight<DocumentReference | null>((inner, d) => ({
    kind: d.kind, numberSymbol: d.numberSymbol, issuedOn: d.issuedOn, issuedYear: d.issuedYear, issuingBody: d.issuingBody, title: d.title, implements: inner,
  }), null);
}

/**
 * Today's plan keeps the signer's "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH" in one capacity: the TM./KT./Q./TL./TUQ.
 * line is split off (issue 7 stores the lines apart).
 */
function signerOf(stored: StoredPlan['signer']): Signer | null {
  if (!stored || (!stored.name && !stored.capacity && !stored.onBehalfOf)) return null;
  const parts = (stored.capacity ?? '').split(' / ').map((part) => part.trim()).filter(Boolean);
  const signsFor = parts.length > 1 && /^(KT|Q|TL|TUQ)\./.test(parts[0]) ? parts.shift()! : null;
  return { onBehalfOf: stored.onBehalfOf, signsFor, capacity: parts.join(' / '), name: stored.name };
}

/** Today's plan stores no heading, caption or amount header for its appendix: the writer's words, with the plan's number and date. */
function budgetOf(plan: StoredPlan): BudgetAppendix | null {
  if (!plan.budgetLines.length) return null;
  const of = [plan.number ? `Kế hoạch số ${plan.number}` : 'Kế hoạch', plan.issuedOn ? longDate(plan.issuedOn) : null, plan.issuingBody ? `của ${plan.issuingBody}` : null];
  return {
    heading: 'PHỤ LỤC CHI TIẾT',
    caption: `ban hành kèm theo ${of.filter(Boolean).join(' ')}`,
    amountHeader: 'Kinh phí thực hiện (triệu đồng)/năm',
    lines: plan.budgetLines.map((line) => ({ code: line.code, title: line.title, timing: timing(line), amount: line.amount })),
    total: plan.budgetTotal ?? '0',
  };
}

function targetOf(stored: StoredTarget, names: Map<string, string>): Target {
  const wording = INDICATOR_WORDINGS.find((candidate) => candidate.code === stored.indicator)?.phrase;
  // A ratio's base ("1 trainer per 80 teams") has no field of its own in OfficialPlan: it goes with the indicator's words.
  const per = stored.perQuantity != null ? ` (tính trên ${stored.perQuantity})` : '';
  return {
    indicator: stored.indicator, indicatorText: (wording ?? lowerFirst(names.get(stored.indicator) ?? stored.indicator)) + per,
    comparator: stored.comparator, value: stored.value, unit: stored.unit, applies: stored.applies,
    ...(stored.year != null ? { year: stored.year } : {}), note: stored.note ?? '',
  };
}

/** Splits "Nơi nhận" into the recipients and the archive line ("Lưu: VT, NC" → "VT, NC"). */
const isArchive = (line: string) => /^Lưu\s*:/u.test(line);

export function officialPlan({ Plan: plan, indicators }: PlanDocumentData): OfficialPlan | null {
  if (!plan) return null;
  const names = new Map(indicators.map((indicator) => [indicator.code, indicator.name]));
  const archive = plan.recipients.find(isArchive);
  return nfc<OfficialPlan>({
    kind: plan.document.kind, issuingBody: plan.issuingBody, parentBody: null, number: plan.number,
    placeOfIssue: plan.unit ? placeOfUnit(plan.unit) : null, issuedOn: plan.issuedOn, title: plan.title,
    periodFrom: plan.periodFrom, periodTo: plan.periodTo, issuedBy: null,
    implements: implementsOf(plan.document.implementsChain), grounds: [],
    preamble: plan.preamble, purposes: plan.purposes, requirements: plan.requirements, objectives: plan.objectives, targets: [],
    tasks: plan.tasks.map((task) => ({
      code: task.code, labelStyle: 'ARABIC', title: task.title, description: task.description, leadText: task.leadText, coordinatingText: task.coordinatingText,
      lead: task.agencies.filter((a) => a.role === 'LEAD').map(agencyRef), coordinating: task.agencies.filter((a) => a.role === 'COORDINATING').map(agencyRef),
      timing: timing(task), targets: task.targets.map((target) => targetOf(target, names)), criteria: task.criteria.map(({ kind, text, parameters }) => ({ kind, text, parameters })),
    })),
    responsibilitiesPreamble: plan.responsibilitiesPreamble,
    responsibilities: plan.responsibilities.map((r) => ({ text: r.text, isRequest: r.isRequest, agencies: r.agencies.map(agencyRef) })),
    fundingSource: plan.fundingSource, budget: budgetOf(plan),
    reportingRules: plan.reportingRules.map((rule) => ({
      frequency: rule.frequency, dueDay: rule.dueDay, dueMonth: rule.dueMonth, dueBefore: rule.dueBefore, reporterLevels: rule.reporterLevels, reporters: rule.reporters,
      receiving: rule.receivingLabel || rule.receivingAgency ? { label: rule.receivingLabel ?? rule.receivingAgency!.name, ...(rule.receivingAgency ? { agency: rule.receivingAgency.name } : {}) } : null,
      forwardedTo: rule.forwardedTo, note: rule.note,
    })),
    recipients: plan.recipients.filter((line) => !isArchive(line)),
    archive: archive ? archive.replace(/^Lưu\s*:\s*/u, '').replace(/\.$/, '') : null,
    signer: signerOf(plan.signer),
  });
}
