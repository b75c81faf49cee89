import { targetSentence } from './indicators';
import {
  SIZE, bodyParagraph, bodyRuns, closing, header, heading, paragraphsOf, signerBlocks, titleBlock,
} from './layout/decree30';
import { CONTENT_WIDTH, paragraph, type Block, type Cell, type LaidOutDocument } from './layout/layout';
import type { AgencyRef, BudgetAppendix, IssuingDecision, OfficialPlan, ReportingRule, Task } from './official-plan';
import {
  KIND_NAMES, capitaliseFirst, formatAmount, letterLabel, longDate, lowerFirst, ordinalWord, roman, shortDate,
} from './vietnamese';

/**
 * Lays out a plan as Decree 30 prescribes: header, kind and title, the body with its own numbering
 * (I, II, III; 1, 2; a, b; "- Cơ quan chủ trì: ..."), recipients beside the signer block, and the
 * budget appendix on a page of its own. A plan issued by a decision comes after the decision.
 * Everything the plan holds is printed; what its texts already say is not printed twice.
 */
export function layOutPlan(plan: OfficialPlan): LaidOutDocument {
  const blocks = plan.issuedBy ? [...decisionBlocks(plan, plan.issuedBy), ...attachedPlanBlocks(plan, plan.issuedBy)] : planBlocks(plan);
  return {
    title: `${KIND_NAMES[plan.kind]} ${plan.number ?? ''}`.trim(),
    subject: plan.title,
    author: plan.issuingBody ?? '',
    date: plan.issuedOn ?? plan.issuedBy?.issuedOn ?? '2000-01-01',
    blocks,
  };
}

function planBlocks(plan: OfficialPlan): Block[] {
  return [
    header({ parentBody: plan.parentBody, issuingBody: plan.issuingBody, number: plan.number, placeOfIssue: plan.placeOfIssue, issuedOn: plan.issuedOn }),
    ...titleBlock(KIND_NAMES[plan.kind], plan.title),
    ...bodyBlocks(plan),
    closing(plan.recipients, plan.archive, plan.signer),
    ...appendixBlocks(plan.budget),
  ];
}

function decisionBlocks(plan: OfficialPlan, decision: IssuingDecision): Block[] {
  const articles = decision.articles.length > 0 ? decision.articles : [
    `Ban hành kèm theo Quyết định này ${KIND_NAMES[plan.kind]} ${lowerFirst(plan.title)}.`,
    'Quyết định này có hiệu lực kể từ ngày ký.',
  ];
  return [
    header({ parentBody: plan.parentBody, issuingBody: plan.issuingBody, number: decision.number, placeOfIssue: decision.placeOfIssue, issuedOn: decision.issuedOn }),
    ...titleBlock(KIND_NAMES.DECISION, decision.title),
    paragraph([{ text: decision.authority, bold: true }], { align: 'center', size: SIZE.title, spaceAfter: 6, keepWithNext: true }),
    ...decision.grounds.map((ground, index) =>
      bodyRuns([{ text: `${ground}${index === decision.grounds.length - 1 && !decision.proposal ? '.' : ';'}`, italic: true }])),
    ...(decision.proposal ? [bodyRuns([{ text: `${decision.proposal}.`, italic: true }])] : []),
    paragraph([{ text: 'QUYẾT ĐỊNH:', bold: true }], { align: 'center', size: SIZE.title, spaceBefore: 12, spaceAfter: 6, keepWithNext: true }),
    ...articles.map((article, index) => bodyRuns([{ text: `Điều ${index + 1}. `, bold: true }, { text: article }])),
    closing(decision.recipients, decision.archive, decision.signer),
  ];
}

function attachedPlanBlocks(plan: OfficialPlan, decision: IssuingDecision): Block[] {
  const attached = `(Ban hành kèm theo ${KIND_NAMES.DECISION} số ${decision.number} ${longDate(decision.issuedOn)} của ${plan.issuingBody ?? ''})`;
  const signer = signerBlocks(plan.signer);
  return [
    paragraph('', { align: 'left', size: 2, pageBreakBefore: true }),
    header({ parentBody: plan.parentBody, issuingBody: plan.issuingBody, number: false, placeOfIssue: null, issuedOn: null }),
    ...titleBlock(KIND_NAMES[plan.kind], plan.title, [attached]),
    ...bodyBlocks(plan),
    ...(signer.length ? [closing([], null, plan.signer, false)] : []),
    ...appendixBlocks(plan.budget),
  ];
}

