import { INDICATOR_WORDINGS } from '../indicators';
import type {
  AgencyRef, BudgetAppendix, Criterion, DocumentKind, DocumentReference, IssuingDecision, LabelStyle, OfficialPlan, ReportingRule, Signer, Target, Timing,
} from '../official-plan';
import { longDate, lowerFirst, nfc, upper } from '../vietnamese';
import { placeOfUnit } from './unit-words';

/**
 * The stored plan, as the API answers PLAN_DOCUMENT_QUERY, mapped onto `OfficialPlan` for the
 * writers. The selection and the mapping live together here, and only here. Issue 7's model keeps
 * what the document prints: the period, each task's label style and timing, the plan's own targets,
 * the signer's lines apart, the place of issue, recipients and the archive line apart, the document
 * kind, the decision the plan is attached to, responsibilities, reporting rules and criteria.
 */
export const PLAN_DOCUMENT_QUERY = `query PlanDocument($id: ID!) {
  Plan(id: $id) {
    id number title issuedOn issuingBody periodFrom periodTo placeOfIssue preamble purposes requirements objectives
    responsibilitiesPreamble fundingSource recipients archive budgetTotal
    signer { name capacity onBehalfOf signsFor }
    unit { name type }
    document { kind implementsChain { kind numberSymbol issuedOn issuedYear issuingBody title } }
    issuedBy { kind numberSymbol issuedOn issuedYear issuingBody title }
    targets { ...target }
    tasks {
      code labelStyle title description leadText coordinatingText
      scheduleKind scheduleYear scheduleYearTo scheduleQuarter scheduleBeforeDay scheduleBeforeMonth scheduleDates scheduleNote
      agencies { ...assignment }
      targets { ...target }
      criteria { kind text parameters }
    }
    budgetLines { code title amount scheduleKind scheduleYear scheduleNote }
    responsibilities { text isRequest agencies { ...assignment } }
    reportingRules { frequency dueDay dueMonth dueBefore reporterLevels reporters receivingLabel receivingAgency { name } forwardedTo note }
  }
}
fragment assignment on AgencyAssignment { role label agencyKind agencyLevel agency { name } }
fragment target on Target { indicator comparator value unit perQuantity applies year fromYear toYear note indicatorDetails { code name builtin } }`;

type Assignment = { role: 'LEAD' | 'COORDINATING' | 'RESPONSIBLE'; label: string; agencyKind: AgencyRef['kind'] | null; agencyLevel: AgencyRef['level'] | null; agency: { name: string } | null };
type ScheduleKind = 'YEARLY' | 'ONCE' | 'DATES' | 'YEARLY_FROM' | 'SPAN' | 'PART_OF_YEAR';
type Schedule = {
  scheduleKind: ScheduleKind | null; scheduleYear: number | null; scheduleYearTo?: number | null; scheduleQuarter?: number | null;
  scheduleBeforeDay?: number | null; scheduleBeforeMonth?: number | null; scheduleDates?: string[] | null; scheduleNote: string | null;
};
type StoredDocument = { kind: DocumentKind; numberSymbol: string | null; issuedOn: string | null; issuedYear: number | null; issuingBody: string; title: string };
export type StoredTarget = Omit<Target, 'indicatorText' | 'note' | 'year' | 'fromYear' | 'toYear'> & {
  indicator: string; perQuantity: number | null; year: number | null; fromYear?: number | null; toYear?: number | null; note: string | null;
  indicatorDetails: { code: string; name: string; builtin: boolean } | null;
};

export type StoredPlan = {
  id: string; number: string | null; title: string; issuedOn: string | null; issuingBody: string | null; periodFrom: number; periodTo: number;
  placeOfIssue: string | null; preamble: string | null; purposes: string[]; requirements: string[]; objectives: string[]; responsibilitiesPreamble: string | null;
  fundingSource: string | null; recipients: string[]; archive: string | null; budgetTotal: string | null;
  signer: { name: string | null; capacity: string | null; onBehalfOf: string | null; signsFor?: string | null } | null;
  unit: { name: string; type: string } | null;
  document: { kind: DocumentKind; implementsChain: StoredDocument[] };
  issuedBy: StoredDocument | null;
  targets: StoredTarget[];
  tasks: (Schedule & {
    code: string; labelStyle: LabelStyle; title: string; description: string | null; leadText: string | null; coordinatingText: string | null;
    agencies: Assignment[]; targets: StoredTarget[]; criteria: Criterion[];
  })[];
  budgetLines: (Schedule & { code: string; title: string; amount: string })[];
  responsibilities: { text: string; isRequest: boolean; agencies: Assignment[] }[];
  reportingRules: (Omit<ReportingRule, 'receiving'> & { receivingLabel: string | null; receivingAgency: { name: string } | null })[];
};
export type PlanDocumentData = { Plan: StoredPlan | null };

