import ExcelJS from 'exceljs';
import type { ReportTable } from '../report-tables';
import { repack } from './zip';

/** Column widths in characters from millimetres (a character of Calibri 11 is about 2 mm wide). */
const characters = (mm: number) => Math.max(6, Math.round(mm / 2));
const THIN = { style: 'thin' as const, color: { argb: 'FF000000' } };
const BORDER = { top: THIN, bottom: THIN, left: THIN, right: THIN };

/**
 * Renders tables as a workbook, one sheet per table: its title, a header row (bold, frozen), the
 * rows with numbers as numbers (one decimal for percentages), a note under them. Times New Roman,
 * as the document. Deterministic (see zip.ts).
 */
export async function renderXlsx(tables: ReportTable[], properties: { title: string; author: string; date: string }): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const date = new Date(`${properties.date}T00:00:00Z`);
  Object.assign(workbook, { creator: properties.author, lastModifiedBy: properties.author, title: properties.title, created: date, modified: date });
  for (const table of tables) {
    const sheet = workbook.addWorksheet(table.sheet, { views: [{ state: 'frozen', ySplit: 2 }] });
    sheet.columns = table.columns.map((column) => ({ width: characters(column.width) }));
    sheet.mergeCells(1, 1, 1, table.columns.length);
    Object.assign(sheet.getCell(1, 1), { value: table.title, font: { name: 'Times New Roman', size: 13, bold: true }, alignment: { horizontal: 'center' } });
    const header = sheet.getRow(2);
    table.columns.forEach((column, index) => {
      Object.assign(header.getCell(index + 1), {
        value: column.header, font: { name: 'Times New Roman', size: 12, bold: true }, border: BORDER,
        alignment: { horizontal: 'center', vertical: 'middle', wrapText: true },
        fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7E6E6' } },
      });
    });
    table.rows.forEach((row, rowIndex) => {
      const line = sheet.getRow(rowIndex + 3);
      row.forEach((value, index) => {
        const percent = /%/.test(table.columns[index].header);
        Object.assign(line.getCell(index + 1), {
          value, border: BORDER, font: { name: 'Times New Roman', size: 12 },
          alignment: { horizontal: table.columns[index].align, vertical: 'top', wrapText: true },
          ...(typeof value === 'number' ? { numFmt: percent || !Number.isInteger(value) ? '0.0' : '0' } : {}),
        });
      });
    });
    if (table.note) {
      Object.assign(sheet.getCell(table.rows.length + 4, 1), { value: table.note, font: { name: 'Times New Roman', size: 11, italic: true } });
    }
  }
  return repack(new Uint8Array(await workbook.xlsx.writeBuffer()), properties.date);
}
