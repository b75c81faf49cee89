import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO } from '../support/constants';
import { launchBrowser, screenshot, signIn, switchToEnglish } from '../support/browser';
import '../support/playwright-expect';
import { startTestApp, type TestApp } from '../support/harness';

/**
 * Every role lands on its dashboard (issue 9, section 1): its own unit and the latest year with
 * data, figures equal to the API's, a click opens a unit below, in Vietnamese and in English.
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

const API = `query ($unitId: ID, $year: Int) { unitDashboard(unitId: $unitId, year: $year) {
  unit { id name } year trend { year teams mediators } rows { unit { id code name } plans { status } }
  lateReports { unitId } teamsNeedingAttentionCount untrainedMediatorsCount } }`;

type Dashboard = { unit: { id: string; name: string }; year: number; trend: { year: number; teams: number; mediators: number }[];
  rows: { unit: { id: string; code: string; name: string }; plans: { status: 'NONE' | 'DRAFTED' | 'ISSUED' }[] }[]; lateReports: { unitId: string }[]; teamsNeedingAttentionCount: number; untrainedMediatorsCount: number };

/** The dashboard the API gives the account with no arguments: its own unit, the latest year with data. */
async function apiDashboard(email: string, unitId: string | null = null): Promise<Dashboard> {
  const result = await app.gql<{ unitDashboard: Dashboard }>(API, { unitId }, { token: await app.login(email) });
  expect(result.errors).toBeUndefined();
  return result.data!.unitDashboard;
}

async function pageAs(email: string): Promise<Page> {
  const page = await (await browser.newContext({ viewport: { width: 1400, height: 1000 } })).newPage();
  await signIn(page, app.url, email);
  return page;
}

/** Vietnamese groups thousands with a dot: 1.980. */
const vi = (value: number) => value.toLocaleString('vi-VN');

async function expectLanded(page: Page, expected: Dashboard) {
  expect(new URL(page.url()).hash).toBe('#/');
  const dashboard = page.getByTestId('dashboard');
  await expect(dashboard).toBeVisibleSoon();
  expect(await dashboard.getAttribute('data-unit-id')).toBe(String(expected.unit.id));
  expect(await dashboard.getAttribute('data-year')).toBe(String(expected.year));
  await expect(page.getByTestId('dashboard-unit').filter({ hasText: expected.unit.name })).toBeVisibleSoon();
  const latest = expected.trend[expected.trend.length - 1];
  expect(await page.getByTestId('kpi-teams').innerText()).toBe(vi(latest.teams));
  expect(await page.getByTestId('kpi-mediators').innerText()).toBe(vi(latest.mediators));
}

/** Screenshots of the page in Vietnamese, then in English (the toggle), with an English heading to prove it. */
async function screenshotsInBothLanguages(page: Page, name: string) {
  await expect(page.getByText('Tổng quan').first()).toBeVisibleSoon();
  await page.getByTestId('chart-trend').waitFor({ timeout: 15_000 }).catch(() => undefined);
  await screenshot(page, `dashboard-${name}-vi`);
  await switchToEnglish(page);
  await expect(page.getByText('Overview').first()).toBeVisibleSoon();
  await expect(page.getByTestId('dashboard')).toBeVisibleSoon();
  await page.getByTestId('chart-trend').waitFor({ timeout: 15_000 }).catch(() => undefined);
  await screenshot(page, `dashboard-${name}-en`);
}

/** A click on a unit's row opens that unit's own dashboard. */
async function drillInto(page: Page, unit: { id: string; name: string }) {
  // The row's first cell: elsewhere in the row a link (the report) leads to another page.
  await page.locator(`[data-testid="dashboard-row"]`).filter({ hasText: unit.name }).first().locator('td').first().click({ position: { x: 4, y: 4 } });
  await page.waitForFunction((id) => document.querySelector(`[data-testid="dashboard"][data-unit-id="${id}"]`) !== null, String(unit.id), { timeout: 20_000 });
  await expect(page.getByTestId('dashboard-unit').filter({ hasText: unit.name })).toBeVisibleSoon();
}

