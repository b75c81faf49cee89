import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SOURCE_PLANS } from '../../server/src/seeds/plans';
import { launchBrowser, screenshot, signIn } from '../support/browser';
import { DEMO } from '../support/constants';
import '../support/playwright-expect';
import { startTestApp, type TestApp } from '../support/harness';

/**
 * The console's "Chuyển tiếp kế hoạch" (issue 8, section 4): on Sóc Trăng's 156/KH-UBND, the
 * admin of Thành phố Cần Thơ, which succeeded Sóc Trăng, sees the action, confirms it and lands on
 * the new plan, which shows its link to the original; Sóc Trăng's own admin is not offered it.
 * Needs the console built (npm run build).
 */
let app: TestApp;
let browser: Browser;
let planId: string;

beforeAll(async () => {
  app = await startTestApp();
  browser = await launchBrowser();
  planId = String((await app.sql('select id from plan where number = $1', [SOURCE_PLANS.socTrang]))[0].id);
});
afterAll(async () => {
  await browser?.close();
  await app?.close();
});

const newPage = () => browser.newPage({ viewport: { width: 1400, height: 1000 } });

describe('carrying a plan over in the console', () => {
  let page: Page;

  it('offers Cần Thơ\'s admin to carry 156/KH-UBND over, with a confirmation, and opens the new plan linked to the original', async () => {
    page = await newPage();
    await signIn(page, app.url, DEMO.canThoAdmin);
    await page.goto(`${app.url}/admin/#/Plan/${planId}/show`);
    const button = page.getByTestId('plan-carry-over');
    await expect(button).toBeVisibleSoon();
    expect(await button.innerText()).toMatch(/chuyển tiếp kế hoạch/i);
    await button.click();
    await expect(page.getByText('Thành phố Cần Thơ (92)')).toBeVisibleSoon();
    await screenshot(page, 'reform-carry-over-confirm');
    await page.getByTestId('plan-carry-over-confirm').click();

    await page.waitForURL((url) => /#\/Plan\/\d+\/show/.test(url.hash) && !url.hash.includes(`/Plan/${planId}/`), { timeout: 20_000 });
    const link = page.getByTestId('plan-carried-over-from');
    await expect(link).toBeVisibleSoon();
    expect(await link.innerText()).toContain('156/KH-UBND');
    const [carried] = await app.sql(`select id::text, unit_id::text from plan where carried_over_from_id = $1`, [planId]);
    expect(page.url()).toContain(`/Plan/${carried.id}/show`);
    expect(carried.unit_id).toBe(await app.unitId('92', '2025-07-01'));
    // Carried over once: the action is gone from the original, which now names its carry-over.
    await page.goto(`${app.url}/admin/#/Plan/${planId}/show`);
    await expect(page.getByTestId('plan-carry-over-links')).toBeVisibleSoon();
    expect(await page.getByTestId('plan-carry-over').count()).toBe(0);
    await page.goto(`${app.url}/admin/#/Plan/${carried.id}/show`);
    await expect(page.getByTestId('plan-carried-over-from')).toBeVisibleSoon();
    await screenshot(page, 'reform-carried-over-plan-vi');
    await page.locator('.RaAppBar-toolbar button').filter({ hasText: /tiếng việt/i }).click();
    await page.getByRole('menuitem', { name: 'English' }).click();
    await expect(page.getByText('Carried over from plan')).toBeVisibleSoon();
    await screenshot(page, 'reform-carried-over-plan-en');
  });

  it('does not offer it to Sóc Trăng\'s admin, whose province did not succeed itself', async () => {
    const other = await newPage();
    await signIn(other, app.url, DEMO.socTrangAdmin);
    await other.goto(`${app.url}/admin/#/Plan/${planId}/show`);
    await expect(other.getByText('156/KH-UBND').first()).toBeVisibleSoon();
    await expect(other.getByTestId('plan-copy')).toBeVisibleSoon();
    expect(await other.getByTestId('plan-carry-over').count()).toBe(0);
  });
});
