import type { Signer } from '../official-plan';
import { bare, fold, parseAmount } from '../vietnamese';
import { isUpperLine } from './front';
import type { ReadState } from './state';
import { timingOf } from './targets';
import { clean, spanIn, type Line } from './text';

/** The end of a document: recipients (Nơi nhận), the signer block, and the budget appendix. */

export const isRecipientsLabel = (line: Line) => /^noi nhan\s*:?$/.test(line.folded);
const SIGNER_MODE = /^(TM|KT|Q|TL|TUQ)\.\s*(\S.*)$/u;
export const isSignerStart = (line: Line) => SIGNER_MODE.test(line.text);
/** A person's name: two to six capitalised words, no figures or punctuation. */
const NAME = /^(\p{Lu}\p{Ll}*)(\s\p{Lu}\p{Ll}*){1,5}$/u;

function signerOf(state: ReadState): Signer {
  if (state.inDecision) return (state.decision().signer ??= { onBehalfOf: null, signsFor: null, capacity: '', name: null });
  return (state.plan.signer ??= { onBehalfOf: null, signsFor: null, capacity: '', name: null });
}

/** A line of the closing; false when it is none (the caller then decides). */
export function readClosingLine(state: ReadState, line: Line): boolean {
  const { recorder } = state;
  const owner = state.inDecision ? 'issuedBy.' : '';
  if (isRecipientsLabel(line)) return recorder.part(`${owner}recipients`, spanIn(line), 'RECIPIENTS_LINE', line), true;
  const mode = SIGNER_MODE.exec(line.text);
  if (mode) {
    const signer = signerOf(state);
    if (mode[1] === 'TM') signer.onBehalfOf = line.text;
    else signer.signsFor = line.text;
    return recorder.part(`${owner}signer.${mode[1] === 'TM' ? 'onBehalfOf' : 'signsFor'}`, spanIn(line), 'SIGNER_LINE', line), true;
  }
  if (/^[-–•+]\s*\S/u.test(line.text) || (/[;]$/.test(line.text) && !isUpperLine(line.text))) {
    const text = bare(line.text);
    const archive = /^Lưu\s*:\s*(.*)$/u.exec(text);
    const recipients = state.inDecision ? state.decision().recipients : state.plan.recipients;
    if (archive) {
      if (state.inDecision) state.decision().archive = archive[1];
      else state.plan.archive = archive[1];
      return recorder.part(`${owner}archive`, spanIn(line), 'RECIPIENTS_LINE', line), true;
    }
    recorder.part(`${owner}recipients[${recipients.length}]`, spanIn(line), 'RECIPIENTS_LINE', line);
    recipients.push(text);
    return true;
  }
  if (isUpperLine(line.text) && !signerOf(state).capacity) {
    signerOf(state).capacity = line.text;
    return recorder.part(`${owner}signer.capacity`, spanIn(line), 'SIGNER_LINE', line), true;
  }
  if (/^\(.*\)$/u.test(line.text) && signerOf(state).capacity) return recorder.unplaced(spanIn(line), line.text, 'NOT_STORED', line), true;
  if (NAME.test(line.text) && signerOf(state).capacity && !signerOf(state).name) {
    signerOf(state).name = line.text;
    return recorder.part(`${owner}signer.name`, spanIn(line), 'SIGNER_LINE', line), true;
  }
  return false;
}

/** "PHỤ LỤC ..." in capitals: the appendix starts. */
export const isAppendixHeading = (line: Line) => /^phu luc\b/.test(line.folded) && isUpperLine(line.text);

export function readAppendixLine(state: ReadState, line: Line): void {
  const { recorder } = state;
  if (isAppendixHeading(line)) {
    state.plan.budget = { heading: line.text, caption: null, amountHeader: '', lines: [], total: '' };
    return recorder.part('budget', spanIn(line), 'APPENDIX_HEADING', line);
  }
  const budget = state.plan.budget!;
  if (/^\(.*\)$/su.test(line.text) && !budget.caption && budget.lines.length === 0) {
    budget.caption = clean(line.text.slice(1, -1));
    return recorder.part('budget.caption', spanIn(line), 'APPENDIX_CAPTION', line);
  }
  const cells = line.text.split('\t').map((cell) => cell.trim());
  if (cells.length < 2) return recorder.unplaced(spanIn(line), line.text, 'UNRECOGNISED', line);
  const folded = cells.map(fold);
  if (!state.budgetColumns && folded.some((cell) => /^(stt|tt)$/.test(cell))) {
    const amount = folded.findIndex((cell) => /kinh phi|so tien|du toan/.test(cell));
    state.budgetColumns = { timing: folded.findIndex((cell) => /thoi gian/.test(cell)), amount: amount < 0 ? cells.length - 1 : amount };
    budget.amountHeader = cells[state.budgetColumns.amount];
    return recorder.part('budget.amountHeader', spanIn(line), 'APPENDIX_HEADER_ROW', line);
  }
  const columns = state.budgetColumns ?? { timing: -1, amount: cells.length - 1 };
  if (/^(tong cong|tong|cong)$/.test(folded[0])) {
    const total = [...cells].reverse().map(parseAmount).find((amount) => amount !== null);
    budget.total = total ?? '';
    return recorder.part('budget.total', spanIn(line), 'BUDGET_TOTAL_ROW', line);
  }
  const code = /^(\d+(?:\.\d+)*)\.?$/.exec(cells[0]);
  const amount = parseAmount(cells[columns.amount] ?? '');
  if (!code || amount === null) return recorder.unplaced(spanIn(line), line.text, 'UNRECOGNISED', line);
  const timingWords = columns.timing >= 0 ? cells[columns.timing] : '';
  recorder.part(`budget.lines[${budget.lines.length}]`, spanIn(line), 'BUDGET_ROW', line);
  budget.lines.push({ code: code[1], title: clean(cells[1]), timing: timingWords ? timingOf(timingWords) : null, amount });
}
