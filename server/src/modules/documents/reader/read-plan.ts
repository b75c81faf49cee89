import { documentErrors } from '../document.errors';
import { sumAmounts } from '../../plans/decimal.scalar';
import { fold } from '../vietnamese';
import { citationAt } from './citations';
import { readPreambleLine, readSectionHeading, readSectionLine } from './body';
import { isAppendixHeading, isRecipientsLabel, isSignerStart, readAppendixLine, readClosingLine } from './closing';
import {
  isMotto, isUpperLine, kindLine, placeHeaderLines, readDecisionLine, readHeaderLine, readIssuedSentence, readSummaryTitle, readTitleLine,
} from './front';
import type { PlanReading } from './reading';
import { reportingRuleOf } from './reporting';
import { ReadState } from './state';
import { linesOf, normalise, spanIn, type Line } from './text';

/** Longer texts are refused before reading: a plan with its appendix is a few tens of thousands of characters. */
export const MAX_TEXT_LENGTH = 300_000;

/**
 * Reads the text of a plan (pasted, or extracted from a .docx or .txt) into a draft plan, by the
 * rules of Decree 30's structure and the phrases these plans use (RULES in reading.ts). Pure and
 * deterministic: the same text gives the same reading. Refuses an empty text, a text too long, and
 * a text that is not a plan (TEXT_EMPTY, TEXT_TOO_LONG, NOT_A_PLAN).
 */
export function readPlanText(input: string): PlanReading {
  if (input.length > MAX_TEXT_LENGTH) throw documentErrors.textTooLong(input.length, MAX_TEXT_LENGTH);
  const text = normalise(input);
  if (!text.trim()) throw documentErrors.textEmpty();
  const state = new ReadState(text, linesOf(text));
  state.lines.forEach((line, index) => readLine(state, line, state.lines.slice(index + 1, index + 5)));
  placeHeaderLines(state);
  finish(state);
  const { plan, recorder } = state;
  if (plan.kind !== 'PLAN' || state.kind !== 'PLAN' || (plan.tasks.length === 0 && plan.purposes.length === 0 && plan.objectives.length === 0)) {
    throw documentErrors.notAPlan(state.kind, plan.tasks.length);
  }
  return { text, plan, parts: recorder.parts, unplaced: recorder.unplacedParts, warnings: recorder.warnings };
}

function readLine(state: ReadState, line: Line, next: Line[] = []): void {
  if (readTransition(state, line, next)) return;
  switch (state.mode) {
    case 'FRONT':
      if (readHeaderLine(state, line) || readSummaryTitle(state, line)) return;
      break;
    case 'TITLE':
      if (readTitleLine(state, line)) return;
      state.mode = state.inDecision ? 'DECISION' : 'PREAMBLE';
      return readLine(state, line);
    case 'DECISION':
      if (readDecisionLine(state, line)) return;
      break;
    case 'PREAMBLE':
      if (readIssuedSentence(state, line)) return;
      return readPreambleLine(state, line);
    case 'SECTION':
      return readSectionLine(state, line);
    case 'CLOSING':
      if (readClosingLine(state, line)) return;
      break;
    case 'APPENDIX':
      return readAppendixLine(state, line);
  }
  state.recorder.unplaced(spanIn(line), line.text, 'UNRECOGNISED', line);
}

/** Lines that move the reader whatever it was reading: a kind, a heading, the closing, the appendix, a new header. */
function readTransition(state: ReadState, line: Line, next: Line[]): boolean {
  const kind = kindLine(line);
  if (kind && state.mode !== 'APPENDIX' && !(state.mode === 'DECISION' && /:$/.test(line.text))) {
    placeHeaderLines(state);
    state.kind = kind;
    state.plan.kind = kind === 'DECISION' ? state.plan.kind : kind;
    if (kind === 'DECISION') {
      // The header above the kind was the decision's: its number, place and date.
      const decision = state.decision();
      decision.number ||= state.plan.number ?? '';
      decision.placeOfIssue ??= state.plan.placeOfIssue;
      decision.issuedOn ||= state.plan.issuedOn ?? '';
    }
    state.recorder.part(kind === 'DECISION' ? 'issuedBy' : 'kind', spanIn(line), 'KIND_LINE', line);
    state.mode = 'TITLE';
    return true;
  }
  if (state.mode === 'FRONT' || state.mode === 'TITLE') return false;
  if (state.mode !== 'APPENDIX' && readSectionHeading(state, line)) return true;
  if (isAppendixHeading(line)) {
    state.mode = 'APPENDIX';
    readAppendixLine(state, line);
    return true;
  }
  if (state.mode !== 'CLOSING' && state.mode !== 'APPENDIX' && (isRecipientsLabel(line) || isSignerStart(line))) {
    state.mode = 'CLOSING';
    return readClosingLine(state, line);
  }
  // After a decision's closing, the plan it issues starts with a header of its own: its issuing body, then the motto.
  if ((state.mode === 'CLOSING' || state.mode === 'APPENDIX') && (isMotto(line) || (isUpperLine(line.text) && headerFollows(next)))) {
    state.mode = 'FRONT';
    return readHeaderLine(state, line);
  }
  return false;
}

