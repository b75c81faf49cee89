import 'reflect-metadata';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import mammoth from 'mammoth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { officialPlan, PLAN_DOCUMENT_QUERY, type PlanDocumentData } from '../../server/src/modules/documents/adapters/plan-adapter';
import { contentDisposition, renderSlots } from '../../server/src/modules/documents/download.routes';
import type { DocumentReference } from '../../server/src/modules/documents/official-plan';
import { DEMO, DEMO_PASSWORD } from '../support/constants';
import { startTestApp, type TestApp } from '../support/harness';
import { firstOutOfOrder, paragraphs, parseXml, unzipDocx } from './docx-xml';
import { myTuPlan } from './seed-plans';

/**
 * GET /documents/plans/{id}.docx|pdf and /documents/reports/{id}.docx|xlsx: the stored plan and
 * report as official documents, under the API's own session and scope rules (another tenant's id
 * is "not found"), with file names that keep the Vietnamese. The PDF's first page is rendered to
 * test-output/documents/download-*.png.
 */
const OUT = path.resolve(__dirname, '../../test-output/documents');
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

let app: TestApp;
let planId: string;
let reportId: string;
const units: Record<string, string> = {};

beforeAll(async () => {
  app = await startTestApp();
  [{ id: planId }] = await app.sql(`select id::text from plan where number = '127/KH-UBND'`);
  units.myTu = await app.unitId('944');
  const generated = await app.gql(`mutation ($u: ID!) { generateReport(unitId: $u, year: 2022) { id } }`, { u: units.myTu }, { token: await app.login(DEMO.myTuStaff) });
  expect(generated.errors, JSON.stringify(generated.errors)).toBeUndefined();
  reportId = generated.data!.generateReport.id;
  mkdirSync(OUT, { recursive: true });
});
afterAll(() => app?.close());

type Download = { status: number; headers: Headers; bytes: Buffer };
async function download(address: string, email?: string, headers: Record<string, string> = {}): Promise<Download> {
  const authorization: Record<string, string> = email ? { authorization: `Bearer ${await app.login(email)}` } : {};
  const response = await fetch(`${app.url}${address}`, { headers: { ...authorization, ...headers } });
  return { status: response.status, headers: response.headers, bytes: Buffer.from(await response.arrayBuffer()) };
}
const json = (d: Download) => JSON.parse(d.bytes.toString('utf8')) as { errors: { message: string; extensions: Record<string, unknown> }[] };
const textOf = (docx: Buffer) => paragraphs(parseXml(unzipDocx(docx)['word/document.xml'])).map((p) => p.text).join('\n');

