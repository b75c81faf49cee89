import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO } from '../support/constants';
import { launchBrowser, screenshot, signIn } from '../support/browser';
import '../support/playwright-expect';
import { startTestApp, type TestApp } from '../support/harness';
import { firstOutOfOrder, paragraphs, parseXml, unzipDocx } from '../documents/docx-xml';

/**
 * The official documents from the console: the plan page's "Tải văn bản" menu downloads the plan
 * as the server writes it (GET /documents/plans/{id}.docx), with the session the console keeps in
 * its HttpOnly cookie, under the file name the server gives.
 */
let app: TestApp;
let browser: Browser;
let planId: string;

beforeAll(async () => {
  app = await startTestApp();
  browser = await launchBrowser();
  [{ id: planId }] = await app.sql(`select id::text from plan where number = '127/KH-UBND'`);
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

describe('official documents in the console', () => {
  it('downloads plan 127/KH-UBND as a DOCX from its page, as Mỹ Tú\'s staff', async () => {
    const page = await pageAs(DEMO.myTuStaff);
    await page.goto(`${app.url}/admin/#/Plan/${planId}/show`);
    await expect(page.getByText('127/KH-UBND').first()).toBeVisibleSoon();
    await page.getByTestId('document-button').click();
    await expect(page.getByTestId('document-pdf')).toBeVisibleSoon();
    await screenshot(page, 'downloads-plan-menu');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('document-docx').click()]);
    expect(download.suggestedFilename()).toBe('Kế hoạch 127-KH-UBND.docx');
    const text = paragraphs(parseXml(unzipDocx(readFileSync((await download.path())!))['word/document.xml'])).map((p) => p.text).join('\n');
    expect(firstOutOfOrder(text, ['ỦY BAN NHÂN DÂN', 'HUYỆN MỸ TÚ', 'Số: 127/KH-UBND', 'KẾ HOẠCH', 'PHỤ LỤC CHI TIẾT', 'Tổng cộng', '129'])).toBeNull();
    await screenshot(page, 'downloads-plan-done');
    await page.context().close();
  });

  it('downloads Mỹ Tú\'s 2022 report\'s tables as an XLSX from the report page', async () => {
    const myTu = await app.unitId('944');
    const generated = await app.gql(`mutation ($u: ID!) { generateReport(unitId: $u, year: 2022) { id figures { teams } } }`, { u: myTu }, { token: await app.login(DEMO.myTuStaff) });
    const report = generated.data!.generateReport;
    const page = await pageAs(DEMO.myTuStaff);
    await page.goto(`${app.url}/admin/#/Report/${report.id}/show`);
    await page.getByTestId('document-button').click();
    await expect(page.getByTestId('document-xlsx')).toBeVisibleSoon();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('document-xlsx').click()]);
    expect(download.suggestedFilename()).toBe('Báo cáo huyện Mỹ Tú năm 2022.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile((await download.path())!);
    const teams = workbook.getWorksheet('To hoa giai')!;
    expect(teams.getRow(2).values).toEqual([undefined, 'STT', 'Nội dung', 'Số lượng', 'Tỷ lệ (%)']);
    expect(teams.getRow(3).values).toEqual([undefined, '1', 'Tổ hòa giải', report.figures.teams]);
    await screenshot(page, 'downloads-report');
    await page.context().close();
  });

  it('says a refused download in Vietnamese: a plan gone since the page was opened', async () => {
    const page = await pageAs(DEMO.myTuStaff);
    await page.goto(`${app.url}/admin/#/Plan/${planId}/show`);
    await expect(page.getByText('127/KH-UBND').first()).toBeVisibleSoon();
    // The server answers as for another tenant's plan: not found.
    await page.route('**/documents/plans/**', (route) => route.fulfill({
      status: 404, contentType: 'application/json',
      body: JSON.stringify({ errors: [{ message: 'Plan 1 not found', extensions: { code: 'NOT_FOUND', reason: 'NOT_FOUND', params: { entity: 'Plan', id: planId } } }] }),
    }));
    await page.getByTestId('document-button').click();
    await page.getByTestId('document-pdf').click();
    await expect(page.locator('.MuiSnackbarContent-message, .MuiAlert-message').first()).toBeVisibleSoon();
    const message = await page.locator('.MuiSnackbarContent-message, .MuiAlert-message').first().innerText();
    expect(message).not.toMatch(/not found/i);
    await screenshot(page, 'downloads-plan-refused');
    await page.context().close();
  });
});
