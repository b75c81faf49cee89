/**
 * A small page-layout model between the documents and the file formats: the plan and the report
 * are laid out once, as blocks, and the DOCX and PDF renderers draw the same blocks, so the two
 * files say the same thing in the same places. Lengths are millimetres, font sizes points.
 */

export type Align = 'left' | 'center' | 'right' | 'justify';

export type Run = { text: string; bold?: boolean; italic?: boolean; underline?: boolean };

export type Paragraph = {
  type: 'paragraph';
  runs: Run[];
  align: Align;
  size: number;
  /** First-line indent (Decree 30: 1–1.27 cm for the body). */
  firstLine?: number;
  indentLeft?: number;
  indentRight?: number;
  spaceBefore?: number;
  spaceAfter?: number;
  /** Line spacing as a multiple of single spacing. */
  lineSpacing?: number;
  keepWithNext?: boolean;
  pageBreakBefore?: boolean;
};

/** A horizontal line of a given width, centred in its column (under the issuing body, the title). */
export type Rule = { type: 'rule'; width: number; spaceAfter?: number };

export type Cell = { blocks: Block[]; align?: Align; colSpan?: number; verticalAlign?: 'top' | 'center' };

/** A table: `borders: false` for the side-by-side header and signer layouts, true for data tables. */
export type Table = { type: 'table'; widths: number[]; borders: boolean; headerRows: number; rows: Cell[][]; size: number };

export type Block = Paragraph | Rule | Table;

/** Decree 30/2020/NĐ-CP, Appendix I: A4 portrait, margins top/bottom 20–25 mm, left 30–35 mm, right 15–20 mm. */
export const PAGE = { width: 210, height: 297, top: 20, bottom: 20, left: 30, right: 15 } as const;
export const CONTENT_WIDTH = PAGE.width - PAGE.left - PAGE.right;

/** The document: blocks, and its properties. Page numbers sit centred in the top margin from page 2 on. */
export type LaidOutDocument = { title: string; subject: string; author: string; date: string; blocks: Block[] };

export const paragraph = (runs: Run[] | string, options: Omit<Paragraph, 'type' | 'runs'>): Paragraph => ({
  type: 'paragraph', runs: typeof runs === 'string' ? [{ text: runs }] : runs, ...options,
});