describe('GET /documents/plans/{id}.docx', () => {
  it('gives Mỹ Tú\'s staff the plan 127/KH-UBND as a DOCX: number, title, every task, the budget total 129, the signer', async () => {
    const api = await app.gql(`query ($id: ID!) { Plan(id: $id) { number title budgetTotal signer { name } tasks { title } } }`, { id: planId }, { token: await app.login(DEMO.myTuStaff) });
    const plan = api.data!.Plan;
    expect(plan.budgetTotal).toBe('129');
    const file = await download(`/documents/plans/${planId}.docx`, DEMO.myTuStaff);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe(DOCX);
    expect(file.headers.get('cache-control')).toBe('no-store');
    expect(file.headers.get('content-disposition')).toBe(`attachment; filename="ke-hoach-127-kh-ubnd.docx"; filename*=UTF-8''K%E1%BA%BF%20ho%E1%BA%A1ch%20127-KH-UBND.docx`);
    writeFileSync(path.join(OUT, 'download-my-tu-127.docx'), file.bytes);

    const text = textOf(file.bytes);
    expect(text).toBe(text.normalize('NFC'));
    expect(firstOutOfOrder(text, [
      'ỦY BAN NHÂN DÂN', 'HUYỆN MỸ TÚ', `Số: ${plan.number}`, 'Mỹ Tú, ngày 16 tháng 11 năm 2021', 'KẾ HOẠCH', plan.title,
      ...plan.tasks.map((task: { title: string }) => task.title),
      'PHỤ LỤC CHI TIẾT', 'Tổng cộng', '129',
    ])).toBeNull();
    expect(firstOutOfOrder(text, ['Nơi nhận:', '- Lưu: VT', 'TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', plan.signer.name])).toBeNull();
    expect((await mammoth.convertToHtml({ buffer: file.bytes })).messages.filter((m) => m.type === 'error')).toEqual([]);
  });

  it('gives the province admin the same document, byte for byte', async () => {
    const staff = await download(`/documents/plans/${planId}.docx`, DEMO.myTuStaff);
    const province = await download(`/documents/plans/${planId}.docx`, DEMO.socTrangAdmin);
    expect(province.status).toBe(200);
    expect(Buffer.compare(province.bytes, staff.bytes)).toBe(0);
  });

  it('maps the stored plan onto the official document with nothing lost: the seed\'s plan, field by field', async () => {
    const answer = await app.gql<PlanDocumentData>(PLAN_DOCUMENT_QUERY, { id: planId }, { token: await app.login(DEMO.myTuStaff) });
    expect(answer.errors).toBeUndefined();
    const mapped = officialPlan(answer.data!)!;
    const seeded = myTuPlan();
    // Words the stored plan does not keep: the appendix caption as the source printed it (the writer's
    // words name the plan by its full number), and each target's indicator in the document's words
    // (the catalogue's here). The stored references know their year, the text only the day.
    expect(mapped.budget!.caption).toBe('ban hành kèm theo Kế hoạch số 127/KH-UBND ngày 16 tháng 11 năm 2021 của Ủy ban nhân dân huyện Mỹ Tú');
    expect([mapped.periodFrom, mapped.periodTo, mapped.implements!.issuedYear, mapped.implements!.implements!.issuedYear]).toEqual([2021, 2025, 2021, 2021]);
    expect(mapped.signer).toEqual({ onBehalfOf: 'TM. ỦY BAN NHÂN DÂN', signsFor: 'KT. CHỦ TỊCH', capacity: 'PHÓ CHỦ TỊCH', name: seeded.signer!.name });
    expect([mapped.placeOfIssue, mapped.archive, mapped.recipients.some((line) => /^Lưu/u.test(line))]).toEqual(['Mỹ Tú', seeded.archive, false]);
    const yearless = (reference: DocumentReference | null): DocumentReference | null => reference && { ...reference, issuedYear: null, implements: yearless(reference.implements) };
    const withoutWords = (plan: typeof seeded) => ({
      ...plan, implements: yearless(plan.implements), budget: { ...plan.budget!, caption: null },
      tasks: plan.tasks.map((task) => ({ ...task, targets: task.targets.map((target) => ({ ...target, indicatorText: '' })) })),
    });
    expect(withoutWords(mapped)).toEqual(withoutWords(seeded));
  });
});

describe('GET /documents/plans/{id}.docx|pdf of another kind of plan', () => {
  it('gives Bạc Liêu\'s admin its summary plan 21/KH-UBND (no appendix, no agencies) as DOCX and PDF', async () => {
    const [{ id }] = await app.sql(`select id::text from plan where number = '21/KH-UBND'`);
    const docx = await download(`/documents/plans/${id}.docx`, DEMO.bacLieuAdmin);
    expect(docx.status).toBe(200);
    const text = textOf(docx.bytes);
    expect(firstOutOfOrder(text, ['ỦY BAN NHÂN DÂN', 'TỈNH BẠC LIÊU', 'Số: 21/KH-UBND', 'Bạc Liêu, ngày 24 tháng 02 năm 2022', 'KẾ HOẠCH'])).toBeNull();
    expect(text).not.toContain('PHỤ LỤC');
    const pdf = await download(`/documents/plans/${id}.pdf`, DEMO.bacLieuAdmin);
    expect([pdf.status, pdf.bytes.subarray(0, 5).toString('latin1')]).toEqual([200, '%PDF-']);
    expect((await download(`/documents/plans/${id}.docx`, DEMO.myTuStaff)).status).toBe(404);
  });
});

