import { indicatorOf } from '../indicators';
import type { Comparator, Target, Timing } from '../official-plan';
import { fold } from '../vietnamese';

/**
 * Timings ("Hàng năm", "Năm 2025", "Từ năm 2023", "2021 - 2025", "Quý I", "trước ngày 30/6") and
 * "Mục tiêu" clauses ("trên 95%" → GT 95; "từ 85% trở lên" → GTE 85; "đến năm 2025 có 100%" → EQ 100 by 2025).
 */

const QUARTERS: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, '1': 1, '2': 2, '3': 3, '4': 4 };

/** Reads a timing's words; `kind` is null when they say no rule the reader knows (the words are kept). */
export function timingOf(words: string): Timing {
  const note = words.trim().replace(/[.;]+$/, '');
  const folded = fold(note);
  let match: RegExpExecArray | null;
  if ((match = /(?:giai doan|tu nam)?\s*(\d{4})\s*(?:-|–|den nam|den)\s*(\d{4})/.exec(folded))) return { kind: 'SPAN', fromYear: Number(match[1]), toYear: Number(match[2]), note };
  if ((match = /hang nam,? (tu|ke tu) nam (\d{4})|^tu nam (\d{4})/.exec(folded))) return { kind: 'YEARLY_FROM', fromYear: Number(match[2] ?? match[3]), note };
  if ((match = /\bquy (iv|iii|ii|i|[1-4])\b(?: nam (\d{4}))?/.exec(folded))) {
    return { kind: 'PART_OF_YEAR', quarter: QUARTERS[match[1]], ...(match[2] ? { year: Number(match[2]) } : {}), note };
  }
  if ((match = /\btruoc (?:ngay )?(\d{1,2})\/(\d{1,2})(?:\/(\d{4}))?/.exec(folded))) {
    return { kind: 'PART_OF_YEAR', beforeDay: Number(match[1]), beforeMonth: Number(match[2]), ...(match[3] ? { year: Number(match[3]) } : {}), note };
  }
  if (/\bhang nam\b|\bmoi nam\b|\bthuong xuyen\b/.test(folded)) return { kind: 'YEARLY', note };
  if ((match = /^(?:trong )?nam (\d{4})$/.exec(folded))) return { kind: 'ONCE', year: Number(match[1]), note };
  return { kind: null, note };
}

/** The value words of a clause: comparator and figure, with where they are in the clause. */
const VALUE = /(?:\b(tren|hon|vuot|tu|it nhat|toi thieu|khong duoi|khong qua|toi da|dat|co)\s+)?(\d+(?:[.,]\d+)?)\s*(%|phan tram)?(\s*tro len)?/g;

/** The first figure of a clause that is a value (a percentage, or a number after a comparator), not a year. */
function valueIn(folded: string): RegExpExecArray | null {
  for (const match of folded.matchAll(VALUE)) {
    if (match[3]) return match as RegExpExecArray;
    if (match[1] && !/^\d{4}$/.test(match[2])) return match as RegExpExecArray;
  }
  return null;
}

const COMPARATORS: Record<string, Comparator> = {
  tren: 'GT', hon: 'GT', vuot: 'GT', 'it nhat': 'GTE', 'toi thieu': 'GTE', 'khong duoi': 'GTE', 'khong qua': 'LTE', 'toi da': 'LTE', dat: 'EQ', co: 'EQ',
};

/** Words before an indicator that are not its name: "Phấn đấu", "hàng năm", "đến năm 2025", "có". */
const FILLER = /^(?:(?:phan dau|(?:hang|moi) nam|den (?:het )?nam \d{4}|giai doan \d{4}\s*-\s*\d{4}|co|dat)(?:\s*,\s*|\s+|$))+/;

type Applies = Pick<Target, 'applies' | 'year' | 'fromYear' | 'toYear'>;

function appliesOf(folded: string): Applies | null {
  let match: RegExpExecArray | null;
  if ((match = /giai doan (\d{4})\s*-\s*(\d{4})/.exec(folded))) return { applies: 'FROM_TO', fromYear: Number(match[1]), toYear: Number(match[2]) };
  if ((match = /den (?:het )?nam (\d{4})/.exec(folded))) return { applies: 'BY_YEAR', year: Number(match[1]) };
  if (/\b(hang|moi) nam\b/.test(folded)) return { applies: 'EVERY_YEAR' };
  return null;
}

export type TargetClause = { text: string; from: number; to: number };

/**
 * The clauses of a "Mục tiêu: ..." paragraph: split at ";" and at "và" where both sides carry a
 * figure ("... trên 95% ... và tỷ lệ hòa giải thành từ 85% trở lên").
 */
export function targetClauses(text: string, from: number): TargetClause[] {
  const clauses: TargetClause[] = [];
  let start = from;
  const pieces = text.slice(from).split(/(;\s*)/);
  for (const piece of pieces) {
    if (/^;\s*$/.test(piece)) { start += piece.length; continue; }
    // (Figures found once: a "và" splits when a figure stands before it and another after it.)
    const figures = [...piece.matchAll(/\d\s*%/g)].map((match) => match.index!);
    const andAt = figures.length < 2 ? undefined
      : [...piece.matchAll(/ và /g)].map((match) => match.index!).find((index) => figures[0] < index && figures[figures.length - 1] > index);
    const parts = andAt === undefined ? [[0, piece.length]] : [[0, andAt], [andAt + 4, piece.length]];
    for (const [begin, end] of parts) {
      const raw = piece.slice(begin, end);
      const trimmed = raw.replace(/[.\s]+$/, '');
      const lead = raw.length - raw.trimStart().length;
      if (trimmed.trim()) clauses.push({ text: trimmed.trim(), from: start + begin + lead, to: start + begin + lead + trimmed.trim().length });
    }
    start += piece.length;
  }
  return clauses;
}

/** A target from one clause, or null when the clause has no figure. `previous` lends its timing to a clause without one. */
export function targetOf(clause: string, previous: Applies | null): Target | null {
  const folded = fold(clause);
  const value = valueIn(folded);
  if (!value) return null;
  const comparator: Comparator = value[4] ? 'GTE' : value[1] === 'tu' ? 'GTE' : COMPARATORS[value[1] ?? 'co'] ?? 'EQ';
  const applies = appliesOf(folded) ?? previous ?? { applies: 'EVERY_YEAR' as const };
  const before = clause.slice(0, value.index).trim();
  const beforeFolded = folded.slice(0, value.index).trim();
  const filler = FILLER.exec(beforeFolded);
  const named = filler ? before.slice(filler[0].length).trim() : before;
  const after = clause.slice(value.index + value[0].length).trim();
  const indicatorText = (named.length >= after.length ? named : after).replace(/^[,\s]+|[,\s]+$/g, '');
  return {
    indicator: indicatorOf(clause), indicatorText, comparator, value: value[2].replace(',', '.'),
    unit: value[3] ? 'PERCENT' : 'COUNT', ...applies, note: clause,
  };
}

export const appliesOfTarget = (target: Target): Applies => ({ applies: target.applies, year: target.year, fromYear: target.fromYear, toYear: target.toYear });
