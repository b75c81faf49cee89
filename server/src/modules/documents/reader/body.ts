import type { Task } from '../official-plan';
import { capitaliseFirst, fold, fromLetterLabel, fromOrdinalWord, fromRoman } from '../vietnamese';
import { agencyListAt } from './agencies';
import { citationAt } from './citations';
import { criterionOf } from './criteria';
import type { ReadState, SectionKind } from './state';
import { appliesOfTarget, targetClauses, targetOf, timingOf } from './targets';
import { clean, sentencesOf, spanIn, type Line } from './text';

/** The body: preamble, then the sections by their Roman numbers, each placed by its words. */

const SECTION_WORDS: [RegExp, SectionKind][] = [
  [/muc dich|yeu cau/, 'PURPOSES'],
  [/muc tieu/, 'OBJECTIVES'],
  [/to chuc thuc hien/, 'ORGANISATION'],
  [/phan cong|trach nhiem/, 'RESPONSIBILITIES'],
  [/noi dung|nhiem vu|giai phap|hoat dong/, 'TASKS'],
  [/kinh phi/, 'FUNDING'],
  [/(che do )?(thong tin )?bao cao/, 'REPORTING'],
];
const kindOfHeading = (folded: string): SectionKind => SECTION_WORDS.find(([pattern]) => pattern.test(folded))?.[1] ?? 'UNKNOWN';

const ROMAN_HEADING = /^([IVX]+)\.\s+(\S.*)$/u;
const NUMBERED = /^(\d+)\.\s+(\S.*)$/u;
const SUB_NUMBERED = /^(\d+)\.(\d+)\.?\s+(\S.*)$/u;
const LETTERED = /^([a-zđ])\)\s+(\S.*)$/u;
const ORDINAL = /^((?:Mười|Hai mươi|Một|Hai|Ba|Bốn|Năm|Sáu|Bảy|Tám|Chín)(?: (?:một|hai|ba|bốn|lăm|năm|sáu|bảy|tám|chín))?) là,\s*(\S.*)$/u;
const DASH = /^[-–•+]\s*(\S.*)$/u;

/** A Roman-numbered heading, mostly in capitals: a new section. */
export function readSectionHeading(state: ReadState, line: Line): boolean {
  const match = ROMAN_HEADING.exec(line.text);
  if (!match || fromRoman(match[1]) === null) return false;
  const letters = match[2].replace(/[^\p{L}]/gu, '');
  if (letters.length === 0 || letters.replace(/\p{Ll}/gu, '').length / letters.length < 0.6) return false;
  state.mode = 'SECTION';
  state.section = kindOfHeading(fold(match[2]));
  state.part = null;
  state.task = null;
  state.purposeList = 'purposes';
  state.recorder.part(`sections[${fromRoman(match[1])! - 1}]`, spanIn(line), 'SECTION_HEADING', line);
  if (state.section === 'UNKNOWN') state.recorder.unplaced(spanIn(line), line.text, 'UNKNOWN_SECTION', line);
  return true;
}

/** Lines before section I: what the plan implements, its grounds, its issuer, a summary's parts. */
export function readPreambleLine(state: ReadState, line: Line): void {
  const { plan, recorder } = state;
  const ordinal = ORDINAL.exec(line.text);
  if (ordinal) return void readOrdinalTask(state, line, ordinal);
  if (/^Với mục đích là /u.test(line.text)) {
    recorder.part('purposes', spanIn(line, 0, 'Với mục đích là '.length), 'SUMMARY_PURPOSES', line);
    for (const sentence of sentencesOf(line.text.slice('Với mục đích là '.length))) {
      recorder.part(`purposes[${plan.purposes.length}]`, spanIn(line, 'Với mục đích là '.length + sentence.from, 'Với mục đích là '.length + sentence.to), 'SUMMARY_PURPOSES', line);
      plan.purposes.push(capitaliseFirst(clean(sentence.text)));
    }
    state.summaryPurposesRead = true;
    return;
  }
  const announced = /(\d+) (nhom )?nhiem vu/.exec(line.folded);
  if (line.text.endsWith(':') && announced && /gom:$|sau:$|nhu sau:$/.test(line.folded)) {
    state.statedTaskCount = { count: Number(announced[1]), line };
    return recorder.unplaced(spanIn(line), line.text, 'NOT_STORED', line);
  }
  if (state.summaryPurposesRead) {
    for (const sentence of sentencesOf(line.text)) {
      recorder.part(`objectives[${plan.objectives.length}]`, spanIn(line, sentence.from, sentence.to), 'OBJECTIVE_ITEM', line);
      plan.objectives.push(clean(sentence.text));
    }
    return;
  }
  readCitations(state, line);
  state.preamble.push(clean(line.text));
  recorder.part('preamble', spanIn(line), 'PREAMBLE', line);
}

