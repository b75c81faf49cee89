/**
 * A plan as an official document: what the Decree 30 writer prints and what the plan-text reader
 * recognises. It follows the plan model of issue 7 (document kinds and relations, signer lines kept
 * apart, purposes and requirements as separate lists, task timing kinds, targets on tasks or on the
 * plan, responsibilities, reporting rules, task criteria), as plain data: no ids, no units, no
 * database. Part 2 maps the stored plan onto it (and a read draft back onto the plan mutations).
 *
 * Texts are NFC and verbatim; list punctuation (";" "." at the end of an agency, timing or recipient
 * line) is not part of them. Dates are ISO days (`2021-11-16`), amounts decimal strings (`"46"`, `"2.5"`).
 */

/** Decree 30/2020/NĐ-CP document kinds (tên loại) and the documents plans cite. */
export type DocumentKind =
  | 'PLAN' // Kế hoạch (KH)
  | 'DECISION' // Quyết định (QĐ)
  | 'DIRECTIVE' // Chỉ thị (CT)
  | 'RESOLUTION' // Nghị quyết (NQ)
  | 'SCHEME' // Đề án (ĐA)
  | 'PROGRAMME' // Chương trình (CTr)
  | 'REPORT' // Báo cáo (BC)
  | 'OFFICIAL_LETTER' // Công văn (no kind name)
  | 'CIRCULAR' // Thông tư
  | 'DECREE' // Nghị định
  | 'LAW'; // Luật

/** Administrative levels as plans name them ("UBND cấp xã" = PEOPLES_COMMITTEE at COMMUNE). */
export type UnitLevel = 'PROVINCE' | 'DISTRICT' | 'COMMUNE';
export type AgencyLevel = UnitLevel | 'SAME_LEVEL' | 'EVERY_LEVEL';
export type AgencyKind =
  | 'PEOPLES_COMMITTEE' | 'PEOPLES_COUNCIL' | 'PARTY_COMMITTEE' | 'JUSTICE' | 'FINANCE' | 'FATHERLAND_FRONT' | 'MASS_ORGANISATION'
  | 'COURT' | 'PROCURACY' | 'POLICE' | 'JURISTS_ASSOCIATION' | 'BAR_ASSOCIATION' | 'MEDIA' | 'OTHER';

/**
 * An agency as the document names it: `agency` is the full name of one body of the plan's own unit
 * ("Phòng Tư pháp" in Mỹ Tú's plan is "Phòng Tư pháp huyện Mỹ Tú"); otherwise a kind and/or a level
 * ("UBND cấp xã"). `label` is always the words of the document.
 */
export type AgencyRef = { label: string; agency?: string; kind?: AgencyKind; level?: AgencyLevel };

/** Another document, cited ("Kế hoạch số 156/KH-UBND ngày 01/11/2021 của Ủy ban nhân dân tỉnh Sóc Trăng, ..."). */
export type DocumentReference = {
  kind: DocumentKind;
  numberSymbol: string | null;
  issuedOn: string | null;
  issuedYear: number | null;
  issuingBody: string | null;
  title: string | null;
  /** What the cited document itself implements, when the citation says ("..., triển khai thực hiện Chỉ thị số 05-CT/TU ..."). */
  implements: DocumentReference | null;
};

/**
 * When a task (or a budget line) is done: every year ("Hàng năm"), every year from a year, once in
 * a year ("Năm 2025"), a span of years, or a part of the year ("trong quý I", "trước 30/6").
 * `note` keeps the document's words.
 */
export type Timing = {
  kind: 'YEARLY' | 'YEARLY_FROM' | 'ONCE' | 'SPAN' | 'PART_OF_YEAR' | null;
  year?: number;
  fromYear?: number;
  toYear?: number;
  quarter?: number;
  beforeDay?: number;
  beforeMonth?: number;
  note: string;
};

export type Comparator = 'GT' | 'GTE' | 'EQ' | 'LTE';

/** A "Mục tiêu" clause: an indicator of the catalogue (or only its words), a comparator, a value, and when it applies. */
export type Target = {
  /** Code of a built-in indicator (TEAMS_CONSOLIDATED_SHARE ...), or null when only `indicatorText` is known. */
  indicator: string | null;
  indicatorText: string;
  comparator: Comparator;
  value: string;
  unit: 'PERCENT' | 'COUNT';
  applies: 'EVERY_YEAR' | 'BY_YEAR' | 'FROM_TO';
  year?: number;
  fromYear?: number;
  toYear?: number;
  /** The clause as written. */
  note: string;
};

export type CriterionKind = 'TRAINER_POOL' | 'TRAINER_TRAINING' | 'PILOT_SELECTION' | 'MEDIATOR_WORKFORCE' | 'MEDIATOR_TRAINING';
/** A task criterion: its words and its parameters, in the shapes of plans/task-criterion.shape.ts. */
export type Criterion = { kind: CriterionKind; text: string; parameters: Record<string, unknown> };

