import {
  AlignmentType, BorderStyle, Document, Footer, Header, LineRuleType, Packer, PageNumber, Paragraph as DocxParagraph, Table as DocxTable,
  TableCell, TableLayoutType, TableRow, TextRun, UnderlineType, VerticalAlignTable, WidthType,
  type IBorderOptions, type ITableBordersOptions,
} from 'docx';
import { PAGE, type Align, type Block, type LaidOutDocument, type Paragraph, type Table } from './layout';
import { repack } from './zip';

/** Word needs the font by name; the PDF carries a metric-compatible free one (see pdf-render.ts). */
export const DOCX_FONT = 'Times New Roman';

const ALIGN: Record<Align, (typeof AlignmentType)[keyof typeof AlignmentType]> = {
  left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT, justify: AlignmentType.JUSTIFIED,
};
/** Twentieths of a point: A4 is 11906 × 16838. */
const twip = (mm: number) => Math.round((mm * 1440) / 25.4);
const points = (pt: number) => Math.round(pt * 20);
/** Cell padding left and right, in mm (Word's default 0.19 cm). */
const CELL_MARGIN = 1.9;

const SOLID: IBorderOptions = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const NONE: IBorderOptions = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const bordersOf = (visible: boolean): ITableBordersOptions => {
  const border = visible ? SOLID : NONE;
  return { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border };
};

function paragraphOf(block: Paragraph): DocxParagraph {
  return new DocxParagraph({
    alignment: ALIGN[block.align],
    indent: { firstLine: twip(block.firstLine ?? 0), left: twip(block.indentLeft ?? 0), right: twip(block.indentRight ?? 0) },
    spacing: {
      before: points(block.spaceBefore ?? 0), after: points(block.spaceAfter ?? 0),
      line: Math.round(240 * (block.lineSpacing ?? 1)), lineRule: LineRuleType.AUTO,
    },
    ...(block.keepWithNext ? { keepNext: true } : {}),
    ...(block.pageBreakBefore ? { pageBreakBefore: true } : {}),
    children: block.runs.map((run) => new TextRun({
      text: run.text, font: DOCX_FONT, size: block.size * 2, ...(run.bold ? { bold: true } : {}), ...(run.italic ? { italics: true } : {}),
      ...(run.underline ? { underline: { type: UnderlineType.SINGLE } } : {}),
    })),
  });
}

/** A centred line: a one-point paragraph with a bottom border, its indents leaving `width` in the middle. */
function ruleOf(width: number, available: number, spaceAfter = 0): DocxParagraph {
  const side = Math.max(0, (available - width) / 2);
  return new DocxParagraph({
    indent: { left: twip(side), right: twip(side) },
    spacing: { before: points(2), after: points(spaceAfter), line: 20, lineRule: LineRuleType.EXACT },
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
    children: [new TextRun({ text: '', font: DOCX_FONT, size: 2 })],
  });
}

function tableOf(block: Table): DocxTable {
  return new DocxTable({
    width: { size: twip(block.widths.reduce((a, b) => a + b, 0)), type: WidthType.DXA },
    columnWidths: block.widths.map(twip),
    layout: TableLayoutType.FIXED,
    borders: bordersOf(block.borders),
    rows: block.rows.map((row, rowIndex) => {
      let column = 0;
      return new TableRow({
        ...(rowIndex < block.headerRows ? { tableHeader: true } : {}),
        cantSplit: true,
        children: row.map((cell) => {
          const span = cell.colSpan ?? 1;
          const width = block.widths.slice(column, column + span).reduce((a, b) => a + b, 0);
          column += span;
          return new TableCell({
            width: { size: twip(width), type: WidthType.DXA },
            columnSpan: span,
            verticalAlign: cell.verticalAlign === 'center' ? VerticalAlignTable.CENTER : VerticalAlignTable.TOP,
            margins: { left: twip(CELL_MARGIN), right: twip(CELL_MARGIN), top: block.borders ? twip(0.5) : 0, bottom: block.borders ? twip(0.5) : 0 },
            children: blocksOf(cell.blocks, width - 2 * CELL_MARGIN, true),
          });
        }),
      });
    }),
  });
}

function blocksOf(blocks: Block[], available: number, inCell = false): (DocxParagraph | DocxTable)[] {
  const out: (DocxParagraph | DocxTable)[] = blocks.map((block) => {
    if (block.type === 'paragraph') return paragraphOf(block);
    if (block.type === 'rule') return ruleOf(block.width, available, block.spaceAfter);
    return tableOf(block);
  });
  // A cell must hold a paragraph; Word also wants one between two tables.
  if (inCell && out.length === 0) out.push(new DocxParagraph({ children: [] }));
  return out;
}

/**
 * Renders blocks as a DOCX: A4, the decree's margins, Times New Roman, page numbers centred in the
 * top margin from page 2 on. Deterministic: the same document gives the same bytes (the package's
 * timestamps are the document's date and its generated ids are renumbered in order).
 */
export async function renderDocx(document: LaidOutDocument): Promise<Buffer> {
  const pageNumber = new DocxParagraph({
    alignment: AlignmentType.CENTER,
    children: [new TextRun({ children: [PageNumber.CURRENT], font: DOCX_FONT, size: 28 })],
  });
  const file = new Document({
    creator: document.author, title: document.title, subject: document.subject, description: document.subject, lastModifiedBy: document.author,
    styles: { default: { document: { run: { font: DOCX_FONT, size: 28 } } } },
    sections: [{
      properties: {
        titlePage: true,
        page: {
          size: { width: twip(PAGE.width), height: twip(PAGE.height) },
          margin: { top: twip(PAGE.top), bottom: twip(PAGE.bottom), left: twip(PAGE.left), right: twip(PAGE.right), header: twip(10), footer: twip(10) },
        },
      },
      headers: { default: new Header({ children: [pageNumber] }), first: new Header({ children: [new DocxParagraph({ children: [] })] }) },
      footers: { default: new Footer({ children: [new DocxParagraph({ children: [] })] }), first: new Footer({ children: [new DocxParagraph({ children: [] })] }) },
      children: blocksOf(document.blocks, PAGE.width - PAGE.left - PAGE.right),
    }],
  });
  return repack(await Packer.toBuffer(file), document.date);
}
