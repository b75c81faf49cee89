import { SIZE, bodyParagraph, closing, header, heading, titleBlock } from './layout/decree30';
import { renderDocx } from './layout/docx-render';
import { paragraph, type Block, type Cell, type LaidOutDocument } from './layout/layout';
import { renderXlsx } from './layout/xlsx-render';
import type { OfficialReport } from './official-report';
import { reportTables, type ReportCell, type ReportTable } from './report-tables';
import { lowerFirst, nfc, shortDate } from './vietnamese';

/**
 * A unit's yearly report in the official layout (Báo cáo): header, title, what it reports on,
 * I. its figures (two tables), II. the progress of the plan's tasks, III. its targets compared with
 * what was achieved (a table), recipients and signer. The same tables make the XLSX.
 */

/** A number as the document prints it: "80,6", "1.234". */
const printed = (value: ReportCell) =>
  value == null ? '—' : typeof value === 'number' ? value.toLocaleString('vi-VN', { maximumFractionDigits: 1 }) : value;

function tableBlocks(table: ReportTable): Block[] {
  const cell = (text: string, align: Cell['align'], bold = false): Cell => ({ blocks: [paragraph([{ text, bold }], { align: align ?? 'left', size: SIZE.table })] });
  return [
    paragraph([{ text: table.title, italic: true }], { align: 'center', size: SIZE.body, spaceBefore: 6, spaceAfter: 4, keepWithNext: true }),
    {
      type: 'table', widths: table.columns.map((column) => column.width), borders: true, headerRows: 1, size: SIZE.table,
      rows: [
        table.columns.map((column) => cell(column.header, 'center', true)),
        ...table.rows.map((row) => row.map((value, index) => cell(printed(value), table.columns[index].align))),
      ],
    },
    ...(table.note ? [paragraph([{ text: table.note, italic: true }], { align: 'left', size: SIZE.recipients, spaceBefore: 2 })] : []),
  ];
}

export function layOutReport(report: OfficialReport): LaidOutDocument {
  const [teams, cases, targets] = reportTables(report);
  const plan = report.plan;
  const basis = plan
    ? `Thực hiện Kế hoạch${plan.number ? ` số ${plan.number}` : ''}${plan.issuedOn ? ` ngày ${shortDate(plan.issuedOn)}` : ''}${plan.issuingBody ? ` của ${plan.issuingBody}` : ''} về ${lowerFirst(plan.title)}, `
    : '';
  const blocks: Block[] = [
    header({ parentBody: report.parentBody, issuingBody: report.issuingBody, number: report.number, placeOfIssue: report.placeOfIssue, issuedOn: report.issuedOn }),
    ...titleBlock('Báo cáo', `Kết quả công tác hòa giải ở cơ sở năm ${report.year} trên địa bàn ${report.unitName}`),
    bodyParagraph(`${basis}${report.issuingBody ?? 'Đơn vị'} báo cáo kết quả công tác hòa giải ở cơ sở năm ${report.year} như sau:`),
    heading('I. KẾT QUẢ THỰC HIỆN'),
    heading('1. Tổ hòa giải và hòa giải viên'),
    ...tableBlocks(teams),
    heading('2. Kết quả hòa giải'),
    ...tableBlocks(cases),
    heading('II. TIẾN ĐỘ THỰC HIỆN CÁC NHIỆM VỤ'),
    ...(report.tasks.length
      ? report.tasks.flatMap((task) => [heading(`${task.code}. ${task.title}`), bodyParagraph(task.progress)])
      : [bodyParagraph('Kế hoạch không có nhiệm vụ được giao cho đơn vị trong năm.')]),
    heading('III. SO SÁNH VỚI CHỈ TIÊU'),
    ...(report.targets.length ? tableBlocks(targets) : [bodyParagraph('Kế hoạch không đặt chỉ tiêu.')]),
    closing(report.recipients, report.archive, report.signer),
  ];
  return {
    title: `Báo cáo ${report.number ?? ''} năm ${report.year}`.replace(/\s+/g, ' '),
    subject: `Kết quả công tác hòa giải ở cơ sở năm ${report.year} trên địa bàn ${report.unitName}`,
    author: report.issuingBody ?? '',
    date: report.issuedOn ?? `${report.year}-12-31`,
    blocks,
  };
}

/** The yearly report as a Word document. */
export const reportDocx = (report: OfficialReport): Promise<Buffer> => renderDocx(layOutReport(nfc(report)));

/** The report's tables as a workbook, one sheet per table. */
export const reportXlsx = (report: OfficialReport): Promise<Buffer> =>
  renderXlsx(reportTables(nfc(report)), {
    title: `Kết quả công tác hòa giải ở cơ sở năm ${report.year} trên địa bàn ${report.unitName.normalize('NFC')}`,
    author: report.issuingBody?.normalize('NFC') ?? '',
    date: report.issuedOn ?? `${report.year}-12-31`,
  });
