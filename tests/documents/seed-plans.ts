import { readFileSync } from 'node:fs';
import path from 'node:path';
import type {
  AgencyRef, DocumentReference, OfficialPlan, Target, Task, Timing,
} from '../../server/src/modules/documents/official-plan';
import { parseAmount } from '../../server/src/modules/documents/vietnamese';

/**
 * The seeded plans (seeds/plans/*.json, as they are today) as official documents: what reading the
 * source texts must give, field by field, and what the writer prints. Where issue 7's plan model
 * differs from today's seed, the expectation follows issue 7 and says so (ISSUE 7).
 */
const SEEDS = path.resolve(__dirname, '../../seeds/plans');
const seed = <T>(file: string): T => JSON.parse(readFileSync(path.join(SEEDS, file), 'utf8')) as T;

type AgencySeed = AgencyRef;
type ScheduleSeed = { kind: string; year?: number; note: string };
type TaskSeed = {
  code: string; labelStyle?: Task['labelStyle']; title: string; description?: string; leadText?: string; coordinatingText?: string; schedule?: ScheduleSeed;
  lead?: AgencySeed[]; coordinating?: AgencySeed[];
  targets?: { indicator: string; comparator: Target['comparator']; value: string; unit: Target['unit']; applies: Target['applies']; year?: number; note: string }[];
  criteria?: { kind: Task['criteria'][number]['kind']; text: string; parameters: Record<string, unknown> }[];
};
type PlanSeed = {
  number: string; issuedOn: string; issuingBody: string; title: string; periodFrom?: number; periodTo?: number; preamble?: string;
  purposes: string[]; requirements: string[]; objectives: string[]; tasks: TaskSeed[];
  responsibilitiesPreamble?: string; responsibilities?: { text: string; isRequest?: boolean; agencies: AgencySeed[] }[];
  fundingSource?: string; budget?: { code: string; title: string; amount: string; schedule?: ScheduleSeed }[]; budgetColumnTotal?: string;
  reportingRules?: {
    frequency: 'YEARLY'; dueDay: number; dueMonth: number; dueBefore: boolean; reporterLevels: ('COMMUNE' | 'DISTRICT' | 'PROVINCE')[]; reporters: string;
    receivingAgency: string; receivingLabel: string; forwardedTo: string; note: string;
  }[];
  placeOfIssue?: string; signer: { name?: string; signsFor?: string; capacity: string; onBehalfOf?: string }; recipients: string[]; archive?: string;
};
type DocumentSeed = { key: string; kind: DocumentReference['kind']; numberSymbol?: string; issuingBody: string; issuedOn?: string; title: string; implements?: string };

const timing = (schedule: ScheduleSeed | undefined): Timing | null =>
  !schedule ? null : schedule.kind === 'ONCE' ? { kind: 'ONCE', year: schedule.year, note: schedule.note } : { kind: 'YEARLY', note: schedule.note };

/** The indicator's own words in each target clause (not in the seed: they name the indicator for issue 7's catalogue). */
const INDICATOR_TEXT: Record<string, string> = {
  TEAMS_CONSOLIDATED_SHARE: 'tổ hòa giải được củng cố, kiện toàn',
  SETTLEMENT_RATE: 'tỷ lệ hòa giải thành',
  SECRETARY_LED_SHARE: 'Bí thư chi bộ áp được bầu làm Tổ trưởng tổ hòa giải',
};

function task(seeded: TaskSeed, labelStyle: Task['labelStyle']): Task {
  return {
    code: seeded.code, labelStyle, title: seeded.title, description: seeded.description ?? null,
    leadText: seeded.leadText ?? null, coordinatingText: seeded.coordinatingText ?? null, lead: seeded.lead ?? [], coordinating: seeded.coordinating ?? [],
    timing: timing(seeded.schedule),
    targets: (seeded.targets ?? []).map((target) => ({
      indicator: target.indicator, indicatorText: INDICATOR_TEXT[target.indicator], comparator: target.comparator, value: target.value, unit: target.unit,
      applies: target.applies, ...(target.year ? { year: target.year } : {}), note: target.note,
    })),
    criteria: seeded.criteria ?? [],
  };
}


function reference(documents: DocumentSeed[], key: string): DocumentReference {
  const document = documents.find((candidate) => candidate.key === key)!;
  return {
    kind: document.kind, numberSymbol: document.numberSymbol ?? null, issuedOn: document.issuedOn ?? null, issuedYear: null,
    issuingBody: document.issuingBody, title: document.title, implements: document.implements ? reference(documents, document.implements) : null,
  };
}

