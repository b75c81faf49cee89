import type { OfficialPlan } from '../official-plan';
import type { Line, Span } from './text';

/**
 * What reading a plan's text gives: the draft plan, every recognised part with the span of text it
 * came from and the rule that recognised it, what could not be placed (never silently dropped), and
 * warnings about what was placed but does not add up.
 */
export type RecognisedPart = {
  /** Where the part went in the plan: "number", "tasks[1].lead[0]", "budget.lines[2]". */
  path: string;
  span: Span;
  /** The rule that recognised it (RULES explains each). */
  rule: RuleCode;
};

export type UnplacedReason =
  | 'UNRECOGNISED' // the reader does not know what this is
  | 'NOT_STORED' // recognised, but the plan keeps no such part (a summary's introduction, a signature mark)
  | 'TARGET_WITHOUT_VALUE' // a "Mục tiêu" clause with no figure to measure
  | 'UNKNOWN_SECTION'; // a section the plan model has no place for

export type Unplaced = { span: Span; text: string; reason: UnplacedReason };

export type WarningCode =
  | 'BUDGET_TOTAL_MISMATCH' | 'BUDGET_PARENT_MISMATCH' | 'TASK_COUNT_MISMATCH' | 'AGENCY_UNRECOGNISED' | 'TIMING_UNRECOGNISED' | 'PERIOD_INFERRED';
export type ReadingWarning = { code: WarningCode; message: string; span: Span | null };

export type PlanReading = {
  /** The normalised text every span refers to. */
  text: string;
  plan: OfficialPlan;
  parts: RecognisedPart[];
  unplaced: Unplaced[];
  warnings: ReadingWarning[];
};