function readCitations(state: ReadState, line: Line): void {
  const { plan, recorder } = state;
  const lead = /^(Thực hiện|Căn cứ|Triển khai thực hiện) /u.exec(line.text);
  if (lead) {
    const cited = citationAt(line.text, lead[0].length, false, null);
    if (cited && lead[1] === 'Căn cứ') {
      recorder.part(`grounds[${plan.grounds.length}]`, spanIn(line, cited.from, cited.to), 'GROUNDS_LINE');
      plan.grounds.push(cited.reference);
    } else if (cited && !plan.implements) {
      plan.implements = cited.reference;
      recorder.part('implements', spanIn(line, cited.from, cited.to), 'IMPLEMENTS_SENTENCE');
    }
  }
  const issuer = /^((?:Ủy ban nhân dân|Uỷ ban nhân dân|UBND|Sở|Phòng) [^,]+?) (xây dựng|ban hành) (Kế hoạch|kế hoạch)/u.exec(line.text);
  if (issuer && !plan.issuingBody) {
    plan.issuingBody = issuer[1];
    recorder.part('issuingBody', spanIn(line, 0, issuer[1].length), 'ISSUING_BODY_SENTENCE');
  }
}

/** A line of the current section. */
export function readSectionLine(state: ReadState, line: Line): void {
  switch (state.section) {
    case 'PURPOSES': return readPurposeLine(state, line);
    case 'OBJECTIVES': return readObjectiveLine(state, line);
    case 'TASKS': return readTaskLine(state, line);
    case 'ORGANISATION': case 'RESPONSIBILITIES': case 'FUNDING': case 'REPORTING': return readOrganisationLine(state, line);
    default: return state.recorder.unplaced(spanIn(line), line.text, 'UNKNOWN_SECTION', line);
  }
}

const itemText = (text: string) => (NUMBERED.exec(text)?.[2] ?? LETTERED.exec(text)?.[2] ?? DASH.exec(text)?.[1] ?? text);

function readPurposeLine(state: ReadState, line: Line): void {
  const sub = /^(\d+\.|[a-zđ]\))\s*(muc dich|yeu cau)\s*:?$/.exec(line.folded);
  if (sub) {
    state.purposeList = sub[2] === 'yeu cau' ? 'requirements' : 'purposes';
    return state.recorder.part(state.purposeList, spanIn(line), state.purposeList === 'purposes' ? 'PURPOSE_ITEM' : 'REQUIREMENT_ITEM', line);
  }
  const list = state.plan[state.purposeList];
  state.recorder.part(`${state.purposeList}[${list.length}]`, spanIn(line), state.purposeList === 'purposes' ? 'PURPOSE_ITEM' : 'REQUIREMENT_ITEM', line);
  list.push(clean(itemText(line.text)));
}

function readObjectiveLine(state: ReadState, line: Line): void {
  const { plan, recorder } = state;
  const label = /^Mục tiêu\s*:\s*/u.exec(line.text);
  if (!label) {
    recorder.part(`objectives[${plan.objectives.length}]`, spanIn(line), 'OBJECTIVE_ITEM', line);
    plan.objectives.push(clean(itemText(line.text)));
  }
  const from = label ? label[0].length : line.text.length - itemText(line.text).length;
  readTargets(state, line, from, 'targets', plan.targets);
}

/** The targets of a "Mục tiêu" paragraph (or of an objective with figures); clauses without a figure are listed as not placed. */
function readTargets(state: ReadState, line: Line, from: number, path: string, into: Task['targets']): void {
  let previous = null;
  for (const clause of targetClauses(line.text, from)) {
    const target = targetOf(clean(clause.text), previous);
    if (!target) {
      if (/\d|%/.test(clause.text) || path !== 'targets') state.recorder.unplaced(spanIn(line, clause.from, clause.to), clause.text, 'TARGET_WITHOUT_VALUE');
      continue;
    }
    state.recorder.part(`${path}[${into.length}]`, spanIn(line, clause.from, clause.to), 'TARGET_CLAUSE');
    into.push(target);
    previous = appliesOfTarget(target);
  }
  state.recorder.use(line);
}