// Five sign-ins with full-page screenshots in two languages, on a busy 2-core machine.
describe('the landing dashboard of every role', { timeout: 240_000 }, () => {
  it('shows Sóc Trăng\'s admin its districts, their reports and targets, and opens Huyện Mỹ Tú', async () => {
    const expected = await apiDashboard(DEMO.socTrangAdmin);
    const page = await pageAs(DEMO.socTrangAdmin);
    await expectLanded(page, expected);
    await expect(page.getByTestId('dashboard-row')).toBeVisibleSoon();
    expect(await page.getByTestId('dashboard-row').count()).toBe(expected.rows.length);
    await expect(page.getByTestId('dashboard-late')).toBeVisibleSoon();
    await expect(page.getByTestId('dashboard-pilots')).toBeVisibleSoon();
    await screenshotsInBothLanguages(page, 'province-2021');
    const myTu = expected.rows.find((r) => r.unit.code === '944')!;
    await drillInto(page, myTu.unit);
    const below = await apiDashboard(DEMO.socTrangAdmin, myTu.unit.id);
    expect(await page.getByTestId('dashboard-row').count()).toBe(below.rows.length);
    await expect(page.getByTestId('dashboard-up')).toBeVisibleSoon();
    await screenshot(page, 'dashboard-province-2021-drilled-en');
  });

  it('shows Mỹ Tú\'s district staff its communes and opens one', async () => {
    const expected = await apiDashboard(DEMO.myTuStaff);
    const page = await pageAs(DEMO.myTuStaff);
    await expectLanded(page, expected);
    expect(await page.getByTestId('dashboard-row').count()).toBe(expected.rows.length);
    // Each commune's implementing plans read as their status, short enough for the table to fit a
    // 1,400-pixel window: "Chưa có kế hoạch triển khai" in every row pushed the last columns out.
    const statusLabel = { NONE: 'Chưa có', DRAFTED: 'Đang dự thảo', ISSUED: 'Đã ban hành' };
    const firstRow = page.getByTestId('dashboard-row').first();
    expect(expected.rows[0].plans.length).toBeGreaterThan(0);
    for (const [i, plan] of expected.rows[0].plans.entries()) expect(await firstRow.locator('td').nth(1 + i).innerText()).toBe(statusLabel[plan.status]);
    expect(await page.getByTestId('dashboard-units').evaluate((card) => card.querySelector('table')!.getBoundingClientRect().right <= card.getBoundingClientRect().right)).toBe(true);
    // Each report's link stays on one line, beside a long chip too ("Đã duyệt · Trễ hạn · trễ 30 ngày").
    const links = page.getByTestId('dashboard-units').getByRole('link', { name: 'Mở báo cáo' });
    expect(await links.count()).toBeGreaterThan(0);
    // (a flex item is one box however many lines it takes: its height tells)
    const lines = await links.evaluateAll((found) => found.map((link) => Math.round(link.getBoundingClientRect().height / parseFloat(getComputedStyle(link).fontSize))));
    expect(lines.filter((height) => height > 1)).toEqual([]);
    await screenshotsInBothLanguages(page, 'district');
    await drillInto(page, expected.rows[0].unit);
    await expect(page.getByTestId('commune-report')).toBeVisibleSoon();
  });

  it('shows a commune its report, its teams needing attention and its untrained mediators, and opens a team', async () => {
    const expected = await apiDashboard(DEMO.xaMyTu2025Staff);
    const page = await pageAs(DEMO.xaMyTu2025Staff);
    await expectLanded(page, expected);
    await expect(page.getByTestId('commune-report')).toBeVisibleSoon();
    expect(await page.getByTestId('commune-attention').locator('h6').innerText()).toContain(`(${vi(expected.teamsNeedingAttentionCount)})`);
    expect(await page.getByTestId('commune-untrained').locator('h6').innerText()).toContain(`(${vi(expected.untrainedMediatorsCount)})`);
    await screenshotsInBothLanguages(page, 'commune');
    // One click generates the year's report from the data and submits it.
    const owed = await app.sql('select r.status::text as status from report r where r.unit_id = $1 and r.year = $2', [expected.unit.id, expected.year]);
    if (owed[0]?.status !== 'SUBMITTED' && owed[0]?.status !== 'APPROVED') {
      await page.getByTestId('generate-submit').click();
      await page.waitForFunction(() => document.querySelector('[data-testid="generate-submit"]') === null, null, { timeout: 20_000 });
      expect(await app.sql('select r.status::text as status from report r where r.unit_id = $1 and r.year = $2', [expected.unit.id, expected.year]))
        .toEqual([{ status: 'SUBMITTED' }]);
      await expect(page.getByTestId('commune-report').getByText('Submitted', { exact: false })).toBeVisibleSoon();
    }
    if (expected.teamsNeedingAttentionCount > 0) {
      await page.getByTestId('commune-attention').locator('a').first().click();
      await page.waitForURL(/#\/MediationTeam\/\d+\/show/);
    }
  });

  it('shows the analyst the figures, trends and units below of its granted units, and opens Bạc Liêu', async () => {
    const expected = await apiDashboard(DEMO.analyst);
    const page = await pageAs(DEMO.analyst);
    await expectLanded(page, expected);
    await expect(page.getByTestId('chart-trend')).toBeVisibleSoon();
    await expect(page.getByTestId('chart-children')).toBeVisibleSoon();
    await expect(page.getByTestId('indicator-years')).toBeVisibleSoon();
    expect(await page.getByTestId('dashboard-units').count()).toBe(0);
    await screenshotsInBothLanguages(page, 'analyst');
    const baclieu = await app.unitId('95');
    await page.getByRole('link', { name: 'Tỉnh Bạc Liêu' }).or(page.getByRole('button', { name: 'Tỉnh Bạc Liêu' })).first().click();
    await page.waitForFunction((id) => document.querySelector(`[data-testid="dashboard"][data-unit-id="${id}"]`) !== null, baclieu, { timeout: 20_000 });
    const other = await apiDashboard(DEMO.analyst, baclieu);
    await page.getByTestId('indicator-years').locator('a').filter({ hasText: other.rows[0].unit.name }).first().click();
    await page.waitForFunction((id) => document.querySelector(`[data-testid="dashboard"][data-unit-id="${id}"]`) !== null, String(other.rows[0].unit.id), { timeout: 20_000 });
  });

  it('shows Cà Mau\'s admin of today its communes for the latest year, the late and missing reports, and opens a commune', async () => {
    const expected = await apiDashboard(DEMO.caMauAdmin);
    expect(expected.year).toBe(2026);
    const page = await pageAs(DEMO.caMauAdmin);
    await expectLanded(page, expected);
    expect(await page.getByTestId('dashboard-row').count()).toBe(expected.rows.length);
    expect(await page.getByTestId('dashboard-late').locator('tr').count()).toBe(expected.lateReports.length);
    await screenshotsInBothLanguages(page, 'province-2025');
    await drillInto(page, expected.rows[1].unit);
    await expect(page.getByTestId('commune-report')).toBeVisibleSoon();
  });
});
