import type { DocumentKind } from '../official-plan';
import { KINDS_BY_NAME, capitaliseFirst, fold, isoDay, upper } from '../vietnamese';
import type { ReadState } from './state';
import { clean, spanIn, type Line } from './text';

/**
 * The front of a document: the header (issuing body, national motto, number, place and date), the
 * kind and title, a decision's authority, grounds, proposal and articles, and a published summary's
 * first lines.
 */

const MOTTO = ['cong hoa xa hoi chu nghia viet nam', 'doc lap - tu do - hanh phuc'];
const NUMBER_LINE = /^Số\s*:\s*(.*)$/u;
const PLACE_DATE = /^(.+?),\s*ngày\s+(\d{1,2}|…+|\.+)\s+tháng\s+(\d{1,2}|…+|\.+)\s+năm\s+(\d{4}|…+|\.+)\s*\.?$/u;
const UNKNOWN = /^[….\s]*$/u;

export const isUpperLine = (text: string) => /\p{L}/u.test(text) && text === upper(text) && !/^(TM|KT|Q|TL|TUQ)\.\s/u.test(text);
export const isMotto = (line: Line) => MOTTO.includes(line.folded.replace(/\s+/g, ' ').replace(/\s*[-–]\s*/g, ' - '));

/** The kind an upper-case line names on its own ("KẾ HOẠCH"), if any. */
export function kindLine(line: Line): DocumentKind | null {
  if (!isUpperLine(line.text)) return null;
  const words = line.folded.replace(/[:\s]+$/, '');
  return KINDS_BY_NAME.find(([name]) => fold(name) === words)?.[1] ?? null;
}

/** Reads a line of the header; false when it is not one. */
export function readHeaderLine(state: ReadState, line: Line): boolean {
  const { plan, recorder } = state;
  if (isMotto(line)) return recorder.part('nationalMotto', spanIn(line), 'NATIONAL_MOTTO', line), true;
  const number = NUMBER_LINE.exec(line.text);
  if (number) {
    const value = number[1].replace(/\s*([/-])\s*/g, '$1').trim();
    // A number not yet given ("Số: …", "Số:     /KH-UBND") has no figure.
    const known = /\d/.test(value) ? value : null;
    if (state.inDecision) state.decision().number = known ?? '';
    plan.number = known;
    return recorder.part(state.inDecision ? 'issuedBy.number' : 'number', spanIn(line), 'NUMBER_LINE', line), true;
  }
  const placeDate = PLACE_DATE.exec(line.text);
  if (placeDate) {
    const place = UNKNOWN.test(placeDate[1]) ? null : placeDate[1].trim();
    const day = isoDay(Number(placeDate[4]), Number(placeDate[3]), Number(placeDate[2]));
    plan.placeOfIssue = place;
    plan.issuedOn = day;
    if (state.inDecision) Object.assign(state.decision(), { placeOfIssue: place, issuedOn: day ?? '' });
    return recorder.part(state.inDecision ? 'issuedBy.issuedOn' : 'issuedOn', spanIn(line), 'PLACE_DATE_LINE', line), true;
  }
  if (isUpperLine(line.text) && !kindLine(line)) {
    state.headerLines.push(line);
    return true;
  }
  return false;
}

const UNIT_START = /^(tinh|thanh pho|huyen|quan|thi xa|xa|phuong|thi tran|dac khu)\b/;

/**
 * Places the header's upper-case lines: a line starting with a unit word continues the line before
 * ("ỦY BAN NHÂN DÂN" / "HUYỆN MỸ TÚ"); of two bodies, the first governs the second. Upper case is
 * undone by the same words written in the text, else word by word (a unit's name keeps capitals).
 */
export function placeHeaderLines(state: ReadState): void {
  const groups: Line[][] = [];
  for (const line of state.headerLines) {
    if (groups.length && UNIT_START.test(line.folded)) groups[groups.length - 1].push(line);
    else groups.push([line]);
  }
  state.headerLines = [];
  if (groups.length === 0) return;
  const names = groups.map((group) => recase(group.map((line) => line.text).join(' '), state.text));
  const issuing = groups[groups.length - 1];
  if (!state.plan.issuingBody || state.kind !== 'PLAN') state.plan.issuingBody = names[names.length - 1];
  const span = { start: issuing[0].start, end: issuing[issuing.length - 1].end };
  state.recorder.part('issuingBody', span, 'ISSUING_BODY_HEADER');
  for (const line of issuing) state.recorder.use(line);
  if (groups.length > 1) {
    state.plan.parentBody = names[0];
    const parent = groups[0];
    state.recorder.part('parentBody', { start: parent[0].start, end: parent[parent.length - 1].end }, 'ISSUING_BODY_HEADER');
    for (const line of groups.slice(0, -1).flat()) state.recorder.use(line);
  }
}

export function recase(name: string, text: string): string {
  const target = fold(name);
  const folded = fold(text);
  for (let at = folded.indexOf(target); at >= 0; at = folded.indexOf(target, at + 1)) {
    const candidate = text.slice(at, at + name.length);
    if (candidate !== upper(candidate)) return candidate;
  }
  const lower = name.toLocaleLowerCase('vi');
  const unitWord = /\s(tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn|đặc khu)\s/u.exec(lower);
  const head = capitaliseFirst(unitWord ? lower.slice(0, unitWord.index) : lower);
  if (!unitWord) return head;
  const place = lower.slice(unitWord.index + unitWord[0].length).split(' ').map(capitaliseFirst).join(' ');
  return `${head} ${unitWord[1]} ${place}`;
}