describe('GET /documents/plans/{id}.docx of a plan made in the console (issue 7\'s model)', () => {
  it('prints a plan issued by a decision as the decision with the plan attached: its own targets by the catalogue\'s names, label styles, timing, signer lines, archive', async () => {
    const staff = await app.login(DEMO.myTuStaff);
    const ok = <T>(answer: { data?: T | null; errors?: unknown }) => { expect(answer.errors, JSON.stringify(answer.errors)).toBeUndefined(); return answer.data!; };
    const indicator = ok(await app.gql<{ createIndicator: { code: string } }>(`mutation { createIndicator(code: "ST_LAW_CLUBS", name: "Số câu lạc bộ pháp luật",
      nameEn: "Law clubs", unit: COUNT, measurement: REPORTED) { code } }`, {}, { token: await app.login(DEMO.socTrangAdmin) })).createIndicator;
    const decision = ok(await app.gql<{ createLegalDocument: { id: string } }>(`mutation ($u: ID!) { createLegalDocument(kind: DECISION, numberSymbol: "12/QĐ-UBND",
      issuingBody: "Ủy ban nhân dân huyện Mỹ Tú", issuingUnitId: $u, issuedOn: "2024-03-05", title: "Về việc ban hành Kế hoạch hòa giải năm 2024") { id } }`,
    { u: units.myTu }, { token: staff })).createLegalDocument;
    const plan = ok(await app.gql<{ createPlan: { id: string } }>(`mutation ($u: ID!, $d: ID!) { createPlan(unitId: $u, title: "Hòa giải ở cơ sở năm 2024",
      periodFrom: 2024, periodTo: 2025, issuedByDecisionId: $d, placeOfIssue: "Mỹ Tú", issuingBody: "Ủy ban nhân dân huyện Mỹ Tú",
      signerOnBehalfOf: "TM. ỦY BAN NHÂN DÂN", signerSignsFor: "KT. CHỦ TỊCH", signerCapacity: "PHÓ CHỦ TỊCH", signerName: "Trần Văn A",
      recipients: ["Như Điều 3"], archive: "VT, TP") { id } }`, { u: units.myTu, d: decision.id }, { token: staff })).createPlan;
    ok(await app.gql(`mutation ($p: ID!, $i: IndicatorCode!) { createTarget(planId: $p, indicator: $i, comparator: GTE, value: "3", applies: FROM_TO, fromYear: 2024, toYear: 2025) { id } }`,
      { p: plan.id, i: indicator.code }, { token: staff }));
    for (const [code, title] of [['1', 'Tuyên truyền pháp luật'], ['2', 'Tập huấn hòa giải viên']]) {
      ok(await app.gql(`mutation ($p: ID!, $c: String!, $t: String!) { createPlanTask(planId: $p, code: $c, title: $t, labelStyle: LETTER,
        scheduleKind: PART_OF_YEAR, scheduleQuarter: 2) { id } }`, { p: plan.id, c: code, t: title }, { token: staff }));
    }

    const mapped = officialPlan(ok(await app.gql<PlanDocumentData>(PLAN_DOCUMENT_QUERY, { id: plan.id }, { token: staff })))!;
    expect(mapped).toMatchObject({
      periodFrom: 2024, periodTo: 2025, placeOfIssue: 'Mỹ Tú', number: '12/QĐ-UBND', recipients: ['Như Điều 3'], archive: 'VT, TP',
      signer: { onBehalfOf: 'TM. ỦY BAN NHÂN DÂN', signsFor: 'KT. CHỦ TỊCH', capacity: 'PHÓ CHỦ TỊCH', name: 'Trần Văn A' },
      issuedBy: { number: '12/QĐ-UBND', issuedOn: '2024-03-05', title: 'Về việc ban hành Kế hoạch hòa giải năm 2024', authority: 'CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN MỸ TÚ' },
      targets: [{ indicator: 'ST_LAW_CLUBS', indicatorText: 'số câu lạc bộ pháp luật', applies: 'FROM_TO', fromYear: 2024, toYear: 2025 }],
    });
    expect(mapped.tasks.map((task) => [task.labelStyle, task.timing])).toEqual([
      ['LETTER', { kind: 'PART_OF_YEAR', quarter: 2, note: 'Trong quý II hàng năm' }], ['LETTER', { kind: 'PART_OF_YEAR', quarter: 2, note: 'Trong quý II hàng năm' }],
    ]);

    const file = await download(`/documents/plans/${plan.id}.docx`, DEMO.myTuStaff);
    expect(file.status).toBe(200);
    const text = textOf(file.bytes);
    expect(firstOutOfOrder(text, [
      'Số: 12/QĐ-UBND', 'Mỹ Tú, ngày 05 tháng 3 năm 2024', 'QUYẾT ĐỊNH', 'Về việc ban hành Kế hoạch hòa giải năm 2024', 'CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN MỸ TÚ',
      'QUYẾT ĐỊNH:', 'Điều 1.', 'Nơi nhận:', '- Như Điều 3', '- Lưu: VT, TP', 'TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Trần Văn A',
      'KẾ HOẠCH', 'Hòa giải ở cơ sở năm 2024', '(Ban hành kèm theo Quyết định số 12/QĐ-UBND', 'số câu lạc bộ pháp luật',
      'a) Tuyên truyền pháp luật', 'b) Tập huấn hòa giải viên', '- Thời gian thực hiện: Trong quý II hàng năm.',
    ])).toBeNull();
    expect(text).not.toContain('ST_LAW_CLUBS');
  });
});

