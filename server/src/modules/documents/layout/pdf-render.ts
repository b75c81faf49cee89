import { readFileSync } from 'node:fs';
import path from 'node:path';
import pdfmake from 'pdfmake';
import type { Content, TDocumentDefinitions, TableCell } from 'pdfmake/interfaces';
import { PAGE, type Block, type LaidOutDocument, type Paragraph, type Table } from './layout';

/**
 * Times New Roman is not free to ship, so the PDF embeds Liberation Serif 2.1.5 (SIL Open Font
 * License 1.1, server/assets/fonts/LICENSE), which has the same metrics: lines break where Word
 * breaks them with Times New Roman, and every Vietnamese letter is in it. Subsets are embedded.
 */
export const PDF_FONT = 'Liberation Serif';
const FONT_DIR = path.join(__dirname, '../../../../assets/fonts');
const FONT_FILES = { normal: 'LiberationSerif-Regular.ttf', bold: 'LiberationSerif-Bold.ttf', italics: 'LiberationSerif-Italic.ttf', bolditalics: 'LiberationSerif-BoldItalic.ttf' };

type VirtualFs = { writeFileSync(name: string, content: Buffer): void; existsSync(name: string): boolean };
let ready = false;
/** pdfmake keeps its fonts in a module-wide virtual file system; documents may read nothing else (no files, no URLs). */
function prepare(): void {
  if (ready) return;
  const vfs = (pdfmake as unknown as { virtualfs: VirtualFs }).virtualfs;
  for (const file of Object.values(FONT_FILES)) if (!vfs.existsSync(file)) vfs.writeFileSync(file, readFileSync(path.join(FONT_DIR, file)));
  pdfmake.setFonts({ [PDF_FONT]: FONT_FILES });
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy(() => false);
  ready = true;
}

const pt = (mm: number) => (mm * 72) / 25.4;
/** Cell padding left and right, as in the DOCX. */
const CELL_MARGIN = 1.9;

function paragraphOf(block: Paragraph): Content {
  return {
    text: block.runs.map((run) => ({ text: run.text, bold: run.bold ?? false, italics: run.italic ?? false, ...(run.underline ? { decoration: 'underline' as const } : {}) })),
    alignment: block.align,
    fontSize: block.size,
    leadingIndent: pt(block.firstLine ?? 0),
    margin: [pt(block.indentLeft ?? 0), block.spaceBefore ?? 0, pt(block.indentRight ?? 0), block.spaceAfter ?? 0],
    lineHeight: block.lineSpacing ?? 1,
    ...(block.pageBreakBefore ? { pageBreak: 'before' as const } : {}),
    ...(block.keepWithNext ? { headlineLevel: 1 } : {}),
  };
}

function tableOf(block: Table): Content {
  const padding = pt(CELL_MARGIN);
  const body: TableCell[][] = block.rows.map((row) => {
    let column = 0;
    const cells: TableCell[] = [];
    for (const cell of row) {
      const span = cell.colSpan ?? 1;
      const width = block.widths.slice(column, column + span).reduce((a, b) => a + b, 0);
      column += span;
      cells.push({ stack: blocksOf(cell.blocks, width - 2 * CELL_MARGIN), colSpan: span });
      for (let filler = 1; filler < span; filler++) cells.push({ text: '' });
    }
    return cells;
  });
  const line = block.borders ? 0.5 : 0;
  return {
    table: { widths: block.widths.map((width) => pt(width) - 2 * padding - line), headerRows: block.headerRows, dontBreakRows: true, body },
    layout: {
      hLineWidth: () => line, vLineWidth: () => line,
      paddingLeft: () => padding, paddingRight: () => padding,
      paddingTop: () => (block.borders ? 2 : 0), paddingBottom: () => (block.borders ? 2 : 0),
    },
    fontSize: block.size,
  };
}

function blocksOf(blocks: Block[], available: number): Content[] {
  return blocks.map((block): Content => {
    if (block.type === 'paragraph') return paragraphOf(block);
    if (block.type === 'table') return tableOf(block);
    const side = pt(Math.max(0, (available - block.width) / 2));
    return { canvas: [{ type: 'line', x1: side, y1: 0, x2: side + pt(block.width), y2: 0, lineWidth: 0.6 }], margin: [0, 5, 0, block.spaceAfter ?? 0] };
  });
}

/** Renders blocks as a PDF: A4, the decree's margins, page numbers centred in the top margin from page 2 on. Deterministic. */
export async function renderPdf(document: LaidOutDocument): Promise<Buffer> {
  prepare();
  const date = new Date(`${document.date}T00:00:00Z`);
  const definition: TDocumentDefinitions = {
    pageSize: 'A4',
    pageOrientation: 'portrait',
    pageMargins: [pt(PAGE.left), pt(PAGE.top), pt(PAGE.right), pt(PAGE.bottom)],
    info: { title: document.title, author: document.author, subject: document.subject, creator: document.author, producer: 'hoagiai', creationDate: date, modDate: date },
    defaultStyle: { font: PDF_FONT, fontSize: 14 },
    header: (currentPage: number) => (currentPage === 1 ? null : { text: String(currentPage), alignment: 'center', fontSize: 14, margin: [0, pt(10), 0, 0] }),
    // Keep a heading with what follows it: a heading left alone at the bottom of a page moves on.
    // (A node's own text runs count among the nodes after it: only what starts lower down is what follows.)
    pageBreakBefore: (node, following) => node.headlineLevel === 1
      && following.getFollowingNodesOnPage().every((next) => next.startPosition.top <= node.startPosition.top),
    content: blocksOf(document.blocks, PAGE.width - PAGE.left - PAGE.right),
  };
  return pdfmake.createPdf(definition).getBuffer();
}
