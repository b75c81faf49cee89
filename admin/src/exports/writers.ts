import writeXlsxFile, { type Cell, type SheetData } from 'write-excel-file/browser';
import type { CellKind, CellValue, ExportTable } from './columns';

const DAY = /^(\d{4})-(\d{2})-(\d{2})/;

/** A cell of the spreadsheet: a number as a number (shown as the reader's Excel shows numbers), a day as a date. */
function xlsxCell(value: CellValue, kind: CellKind): Cell {
  if (value == null || value === '') return null;
  switch (kind) {
    case 'number':
      return typeof value === 'number' ? { value, type: Number, format: '#,##0.###' } : String(value);
    case 'integer':
      return typeof value === 'number' ? { value, type: Number, format: '#,##0' } : String(value);
    case 'year':
      return typeof value === 'number' ? { value, type: Number, format: '0' } : String(value);
    case 'percent':
      // Kept as the number of percent (80.4), like the screens; the header says "(%)".
      return typeof value === 'number' ? { value, type: Number, format: '0.0' } : String(value);
    case 'day': {
      const match = typeof value === 'string' ? DAY.exec(value) : null;
      return match ? { value: new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))), type: Date, format: 'dd/mm/yyyy' } : String(value);
    }
    default:
      return String(value);
  }
}

export async function xlsxBlob(tables: ExportTable[]): Promise<Blob> {
  const sheets = tables.map((table) => {
    const header: Cell[] = table.headers.map((text) => ({ value: text, fontWeight: 'bold', wrap: true }));
    const data: SheetData = [header, ...table.rows.map((row) => row.map((value, i) => xlsxCell(value, table.kinds[i])))];
    return { data, sheet: table.sheet.slice(0, 31), columns: table.widths.map((width) => ({ width })), stickyRowsCount: 1 };
  });
  return writeXlsxFile(sheets, { fontFamily: 'Times New Roman', fontSize: 12 }).toBlob();
}

const quote = (text: string) => (/[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);

/**
 * CSV for other programs: UTF-8 with a byte-order mark (so Excel reads the Vietnamese letters),
 * comma-separated, numbers with a decimal point and no grouping, days as YYYY-MM-DD.
 */
export function csvBlob(table: ExportTable): Blob {
  const lines = [table.headers, ...table.rows.map((row) => row.map((value) => (value == null ? '' : String(value))))]
    .map((cells) => cells.map(quote).join(','));
  return new Blob(['\ufeff', lines.join('\r\n'), '\r\n'], { type: 'text/csv;charset=utf-8' });
}

/** Saves a blob under a file name, as a download. */
export function download(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** "Hòa giải viên" → "hoa-giai-vien": file names without diacritics travel everywhere. */
export const fileSlug = (text: string): string =>
  text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