/** How the document numbers its tasks: "1.", "a)", or "Một là,". */
export type LabelStyle = 'ARABIC' | 'LETTER' | 'ORDINAL_WORDS';

export type Task = {
  /** Position in the tree: "1", "2.1". */
  code: string;
  labelStyle: LabelStyle;
  title: string;
  /** Paragraphs after the title, joined by a blank line; "Mục tiêu: ..." paragraphs included. */
  description: string | null;
  /** The agency lines verbatim ("- Cơ quan chủ trì: ..."), when the document has them. */
  leadText: string | null;
  coordinatingText: string | null;
  lead: AgencyRef[];
  coordinating: AgencyRef[];
  timing: Timing | null;
  targets: Target[];
  criteria: Criterion[];
};

/** "Phân công nhiệm vụ": one paragraph, its agencies, and whether it is a request ("Đề nghị ..."). */
export type Responsibility = { text: string; isRequest: boolean; agencies: AgencyRef[] };

export type ReportingRule = {
  frequency: 'YEARLY' | 'HALF_YEARLY' | 'QUARTERLY' | 'MONTHLY' | 'ONCE';
  dueDay: number | null;
  dueMonth: number | null;
  /** "trước ngày 15/11" (strictly before), not "chậm nhất ngày 15/11". */
  dueBefore: boolean;
  reporterLevels: UnitLevel[];
  reporters: string | null;
  receiving: AgencyRef | null;
  forwardedTo: string | null;
  /** The whole section as written. */
  note: string | null;
};

export type BudgetLine = { code: string; title: string; timing: Timing | null; amount: string };

/** The budget appendix (Phụ lục): its heading, caption, lines in order, and the printed total. */
export type BudgetAppendix = {
  heading: string;
  /** "(ban hành kèm theo Kế hoạch số 127 ngày 16 tháng 11 năm 2021 của Ủy ban nhân dân huyện Mỹ Tú)", without the brackets. */
  caption: string | null;
  /** The amount column's header ("Kinh phí thực hiện (triệu đồng)/năm"). */
  amountHeader: string;
  lines: BudgetLine[];
  /** The "Tổng cộng" row as printed (the sum of the top-level lines when it was not printed). */
  total: string;
};

/**
 * The signer block, its lines kept apart: "TM. ỦY BAN NHÂN DÂN" (a collective body), "KT. CHỦ TỊCH"
 * (a deputy signing for the head; also Q., TL., TUQ.), the capacity, the name.
 */
export type Signer = { onBehalfOf: string | null; signsFor: string | null; capacity: string; name: string | null };

/** A plan issued as the attachment of a decision ("ban hành kèm theo Quyết định số ..."). */
export type IssuingDecision = {
  number: string;
  issuedOn: string;
  placeOfIssue: string | null;
  /** "Về việc ban hành Kế hoạch ...". */
  title: string;
  /** The authority line under the title ("CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN MỸ TÚ"). */
  authority: string;
  /** "Căn cứ ..." lines, without their final ";" or ".". */
  grounds: string[];
  /** "Theo đề nghị của ...". */
  proposal: string | null;
  /** The articles' texts, without "Điều n.". */
  articles: string[];
  recipients: string[];
  archive: string | null;
  signer: Signer | null;
};

export type OfficialPlan = {
  kind: DocumentKind;
  /** The issuing body (tên cơ quan ban hành), in running text's case: "Ủy ban nhân dân huyện Mỹ Tú". */
  issuingBody: string | null;
  /** Its governing body (cơ quan chủ quản), printed above it, when there is one. */
  parentBody: string | null;
  number: string | null;
  placeOfIssue: string | null;
  issuedOn: string | null;
  title: string;
  periodFrom: number | null;
  periodTo: number | null;
  issuedBy: IssuingDecision | null;
  implements: DocumentReference | null;
  /** Documents cited as "Căn cứ ..." (legal bases). */
  grounds: DocumentReference[];
  /** Paragraphs before section I, joined by a blank line. */
  preamble: string | null;
  purposes: string[];
  requirements: string[];
  objectives: string[];
  /** Targets of the plan itself, not of one task. */
  targets: Target[];
  tasks: Task[];
  responsibilitiesPreamble: string | null;
  responsibilities: Responsibility[];
  fundingSource: string | null;
  budget: BudgetAppendix | null;
  reportingRules: ReportingRule[];
  recipients: string[];
  /** The archive line's content ("VT, NC" of "Lưu: VT, NC"). */
  archive: string | null;
  signer: Signer | null;
};

/** An empty plan of a kind: every list empty, every text null. */
export function emptyPlan(title = ''): OfficialPlan {
  return {
    kind: 'PLAN', issuingBody: null, parentBody: null, number: null, placeOfIssue: null, issuedOn: null, title,
    periodFrom: null, periodTo: null, issuedBy: null, implements: null, grounds: [], preamble: null, purposes: [], requirements: [],
    objectives: [], targets: [], tasks: [], responsibilitiesPreamble: null, responsibilities: [], fundingSource: null, budget: null,
    reportingRules: [], recipients: [], archive: null, signer: null,
  };
}