const newTask = (code: string, labelStyle: Task['labelStyle'], title: string): Task => ({
  code, labelStyle, title, description: null, leadText: null, coordinatingText: null, lead: [], coordinating: [], timing: null, targets: [], criteria: [],
});

function startTask(state: ReadState, line: Line, task: Task): void {
  state.recorder.part(`tasks[${state.plan.tasks.length}]`, spanIn(line), 'TASK_ITEM', line);
  state.plan.tasks.push(task);
  state.task = task;
}

/** "Một là, tăng cường ... . Trong đó, ...": a summary's task, its first sentence the title, the rest its description. */
function readOrdinalTask(state: ReadState, line: Line, match: RegExpExecArray): void {
  const position = fromOrdinalWord(match[1]) ?? state.plan.tasks.length + 1;
  const bodyAt = line.text.length - match[2].length;
  const [first, ...rest] = sentencesOf(match[2]);
  const task = newTask(String(position), 'ORDINAL_WORDS', capitaliseFirst(clean(first.text).replace(/\.$/, '')));
  startTask(state, line, task);
  if (rest.length) {
    task.description = clean(match[2].slice(rest[0].from));
    state.recorder.part(`tasks[${state.plan.tasks.length - 1}].description`, spanIn(line, bodyAt + rest[0].from), 'TASK_DESCRIPTION');
    readTaskSentences(state, line, bodyAt + rest[0].from, task);
  }
  state.section = 'TASKS';
  state.mode = 'SECTION';
}

const AGENCY_LINE = /^[-–•+]?\s*(Cơ quan (chủ trì|thực hiện|phối hợp)|Đơn vị (chủ trì|thực hiện|phối hợp))\s*:\s*(.*)$/u;
const TIMING_LINE = /^[-–•+]?\s*Thời gian( thực hiện| hoàn thành)?\s*:\s*(.*)$/u;

function readTaskLine(state: ReadState, line: Line): void {
  const { recorder } = state;
  const ordinal = ORDINAL.exec(line.text);
  if (ordinal) return readOrdinalTask(state, line, ordinal);
  const sub = SUB_NUMBERED.exec(line.text);
  if (sub) return startTask(state, line, newTask(`${sub[1]}.${sub[2]}`, 'ARABIC', clean(sub[3])));
  const numbered = NUMBERED.exec(line.text);
  if (numbered) return startTask(state, line, newTask(numbered[1], 'ARABIC', clean(numbered[2])));
  const task = state.task;
  // A summary's task is one paragraph: what follows it is not its description.
  if (!task || task.labelStyle === 'ORDINAL_WORDS') return recorder.unplaced(spanIn(line), line.text, 'UNRECOGNISED', line);
  const index = state.plan.tasks.indexOf(task);
  const lettered = LETTERED.exec(line.text);
  if (lettered) {
    const parent = task.code.split('.')[0];
    return startTask(state, line, newTask(`${parent}.${fromLetterLabel(lettered[1])}`, 'LETTER', clean(lettered[2])));
  }
  const agencies = AGENCY_LINE.exec(line.text);
  if (agencies) {
    const words = clean(agencies[4]).replace(/[.;]+$/, '');
    const lead = !/phối hợp/u.test(agencies[1]);
    const found = agencyListAt(words, 0, state.unit(), true);
    if (lead) { task.leadText = words; task.lead = found.agencies; } else { task.coordinatingText = words; task.coordinating = found.agencies; }
    for (const label of found.unknown) recorder.warn('AGENCY_UNRECOGNISED', `"${label}" is no agency the reader knows: kept by its words`, spanIn(line));
    return recorder.part(`tasks[${index}].${lead ? 'lead' : 'coordinating'}`, spanIn(line), lead ? 'TASK_LEAD_LINE' : 'TASK_COORDINATING_LINE', line);
  }
  const timing = TIMING_LINE.exec(line.text);
  if (timing) {
    task.timing = timingOf(clean(timing[2]));
    if (!task.timing.kind) recorder.warn('TIMING_UNRECOGNISED', `"${task.timing.note}" says no timing the reader knows: kept by its words`, spanIn(line));
    return recorder.part(`tasks[${index}].timing`, spanIn(line), 'TASK_TIMING_LINE', line);
  }
  task.description = task.description ? `${task.description}\n\n${clean(line.text)}` : clean(line.text);
  recorder.part(`tasks[${index}].description`, spanIn(line), 'TASK_DESCRIPTION', line);
  const label = /^Mục tiêu\s*:\s*/u.exec(line.text);
  if (label) readTargets(state, line, label[0].length, `tasks[${index}].targets`, task.targets);
  else readTaskSentences(state, line, 0, task);
}

