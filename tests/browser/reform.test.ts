import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO } from '../support/constants';
import { launchBrowser, screenshot, signIn } from '../support/browser';
import '../support/playwright-expect';
import { startTestApp, type TestApp } from '../support/harness';

/** The console of today's Vietnam: unassigned hamlets and their assignment, moves, year pickers on the latest year with data. */
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

async function pageAs(email: string, locale: 'vi' | 'en' = 'vi'): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  if (locale === 'en') await page.addInitScript(() => window.localStorage.setItem('RaStore.locale', '"en"'));
  await signIn(page, app.url, email);
  return page;
}

describe('unassigned hamlets in the console, as Cần Thơ\'s admin', () => {
  it('shows how many wait, with their candidate communes, assigns one, and finds its move among the moves', async () => {
    const [{ n }] = await app.sql(`select count(*)::int as n from hamlet h join admin_unit u on u.id = h.unit_id where h.moved_on is null and u.valid_to < current_date`);
    const page = await pageAs(DEMO.canThoAdmin);
    await page.goto(`${app.url}/admin/#/UnassignedHamlet`);
    await expect(page.getByTestId('unassigned-count').getByText(`${n} thôn, ấp chưa được phân bổ`)).toBeVisibleSoon();
    await expect(page.getByText('Chưa có trong phương án').first()).toBeVisibleSoon();
    await screenshot(page, 'reform-unassigned-vi');

    const [hamlet] = await app.sql(`select h.id, h.name from hamlet h join admin_unit u on u.id = h.unit_id where h.moved_on is null and u.code = '31513' order by h.name, h.id limit 1`);
    await page.getByTestId(`assign-${hamlet.id}`).click();
    await expect(page.getByText(`Phân bổ "${hamlet.name}" về xã, phường từ ngày 01/7/2025`)).toBeVisibleSoon();
    await screenshot(page, 'reform-assign-dialog-vi');
    await page.getByTestId('assign-confirm').click();
    await expect(page.getByText('Đã phân bổ thôn, ấp')).toBeVisibleSoon();
    await expect(page.getByTestId('unassigned-count').getByText(`${n - 1} thôn, ấp chưa được phân bổ`)).toBeVisibleSoon();
    const [move] = await app.sql(`select mv.basis::text, u.email from hamlet_move mv join app_user u on u.id = mv.moved_by where mv.hamlet_id = $1`, [hamlet.id]);
    expect(move).toEqual({ basis: 'ASSIGNED', email: DEMO.canThoAdmin });

    await page.goto(`${app.url}/admin/#/HamletMove?filter=${encodeURIComponent(JSON.stringify({ basis: 'ASSIGNED' }))}`);
    await expect(page.getByText(hamlet.name)).toBeVisibleSoon();
    await expect(page.getByText('Tỉnh phân bổ').first()).toBeVisibleSoon();
    await screenshot(page, 'reform-moves-vi');
    await page.context().close();
  });

  it('says the same in English, and offers no assignment to a reader', async () => {
    const page = await pageAs(DEMO.analyst2025, 'en');
    await page.goto(`${app.url}/admin/#/HamletMove`);
    await expect(page.getByText('By the mapping (whole commune)').first()).toBeVisibleSoon();
    await screenshot(page, 'reform-moves-en');
    await page.goto(`${app.url}/admin/#/UnassignedHamlet`);
    await expect(page.getByText(/hamlets? waits? for (its|their) commune of 1 July 2025/)).toBeVisibleSoon();
    expect(await page.getByRole('button', { name: 'Assign' }).count()).toBe(0);
    await screenshot(page, 'reform-unassigned-en');
    await page.context().close();
  });
});

describe('year pickers, as today\'s xã Mỹ Tú', () => {
  it('start on the latest year with data (2026), and show the team it continues since the reform', async () => {
    const page = await pageAs(DEMO.xaMyTu2025Staff);
    await page.goto(`${app.url}/admin/#/Indicators`);
    await expect(page.getByLabel('Năm')).toBeVisibleSoon();
    expect(await page.getByLabel('Năm').inputValue()).toBe('2026');
    // On the caller's own commune, without picking it: its figures at once.
    await expect(page.getByTestId('indicators').getByText(/Xã Mỹ Tú \(31567\) · 2026/)).toBeVisibleSoon();
    // The report form's year is a list of the years that have started (issue 9), opened on the same year.
    await page.goto(`${app.url}/admin/#/Report/create`);
    await expect(page.getByRole('combobox', { name: /^Năm/ })).toBeVisibleSoon();
    expect(await page.getByRole('combobox', { name: /^Năm/ }).innerText()).toBe('2026');

    const [team] = await app.sql(`select t.id from mediation_team t join admin_unit u on u.id = t.unit_id where u.code = '31567' and u.valid_from = '2025-07-01'
                                   and t.moved_from_unit_id is not null order by t.id limit 1`);
    await page.goto(`${app.url}/admin/#/MediationTeam/${team.id}/show`);
    await expect(page.getByText('Xã trước ngày 01/7/2025')).toBeVisibleSoon();
    await expect(page.getByText(/\(31597\)|\(31567\)|\(31609\)/).first()).toBeVisibleSoon();
    await screenshot(page, 'reform-team-continued-vi');
    await page.context().close();
  });
});
