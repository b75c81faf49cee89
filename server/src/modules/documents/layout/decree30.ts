import type { Signer } from '../official-plan';
import { longDate, upper } from '../vietnamese';
import { CONTENT_WIDTH, paragraph, type Block, type Paragraph, type Run, type Table } from './layout';

/**
 * The parts every administrative document shares, as Decree 30/2020/NĐ-CP (Appendix I) lays them
 * out: the header (issuing body beside the national motto), the kind and title, body paragraphs and
 * headings, the recipients beside the signer block. Sizes are the decree's, in points.
 */
export const SIZE = {
  body: 14, parentBody: 13, issuingBody: 13, motto: 12, slogan: 13, number: 13, placeDate: 14, kind: 14, title: 14,
  recipientsLabel: 12, recipients: 11, signer: 14, table: 12,
} as const;

/** Body paragraphs: justified, first line indented 1.27 cm, at least 6 pt between paragraphs, 1.15 lines. */
const BODY = { align: 'justify' as const, size: SIZE.body, firstLine: 12.7, spaceBefore: 6, lineSpacing: 1.15 };

export const NATIONAL_MOTTO = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const SLOGAN = 'Độc lập - Tự do - Hạnh phúc';
/** The header's two columns: issuing body and number on the left, motto and place/date on the right. */
export const HEADER_WIDTHS = [66, CONTENT_WIDTH - 66];
export const CLOSING_WIDTHS = [74, CONTENT_WIDTH - 74];

const UNIT_WORD = /\s(?=(tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn|đặc khu)\s)/iu;

/** "Ủy ban nhân dân huyện Mỹ Tú" is printed "ỦY BAN NHÂN DÂN" over "HUYỆN MỸ TÚ": the body over its unit. */
export function issuingBodyLines(name: string): string[] {
  const match = UNIT_WORD.exec(name);
  return (match ? [name.slice(0, match.index), name.slice(match.index + 1)] : [name]).map(upper);
}

const centred = (runs: Run[] | string, size: number, extra: Partial<Paragraph> = {}): Paragraph =>
  paragraph(runs, { align: 'center', size, ...extra });

export type HeaderInput = { parentBody: string | null; issuingBody: string | null; number: string | null | false; placeOfIssue: string | null; issuedOn: string | null };

/** Places and dates not yet known print as dots, as forms leave them. */
export const UNKNOWN = '…';

export function placeAndDate(place: string | null, issuedOn: string | null): string {
  return `${place ?? UNKNOWN}, ${issuedOn ? longDate(issuedOn) : `ngày ${UNKNOWN} tháng ${UNKNOWN} năm ${UNKNOWN}`}`;
}

/** The header table; `number: false` leaves the number out (an attachment carries its decision's). */
export function header(input: HeaderInput): Table {
  const left: Block[] = [];
  if (input.parentBody) left.push(centred(upper(input.parentBody), SIZE.parentBody));
  for (const line of issuingBodyLines(input.issuingBody ?? UNKNOWN)) left.push(centred([{ text: line, bold: true }], SIZE.issuingBody));
  left.push({ type: 'rule', width: 22, spaceAfter: 4 });
  if (input.number !== false) left.push(centred(`Số: ${input.number ?? UNKNOWN}`, SIZE.number, { spaceBefore: 2 }));
  const right: Block[] = [
    centred([{ text: NATIONAL_MOTTO, bold: true }], SIZE.motto),
    centred([{ text: SLOGAN, bold: true, underline: true }], SIZE.slogan, { spaceAfter: 4 }),
  ];
  if (input.number !== false) right.push(centred([{ text: placeAndDate(input.placeOfIssue, input.issuedOn), italic: true }], SIZE.placeDate, { spaceBefore: 2 }));
  return { type: 'table', widths: HEADER_WIDTHS, borders: false, headerRows: 0, size: SIZE.body, rows: [[{ blocks: left }, { blocks: right }]] };
}

/** The kind (KẾ HOẠCH) and title, and what follows the title before its line (an attachment's "(Ban hành kèm theo ...)"). */
export function titleBlock(kindName: string, title: string, under: string[] = []): Block[] {
  return [
    centred([{ text: upper(kindName), bold: true }], SIZE.kind, { spaceBefore: 18, keepWithNext: true }),
    centred([{ text: title, bold: true }], SIZE.title, { keepWithNext: true }),
    ...under.map((line) => centred([{ text: line, italic: true }], SIZE.title, { keepWithNext: true })),
    { type: 'rule', width: 40, spaceAfter: 12 },
  ];
}

export const bodyParagraph = (text: string, extra: Partial<Paragraph> = {}): Paragraph => paragraph(text, { ...BODY, ...extra });
export const bodyRuns = (runs: Run[], extra: Partial<Paragraph> = {}): Paragraph => paragraph(runs, { ...BODY, ...extra });
/** A heading of the body ("I. MỤC ĐÍCH, YÊU CẦU", "1. Phân công nhiệm vụ"): bold, kept with what follows. */
export const heading = (text: string): Paragraph => paragraph([{ text, bold: true }], { ...BODY, keepWithNext: true });

/** Paragraphs of a multi-paragraph text (paragraphs separated by a blank line). */
export const paragraphsOf = (text: string | null): string[] => (text ? text.split(/\n\s*\n/).map((part) => part.trim()).filter(Boolean) : []);

/** The signer block: TM./KT. lines, capacity, room for the signature and seal, the name. */
export function signerBlocks(signer: Signer | null): Block[] {
  if (!signer) return [];
  const lines = [signer.onBehalfOf, signer.signsFor, signer.capacity].filter((line): line is string => !!line);
  return [
    ...lines.map((line) => centred([{ text: line, bold: true }], SIZE.signer)),
    centred([{ text: signer.name ?? '', bold: true }], SIZE.signer, { spaceBefore: 72 }),
  ];
}

/** "Nơi nhận:" and its lines, the archive line last ("- Lưu: VT, NC."); the label stands even before the list is known. */
export function recipientBlocks(recipients: string[], archive: string | null): Block[] {
  const lines = [...recipients, ...(archive ? [`Lưu: ${archive}`] : [])];
  return [
    paragraph([{ text: 'Nơi nhận:', bold: true, italic: true }], { align: 'left', size: SIZE.recipientsLabel, spaceBefore: 12 }),
    ...lines.map((line, index) => paragraph(`- ${line}${index === lines.length - 1 ? '.' : ';'}`, { align: 'left', size: SIZE.recipients })),
  ];
}

/** Recipients bottom left and the signer block bottom right, side by side. */
export function closing(recipients: string[], archive: string | null, signer: Signer | null, withRecipients = true): Table {
  const right = signerBlocks(signer);
  return {
    type: 'table', widths: CLOSING_WIDTHS, borders: false, headerRows: 0, size: SIZE.body,
    rows: [[{ blocks: withRecipients ? recipientBlocks(recipients, archive) : [] }, { blocks: right.length ? [{ ...(right[0] as Paragraph), spaceBefore: 12 }, ...right.slice(1)] : [] }]],
  };
}
