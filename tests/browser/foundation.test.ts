import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO } from '../support/constants';
import { launchBrowser, screenshot, signIn } from '../support/browser';
import '../support/playwright-expect';
import { startTestApp, type TestApp } from '../support/harness';

let app: TestApp;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  app = await startTestApp();
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
});
afterAll(async () => {
  await browser?.close();
  await app?.close();
});

describe('the console, as Mỹ Tú district staff', () => {
  it('signs in, finds Mỹ Tú in the units browser, creates a hamlet in Xã Mỹ Tú and sees it listed', async () => {
    await signIn(page, app.url, DEMO.myTuStaff);
    // The landing page is the district's dashboard (issue 9), not the units list.
    await expect(page.getByTestId('dashboard-unit').filter({ hasText: 'Huyện Mỹ Tú' })).toBeVisibleSoon();
    expect(new URL(page.url()).hash).toBe('#/');

    await page.goto(`${app.url}/admin/#/AdministrativeUnit`);
    await page.getByTestId('units-search').fill('my tu');
    await expect(page.getByRole('cell', { name: 'Huyện Mỹ Tú', exact: true })).toBeVisibleSoon();
    await screenshot(page, 'foundation-units-search');

    await page.goto(`${app.url}/admin/#/Hamlet/create`);
    const unit = page.getByLabel('Xã, phường');
    await unit.fill('my tu');
    await page.getByRole('option', { name: /Xã Mỹ Tú \(31597\)/ }).click();
    await page.getByLabel('Tên').fill('Ấp Trình duyệt');
    await page.getByLabel('Loại').click();
    await page.getByRole('option', { name: 'Ấp', exact: true }).click();
    await page.getByRole('button', { name: 'Lưu' }).click();
    await page.waitForURL(/#\/Hamlet\/\d+\/show/);

    await page.goto(`${app.url}/admin/#/Hamlet`);
    await page.getByRole('textbox', { name: 'Tìm kiếm' }).fill('trinh duyet');
    await expect(page.getByRole('cell', { name: 'Ấp Trình duyệt' })).toBeVisibleSoon();
    await screenshot(page, 'foundation-hamlet-created');

    const rows = await app.sql(`select h.name, u.code from hamlet h join admin_unit u on u.id = h.unit_id where h.name = 'Ấp Trình duyệt'`);
    expect(rows).toEqual([{ name: 'Ấp Trình duyệt', code: '31597' }]);
  });
});
