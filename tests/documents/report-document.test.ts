import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import mammoth from 'mammoth';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderPdf } from '../../server/src/modules/documents/layout/pdf-render';
import { REPORT_FIGURE_NAMES, type OfficialReport } from '../../server/src/modules/documents/official-report';
import { layOutReport, reportDocx, reportXlsx } from '../../server/src/modules/documents/report-document';
import { REPORT_FIGURES } from '../../server/src/modules/reports/report-snapshot';
import { children, first, firstOutOfOrder, paragraphs, parseXml, tableInfo, unzipDocx } from './docx-xml';

/**
 * A yearly report as an official document: Mỹ Tú district's report on 127/KH-UBND for 2022, with
 * its figures, its tasks' progress and its targets compared (figures made up for the test, in the
 * shape the reports module keeps), as a DOCX in the Decree 30 layout and its tables as an XLSX.
 */
const OUT = path.resolve(__dirname, '../../test-output/documents');

const REPORT: OfficialReport = {
  issuingBody: 'Ủy ban nhân dân huyện Mỹ Tú', parentBody: null, number: '215/BC-UBND', placeOfIssue: 'Mỹ Tú', issuedOn: '2022-11-10',
  unitName: 'huyện Mỹ Tú', year: 2022,
  plan: {
    number: '127/KH-UBND', issuedOn: '2021-11-16', issuingBody: 'Ủy ban nhân dân huyện Mỹ Tú',
    title: 'Triển khai thực hiện Chỉ thị số 05-CT/TU ngày 23/9/2021 của Ban Thường vụ Tỉnh ủy, về tăng cường sự lãnh đạo của Đảng đối với công tác hòa giải ở cơ sở trên địa bàn huyện Mỹ Tú',
  },
  figures: {
    teams: 84, teamsConsolidated: 81, secretaryLedTeams: 52, mediators: 512, mediatorsWomen: 139, mediatorsEthnicMinority: 96, mediatorsTrained: 447,
    newMediators: 38, newMediatorsTrained: 30, casesReceived: 231, casesSettled: 187, casesNotSettled: 31, casesInProgress: 13,
  },
  corrected: ['casesReceived'],
  tasks: [
    { code: '1', title: 'Tuyên truyền phổ biến, quán triệt triển khai các nội dung Chỉ thị số 05-CT/TU', progress: 'Tổ chức 4 lớp tập huấn (kinh phí 12,5 triệu đồng).' },
    { code: '2', title: 'Tăng cường quản lý nhà nước về công tác hòa giải ở cơ sở; củng cố kiện toàn các tổ hòa giải', progress: 'Tổ hòa giải được củng cố, kiện toàn: 96,4% (81/84), chỉ tiêu > 95%: đạt.' },
  ],
  targets: [
    { taskCode: '2', indicator: 'Tỷ lệ tổ hòa giải được củng cố, kiện toàn', comparator: 'GT', value: '95', unit: 'PERCENT', applies: 'EVERY_YEAR', actual: '96.4', met: true, due: true },
    { taskCode: '2', indicator: 'Tỷ lệ hòa giải thành', comparator: 'GTE', value: '85', unit: 'PERCENT', applies: 'EVERY_YEAR', actual: '85.8', met: true, due: true },
    { taskCode: '2', indicator: 'Tỷ lệ tổ hòa giải do Bí thư chi bộ làm Tổ trưởng', comparator: 'EQ', value: '100', unit: 'PERCENT', applies: 'BY_YEAR', year: 2025, actual: '61.9', met: false, due: false },
    { taskCode: null, indicator: 'Tỷ lệ tổ hòa giải được hỗ trợ pháp lý', comparator: 'GTE', value: '10', unit: 'PERCENT', applies: 'EVERY_YEAR', actual: null, met: null, due: true },
  ],
  recipients: ['Sở Tư pháp', 'TT Huyện ủy'], archive: 'VT, TP',
  signer: { onBehalfOf: 'TM. ỦY BAN NHÂN DÂN', signsFor: 'KT. CHỦ TỊCH', capacity: 'PHÓ CHỦ TỊCH', name: 'Nguyễn Thanh Phong' },
};

let docx: Buffer;
let xlsx: Buffer;
beforeAll(async () => {
  docx = await reportDocx(REPORT);
  xlsx = await reportXlsx(REPORT);
  mkdirSync(OUT, { recursive: true });
  writeFileSync(path.join(OUT, 'my-tu-report-2022.docx'), docx);
  writeFileSync(path.join(OUT, 'my-tu-report-2022.xlsx'), xlsx);
});

