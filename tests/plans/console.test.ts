import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SOURCE_PLANS } from '../../server/src/seeds/plans';
import { launchBrowser, screenshot, signIn } from '../support/browser';
import { DEMO } from '../support/constants';
import '../support/playwright-expect';
import { startTestApp, type TestApp } from '../support/harness';

/**
 * The console's plan screens, as Mỹ Tú district staff: the budget tab of 127/KH-UBND shows the
 * appendix tree with its totals; editing a line changes the total; a line that breaks its
 * parent's sum is refused with the line named, and accepted once the lines above are recomputed.
 * Needs the console built (npm run build).
 */
let app: TestApp;
let browser: Browser;
let page: Page;
let planId: string;

beforeAll(async () => {
  app = await startTestApp();
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  planId = String((await app.sql('select id from plan where number = $1', [SOURCE_PLANS.myTu]))[0].id);
});
afterAll(async () => {
  await browser?.close();
  await app?.close();
});

/** The locator, once its whole text is `text` (waited for with toBeVisibleSoon). */
const withText = (locator: Locator, text: string) => locator.filter({ hasText: new RegExp(`^\\s*${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`) });

const budgetTab = () => page.goto(`${app.url}/admin/#/Plan/${planId}/show/budget`);
const total = () => page.getByTestId('budget-total');

const editLine = async (code: string, amount: string, rollUp = false) => {
  await page.getByTestId(`budget-edit-${code}`).click();
  await page.waitForURL(/#\/BudgetLine\/\d+$/);
  const input = page.getByLabel('Kinh phí (triệu đồng/năm)');
  await expect(input).toBeVisibleSoon();
  await input.fill(amount);
  if (rollUp) await page.getByLabel('Cập nhật cả các dòng tổng').check();
  await page.getByRole('button', { name: 'Lưu' }).click();
};

describe('the plan console, as Mỹ Tú district staff', () => {
  it('shows the budget appendix of 127/KH-UBND with its totals: 129 per year, 119 in 2024', async () => {
    await signIn(page, app.url, DEMO.myTuStaff);
    await budgetTab();
    await expect(page.getByTestId('budget-line-1.2')).toBeVisibleSoon();
    await expect(withText(total(), '129')).toBeVisibleSoon();
    await page.getByTestId('budget-year').fill('2024');
    await expect(withText(page.getByTestId('budget-year-total'), '119')).toBeVisibleSoon();
    await page.getByTestId('budget-year').fill('2025');
    await expect(withText(page.getByTestId('budget-year-total'), '129')).toBeVisibleSoon();
    await screenshot(page, 'plans-budget-tree');
  });

  it('edits line 2 (36 → 40) and sees the total change to 133', async () => {
    await editLine('2', '40');
    await page.waitForURL(new RegExp(`#/Plan/${planId}/show/budget`));
    await expect(withText(page.getByTestId('budget-amount-2'), '40')).toBeVisibleSoon();
    await expect(withText(total(), '133')).toBeVisibleSoon();
  });

  it('is refused, with line 1 named, when 1.1 no longer sums into line 1; then recomputes line 1 on request', async () => {
    await editLine('1.1', '5');
    // The refusal's reason (BUDGET_PARENT_NOT_SUM) is said in Vietnamese, naming the line and the figures (issue 9).
    await expect(page.getByText('Dòng kinh phí 1 ghi 46 triệu đồng, nhưng tổng các dòng 1.1, 1.2 là 49 triệu đồng').first()).toBeVisibleSoon();
    await screenshot(page, 'plans-budget-refused');
    expect(page.url()).toMatch(/#\/BudgetLine\/\d+$/);
    expect((await app.sql(`select amount::text from budget_line where plan_id = $1 and code = '1.1'`, [planId]))[0].amount).toBe('2.000');

    await page.getByLabel('Cập nhật cả các dòng tổng').check();
    await page.getByRole('button', { name: 'Lưu' }).click();
    await page.waitForURL(new RegExp(`#/Plan/${planId}/show/budget`));
    await expect(withText(page.getByTestId('budget-amount-1'), '49')).toBeVisibleSoon();
    await expect(withText(total(), '136')).toBeVisibleSoon();
    await screenshot(page, 'plans-budget-rolled-up');
  });

  it('lists the plans Mỹ Tú reads and shows the tasks of its own', async () => {
    await page.goto(`${app.url}/admin/#/Plan`);
    await expect(page.getByRole('cell', { name: '127/KH-UBND', exact: true })).toBeVisibleSoon();
    await expect(page.getByRole('cell', { name: '156/KH-UBND', exact: true })).toBeVisibleSoon();
    await page.goto(`${app.url}/admin/#/Plan/${planId}/show/tasks`);
    await expect(page.getByTestId('task-6')).toBeVisibleSoon();
    await expect(page.getByTestId('task-2').filter({ hasText: 'Tỷ lệ hòa giải thành ≥ 85%' })).toBeVisibleSoon();
    await screenshot(page, 'plans-tasks');
  });
});
