import { fold } from '../vietnamese';

/** A range of the normalised text, [start, end). */
export type Span = { start: number; end: number };

/**
 * One paragraph of the text: its words (trimmed) and where they are. A paragraph joined from two
 * lines keeps where each piece starts (`pieces`: index in `text`, index in the whole text).
 */
export type Line = { text: string; folded: string; start: number; end: number; pieces: [number, number][] };

/**
 * The text the reader works on, and every span refers to: NFC, line ends as "\n", no-break spaces
 * as spaces, zero-width characters and a byte-order mark removed.
 */
export function normalise(input: string): string {
  return input.normalize('NFC').replace(/\r\n?/g, '\n').replace(/[\u00a0\u202f]/g, ' ').replace(/[\u200b-\u200d\ufeff]/g, '');
}

/** Lines starting with a lower-case word continue the line before: a page break pasted in the middle of a sentence. */
const CONTINUES = /^\p{Ll}/u;
const LETTER_ITEM = /^[a-zđ]\)\s/u;

/** The non-blank lines of a text, a line that continues the one before joined to it. */
export function linesOf(text: string): Line[] {
  const lines: Line[] = [];
  let offset = 0;
  for (const raw of text.split('\n')) {
    const start = offset + (raw.length - raw.trimStart().length);
    const trimmed = raw.trim();
    offset += raw.length + 1;
    if (!trimmed) continue;
    const previous = lines[lines.length - 1];
    if (previous && CONTINUES.test(trimmed) && !LETTER_ITEM.test(trimmed) && !previous.text.includes('\t') && !trimmed.includes('\t')) {
      previous.pieces.push([previous.text.length + 1, start]);
      previous.text = `${previous.text} ${trimmed}`;
      previous.folded = fold(previous.text);
      previous.end = start + trimmed.length;
      continue;
    }
    lines.push({ text: trimmed, folded: fold(trimmed), start, end: start + trimmed.length, pieces: [[0, start]] });
  }
  return lines;
}

/** Emphasis marks a pasted text may carry ("*(trước ngày 15/11)*") are not words of the document. */
export const clean = (text: string) => text.replace(/\*+([^*\n]+?)\*+/g, '$1').trim();

/** Where an index of a line's text is in the whole text. */
function position(line: Line, index: number): number {
  let piece = line.pieces[0];
  for (const candidate of line.pieces) if (candidate[0] <= index) piece = candidate;
  return piece[1] + Math.max(0, index - piece[0]);
}

/** A part of a line as a span of the text (`from` and `to` are indices in the line's text). */
export const spanIn = (line: Line, from = 0, to = line.text.length): Span => ({ start: position(line, from), end: position(line, to) });

/** Sentences of a paragraph, with their offsets: a break after ".", "!" or "?" before a capital, never inside “quotes” or (brackets). */
export function sentencesOf(text: string): { text: string; from: number; to: number }[] {
  const out: { text: string; from: number; to: number }[] = [];
  let depth = 0;
  let from = 0;
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (char === '“' || char === '(') depth++;
    else if ((char === '”' || char === ')') && depth > 0) depth--;
    else if ((char === '.' || char === '!' || char === '?') && depth === 0 && /^\s+[\p{Lu}“"(]/u.test(text.slice(index + 1, index + 3))) {
      out.push({ text: text.slice(from, index + 1).trim(), from, to: index + 1 });
      from = index + 1;
      while (text[from] === ' ') from++;
    }
  }
  if (from < text.length && text.slice(from).trim()) out.push({ text: text.slice(from).trim(), from, to: text.length });
  return out;
}

/** Words that open a clause of the text the reader skips over when it names a part ("Phấn đấu", "Trong đó, "). */
export const withoutLead = (text: string, lead: RegExp) => {
  const match = lead.exec(text);
  return match && match.index === 0 ? text.slice(match[0].length) : text;
};
