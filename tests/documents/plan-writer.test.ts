import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import mammoth from 'mammoth';
import { beforeAll, describe, expect, it } from 'vitest';
import type { OfficialPlan } from '../../server/src/modules/documents/official-plan';
import { planDocx, planPdf } from '../../server/src/modules/documents/plan-document';
import { formatAmount } from '../../server/src/modules/documents/vietnamese';
import { all, children, first, firstOutOfOrder, paragraphs, parseXml, tableInfo, unzipDocx, val } from './docx-xml';
import { myTuPlan } from './seed-plans';

/**
 * The seeded Mỹ Tú plan written as a Decree 30/2020/NĐ-CP document: every fact in the source's
 * order, the decree's page, fonts and layout in the XML, a file a DOCX reader opens, and the PDF's
 * pages rendered to PNG in test-output/documents/ (needs poppler-utils: pdftoppm, pdfinfo, pdffonts).
 */
const OUT = path.resolve(__dirname, '../../test-output/documents');
const plan = myTuPlan();
let docx: Buffer;
let parts: Record<string, string>;
let body: ReturnType<typeof parseXml>;

beforeAll(async () => {
  docx = await planDocx(plan);
  parts = unzipDocx(docx);
  body = first(parseXml(parts['word/document.xml']), 'w:body')!;
  mkdirSync(OUT, { recursive: true });
  writeFileSync(path.join(OUT, 'my-tu-127-KH-UBND.docx'), docx);
});

/** Every fact of the plan, in the order the source document gives them. */
function factsInSourceOrder(source: OfficialPlan): string[] {
  const budget = source.budget!;
  return [
    'ỦY BAN NHÂN DÂN', 'HUYỆN MỸ TÚ', 'Số: 127/KH-UBND', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Mỹ Tú, ngày 16 tháng 11 năm 2021',
    'KẾ HOẠCH', source.title, ...source.preamble!.split('\n\n'),
    'I. MỤC ĐÍCH, YÊU CẦU', ...source.purposes,
    'II. NỘI DUNG THỰC HIỆN',
    ...source.tasks.flatMap((task) => [
      `${task.code}. ${task.title}`, ...(task.description?.split('\n\n') ?? []), task.leadText!, task.coordinatingText!, task.timing!.note,
    ]),
    'III. TỔ CHỨC THỰC HIỆN', '1. Phân công nhiệm vụ', source.responsibilitiesPreamble!, ...source.responsibilities.map((item) => item.text),
    '2. Kinh phí thực hiện', source.fundingSource!, '(Kèm chi tiết phụ lục)',
    '3. Chế độ thông tin báo cáo', ...source.reportingRules[0].note!.split('\n\n'),
    'Nơi nhận:', ...source.recipients, `Lưu: ${source.archive}`,
    source.signer!.onBehalfOf!, source.signer!.signsFor!, source.signer!.capacity, source.signer!.name!,
    budget.heading, `(${budget.caption})`, 'STT', 'Nội dung', 'Thời gian thực hiện', budget.amountHeader,
    ...budget.lines.flatMap((line) => [line.code, line.title, ...(line.timing ? [line.timing.note] : []), formatAmount(line.amount)]),
    'Tổng cộng', budget.total,
  ];
}