/** The body: sections numbered I, II, III as far as the plan has them. */
function bodyBlocks(plan: OfficialPlan): Block[] {
  const blocks: Block[] = [];
  if (plan.preamble) blocks.push(...paragraphsOf(plan.preamble).map((text) => bodyParagraph(text)));
  else if (plan.implements && !citedByTitle(plan)) blocks.push(bodyParagraph(implementsSentence(plan)));
  const sections: [string, Block[]][] = [
    ['MỤC ĐÍCH, YÊU CẦU', purposeBlocks(plan)],
    ['MỤC TIÊU', [...plan.objectives.map((text) => bodyParagraph(`- ${text}`)), ...targetBlocks(plan)]],
    ['NỘI DUNG THỰC HIỆN', plan.tasks.flatMap((task) => taskBlocks(task))],
    ['TỔ CHỨC THỰC HIỆN', organisationBlocks(plan)],
  ];
  let number = 0;
  for (const [title, content] of sections) {
    if (content.length === 0) continue;
    blocks.push(heading(`${roman(++number)}. ${title}`), ...content);
  }
  return blocks;
}

/** The title already names what the plan implements ("Thực hiện Đề án “...”"): no sentence needs to say it again. */
const citedByTitle = (plan: OfficialPlan) =>
  !!plan.implements && [plan.implements.numberSymbol, plan.implements.title].some((words) => !!words && plan.title.includes(words));

function implementsSentence(plan: OfficialPlan): string {
  const cited = plan.implements!;
  const named = cited.title && cited.title.startsWith(KIND_NAMES[cited.kind]);
  if (named && !cited.numberSymbol) return `Thực hiện ${cited.title}.`;
  const parts = [KIND_NAMES[cited.kind], cited.numberSymbol ? `số ${cited.numberSymbol}` : null, cited.issuedOn ? `ngày ${shortDate(cited.issuedOn)}` : null,
    cited.issuingBody ? `của ${cited.issuingBody}` : null].filter(Boolean).join(' ');
  return `Thực hiện ${parts}${cited.title ? `, ${lowerFirst(cited.title)}` : ''}.`;
}

function purposeBlocks(plan: OfficialPlan): Block[] {
  if (plan.requirements.length === 0) return plan.purposes.map((text, index) => bodyParagraph(`${index + 1}. ${text}`));
  return [
    heading('1. Mục đích'), ...plan.purposes.map((text) => bodyParagraph(`- ${text}`)),
    heading('2. Yêu cầu'), ...plan.requirements.map((text) => bodyParagraph(`- ${text}`)),
  ];
}

function targetBlocks(plan: OfficialPlan): Block[] {
  const unstated = plan.targets.filter((target) => !plan.objectives.some((objective) => objective.includes(target.note)));
  return unstated.length ? [bodyParagraph(`Mục tiêu: ${unstated.map(targetSentence).join('; ')}.`)] : [];
}

/** "1.", "2.1." or "a)": the task's own numbering. */
const labelOf = (task: Task) =>
  task.labelStyle === 'LETTER' ? `${letterLabel(Number(task.code.split('.').pop()))})` : `${task.code}.`;

const mentions = (text: string | null, agencies: AgencyRef[]) => !!text && agencies.every((agency) => text.includes(agency.label));

function taskBlocks(task: Task): Block[] {
  const description = task.description ?? '';
  const blocks: Block[] = task.labelStyle === 'ORDINAL_WORDS'
    ? [bodyParagraph(`${ordinalWord(Number(task.code))} là, ${lowerFirst(task.title)}.${description ? ` ${description.replace(/\n\s*\n/g, ' ')}` : ''}`)]
    : [
      bodyRuns([{ text: `${labelOf(task)} ${task.title}`, bold: !task.code.includes('.') }], { keepWithNext: true }),
      ...paragraphsOf(task.description).map((text) => bodyParagraph(text)),
    ];
  for (const criterion of task.criteria) if (!description.includes(criterion.text)) blocks.push(bodyParagraph(`${capitaliseFirst(criterion.text)}.`));
  const unstated = task.targets.filter((target) => !description.includes(target.note));
  if (unstated.length) blocks.push(bodyParagraph(`Mục tiêu: ${unstated.map(targetSentence).join('; ')}.`));
  const lead = task.leadText ?? (task.lead.length && !mentions(description, task.lead) ? task.lead.map((agency) => agency.label).join(', ') : null);
  const coordinating = task.coordinatingText ?? (task.coordinating.length && !mentions(description, task.coordinating) ? task.coordinating.map((agency) => agency.label).join(', ') : null);
  if (lead) blocks.push(bodyParagraph(`- Cơ quan chủ trì: ${lead}.`));
  if (coordinating) blocks.push(bodyParagraph(`- Cơ quan phối hợp: ${coordinating}.`));
  if (task.timing) blocks.push(bodyParagraph(`- Thời gian thực hiện: ${task.timing.note}.`));
  return blocks;
}

