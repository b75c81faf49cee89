import type { DocumentKind } from './official-plan';

/**
 * The Vietnamese of official documents, shared by the writer and the reader so that what one
 * prints the other reads: kind names, dates as Decree 30 writes them, numbering, amounts, and a
 * diacritic-free fold for matching words however their tones are placed ("hòa" / "hoà").
 */

export const KIND_NAMES: Record<DocumentKind, string> = {
  PLAN: 'Kế hoạch', DECISION: 'Quyết định', DIRECTIVE: 'Chỉ thị', RESOLUTION: 'Nghị quyết', SCHEME: 'Đề án', PROGRAMME: 'Chương trình',
  REPORT: 'Báo cáo', OFFICIAL_LETTER: 'Công văn', CIRCULAR: 'Thông tư', DECREE: 'Nghị định', LAW: 'Luật',
};

/** Kind names longest first, so that "Nghị quyết" is not read as something shorter. */
export const KINDS_BY_NAME: [string, DocumentKind][] = (Object.entries(KIND_NAMES) as [DocumentKind, string][])
  .map(([kind, name]): [string, DocumentKind] => [name, kind])
  .sort((a, b) => b[0].length - a[0].length);

export const upper = (text: string) => text.toLocaleUpperCase('vi');

export const capitaliseFirst = (text: string) => (text ? text[0].toLocaleUpperCase('vi') + text.slice(1) : text);

/** Words that keep their capital inside a sentence: the heads of agency names, the State and the Party. */
const PROPER_HEADS = /^(Sở|Phòng|Ủy|Uỷ|UBND|HĐND|Tòa|Toà|Bộ|Ban|Hội|Đài|Chi|Mặt|Nhà|Đảng|Chính|Quốc|Việt|Thủ|Tỉnh|Huyện|Chương|Đề|Kế|Chỉ|Quyết|Luật|Nghị)\b/u;

/** Lower-cases the first letter of a sentence joined after "Một là, ", unless it starts a name or an acronym. */
export function lowerFirst(text: string): string {
  if (!text || PROPER_HEADS.test(text) || /^\p{Lu}{2,}/u.test(text)) return text;
  return text[0].toLocaleLowerCase('vi') + text.slice(1);
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/** "ngày 16 tháng 11 năm 2021"; Decree 30 writes days below 10 and the months 1 and 2 with a leading 0. */
export function longDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  return `ngày ${pad2(day)} tháng ${month < 3 ? pad2(month) : String(month)} năm ${year}`;
}

/** "16/11/2021" as citations write it. */
export function shortDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  return `${pad2(day)}/${pad2(month)}/${year}`;
}

/** An ISO day from numbers, or null when they are not a real day. */
export function isoDay(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${year}-${pad2(month)}-${pad2(day)}`;
}

const ROMAN: [number, string][] = [[10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
export function roman(n: number): string {
  let rest = n;
  let out = '';
  for (const [value, letters] of ROMAN) while (rest >= value) { out += letters; rest -= value; }
  return out;
}
export function fromRoman(text: string): number | null {
  for (let n = 1; n <= 39; n++) if (roman(n) === text) return n;
  return null;
}

const ORDINAL_WORDS = ['Một', 'Hai', 'Ba', 'Bốn', 'Năm', 'Sáu', 'Bảy', 'Tám', 'Chín', 'Mười', 'Mười một', 'Mười hai', 'Mười ba', 'Mười bốn', 'Mười lăm',
  'Mười sáu', 'Mười bảy', 'Mười tám', 'Mười chín', 'Hai mươi'];
/** "Một là", "Hai là" ... "Hai mươi là": how summaries number task groups. */
export const ordinalWord = (n: number) => ORDINAL_WORDS[n - 1] ?? String(n);
export function fromOrdinalWord(word: string): number | null {
  const index = ORDINAL_WORDS.findIndex((candidate) => fold(candidate) === fold(word));
  return index < 0 ? null : index + 1;
}

export const letterLabel = (n: number) => 'abcdefghiklmnopqrstuvxy'[n - 1] ?? String(n);
export const fromLetterLabel = (letter: string) => {
  const index = 'abcdefghiklmnopqrstuvxy'.indexOf(letter);
  return index < 0 ? null : index + 1;
};

/**
 * Amounts as Vietnamese documents print them: "." groups thousands, "," marks decimals ("1.500",
 * "2,5"). Returns a plain decimal string ("1500", "2.5"), or null when the text is not an amount.
 */
export function parseAmount(text: string): string | null {
  const clean = text.replace(/\s/g, '');
  if (!/^\d{1,3}(\.\d{3})*(,\d+)?$|^\d+(,\d+)?$/.test(clean)) return null;
  const [whole, decimals] = clean.replace(/\./g, '').split(',');
  const integer = whole.replace(/^0+(?=\d)/, '');
  const fraction = decimals?.replace(/0+$/, '');
  return fraction ? `${integer}.${fraction}` : integer;
}

export function formatAmount(amount: string): string {
  const [whole, fraction] = amount.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return fraction ? `${grouped},${fraction}` : grouped;
}

/**
 * Folds a text for matching: lower case, no tone or vowel marks, đ → d; one character per
 * character, so an index in the fold is an index in the text.
 */
export function fold(text: string): string {
  let out = '';
  for (const unit of text) {
    let folded = FOLDED.get(unit);
    if (folded === undefined) {
      const base = unit.length > 1 ? unit : unit.normalize('NFD')[0].toLowerCase();
      folded = base === 'đ' ? 'd' : base;
      if (unit < '\u3000') FOLDED.set(unit, folded);
    }
    out += folded;
  }
  return out;
}
/** Each character's fold, computed once (the reader folds every line and many windows); scripts far from Vietnamese are not kept. */
const FOLDED = new Map<string, string>();

/** Trims list punctuation and emphasis marks from the ends of a line: "- Sở Tư Pháp;" → "Sở Tư Pháp". */
export function bare(text: string): string {
  return text.replace(/^\s*[-–•+*]\s+/, '').replace(/[\s;.,:]+$/, '').replace(/\*/g, '').trim();
}

/** Every text of a document in NFC (composed), as Vietnamese is stored and printed; the writers start here. */
export function nfc<T>(value: T): T {
  if (typeof value === 'string') return value.normalize('NFC') as T;
  if (Array.isArray(value)) return value.map(nfc) as T;
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, nfc(item)])) as T;
  return value;
}