/** Criteria, and agencies named in a sentence ("giao Sở Tư pháp phối hợp với ..."), in a task's text. */
function readTaskSentences(state: ReadState, line: Line, from: number, task: Task): void {
  const index = state.plan.tasks.indexOf(task);
  for (const sentence of sentencesOf(line.text.slice(from))) {
    const words = clean(sentence.text).replace(/^Trong đó,\s*/u, '').replace(/\.$/, '');
    const criterion = criterionOf(words, state.unit());
    if (criterion) {
      state.recorder.part(`tasks[${index}].criteria[${task.criteria.length}]`, spanIn(line, from + sentence.from, from + sentence.to), 'CRITERION_SENTENCE');
      task.criteria.push(criterion);
    }
    const given = /\bgiao /u.exec(words);
    if (given && task.lead.length === 0 && !task.leadText) {
      const lead = agencyListAt(words, given.index + given[0].length, state.unit());
      const withWhom = /^ (chủ trì,? )?phối hợp với /u.exec(words.slice(lead.to));
      if (lead.agencies.length) {
        task.lead = lead.agencies;
        if (withWhom) task.coordinating = agencyListAt(words, lead.to + withWhom[0].length, state.unit()).agencies;
        state.recorder.part(`tasks[${index}].lead`, spanIn(line, from + sentence.from, from + sentence.to), 'TASK_AGENCIES_SENTENCE');
      }
    }
  }
}

function readOrganisationLine(state: ReadState, line: Line): void {
  const { plan, recorder } = state;
  const numbered = NUMBERED.exec(line.text);
  if (numbered && numbered[2].length < 80 && !/[.;]$/.test(numbered[2]) && state.section === 'ORGANISATION') {
    state.part = kindOfHeading(fold(numbered[2]));
    if (state.part === 'UNKNOWN' || state.part === 'ORGANISATION') state.part = 'UNKNOWN';
    recorder.part(`organisation[${Number(numbered[1]) - 1}]`, spanIn(line), 'SECTION_HEADING', line);
    if (state.part === 'UNKNOWN') recorder.unplaced(spanIn(line), line.text, 'UNKNOWN_SECTION');
    return;
  }
  const part = state.section === 'ORGANISATION' ? state.part : state.section;
  if (part === 'RESPONSIBILITIES') {
    const dash = DASH.exec(line.text);
    if (!dash && plan.responsibilities.length === 0) {
      state.responsibilitiesPreamble.push(clean(line.text));
      return recorder.part('responsibilitiesPreamble', spanIn(line), 'RESPONSIBILITIES_PREAMBLE', line);
    }
    const text = clean(dash ? dash[1] : line.text);
    const request = /^Đề nghị /u.exec(text);
    const agencies = agencyListAt(text, request ? request[0].length : 0, state.unit()).agencies;
    recorder.part(`responsibilities[${plan.responsibilities.length}]`, spanIn(line), 'RESPONSIBILITY_ITEM', line);
    plan.responsibilities.push({ text, isRequest: !!request, agencies });
    return;
  }
  if (part === 'FUNDING') {
    if (/^\(kem( theo)?( chi tiet)? phu luc/.test(line.folded)) return recorder.part('budget', spanIn(line), 'APPENDIX_REFERENCE', line);
    state.funding.push(clean(line.text));
    return recorder.part('fundingSource', spanIn(line), 'FUNDING_PARAGRAPH', line);
  }
  if (part === 'REPORTING') {
    state.reporting.push({ text: clean(line.text), line });
    return recorder.part('reportingRules[0]', spanIn(line), 'REPORTING_PARAGRAPH', line);
  }
  recorder.unplaced(spanIn(line), line.text, part === 'UNKNOWN' ? 'UNKNOWN_SECTION' : 'UNRECOGNISED', line);
}