const agencyRef = (a: Assignment): AgencyRef => ({
  label: a.label,
  ...(a.agency ? { agency: a.agency.name } : {}),
  ...(a.agencyKind ? { kind: a.agencyKind } : {}),
  ...(a.agencyLevel ? { level: a.agencyLevel } : {}),
});

const QUARTERS = ['I', 'II', 'III', 'IV'];

/** Words for a timing entered without any (the document prints `note`). */
function timingWords(s: Schedule): string {
  const inYear = s.scheduleYear != null ? ` năm ${s.scheduleYear}` : ' hàng năm';
  switch (s.scheduleKind) {
    case 'YEARLY': return 'Hàng năm';
    case 'ONCE': return `Năm ${s.scheduleYear ?? ''}`.trim();
    case 'YEARLY_FROM': return `Hàng năm, từ năm ${s.scheduleYear ?? ''}`.trim();
    case 'SPAN': return `${s.scheduleYear ?? ''} - ${s.scheduleYearTo ?? ''}`;
    case 'PART_OF_YEAR':
      if (s.scheduleQuarter != null) return `Trong quý ${QUARTERS[s.scheduleQuarter - 1] ?? s.scheduleQuarter}${inYear}`;
      return `Trước ngày ${String(s.scheduleBeforeDay ?? '').padStart(2, '0')}/${String(s.scheduleBeforeMonth ?? '').padStart(2, '0')}${s.scheduleYear != null ? `/${s.scheduleYear}` : ' hàng năm'}`;
    default: return (s.scheduleDates ?? []).join(', ');
  }
}

/** The stored timing onto the document's; DATES (which the document has no kind for) keeps its days in the note when the words are missing. */
function timing(s: Schedule): Timing | null {
  if (!s.scheduleKind && !s.scheduleNote) return null;
  const note = s.scheduleNote ?? timingWords(s);
  const year = s.scheduleYear ?? undefined;
  switch (s.scheduleKind) {
    case 'YEARLY': return { kind: 'YEARLY', note };
    case 'ONCE': return { kind: 'ONCE', ...(year != null ? { year } : {}), note };
    case 'YEARLY_FROM': return { kind: 'YEARLY_FROM', ...(year != null ? { fromYear: year } : {}), note };
    case 'SPAN': return { kind: 'SPAN', ...(year != null ? { fromYear: year } : {}), ...(s.scheduleYearTo != null ? { toYear: s.scheduleYearTo } : {}), note };
    case 'PART_OF_YEAR': return {
      kind: 'PART_OF_YEAR', ...(s.scheduleQuarter != null ? { quarter: s.scheduleQuarter } : {}),
      ...(s.scheduleBeforeDay != null ? { beforeDay: s.scheduleBeforeDay } : {}), ...(s.scheduleBeforeMonth != null ? { beforeMonth: s.scheduleBeforeMonth } : {}),
      ...(year != null ? { year } : {}), note,
    };
    default: return { kind: null, note };
  }
}

/** The chain nearest first (156/KH-UBND → 05-CT/TU) as nested references. */
function implementsOf(chain: StoredDocument[]): DocumentReference | null {
  return chain.reduceRight<DocumentReference | null>((inner, d) => ({
    kind: d.kind, numberSymbol: d.numberSymbol, issuedOn: d.issuedOn, issuedYear: d.issuedYear, issuingBody: d.issuingBody, title: d.title, implements: inner,
  }), null);
}

/**
 * The signer's lines as stored apart (TM., KT., capacity, name). A capacity still holding its
 * "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH" (written before the lines were apart) has the KT./Q./TL./TUQ. line split off.
 */
function signerOf(stored: StoredPlan['signer']): Signer | null {
  if (!stored || (!stored.name && !stored.capacity && !stored.onBehalfOf && !stored.signsFor)) return null;
  const parts = (stored.capacity ?? '').split(' / ').map((part) => part.trim()).filter(Boolean);
  const split = !stored.signsFor && parts.length > 1 && /^(KT|Q|TL|TUQ)\./.test(parts[0]) ? parts.shift()! : null;
  return { onBehalfOf: stored.onBehalfOf, signsFor: stored.signsFor ?? split, capacity: parts.join(' / '), name: stored.name };
}

/** The plan stores no heading, caption or amount header for its appendix: the writer's words, with the plan's number and date. */
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

/**
 * A target: the indicator in the document's words. A built-in indicator has its wording; any other
 * (a national or a province's own REPORTED indicator) prints the catalogue's name (`Target.indicatorDetails`).
 */
