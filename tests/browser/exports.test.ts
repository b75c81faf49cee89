import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO } from '../support/constants';
import { launchBrowser, screenshot, signIn, switchToEnglish } from '../support/browser';
import '../support/playwright-expect';
import { startTestApp, type TestApp } from '../support/harness';

/**
 * Exports officials can use: each kind (a list, the indicators, a report) downloaded from the
 * console as XLSX and read back with another library (exceljs): Vietnamese headers, labels instead
 * of codes, names instead of ids, one row per record, numbers as numbers, checked against the API.
 */
let app: TestApp;
let browser: Browser;

beforeAll(async () => {
  app = await startTestApp();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await app?.close();
});

async function pageAs(email: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 }, acceptDownloads: true });
  const page = await context.newPage();
  await signIn(page, app.url, email);
  return page;
}

/** Clicks "Xuất dữ liệu" → Excel and reads the downloaded workbook back. */
async function exportXlsx(page: Page): Promise<{ workbook: ExcelJS.Workbook; fileName: string }> {
  await page.getByTestId('export-button').first().click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-xlsx').click()]);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile((await download.path())!);
  return { workbook, fileName: download.suggestedFilename() };
}

const rowsOf = (sheet: ExcelJS.Worksheet) => {
  const rows: unknown[][] = [];
  sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
};
const plain = (value: unknown) => (value instanceof Date ? value.toISOString().slice(0, 10) : value ?? null);