function organisationBlocks(plan: OfficialPlan): Block[] {
  const parts: [string, Block[]][] = [
    ['Phân công nhiệm vụ', [
      ...paragraphsOf(plan.responsibilitiesPreamble).map((text) => bodyParagraph(text)),
      ...plan.responsibilities.map((responsibility) => bodyParagraph(`- ${responsibility.text}`)),
    ]],
    ['Kinh phí thực hiện', [
      ...paragraphsOf(plan.fundingSource).map((text) => bodyParagraph(text)),
      ...(plan.budget ? [bodyParagraph('(Kèm chi tiết phụ lục)')] : []),
    ]],
    ['Chế độ thông tin báo cáo', plan.reportingRules.flatMap((rule) => paragraphsOf(rule.note ?? reportingSentence(rule)).map((text) => bodyParagraph(text)))],
  ];
  const blocks: Block[] = [];
  let number = 0;
  for (const [title, content] of parts) {
    if (content.length === 0) continue;
    blocks.push(heading(`${++number}. ${title}`), ...content);
  }
  return blocks;
}

const FREQUENCY_WORDS: Record<ReportingRule['frequency'], string> = {
  YEARLY: 'Hàng năm', HALF_YEARLY: 'Định kỳ 6 tháng', QUARTERLY: 'Hàng quý', MONTHLY: 'Hàng tháng', ONCE: 'Khi kết thúc kế hoạch',
};

/** A reporting rule the plan's text does not state, in the words plans use. */
export function reportingSentence(rule: ReportingRule): string {
  const due = rule.dueDay && rule.dueMonth ? ` (${rule.dueBefore ? 'trước' : 'chậm nhất'} ngày ${rule.dueDay}/${rule.dueMonth})` : '';
  const to = rule.receiving ? ` về ${rule.receiving.label}` : '';
  const forward = rule.forwardedTo ? ` để tổng hợp, báo cáo ${rule.forwardedTo}` : '';
  return `${FREQUENCY_WORDS[rule.frequency]}, ${rule.reporters ?? 'các cơ quan, đơn vị liên quan'} báo cáo kết quả triển khai thực hiện${due}${to}${forward} theo quy định.`;
}

/** Amount column, time column: right-aligned amounts, totals in bold. */
const APPENDIX_WIDTHS = [13, CONTENT_WIDTH - 13 - 30 - 32, 30, 32];

function appendixBlocks(budget: BudgetAppendix | null): Block[] {
  if (!budget) return [];
  const cell = (text: string, align: Cell['align'], bold = false, colSpan?: number): Cell => ({
    blocks: [paragraph([{ text, bold }], { align: align ?? 'left', size: SIZE.table })], ...(colSpan ? { colSpan } : {}),
  });
  const parents = new Set(budget.lines.map((line) => line.code.split('.').slice(0, -1).join('.')).filter(Boolean));
  const rows: Cell[][] = [
    [cell('STT', 'center', true), cell('Nội dung', 'center', true), cell('Thời gian thực hiện', 'center', true), cell(budget.amountHeader, 'center', true)],
    ...budget.lines.map((line) => {
      const bold = parents.has(line.code);
      return [cell(line.code, 'center', bold), cell(line.title, 'justify', bold), cell(line.timing?.note ?? '', 'center', bold), cell(formatAmount(line.amount), 'right', bold)];
    }),
    [cell('Tổng cộng', 'center', true, 2), cell('', 'center'), cell(formatAmount(budget.total), 'right', true)],
  ];
  return [
    paragraph([{ text: budget.heading, bold: true }], { align: 'center', size: SIZE.title, pageBreakBefore: true, keepWithNext: true }),
    ...(budget.caption ? [paragraph([{ text: `(${budget.caption})`, italic: true }], { align: 'center', size: SIZE.title, keepWithNext: true })] : []),
    { type: 'rule', width: 40, spaceAfter: 12 },
    { type: 'table', widths: APPENDIX_WIDTHS, borders: true, headerRows: 1, size: SIZE.table, rows },
  ];
}