/** A summary's first line: "Kế hoạch thực hiện ..." (the kind, then the title in running text). */
export function readSummaryTitle(state: ReadState, line: Line): boolean {
  const found = KINDS_BY_NAME.find(([name]) => line.text.startsWith(`${name} `));
  if (!found || found[1] !== 'PLAN' || !/^\p{Ll}/u.test(line.text.slice(found[0].length + 1))) return false;
  state.plan.kind = 'PLAN';
  state.kind = 'PLAN';
  state.plan.title = capitaliseFirst(clean(line.text.slice(found[0].length + 1)).replace(/\.$/, ''));
  state.recorder.part('title', spanIn(line), 'SUMMARY_TITLE', line);
  state.mode = 'PREAMBLE';
  return true;
}

const ISSUED = /^Ngày (\d{1,2})\/(\d{1,2})\/(\d{4}),\s*(?:(Chủ tịch|Phó Chủ tịch) )?(.+?) ban hành (Kế hoạch|Quyết định) số (\S+)/u;

/** "Ngày 24/02/2022, Chủ tịch Ủy ban nhân dân tỉnh Bạc Liêu ban hành Kế hoạch số 21/KH-UBND ...". */
export function readIssuedSentence(state: ReadState, line: Line): boolean {
  const match = ISSUED.exec(line.text);
  if (!match) return false;
  const { plan } = state;
  plan.issuedOn = isoDay(Number(match[3]), Number(match[2]), Number(match[1]));
  plan.issuingBody = match[5];
  plan.number = match[7].replace(/[.,;]+$/, '');
  if (match[4]) plan.signer = { onBehalfOf: null, signsFor: null, capacity: upper(match[4]), name: null };
  state.recorder.part('issuedOn', spanIn(line), 'ISSUED_SENTENCE', line);
  return true;
}

const STARTERS = /^(thuc hien|can cu|de |nham |tren co so|theo |ngay \d)/;

/** The title: the paragraph after the kind, with the next ones while they read as its continuation. */
export function readTitleLine(state: ReadState, line: Line): boolean {
  const { plan, recorder } = state;
  const attachment = /^\((?:Ban hành )?kèm theo (Quyết định) số (\S+) (ngày .+?) của (.+)\)$/iu.exec(line.text);
  if (attachment) {
    const decision = state.decision();
    const date = /ngày (\d{1,2}) tháng (\d{1,2}) năm (\d{4})|ngày (\d{1,2})\/(\d{1,2})\/(\d{4})/u.exec(attachment[3]);
    if (!decision.number) decision.number = attachment[2];
    if (!decision.issuedOn && date) decision.issuedOn = isoDay(Number(date[3] ?? date[6]), Number(date[2] ?? date[5]), Number(date[1] ?? date[4])) ?? '';
    plan.number = decision.number;
    plan.issuedOn = decision.issuedOn || null;
    plan.placeOfIssue = decision.placeOfIssue;
    return recorder.part('issuedBy', spanIn(line), 'ATTACHMENT_LINE', line), true;
  }
  const title = state.inDecision ? state.decision().title : plan.title;
  const continues = !!title && !/[.:]$/.test(title) && !STARTERS.test(line.folded) && !/^[IVX]+\.\s/.test(line.text) && !isUpperLine(line.text)
    && !line.text.startsWith('(') && title.length + line.text.length < 500 && !/[.:]$/.test(line.text);
  if (title && !continues) return false;
  const joined = title ? `${title} ${clean(line.text)}` : clean(line.text);
  if (state.inDecision) state.decision().title = joined;
  else plan.title = joined;
  recorder.part(state.inDecision ? 'issuedBy.title' : 'title', spanIn(line), 'TITLE_AFTER_KIND', line);
  return true;
}

/** A decision's own parts between its title and its recipients. */
export function readDecisionLine(state: ReadState, line: Line): boolean {
  const decision = state.decision();
  const { recorder } = state;
  if (isUpperLine(line.text) && !/^QUYẾT ĐỊNH\s*:$/u.test(line.text) && !decision.authority) {
    decision.authority = line.text;
    return recorder.part('issuedBy.authority', spanIn(line), 'DECISION_AUTHORITY', line), true;
  }
  if (/^Căn cứ /u.test(line.text)) {
    recorder.part(`issuedBy.grounds[${decision.grounds.length}]`, spanIn(line), 'GROUNDS_LINE', line);
    decision.grounds.push(clean(line.text).replace(/[;.]+$/, ''));
    return true;
  }
  if (/^Theo đề nghị /u.test(line.text)) {
    decision.proposal = clean(line.text).replace(/[;.]+$/, '');
    return recorder.part('issuedBy.proposal', spanIn(line), 'DECISION_PROPOSAL', line), true;
  }
  if (/^QUYẾT ĐỊNH\s*:$/u.test(line.text)) return recorder.part('issuedBy.articles', spanIn(line), 'DECISION_DECIDES', line), true;
  const article = /^Điều (\d+)\.\s*(.*)$/u.exec(line.text);
  if (article) {
    recorder.part(`issuedBy.articles[${decision.articles.length}]`, spanIn(line), 'DECISION_ARTICLE', line);
    decision.articles.push(clean(article[2]));
    return true;
  }
  if (decision.articles.length > 0) {
    // A paragraph of an article (its clauses) belongs to the article before it.
    decision.articles[decision.articles.length - 1] += `\n\n${clean(line.text)}`;
    return recorder.part(`issuedBy.articles[${decision.articles.length - 1}]`, spanIn(line), 'DECISION_ARTICLE', line), true;
  }
  return false;
}