describe('exports', () => {
  it('exports a list (the mediators of Xã Mỹ Tú) one row per person, with Vietnamese headers, labels, names and numbers', async () => {
    const page = await pageAs(DEMO.xaMyTuStaff);
    await page.goto(`${app.url}/admin/#/Mediator`);
    await expect(page.getByRole('columnheader', { name: 'Họ và tên' })).toBeVisibleSoon();
    const { workbook, fileName } = await exportXlsx(page);
    expect(fileName).toMatch(/^hoa-giai-vien-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const [header, ...rows] = rowsOf(workbook.worksheets[0]);
    expect(header.slice(0, 8)).toEqual(['Họ và tên', 'Giới tính', 'Năm sinh', 'Dân tộc', 'Dân tộc thiểu số', 'Bí thư chi bộ', 'Tổ hòa giải', 'Xã']);

    const token = await app.login(DEMO.xaMyTuStaff);
    const api = await app.gql(`{ allMediators(perPage: 500, sortField: "fullName") { fullName gender birthYear voteShare status electedOn team { name } unit { name code } }
      _allMediatorsMeta { count } }`, {}, { token });
    expect(rows.length).toBe(api.data!._allMediatorsMeta.count);
    for (const [i, m] of (api.data!.allMediators as Record<string, any>[]).entries()) {
      const row = rows[i];
      expect(row[0]).toBe(m.fullName);
      expect(row[1]).toBe(m.gender === 'FEMALE' ? 'Nữ' : 'Nam');
      expect(plain(row[2])).toBe(m.birthYear ?? null);
      expect(row[6]).toBe(m.team.name);
      expect(row[7]).toBe(`${m.unit.name} (${m.unit.code})`);
      expect(typeof row[9]).toBe('number');
      expect(row[9]).toBeCloseTo(m.voteShare, 5);
      expect(plain(row[8])).toBe(m.electedOn ?? null);
      expect(row[14]).toBe(m.status === 'ACTIVE' ? 'Đang làm' : 'Đã thôi');
    }
    await page.context().close();
  });

  it('exports the indicators of Huyện Mỹ Tú for 2022: its figures and one row per commune, as the API computes them', async () => {
    const page = await pageAs(DEMO.analyst);
    const myTu = await app.unitId('944');
    await page.goto(`${app.url}/admin/#/Indicators`);
    await page.getByLabel('Đơn vị', { exact: true }).fill('my tu');
    await page.getByRole('option', { name: /Huyện Mỹ Tú \(944\)/ }).click();
    await page.getByLabel('Năm').fill('2022');
    await expect(page.getByTestId('indicators')).toBeVisibleSoon();
    const { workbook } = await exportXlsx(page);
    const api = (await app.gql(`query ($id: ID!) { AdministrativeUnit(id: $id) { indicators(year: 2022) { teams mediators casesReceived casesSettled settlementRate } }
      allAdministrativeUnits(perPage: 100, sortField: "code", filter: { parentId: $id }) { name code indicators(year: 2022) { teams settlementRate } } }`,
    { id: myTu }, { token: await app.login(DEMO.analyst) })).data!;
    const [header, ...figures] = rowsOf(workbook.worksheets[0]);
    expect(header).toEqual(['Chỉ số', 'Huyện Mỹ Tú (944) – 2022']);
    const value = (label: string) => figures.find((row) => row[0] === label)?.[1];
    expect(value('Số tổ hòa giải')).toBe(api.AdministrativeUnit.indicators.teams);
    expect(value('Số hòa giải viên')).toBe(api.AdministrativeUnit.indicators.mediators);
    expect(value('Số vụ việc tiếp nhận')).toBe(api.AdministrativeUnit.indicators.casesReceived);
    expect(value('Tỷ lệ hòa giải thành (thành / đã kết thúc) (%)')).toBeCloseTo(api.AdministrativeUnit.indicators.settlementRate, 5);
    const [childHeader, ...children] = rowsOf(workbook.worksheets[1]);
    expect(childHeader.slice(0, 3)).toEqual(['Đơn vị', 'Xã điểm', 'Số tổ hòa giải']);
    expect(children.map((row) => [row[0], row[2]])).toEqual(api.allAdministrativeUnits.map((u: any) => [`${u.name} (${u.code})`, u.indicators.teams]));
    await screenshot(page, 'exports-indicators');
    await page.context().close();
  });

  it('shows a year without case records as no data, in both languages and in the export, never 0 cases', async () => {
    const page = await pageAs(DEMO.analyst);
    const myTu = await app.unitId('944');
    // A link with the unit and the year opens their figures (the page keeps both in the address).
    await page.goto(`${app.url}/admin/#/Indicators?unitId=${myTu}&year=2021`);
    // The series runs 2016-2021; the demo case books begin in 2021.
    const series = page.getByTestId('indicator-series');
    await expect(series).toBeVisibleSoon();
    const row = async (year: number) => (await series.locator('tbody tr').filter({ hasText: String(year) }).locator('td').allInnerTexts()).map((t) => t.trim());
    const api = (await app.gql(`query ($id: ID!) { AdministrativeUnit(id: $id) { indicatorSeries(fromYear: 2020, toYear: 2021) { year indicators { teams casesReceived } } } }`,
      { id: myTu }, { token: await app.login(DEMO.analyst) })).data!.AdministrativeUnit.indicatorSeries;
    expect(api[0].indicators).toMatchObject({ casesReceived: null });
    expect(await row(2020)).toEqual(['2020', String(api[0].indicators.teams), expect.any(String), '—', '—', '—']);
    expect((await row(2021))[3]).toBe(String(api[1].indicators.casesReceived));
    await page.getByLabel('Năm').fill('2020');
    await expect(page.getByText('Huyện Mỹ Tú (944) · 2020')).toBeVisibleSoon();
    const { workbook } = await exportXlsx(page);
    const [, ...figures] = rowsOf(workbook.worksheets[0]);
    const cell = (label: string) => figures.find((r) => r[0] === label);
    expect(cell('Số tổ hòa giải')?.[1]).toBe(api[0].indicators.teams);
    expect(cell('Số vụ việc tiếp nhận')?.[1] ?? null).toBeNull();
    await screenshot(page, 'indicators-no-case-data-vi');
    // The unit and year stay in the address: switching the language keeps them.
    expect(page.url()).toContain(`unitId=${myTu}&year=2020`);
    await switchToEnglish(page);
    await expect(series.getByText('Cases received')).toBeVisibleSoon();
    await expect(page.getByText('Huyện Mỹ Tú (944) · 2020')).toBeVisibleSoon();
    expect((await row(2019))[3]).toBe('—');
    await screenshot(page, 'indicators-no-case-data-en');
    await page.context().close();
  });

  it('exports a yearly report: its figures as reported and the progress of each task; and prints it on A4', async () => {
    const page = await pageAs(DEMO.xaMyTuStaff);
    const token = await app.login(DEMO.xaMyTuStaff);
    const unit = await app.unitId('31597');
    const report = (await app.gql(`mutation ($u: ID!) { generateReport(unitId: $u, year: 2022) { id figures { teams mediators casesReceived settlementRate } taskProgress { code title text } } }`,
      { u: unit }, { token })).data!.generateReport;
    await page.goto(`${app.url}/admin/#/Report/${report.id}/show`);
    await expect(page.getByTestId('report-figures')).toBeVisibleSoon();
    const { workbook } = await exportXlsx(page);
    const [header, ...figures] = rowsOf(workbook.worksheets[0]);
    expect(header[0]).toBe('Xã Mỹ Tú (31597) – 2022');
    expect(figures.find((row) => row[0] === 'Số tổ hòa giải')?.[1]).toBe(report.figures.teams);
    expect(figures.find((row) => row[0] === 'Số hòa giải viên')?.[1]).toBe(report.figures.mediators);
    expect(figures.find((row) => row[0] === 'Số vụ việc tiếp nhận')?.[1]).toBe(report.figures.casesReceived);
    const [, ...progress] = rowsOf(workbook.worksheets[1]);
    expect(progress.map((row) => row[0])).toEqual(report.taskProgress.map((t: any) => `${t.code}. ${t.title}`));

    const [who] = await app.sql('select full_name from app_user where email = $1', [DEMO.xaMyTuStaff]);
    await expect(page.getByTestId('report-events').getByText(`${who.full_name} đã lập báo cáo.`)).toBeVisibleSoon();
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByText('Báo cáo kết quả công tác hòa giải ở cơ sở năm 2022 – Xã Mỹ Tú')).toBeVisibleSoon();
    expect(await page.locator('.MuiDrawer-root').isVisible()).toBe(false);
    expect(await page.getByTestId('report-print').isVisible()).toBe(false);
    await screenshot(page, 'exports-report-print-a4');
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.length).toBeGreaterThan(1000);
    await page.context().close();
  });
});