describe('GET /documents/plans/{id}.pdf', () => {
  it('renders the plan as a PDF whose first page poppler draws (test-output/documents/download-my-tu-127-1.png)', async () => {
    const file = await download(`/documents/plans/${planId}.pdf`, DEMO.myTuStaff);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('application/pdf');
    expect(file.headers.get('content-disposition')).toContain(`filename*=UTF-8''K%E1%BA%BF%20ho%E1%BA%A1ch%20127-KH-UBND.pdf`);
    expect(file.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const pdf = path.join(OUT, 'download-my-tu-127.pdf');
    const png = path.join(OUT, 'download-my-tu-127-1.png');
    writeFileSync(pdf, file.bytes);
    rmSync(png, { force: true });
    execFileSync('pdftoppm', ['-r', '70', '-png', '-f', '1', '-l', '1', pdf, path.join(OUT, 'download-my-tu-127')]);
    expect(existsSync(png)).toBe(true);
    expect(execFileSync('pdftotext', ['-l', '1', pdf, '-'], { encoding: 'utf8' }).normalize('NFC')).toContain('Số: 127/KH-UBND');
  });
});

describe('GET /documents/reports/{id}.docx and .xlsx', () => {
  it('gives Mỹ Tú\'s 2022 report as a DOCX in the official layout, with its figures and its tasks\' progress', async () => {
    const api = (await app.gql(`query ($id: ID!) { Report(id: $id) { figures { teams casesReceived } taskProgress { code title } } }`, { id: reportId },
      { token: await app.login(DEMO.myTuStaff) })).data!.Report;
    const file = await download(`/documents/reports/${reportId}.docx`, DEMO.myTuStaff);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe(DOCX);
    expect(file.headers.get('content-disposition')).toContain(`filename*=UTF-8''B%C3%A1o%20c%C3%A1o%20huy%E1%BB%87n%20M%E1%BB%B9%20T%C3%BA%20n%C4%83m%202022.docx`);
    writeFileSync(path.join(OUT, 'download-my-tu-report-2022.docx'), file.bytes);
    const text = textOf(file.bytes);
    expect(firstOutOfOrder(text, [
      'ỦY BAN NHÂN DÂN', 'HUYỆN MỸ TÚ', 'BÁO CÁO', 'Kết quả công tác hòa giải ở cơ sở năm 2022 trên địa bàn huyện Mỹ Tú',
      'Thực hiện Kế hoạch số 127/KH-UBND', 'I. KẾT QUẢ THỰC HIỆN', 'Tổ hòa giải', String(api.figures.teams), 'Vụ việc tiếp nhận', String(api.figures.casesReceived),
      'II. TIẾN ĐỘ THỰC HIỆN CÁC NHIỆM VỤ', ...api.taskProgress.map((task: { code: string; title: string }) => `${task.code}. ${task.title}`),
      'III. SO SÁNH VỚI CHỈ TIÊU', 'Tỷ lệ hòa giải thành',
    ])).toBeNull();
  });

  it('gives its tables as an XLSX: Vietnamese headers, the figures as numbers, each target with its verdict', async () => {
    const api = (await app.gql(`query ($id: ID!) { Report(id: $id) { figures { teams teamsConsolidated } } }`, { id: reportId }, { token: await app.login(DEMO.socTrangAdmin) })).data!.Report;
    const file = await download(`/documents/reports/${reportId}.xlsx`, DEMO.socTrangAdmin);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe(XLSX);
    writeFileSync(path.join(OUT, 'download-my-tu-report-2022.xlsx'), file.bytes);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file.bytes as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['To hoa giai', 'Vu viec', 'Chi tieu']);
    const teams = workbook.getWorksheet('To hoa giai')!;
    expect(teams.getCell('A1').value).toBe('Tổ hòa giải và hòa giải viên năm 2022');
    expect(teams.getRow(2).values).toEqual([undefined, 'STT', 'Nội dung', 'Số lượng', 'Tỷ lệ (%)']);
    expect(teams.getRow(3).values).toEqual([undefined, '1', 'Tổ hòa giải', api.figures.teams]);
    expect(teams.getCell('C4').value).toBe(api.figures.teamsConsolidated);
    expect(typeof teams.getCell('D4').value).toBe('number');
    const targets = workbook.getWorksheet('Chi tieu')!;
    const verdicts: unknown[] = [];
    targets.eachRow((row, index) => { if (index > 2 && typeof row.getCell(1).value === 'string' && /^\d+$/.test(row.getCell(1).value as string)) verdicts.push(row.getCell(6).value); });
    expect(verdicts.length).toBeGreaterThan(0);
    for (const verdict of verdicts) expect(['Đạt', 'Chưa đạt', 'Chưa đến hạn', 'Chưa có số liệu']).toContain(verdict);
  });
});

