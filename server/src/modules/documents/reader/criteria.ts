import type { Criterion } from '../official-plan';
import { fold } from '../vietnamese';
import { agencyListAt, type ParsedAgency, type UnitContext } from './agencies';

/**
 * Task criteria from a task's sentences (after "Trong đó, "): trainer pools and their training, pilot
 * selections, the mediator workforce and its training, with the parameters of
 * plans/task-criterion.shape.ts. Each list keeps the order the sentence names things in.
 */

/** The words of a sentence that name a parameter value, each with its value. */
const inOrder = <T extends string>(folded: string, words: [RegExp, T][]): T[] =>
  words
    .map(([pattern, value]) => ({ at: folded.search(pattern), value }))
    .filter((found) => found.at >= 0)
    .sort((a, b) => a.at - b.at)
    .map((found) => found.value)
    .filter((value, index, all) => all.indexOf(value) === index);

const LEVEL_WORDS: [RegExp, 'PROVINCE' | 'DISTRICT' | 'COMMUNE'][] = [[/cap tinh/, 'PROVINCE'], [/cap huyen/, 'DISTRICT'], [/cap xa/, 'COMMUNE']];
const TRAINING_TOPICS: [RegExp, 'METHOD' | 'PRACTICE' | 'SKILLS'][] = [[/phuong phap/, 'METHOD'], [/nghiep vu/, 'PRACTICE'], [/ky nang/, 'SKILLS']];
const PRIORITIES: [RegExp, 'LOW_SETTLEMENT_RATE' | 'MANY_DIFFICULTIES' | 'FAILS_ACCESS_TO_LAW_MEDIATION_CRITERION'][] = [
  [/ty le hoa giai thanh thap/, 'LOW_SETTLEMENT_RATE'],
  [/nhieu kho khan/, 'MANY_DIFFICULTIES'],
  [/chua dat tieu chi ve hoa giai/, 'FAILS_ACCESS_TO_LAW_MEDIATION_CRITERION'],
];

const agencyAtLevel = (agency: ParsedAgency | undefined) =>
  agency?.kind && (agency.level === 'PROVINCE' || agency.level === 'DISTRICT' || agency.level === 'COMMUNE') ? { agencyKind: agency.kind, level: agency.level } : null;

/** "giao Sở Tư pháp phối hợp với Ủy ban nhân dân cấp huyện lựa chọn ...", or a sentence's own subject. */
function selectors(sentence: string, unit: UnitContext): { selectedBy: ParsedAgency | undefined; together: ParsedAgency | undefined } {
  const given = /\bgiao /u.exec(sentence);
  const at = given ? given.index + given[0].length : sentence.search(/\p{Lu}/u);
  const first = agencyListAt(sentence, Math.max(0, at), unit);
  const rest = sentence.slice(first.to);
  const withWhom = /^ (chủ trì,? )?phối hợp với /u.exec(rest);
  const together = withWhom ? agencyListAt(sentence, first.to + withWhom[0].length, unit).parsed[0] : undefined;
  return { selectedBy: first.parsed[0], together };
}

function pilotSelection(sentence: string, folded: string, unit: UnitContext): Record<string, unknown> | null {
  const { selectedBy, together } = selectors(sentence, unit);
  const by = agencyAtLevel(selectedBy);
  if (!by) return null;
  const count = /lua chon (\d+)/.exec(folded);
  const priorities = inOrder(folded, PRIORITIES);
  const parameters: Record<string, unknown> = { selectedBy: by };
  const with_ = agencyAtLevel(together);
  if (with_) parameters.together = with_;
  parameters.within = by.level === 'DISTRICT' && unit.level === 'PROVINCE' ? 'EACH_DISTRICT' : 'PLAN_UNIT';
  parameters.unitLevel = 'COMMUNE';
  parameters.count = count ? Number(count[1]) : null;
  parameters.priorities = priorities;
  parameters.priorityMode = priorities.length > 1 && !/\bhoac\b/.test(folded) ? 'ALL' : 'ANY';
  parameters.conditional = /(tuy theo|can cu vao) tinh hinh thuc te/.test(folded);
  return parameters;
}

/** The criterion a sentence states, if it states one. `text` is the sentence without "Trong đó, " and its final period. */
export function criterionOf(text: string, unit: UnitContext): Criterion | null {
  const folded = fold(text);
  const training = /^(to chuc )?tap huan/.test(folded);
  if (/lua chon/.test(folded) && /(lam diem|chi dao diem)/.test(folded)) {
    const parameters = pilotSelection(text, folded, unit);
    return parameters ? { kind: 'PILOT_SELECTION', text, parameters } : null;
  }
  if (training && /cho (doi ngu )?(cac )?tap huan vien/.test(folded)) {
    return { kind: 'TRAINER_TRAINING', text, parameters: { levels: inOrder(folded, LEVEL_WORDS), topics: inOrder(folded, TRAINING_TOPICS) } };
  }
  if (training && /cho (doi ngu )?(cac )?hoa giai vien/.test(folded)) {
    return {
      kind: 'MEDIATOR_TRAINING', text,
      parameters: {
        trainees: /moi duoc bau/.test(folded) ? 'NEW_MEDIATORS' : 'MEDIATORS',
        topics: inOrder(folded, [[/nghiep vu/, 'PRACTICE'], [/ky nang/, 'SKILLS'], [/kien thuc phap luat/, 'LAW']]),
      },
    };
  }
  if (!training && /tap huan vien/.test(folded) && /(kien toan|ra soat)/.test(folded)) {
    return {
      kind: 'TRAINER_POOL', text,
      parameters: {
        levels: inOrder(folded, LEVEL_WORDS), actions: inOrder(folded, [[/ra soat/, 'REVIEW'], [/kien toan/, 'CONSOLIDATE']]),
        ensure: inOrder(folded, [[/so luong/, 'NUMBER'], [/thanh phan/, 'COMPOSITION']]),
      },
    };
  }
  if (/bo sung/.test(folded) && /hoa giai vien/.test(folded) && /(thay the|ra soat)/.test(folded)) {
    return {
      kind: 'MEDIATOR_WORKFORCE', text,
      parameters: {
        actions: inOrder(folded, [[/ra soat/, 'REVIEW'], [/danh gia/, 'ASSESS'], [/bo sung/, 'ADD'], [/thay the/, 'REPLACE']]),
        when: inOrder(folded, [[/thieu hoa giai vien/, 'TEAM_LACKS_MEDIATORS'], [/hieu qua chua cao/, 'MEDIATORS_UNDERPERFORM']]),
        ensure: inOrder(folded, [[/so luong/, 'NUMBER'], [/thanh phan/, 'COMPOSITION'], [/tieu chuan/, 'STANDARDS']]),
      },
    };
  }
  return null;
}