/** Upper-case lines, then the motto: a header (the upper-case lines of a signer block are followed by a name). */
function headerFollows(next: Line[]): boolean {
  const motto = next.findIndex(isMotto);
  return motto >= 0 && next.slice(0, motto).every((line) => isUpperLine(line.text));
}

/** Joins what was read in pieces, infers what the text implies, and lists every line no rule used. */
function finish(state: ReadState): void {
  const { plan, recorder } = state;
  if (state.preamble.length) plan.preamble = state.preamble.join('\n\n');
  if (state.funding.length) plan.fundingSource = state.funding.join('\n\n');
  if (state.responsibilitiesPreamble.length) plan.responsibilitiesPreamble = state.responsibilitiesPreamble.join('\n\n');
  if (state.reporting.length) {
    const rule = reportingRuleOf(state.reporting.map((part) => part.text), state.reporting.map((part) => fold(part.text)), state.unit());
    if (rule) plan.reportingRules.push(rule);
    else for (const part of state.reporting) recorder.unplaced(spanIn(part.line), part.line.text, 'UNRECOGNISED');
  }
  implementsFromTitle(state);
  period(state);
  checks(state);
  for (const line of state.lines) if (!recorder.isUsed(line)) recorder.unplaced(spanIn(line), line.text, 'UNRECOGNISED', line);
}

/** "Thực hiện Đề án “...”" in the title names what the plan implements when no sentence did. */
function implementsFromTitle(state: ReadState): void {
  const { plan } = state;
  if (plan.implements || !plan.title) return;
  const at = /(?:^|\s)(?:triển khai )?thực hiện /iu.exec(plan.title);
  if (!at) return;
  const cited = citationAt(plan.title, at.index + at[0].length, true, plan.issuingBody);
  if (!cited) return;
  plan.implements = cited.reference;
  const titlePart = state.recorder.parts.find((part) => part.path === 'title');
  if (titlePart) state.recorder.part('implements', titlePart.span, 'IMPLEMENTS_FROM_TITLE');
}

/** The period: stated in the title ("năm 2022", "giai đoạn 2021 - 2025", outside quotes), else inferred. */
function period(state: ReadState): void {
  const { plan, recorder } = state;
  const outsideQuotes = plan.title.replace(/“[^”]*”|"[^"]*"/g, '');
  const titlePart = recorder.parts.find((part) => part.path === 'title');
  const span = fold(outsideQuotes).match(/giai doan (\d{4})\s*[-–]\s*(\d{4})/) ?? fold(outsideQuotes).match(/\bnam (\d{4})\b/);
  if (span) {
    plan.periodFrom = Number(span[1]);
    plan.periodTo = Number(span[2] ?? span[1]);
    if (titlePart) recorder.part('periodFrom', titlePart.span, 'PERIOD_FROM_TITLE');
    return;
  }
  const issued = plan.issuedOn ? Number(plan.issuedOn.slice(0, 4)) : null;
  const years = [
    ...plan.tasks.flatMap((task) => [task.timing?.year, task.timing?.toYear, ...task.targets.map((target) => target.year ?? target.toYear)]),
    ...plan.targets.map((target) => target.year ?? target.toYear),
    ...(plan.budget?.lines ?? []).map((line) => line.timing?.year ?? line.timing?.toYear),
  ].filter((year): year is number => typeof year === 'number');
  const last = years.length ? Math.max(...years) : null;
  if (issued && last && last > issued) {
    plan.periodFrom = issued;
    plan.periodTo = last;
    recorder.warn('PERIOD_INFERRED', `No period is stated: ${issued}–${last}, from the year of issue to the last year the plan names`);
  }
}

function checks(state: ReadState): void {
  const { plan, recorder } = state;
  if (state.statedTaskCount && state.statedTaskCount.count !== plan.tasks.filter((task) => !task.code.includes('.')).length) {
    recorder.warn('TASK_COUNT_MISMATCH', `The text announces ${state.statedTaskCount.count} tasks; ${plan.tasks.length} were read`, spanIn(state.statedTaskCount.line));
  }
  const budget = plan.budget;
  if (!budget) return;
  const top = budget.lines.filter((line) => !line.code.includes('.'));
  const sum = sumAmounts(top.map((line) => line.amount));
  if (!budget.total) budget.total = sum;
  else if (sum !== budget.total) recorder.warn('BUDGET_TOTAL_MISMATCH', `The appendix's total is ${budget.total} but its lines sum to ${sum}`);
  for (const parent of budget.lines) {
    const children = budget.lines.filter((line) => line.code.startsWith(`${parent.code}.`) && line.code.split('.').length === parent.code.split('.').length + 1);
    if (children.length && sumAmounts(children.map((line) => line.amount)) !== parent.amount) {
      recorder.warn('BUDGET_PARENT_MISMATCH', `Line ${parent.code} is ${parent.amount} but its lines sum to ${sumAmounts(children.map((line) => line.amount))}`);
    }
  }
}