describe('who may download what', () => {
  it('answers another province\'s caller 404, as for an id that does not exist', async () => {
    for (const address of [`/documents/plans/${planId}.docx`, `/documents/plans/${planId}.pdf`, `/documents/reports/${reportId}.docx`, `/documents/reports/${reportId}.xlsx`]) {
      const refused = await download(address, DEMO.bacLieuAdmin);
      expect(refused.status, address).toBe(404);
      expect(refused.headers.get('content-type')).toMatch(/^application\/json/);
      expect(json(refused).errors[0].extensions).toMatchObject({ code: 'NOT_FOUND', reason: 'NOT_FOUND' });
    }
  });

  it('answers a request without a session 401, and a bad token 401', async () => {
    for (const address of [`/documents/plans/${planId}.docx`, `/documents/reports/${reportId}.xlsx`]) {
      const anonymous = await download(address);
      expect(anonymous.status, address).toBe(401);
      expect(json(anonymous).errors[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'SIGN_IN_REQUIRED' });
    }
    const forged = await download(`/documents/plans/${planId}.docx`, undefined, { authorization: 'Bearer not-a-token' });
    expect(forged.status).toBe(401);
    expect(json(forged).errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('answers malformed and unknown addresses 404 in JSON, never a 500 or a stack trace', async () => {
    for (const address of ['/documents/plans/abc.docx', '/documents/plans/99999999.pdf', '/documents/plans/1.exe', '/documents/plans/0.docx',
      '/documents/plans/99999999999.docx', '/documents/reports/1.pdf', '/documents/reports/99999999.xlsx', '/documents/letters/1.docx', `/documents/plans/${planId}`,
      '/documents/constructor/1.docx', '/documents/__proto__/1.docx', `/documents/plans/${planId}.constructor`, `/documents/plans/${planId}.tostring`,
      `/documents/plans/${planId}.DOCX`, `/documents/plans/${planId}.docx.exe`, '/documents/plans/%2e%2e%2fusers.docx', '/documents/plans/-1.docx']) {
      const refused = await download(address, DEMO.myTuStaff);
      expect(refused.status, address).toBe(404);
      const body = json(refused);
      expect(body.errors[0].extensions.code, address).toBe('NOT_FOUND');
      expect(JSON.stringify(body)).not.toMatch(/stack|at \w+ \(/i);
    }
  });

  it('narrows to the working unit (x-unit-id) as the API does: a unit outside the caller\'s finds nothing', async () => {
    const xaMyTu = await app.unitId('31597');
    // A commune reads the plans its district addresses downward.
    expect((await download(`/documents/plans/${planId}.docx`, DEMO.socTrangAdmin, { 'x-unit-id': xaMyTu })).status).toBe(200);
    const bacLieu = await app.unitId('95');
    const outside = await download(`/documents/plans/${planId}.docx`, DEMO.myTuStaff, { 'x-unit-id': bacLieu });
    expect([outside.status, json(outside).errors[0].extensions.code]).toEqual([404, 'NOT_FOUND']);
  });

  it('accepts the console\'s session cookie with its header, and only with it', async () => {
    const login = await fetch(`${app.url}/graphql`, {
      method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'mutation ($e: String!, $p: String!) { login(email: $e, password: $p, cookie: true) { expiresAt } }', variables: { e: DEMO.myTuStaff, p: DEMO_PASSWORD } }),
    });
    const cookies = login.headers.getSetCookie();
    expect(cookies.map((cookie) => /Path=([^;]+)/.exec(cookie)?.[1])).toEqual(['/graphql', '/documents']);
    const session = cookies[1].split(';')[0];
    expect((await download(`/documents/plans/${planId}.docx`, undefined, { cookie: session, 'x-hoagiai-csrf': '1' })).status).toBe(200);
    expect((await download(`/documents/plans/${planId}.docx`, undefined, { cookie: session })).status).toBe(401);
  });
});

describe(contentDisposition.name, () => {
  it('keeps the exact Vietnamese name (RFC 5987) beside an ASCII fallback, with nothing that could end the header', () => {
    expect(contentDisposition('Báo cáo thành phố Cần Thơ năm 2025.xlsx')).toBe(
      `attachment; filename="bao-cao-thanh-pho-can-tho-nam-2025.xlsx"; filename*=UTF-8''B%C3%A1o%20c%C3%A1o%20th%C3%A0nh%20ph%E1%BB%91%20C%E1%BA%A7n%20Th%C6%A1%20n%C4%83m%202025.xlsx`);
    expect(contentDisposition('a"b\r\nc/d\'e.docx')).toBe(`attachment; filename="a-b-c-d-e.docx"; filename*=UTF-8''a-b-c-d%27e.docx`);
  });
});

describe(renderSlots.name, () => {
  it('lets a caller have at most so many documents written at once; the next answers 429, other callers go on', async () => {
    const slots = renderSlots(1);
    let release: (bytes: Buffer) => void = () => undefined;
    const first = slots('user:1', () => new Promise<Buffer>((resolve) => (release = resolve)));
    await expect(slots('user:1', async () => Buffer.from('b'))).rejects.toMatchObject({
      status: 429, error: { extensions: { code: 'TOO_MANY_REQUESTS', reason: 'EXPENSIVE_REQUESTS_IN_FLIGHT', retryAfterSeconds: 1 } },
    });
    expect(await slots('user:2', async () => Buffer.from('c'))).toEqual(Buffer.from('c'));
    release(Buffer.from('a'));
    expect(await first).toEqual(Buffer.from('a'));
    expect(await slots('user:1', async () => Buffer.from('d'))).toEqual(Buffer.from('d'));
  });

  it('answers many downloads at once by one caller with documents or 429 and Retry-After, never an error', async () => {
    const answers = await Promise.all(Array.from({ length: 6 }, () => download(`/documents/plans/${planId}.pdf`, DEMO.myTuStaff)));
    for (const answer of answers) {
      expect([200, 429]).toContain(answer.status);
      if (answer.status === 429) {
        expect(answer.headers.get('retry-after')).toBe('1');
        expect(json(answer).errors[0].extensions.code).toBe('TOO_MANY_REQUESTS');
      }
    }
    expect(answers.some((answer) => answer.status === 200)).toBe(true);
  });
});