export function myTuPlan(): OfficialPlan {
  const { plan } = seed<{ plan: PlanSeed }>('my-tu-127-KH-UBND-2021.json');
  const { plan: parent } = seed<{ plan: PlanSeed & { implementsDocument: string } }>('soc-trang-156-KH-UBND-2021.json');
  const { documents } = seed<{ documents: DocumentSeed[] }>('documents.json');
  return {
    kind: 'PLAN', issuingBody: plan.issuingBody, parentBody: null, number: plan.number,
    placeOfIssue: plan.placeOfIssue ?? null,
    issuedOn: plan.issuedOn, title: plan.title,
    periodFrom: plan.periodFrom ?? null, periodTo: plan.periodTo ?? null,
    issuedBy: null,
    implements: {
      kind: 'PLAN', numberSymbol: parent.number, issuedOn: parent.issuedOn, issuedYear: null, issuingBody: parent.issuingBody, title: parent.title,
      implements: reference(documents, parent.implementsDocument),
    },
    grounds: [], preamble: plan.preamble ?? null, purposes: plan.purposes, requirements: plan.requirements, objectives: plan.objectives, targets: [],
    tasks: plan.tasks.map((seeded) => task(seeded, seeded.labelStyle ?? 'ARABIC')),
    responsibilitiesPreamble: plan.responsibilitiesPreamble ?? null,
    responsibilities: (plan.responsibilities ?? []).map((item) => ({ text: item.text, isRequest: item.isRequest ?? false, agencies: item.agencies })),
    fundingSource: plan.fundingSource ?? null,
    // The appendix's heading, caption and amount header are the source's (the seed keeps only the lines); "02" is 2.
    budget: {
      heading: 'PHỤ LỤC CHI TIẾT',
      caption: 'ban hành kèm theo Kế hoạch số 127 ngày 16 tháng 11 năm 2021 của Ủy ban nhân dân huyện Mỹ Tú',
      amountHeader: 'Kinh phí thực hiện (triệu đồng)/năm',
      lines: plan.budget!.map((line) => ({ code: line.code, title: line.title, timing: timing(line.schedule), amount: parseAmount(line.amount)! })),
      total: plan.budgetColumnTotal!,
    },
    reportingRules: plan.reportingRules!.map((rule) => ({
      frequency: rule.frequency, dueDay: rule.dueDay, dueMonth: rule.dueMonth, dueBefore: rule.dueBefore, reporterLevels: rule.reporterLevels,
      reporters: rule.reporters, receiving: { agency: rule.receivingAgency, label: rule.receivingLabel }, forwardedTo: rule.forwardedTo, note: rule.note,
    })),
    recipients: plan.recipients, archive: plan.archive ?? null,
    signer: { onBehalfOf: plan.signer.onBehalfOf ?? null, signsFor: plan.signer.signsFor ?? null, capacity: plan.signer.capacity, name: plan.signer.name ?? null },
  };
}

export function bacLieuPlan(): OfficialPlan {
  const { plan } = seed<{ plan: PlanSeed }>('bac-lieu-21-KH-UBND-2022.json');
  const { documents } = seed<{ documents: DocumentSeed[] }>('documents.json');
  const scheme = documents.find((document) => document.key === 'scheme-2019-2022')!;
  return {
    kind: 'PLAN', issuingBody: plan.issuingBody, parentBody: null, number: plan.number, placeOfIssue: null, issuedOn: plan.issuedOn, title: plan.title,
    periodFrom: plan.periodFrom ?? null, periodTo: plan.periodTo ?? null, issuedBy: null,
    // The summary names the scheme only; its issuer (the Prime Minister) and Decision 428/QĐ-TTg come from outside the text.
    implements: { kind: 'SCHEME', numberSymbol: null, issuedOn: null, issuedYear: null, issuingBody: null, title: scheme.title, implements: null },
    grounds: [], preamble: null, purposes: plan.purposes, requirements: plan.requirements, objectives: plan.objectives, targets: [],
    tasks: plan.tasks.map((seeded) => task(seeded, seeded.labelStyle ?? 'ARABIC')), // the document's own numbering ("Một là")
    responsibilitiesPreamble: null, responsibilities: [], fundingSource: null, budget: null, reportingRules: [],
    recipients: plan.recipients, archive: plan.archive ?? null,
    signer: { onBehalfOf: null, signsFor: null, capacity: plan.signer.capacity, name: null },
  };
}