describe('reportDocx: a yearly report in the official layout', () => {
  it('prints every figure, every task\'s progress and every target, in order, after the header and before the signer', () => {
    const text = paragraphs(parseXml(unzipDocx(docx)['word/document.xml'])).map((paragraph) => paragraph.text).join('\n');
    expect(firstOutOfOrder(text, [
      'ỦY BAN NHÂN DÂN', 'HUYỆN MỸ TÚ', 'Số: 215/BC-UBND', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Mỹ Tú, ngày 10 tháng 11 năm 2022',
      'BÁO CÁO', 'Kết quả công tác hòa giải ở cơ sở năm 2022 trên địa bàn huyện Mỹ Tú',
      'Thực hiện Kế hoạch số 127/KH-UBND ngày 16/11/2021 của Ủy ban nhân dân huyện Mỹ Tú về triển khai thực hiện Chỉ thị số 05-CT/TU',
      'I. KẾT QUẢ THỰC HIỆN', 'Tổ hòa giải', '84', 'Tổ hòa giải được củng cố, kiện toàn trong năm', '81', '96,4', 'Hòa giải viên', '512',
      'Trong đó: nữ', '139', '27,1', 'Hòa giải viên mới được bầu trong năm', '38', 'Trong đó: đã được tập huấn, bồi dưỡng', '30', '78,9',
      'Vụ việc tiếp nhận (*)', '231', 'Hòa giải thành', '187', 'Hòa giải không thành', '31', 'Đang giải quyết', '13', 'Tỷ lệ hòa giải thành', '85,8',
      '(*) Số liệu đã được điều chỉnh',
      'II. TIẾN ĐỘ THỰC HIỆN CÁC NHIỆM VỤ', '1. Tuyên truyền phổ biến', 'Tổ chức 4 lớp tập huấn (kinh phí 12,5 triệu đồng).', '2. Tăng cường quản lý nhà nước',
      'III. SO SÁNH VỚI CHỈ TIÊU', 'Tỷ lệ tổ hòa giải được củng cố, kiện toàn', 'trên 95% hàng năm', '96,4', 'Đạt',
      'Tỷ lệ hòa giải thành', 'từ 85% trở lên hàng năm', '85,8', 'Đạt', '100% đến năm 2025', '61,9', 'Chưa đến hạn',
      'Tỷ lệ tổ hòa giải được hỗ trợ pháp lý', 'Kế hoạch', '—', 'Chưa có số liệu',
      'Nơi nhận:', '- Sở Tư pháp;', '- Lưu: VT, TP.', 'TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Nguyễn Thanh Phong',
    ])).toBeNull();
  });

  it('lays its tables out with a repeated header row, numbers right-aligned', () => {
    const body = first(parseXml(unzipDocx(docx)['word/document.xml']), 'w:body')!;
    const tables = children(body, 'w:tbl').map(tableInfo);
    expect(tables.map((table) => [table.rows.length, table.columns.length, table.headerRows])).toEqual([[1, 2, 0], [10, 4, 1], [6, 4, 1], [5, 6, 1], [1, 2, 0]]);
    const figures = tables[1];
    expect(figures.rows[1].map((cell) => cell.paragraphs[0].align)).toEqual(['center', 'left', 'right', 'right']);
  });

  it('opens with a DOCX reader library, and its PDF rendering shows the tables (test-output/documents/my-tu-report-2022-*.png)', async () => {
    expect((await mammoth.convertToHtml({ buffer: docx })).messages.filter((message) => message.type === 'error')).toEqual([]);
    const pdf = path.join(OUT, 'my-tu-report-2022.pdf');
    writeFileSync(pdf, await renderPdf(layOutReport(REPORT)));
    execFileSync('pdftoppm', ['-r', '70', '-png', pdf, path.join(OUT, 'my-tu-report-2022')]);
    expect(execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).normalize('NFC').replace(/\s+/g, ' ')).toContain('Chưa đến hạn');
  });

  it('knows every figure the reports module keeps', () => {
    expect([...REPORT_FIGURE_NAMES]).toEqual([...REPORT_FIGURES]);
  });
});

describe('reportXlsx: the report\'s tables as a workbook', () => {
  it('has one sheet per table, the header frozen, the figures as numbers', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['To hoa giai', 'Vu viec', 'Chi tieu']);
    const teams = workbook.getWorksheet('To hoa giai')!;
    expect(teams.getCell('A1').value).toBe('Tổ hòa giải và hòa giải viên năm 2022');
    expect(teams.getRow(2).values).toEqual([undefined, 'STT', 'Nội dung', 'Số lượng', 'Tỷ lệ (%)']);
    expect(teams.getRow(3).values).toEqual([undefined, '1', 'Tổ hòa giải', 84]);
    expect(teams.getRow(4).values).toEqual([undefined, '2', 'Tổ hòa giải được củng cố, kiện toàn trong năm', 81, 96.4]);
    expect(teams.getCell('D4').numFmt).toBe('0.0');
    expect(teams.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
    const cases = workbook.getWorksheet('Vu viec')!;
    expect(cases.getRow(3).values).toEqual([undefined, '1', 'Vụ việc tiếp nhận (*)', 231]);
    expect([cases.getCell('B7').value, cases.getCell('C7').value, cases.getCell('D7').value]).toEqual(['Tỷ lệ hòa giải thành (thành / (thành + không thành))', null, 85.8]);
    expect(cases.getCell('A9').value).toMatch(/^\(\*\) Số liệu đã được điều chỉnh/);
    const targets = workbook.getWorksheet('Chi tieu')!;
    expect(targets.getRow(5).values).toEqual([undefined, '3', 'Tỷ lệ tổ hòa giải do Bí thư chi bộ làm Tổ trưởng', '2', '100% đến năm 2025', 61.9, 'Chưa đến hạn']);
    expect(['B6', 'C6', 'D6', 'E6', 'F6'].map((cell) => targets.getCell(cell).value)).toEqual(['Tỷ lệ tổ hòa giải được hỗ trợ pháp lý', 'Kế hoạch', 'từ 10% trở lên hàng năm', null, 'Chưa có số liệu']);
  });

  it('is deterministic, like the DOCX', async () => {
    expect(Buffer.compare(await reportXlsx(REPORT), xlsx)).toBe(0);
    expect(Buffer.compare(await reportDocx(REPORT), docx)).toBe(0);
  });
});