describe('planDocx: the seeded Mỹ Tú plan 127/KH-UBND', () => {
  it('holds every fact of the plan in the source document\'s order, in NFC', () => {
    const text = paragraphs(body).map((paragraph) => paragraph.text).join('\n');
    expect(firstOutOfOrder(text, factsInSourceOrder(plan))).toBeNull();
    expect(text.normalize('NFC')).toBe(text);
  });

  it('is an A4 page with the decree\'s margins (top and bottom 20 mm, left 30 mm, right 15 mm) and page numbers from page 2', () => {
    const section = first(body, 'w:sectPr')!;
    expect({ width: val(first(section, 'w:pgSz'), 'w:w'), height: val(first(section, 'w:pgSz'), 'w:h') }).toEqual({ width: '11906', height: '16838' });
    const margin = first(section, 'w:pgMar')!;
    expect(['w:top', 'w:bottom', 'w:left', 'w:right'].map((side) => margin.getAttribute(side))).toEqual(['1134', '1134', '1701', '850']);
    expect(first(section, 'w:titlePg')).toBeDefined();
    const headers = Object.entries(parts).filter(([name]) => /^word\/header\d+\.xml$/.test(name)).map(([, xml]) => xml);
    expect(headers.filter((xml) => /PAGE/.test(xml))).toHaveLength(1);
  });

  it('sets every run in Times New Roman, the body in 14 pt, justified, its first lines indented 1.27 cm', () => {
    const runs = all(body, 'w:r').map((run) => first(run, 'w:rFonts')?.getAttribute('w:ascii'));
    expect(new Set(runs)).toEqual(new Set(['Times New Roman']));
    const purposes = paragraphs(body).filter((paragraph) => plan.purposes.some((purpose) => paragraph.text === `${plan.purposes.indexOf(purpose) + 1}. ${purpose}`));
    expect(purposes).toHaveLength(4);
    for (const paragraph of purposes) expect(paragraph).toMatchObject({ align: 'both', firstLine: 720, runs: [{ size: 28, bold: false }] });
  });

  it('lays the header out as the decree does: issuing body and number left, national motto and place/date right', () => {
    const header = tableInfo(children(body, 'w:tbl')[0]);
    expect(header.borders.every((border) => border === 'none' || border === 'nil')).toBe(true);
    expect(header.rows).toHaveLength(1);
    const [left, right] = header.rows[0].map((cell) => cell.paragraphs);
    expect(left.filter((p) => p.text).map((p) => ({ text: p.text, align: p.align, bold: p.runs[0].bold, size: p.runs[0].size }))).toEqual([
      { text: 'ỦY BAN NHÂN DÂN', align: 'center', bold: true, size: 26 },
      { text: 'HUYỆN MỸ TÚ', align: 'center', bold: true, size: 26 },
      { text: 'Số: 127/KH-UBND', align: 'center', bold: false, size: 26 },
    ]);
    expect(left.some((p) => !p.text && p.border)).toBe(true); // the line under the issuing body
    expect(right.map((p) => ({ text: p.text, align: p.align, bold: p.runs[0].bold, italic: p.runs[0].italic, underline: p.runs[0].underline, size: p.runs[0].size }))).toEqual([
      { text: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', align: 'center', bold: true, italic: false, underline: false, size: 24 },
      { text: 'Độc lập - Tự do - Hạnh phúc', align: 'center', bold: true, italic: false, underline: true, size: 26 },
      { text: 'Mỹ Tú, ngày 16 tháng 11 năm 2021', align: 'center', bold: false, italic: true, underline: false, size: 28 },
    ]);
    const kind = paragraphs(body).find((p) => p.text === 'KẾ HOẠCH')!;
    expect(kind).toMatchObject({ align: 'center', runs: [{ bold: true, size: 28 }] });
    expect(paragraphs(body).find((p) => p.text === plan.title)).toMatchObject({ align: 'center', runs: [{ bold: true, size: 28 }] });
  });

  it('puts the recipients bottom left and the signer block bottom right', () => {
    const closing = tableInfo(children(body, 'w:tbl')[1]);
    expect(closing.rows).toHaveLength(1);
    const [left, right] = closing.rows[0].map((cell) => cell.paragraphs);
    expect(left[0]).toMatchObject({ text: 'Nơi nhận:', runs: [{ bold: true, italic: true, size: 24 }] });
    expect(left.slice(1).map((p) => p.text)).toEqual(['- Sở Tư Pháp;', '- TT Huyện ủy;', '- TT HĐND huyện;', '- Cơ quan, ban, ngành huyện;', '- UBND các xã, thị trấn;', '- Lưu: VT, NC.']);
    expect(left.slice(1).every((p) => p.runs[0].size === 22)).toBe(true);
    expect(right.map((p) => ({ text: p.text, align: p.align, bold: p.runs[0]?.bold }))).toEqual([
      { text: 'TM. ỦY BAN NHÂN DÂN', align: 'center', bold: true },
      { text: 'KT. CHỦ TỊCH', align: 'center', bold: true },
      { text: 'PHÓ CHỦ TỊCH', align: 'center', bold: true },
      { text: 'Nguyễn Thanh Phong', align: 'center', bold: true },
    ]);
  });

  it('prints the budget appendix on its own page: caption, a header row repeated on each page, amounts right-aligned, the total 129', () => {
    const heading = paragraphs(body).find((p) => p.text === 'PHỤ LỤC CHI TIẾT')!;
    expect(heading).toMatchObject({ align: 'center', pageBreakBefore: true, runs: [{ bold: true }] });
    expect(paragraphs(body).find((p) => p.text === `(${plan.budget!.caption})`)).toMatchObject({ align: 'center', runs: [{ italic: true }] });
    const appendix = tableInfo(children(body, 'w:tbl')[2]);
    expect(appendix.columns).toHaveLength(4);
    expect(appendix.headerRows).toBe(1);
    expect(appendix.borders.every((border) => border === 'single')).toBe(true);
    const rows = appendix.rows.map((row) => row.map((cell) => cell.paragraphs[0].text));
    expect(rows).toEqual([
      ['STT', 'Nội dung', 'Thời gian thực hiện', 'Kinh phí thực hiện (triệu đồng)/năm'],
      ['1', plan.budget!.lines[0].title, '', '46'],
      ['1.1', plan.budget!.lines[1].title, 'Hàng năm', '2'],
      ['1.2', plan.budget!.lines[2].title, 'Hàng năm', '44'],
      ['2', plan.budget!.lines[3].title, 'Hàng năm', '36'],
      ['3', plan.budget!.lines[4].title, 'Hàng năm', '37'],
      ['4', plan.budget!.lines[5].title, 'Năm 2025', '10'],
      ['Tổng cộng', '', '129'],
    ]);
    expect(appendix.rows.slice(1).every((row) => row[row.length - 1].paragraphs[0].align === 'right')).toBe(true);
    const total = appendix.rows[7];
    expect(total[0]).toMatchObject({ span: 2, paragraphs: [{ runs: [{ bold: true }] }] });
    expect(total[2].paragraphs[0]).toMatchObject({ align: 'right', runs: [{ bold: true }] });
    expect(appendix.rows[1][3].paragraphs[0].runs[0].bold).toBe(true); // line 1 is the sum of 1.1 and 1.2
  });

  it('opens with a DOCX reader library (mammoth) without a complaint, tables and all', async () => {
    const html = await mammoth.convertToHtml({ buffer: docx });
    expect(html.messages.filter((message) => message.type === 'error')).toEqual([]);
    expect(html.value.match(/<table>/g)).toHaveLength(3);
    const text = (await mammoth.extractRawText({ buffer: docx })).value;
    expect(text).toContain('Nguyễn Thanh Phong');
    expect(text).toContain(plan.title);
  });

  it('is deterministic: the same plan gives the same bytes', async () => {
    expect(Buffer.compare(await planDocx(plan), docx)).toBe(0);
  });

  it('writes Vietnamese in NFC even when the plan\'s texts come decomposed', async () => {
    const decomposed = JSON.parse(JSON.stringify(plan).normalize('NFD')) as OfficialPlan;
    expect(Buffer.compare(await planDocx(decomposed), docx)).toBe(0);
  });
});

describe('planPdf: the seeded Mỹ Tú plan 127/KH-UBND', () => {
  const pdfFile = path.join(OUT, 'my-tu-127-KH-UBND.pdf');
  let pdf: Buffer;
  const tool = (name: string, args: string[]) => execFileSync(name, args, { encoding: 'utf8' });

  beforeAll(async () => {
    pdf = await planPdf(plan);
    mkdirSync(OUT, { recursive: true });
    writeFileSync(pdfFile, pdf);
  });

  it('is an A4 PDF with the free Times-compatible font embedded, and only that font', () => {
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(tool('pdfinfo', [pdfFile])).toMatch(/Page size:\s+595\.28 x 841\.89 pts \(A4\)/);
    const fonts = tool('pdffonts', [pdfFile]).split('\n').slice(2).filter(Boolean);
    expect(fonts.length).toBeGreaterThan(0);
    for (const font of fonts) expect(font).toMatch(/LiberationSerif.*\byes\b/);
  });

  it('says what the DOCX says', () => {
    const text = tool('pdftotext', ['-raw', pdfFile, '-']).normalize('NFC').replace(/\s+/g, ' ');
    const facts = factsInSourceOrder(plan).map((fact) => fact.replace(/\s+/g, ' '));
    // Table cells come out row by row in the PDF's text; check the body up to the appendix in order, and the rest by presence.
    const appendixAt = facts.indexOf(plan.budget!.heading);
    expect(firstOutOfOrder(text, facts.slice(0, appendixAt).filter((fact) => fact.length < 120))).toBeNull();
    for (const fact of facts.slice(appendixAt)) expect(text).toContain(fact.split(' ').slice(0, 4).join(' '));
  });

  it('renders its pages to PNG for people to look at (test-output/documents/my-tu-127-KH-UBND-*.png)', () => {
    for (const old of readdirSync(OUT).filter((name) => name.startsWith('my-tu-127-KH-UBND-') && name.endsWith('.png'))) rmSync(path.join(OUT, old));
    tool('pdftoppm', ['-r', '70', '-png', pdfFile, path.join(OUT, 'my-tu-127-KH-UBND')]);
    const pages = Number(/Pages:\s+(\d+)/.exec(tool('pdfinfo', [pdfFile]))![1]);
    expect(readdirSync(OUT).filter((name) => name.startsWith('my-tu-127-KH-UBND-') && name.endsWith('.png'))).toHaveLength(pages);
  });

  it('is deterministic: the same plan gives the same bytes', async () => {
    expect(Buffer.compare(await planPdf(plan), pdf)).toBe(0);
  });
});