export function targetOf(stored: StoredTarget): Target {
  const wording = INDICATOR_WORDINGS.find((candidate) => candidate.code === stored.indicator)?.phrase;
  // A ratio's base ("1 trainer per 80 teams") has no field of its own in OfficialPlan: it goes with the indicator's words.
  const per = stored.perQuantity != null ? ` (tính trên ${stored.perQuantity})` : '';
  const name = stored.indicatorDetails?.name;
  return {
    indicator: stored.indicator, indicatorText: (wording ?? (name ? lowerFirst(name) : stored.indicator)) + per,
    comparator: stored.comparator, value: stored.value, unit: stored.unit, applies: stored.applies,
    ...(stored.year != null ? { year: stored.year } : {}),
    ...(stored.fromYear != null ? { fromYear: stored.fromYear } : {}),
    ...(stored.toYear != null ? { toYear: stored.toYear } : {}),
    note: stored.note ?? '',
  };
}

/** "CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN MỸ TÚ": the committee's chairman decides. */
const authorityOf = (issuingBody: string | null) =>
  upper(issuingBody && /^(Ủy|Uỷ) ban nhân dân/iu.test(issuingBody.normalize('NFC')) ? `Chủ tịch ${issuingBody}` : issuingBody ?? '');

/**
 * The decision the plan is the attachment of: its number, date and title as stored; the decision's
 * own texts are not stored, so the writer's articles ("Ban hành kèm theo Quyết định này ...") are
 * printed, and the plan's recipients, archive line and signer close the decision.
 */
function issuedByOf(plan: StoredPlan, placeOfIssue: string | null, signer: Signer | null): IssuingDecision | null {
  const decision = plan.issuedBy;
  if (!decision || !decision.numberSymbol) return null;
  return {
    number: decision.numberSymbol, issuedOn: decision.issuedOn ?? plan.issuedOn ?? `${decision.issuedYear ?? plan.periodFrom}-01-01`,
    placeOfIssue, title: decision.title, authority: authorityOf(decision.issuingBody || plan.issuingBody),
    grounds: [], proposal: null, articles: [], recipients: plan.recipients, archive: plan.archive, signer,
  };
}

export function officialPlan({ Plan: plan }: PlanDocumentData): OfficialPlan | null {
  if (!plan) return null;
  const placeOfIssue = plan.placeOfIssue ?? (plan.unit ? placeOfUnit(plan.unit) : null);
  const signer = signerOf(plan.signer);
  return nfc<OfficialPlan>({
    kind: plan.document.kind, issuingBody: plan.issuingBody, parentBody: null, number: plan.number,
    placeOfIssue, issuedOn: plan.issuedOn, title: plan.title,
    periodFrom: plan.periodFrom, periodTo: plan.periodTo, issuedBy: issuedByOf(plan, placeOfIssue, signer),
    implements: implementsOf(plan.document.implementsChain), grounds: [],
    preamble: plan.preamble, purposes: plan.purposes, requirements: plan.requirements, objectives: plan.objectives,
    targets: plan.targets.map(targetOf),
    tasks: plan.tasks.map((task) => ({
      code: task.code, labelStyle: task.labelStyle ?? 'ARABIC', title: task.title, description: task.description, leadText: task.leadText, coordinatingText: task.coordinatingText,
      lead: task.agencies.filter((a) => a.role === 'LEAD').map(agencyRef), coordinating: task.agencies.filter((a) => a.role === 'COORDINATING').map(agencyRef),
      timing: timing(task), targets: task.targets.map(targetOf), criteria: task.criteria.map(({ kind, text, parameters }) => ({ kind, text, parameters })),
    })),
    responsibilitiesPreamble: plan.responsibilitiesPreamble,
    responsibilities: plan.responsibilities.map((r) => ({ text: r.text, isRequest: r.isRequest, agencies: r.agencies.map(agencyRef) })),
    fundingSource: plan.fundingSource, budget: budgetOf(plan),
    reportingRules: plan.reportingRules.map((rule) => ({
      frequency: rule.frequency, dueDay: rule.dueDay, dueMonth: rule.dueMonth, dueBefore: rule.dueBefore, reporterLevels: rule.reporterLevels, reporters: rule.reporters,
      receiving: rule.receivingLabel || rule.receivingAgency ? { label: rule.receivingLabel ?? rule.receivingAgency!.name, ...(rule.receivingAgency ? { agency: rule.receivingAgency.name } : {}) } : null,
      forwardedTo: rule.forwardedTo, note: rule.note,
    })),
    recipients: plan.recipients,
    archive: plan.archive,
    signer,
  });
}