/** The rules of the reader, each with what it recognises (the console shows these beside the highlights). */
export const RULES = {
  ISSUING_BODY_HEADER: 'Upper-case lines above the number, beside the national motto: the issuing body (and the body above it)',
  ISSUING_BODY_SENTENCE: '"<body> xây dựng / ban hành Kế hoạch": the issuing body named in the text',
  NATIONAL_MOTTO: '"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM / Độc lập - Tự do - Hạnh phúc": the national motto, printed on every document',
  NUMBER_LINE: '"Số: 127/KH-UBND": the number and symbol',
  PLACE_DATE_LINE: '"Mỹ Tú, ngày 16 tháng 11 năm 2021": the place and date of issue',
  KIND_LINE: 'An upper-case kind name ("KẾ HOẠCH", "QUYẾT ĐỊNH"): the kind of document',
  TITLE_AFTER_KIND: 'The paragraphs after the kind, before the body: the title',
  SUMMARY_TITLE: '"Kế hoạch thực hiện ...": a published summary names the kind and the title in its first line',
  ISSUED_SENTENCE: '"Ngày 24/02/2022, Chủ tịch Ủy ban nhân dân tỉnh Bạc Liêu ban hành Kế hoạch số 21/KH-UBND ...": date, signer, issuing body, number',
  ATTACHMENT_LINE: '"(Ban hành kèm theo Quyết định số ...)": the plan is issued by a decision',
  IMPLEMENTS_SENTENCE: '"Thực hiện <document> ...": the document the plan implements, with what that one implements',
  IMPLEMENTS_FROM_TITLE: 'A title "Thực hiện Đề án “...”": the document the plan implements, when no "Thực hiện" sentence names one',
  GROUNDS_LINE: '"Căn cứ ...": a legal basis',
  PREAMBLE: 'Paragraphs between the title and section I: the preamble',
  PERIOD_FROM_TITLE: '"năm 2022" or "giai đoạn 2021 - 2025" in the title, outside quotation marks: the period',
  PERIOD_INFERRED: 'No period stated: from the year of issue to the last year a target or a line names ("đến năm 2025", "Năm 2025")',
  SECTION_HEADING: 'A Roman-numbered heading (I, II, III): a section, placed by its words (MỤC ĐÍCH, MỤC TIÊU, NỘI DUNG, TỔ CHỨC THỰC HIỆN)',
  PURPOSE_ITEM: 'An item of "Mục đích, yêu cầu" (without sub-headings, every item is a purpose)',
  REQUIREMENT_ITEM: 'An item under "Yêu cầu"',
  SUMMARY_PURPOSES: '"Với mục đích là ...": the purposes, one per sentence',
  OBJECTIVE_ITEM: 'An item of "Mục tiêu", or a summary\'s unlabelled paragraph between the purposes and the tasks: objectives, one per sentence',
  TASK_ITEM: 'A numbered item of the tasks section ("1.", "a)", "Một là,"): a task, its first sentence the title',
  TASK_DESCRIPTION: 'Paragraphs under a task: its description',
  TASK_LEAD_LINE: '"- Cơ quan chủ trì / thực hiện: ...": the lead agencies',
  TASK_COORDINATING_LINE: '"- Cơ quan phối hợp: ...": the coordinating agencies',
  TASK_AGENCIES_SENTENCE: '"giao <agency> phối hợp với <agency> ...": lead and coordinating agencies named in a task\'s text',
  TASK_TIMING_LINE: '"- Thời gian (thực hiện): ...": the timing',
  TARGET_CLAUSE: 'A clause of "Mục tiêu: ..." with a figure: indicator, comparator ("trên" >, "từ ... trở lên" ≥, "có/đạt" =, "không quá" ≤), value, year',
  CRITERION_SENTENCE: 'A sentence of a task about trainer pools, pilot communes or the mediator workforce: a task criterion',
  RESPONSIBILITIES_PREAMBLE: 'The paragraph opening "Phân công nhiệm vụ"',
  RESPONSIBILITY_ITEM: 'A "- " item of "Phân công nhiệm vụ": a responsibility, its subject the agencies ("Đề nghị" marks a request)',
  FUNDING_PARAGRAPH: 'A paragraph of "Kinh phí thực hiện": the funding source',
  APPENDIX_REFERENCE: '"(Kèm chi tiết phụ lục)": the budget is in the appendix',
  REPORTING_PARAGRAPH: 'A paragraph of "Chế độ thông tin báo cáo": frequency, due day ("trước ngày 15/11"), who reports, to whom, forwarded to whom',
  TASKS_INTRODUCTION: 'A summary\'s sentence announcing the tasks ("... 10 nhóm nhiệm vụ ... gồm:"): its count is checked',
  RECIPIENTS_LINE: '"Nơi nhận:" and its "- " lines; "Lưu: ..." is the archive line',
  SIGNER_LINE: '"TM.", "KT." lines, the capacity and the name under them: the signer',
  SIGNATURE_MARK: 'A bracketed note in the signer block ("(Đã ký)"): not kept',
  APPENDIX_HEADING: '"PHỤ LỤC ...": the budget appendix',
  APPENDIX_CAPTION: 'The bracketed line under the appendix heading: its caption',
  APPENDIX_HEADER_ROW: 'The table\'s header row (STT, Nội dung, Thời gian, Kinh phí): the columns',
  BUDGET_ROW: 'A row of the appendix table: code, title, timing, amount',
  BUDGET_TOTAL_ROW: 'The "Tổng cộng" row: the total',
  DECISION_AUTHORITY: 'The upper-case line under a decision\'s title: who decides',
  DECISION_PROPOSAL: '"Theo đề nghị của ...": who proposed the decision',
  DECISION_DECIDES: '"QUYẾT ĐỊNH:": the articles follow',
  DECISION_ARTICLE: '"Điều 1. ...": an article of the decision',
} as const;
export type RuleCode = keyof typeof RULES;

/** Collects parts, unplaced text and warnings while reading; knows which lines were used. */
export class Recorder {
  readonly parts: RecognisedPart[] = [];
  readonly unplacedParts: Unplaced[] = [];
  readonly warnings: ReadingWarning[] = [];
  private readonly used = new Set<Line>();

  part(path: string, span: Span, rule: RuleCode, line?: Line): void {
    this.parts.push({ path, span, rule });
    if (line) this.used.add(line);
  }

  use(line: Line): void {
    this.used.add(line);
  }

  isUsed(line: Line): boolean {
    return this.used.has(line);
  }

  unplaced(span: Span, text: string, reason: UnplacedReason, line?: Line): void {
    this.unplacedParts.push({ span, text, reason });
    if (line) this.used.add(line);
  }

  warn(code: WarningCode, message: string, span: Span | null = null): void {
    this.warnings.push({ code, message, span });
  }
}
