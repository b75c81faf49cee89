import type { Comparator, Target } from './official-plan';
import { fold } from './vietnamese';

/**
 * The built-in indicators as plans word them: how the reader recognises a "Mục tiêu" clause's
 * indicator (patterns over the folded, diacritic-free text) and how the writer words a target that
 * the plan's text does not already state. Indicators outside this list are read with their words
 * only (`indicator: null`) for the catalogue of issue 7 to place.
 */
type IndicatorWording = {
  code: string;
  /** Words printed for the indicator. */
  phrase: string;
  /** "có trên 95% tổ hòa giải ..." (VALUE_FIRST) or "tỷ lệ hòa giải thành từ 85% trở lên" (PHRASE_FIRST). */
  order: 'VALUE_FIRST' | 'PHRASE_FIRST';
  pattern: RegExp;
};

export const INDICATOR_WORDINGS: IndicatorWording[] = [
  { code: 'SETTLEMENT_RATE', phrase: 'tỷ lệ hòa giải thành', order: 'PHRASE_FIRST', pattern: /ty le hoa giai thanh/ },
  { code: 'SECRETARY_LED_SHARE', phrase: 'Bí thư chi bộ áp được bầu làm Tổ trưởng tổ hòa giải', order: 'VALUE_FIRST', pattern: /bi thu chi bo.*to truong to hoa giai/ },
  { code: 'NEW_MEDIATORS_TRAINED_SHARE', phrase: 'hòa giải viên mới được bầu được tập huấn, bồi dưỡng', order: 'VALUE_FIRST', pattern: /hoa giai vien (o co so )?moi duoc bau.*(tap huan|boi duong)/ },
  { code: 'TRAINERS_TRAINED_SHARE', phrase: 'tập huấn viên được tập huấn', order: 'VALUE_FIRST', pattern: /tap huan vien.*duoc (tap huan|boi duong)/ },
  { code: 'MEDIATORS_TRAINED_SHARE', phrase: 'hòa giải viên được tập huấn, bồi dưỡng', order: 'VALUE_FIRST', pattern: /hoa giai vien.*duoc (tap huan|boi duong)/ },
  { code: 'TEAMS_LEGAL_SUPPORT_SHARE', phrase: 'tổ hòa giải được hỗ trợ bởi người có chuyên môn pháp luật', order: 'VALUE_FIRST', pattern: /to hoa giai.*ho tro.*(phap luat|phap ly|luat gia|luat su)/ },
  { code: 'TEAMS_CONSOLIDATED_SHARE', phrase: 'tổ hòa giải được củng cố, kiện toàn', order: 'VALUE_FIRST', pattern: /to hoa giai (duoc|da duoc) (cung co|kien toan)/ },
];

/** The built-in indicator a clause names, if any (the first whose pattern matches). */
export function indicatorOf(clause: string): string | null {
  const folded = fold(clause);
  return INDICATOR_WORDINGS.find((wording) => wording.pattern.test(folded))?.code ?? null;
}

const percent = (value: string, unit: Target['unit']) => (unit === 'PERCENT' ? `${value.replace('.', ',')}%` : value.replace('.', ','));

function valueWords(comparator: Comparator, amount: string): string {
  switch (comparator) {
    case 'GT': return `trên ${amount}`;
    case 'GTE': return `từ ${amount} trở lên`;
    case 'LTE': return `không quá ${amount}`;
    default: return amount;
  }
}

function whenWords(target: Target): string {
  if (target.applies === 'BY_YEAR') return `Đến năm ${target.year}`;
  if (target.applies === 'FROM_TO') return `Giai đoạn ${target.fromYear} - ${target.toYear}, hàng năm`;
  return 'Hàng năm';
}

/** Words a target the plan's text does not state: "Hàng năm có trên 95% tổ hòa giải được củng cố, kiện toàn". */
export function targetSentence(target: Target): string {
  const wording = INDICATOR_WORDINGS.find((candidate) => candidate.code === target.indicator);
  const phrase = wording?.phrase ?? target.indicatorText;
  const amount = valueWords(target.comparator, percent(target.value, target.unit));
  const claim = (wording?.order ?? 'PHRASE_FIRST') === 'VALUE_FIRST' ? `có ${amount} ${phrase}` : `${phrase} ${target.comparator === 'EQ' ? 'đạt ' : ''}${amount}`;
  return `${whenWords(target)} ${claim}`;
}
