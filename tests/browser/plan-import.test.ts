import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SOURCE_PLANS } from '../../server/src/seeds/plans';
import { DEMO } from '../support/constants';
import { launchBrowser, screenshot, signIn, switchToEnglish } from '../support/browser';
import '../support/playwright-expect';
import { startTestApp, type TestApp } from '../support/harness';

/**
 * Plans in from text through the console (issue 12), a screenshot of each step in
 * test-output/plan-import-*.png: Sóc Trăng's province admin opens "Nhập kế hoạch từ văn bản" from
 * the plans list, pastes Mỹ Tú's 127/KH-UBND for Huyện Mỹ Tú, reviews the draft beside the text (a
 * task clicked highlights its words), corrects one task's lead agency from the district's agencies,
 * looks at it in English too, saves, and finds the new plan with its budget total 129 (million VND).
 * Needs the console built (npm run build).
 */
const MY_TU = readFileSync(path.join(__dirname, '..', 'documents', 'data', 'my-tu-plan-127-KH-UBND-2021.txt'), 'utf8');
let app: TestApp;
let browser: Browser;
let page: Page;
let planId: string;

beforeAll(async () => {
  app = await startTestApp();
  // Arrangement only (as tests/plans/seeds-enterable.test.ts does): the seeded 127/KH-UBND steps aside, so its number and its place
  // under 156/KH-UBND are free for the plan read from its text. Its reports are approved and locked, so it is not deleted.
  await app.sql(`begin;
    set local session_replication_role = replica;
    update legal_document set number_symbol = null where id = (select document_id from plan where number = '${SOURCE_PLANS.myTu}');
    update plan set number = null, parent_plan_id = null, implements_document_id = null, status = 'DRAFT', title = 'Bản gốc (đã thay)'
     where number = '${SOURCE_PLANS.myTu}';
    commit;`);
  browser = await launchBrowser();
  const context = await browser.newContext({ viewport: { width: 1500, height: 1100 } });
  page = await context.newPage();
  await signIn(page, app.url, DEMO.socTrangAdmin);
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await app?.close();
});

describe('a plan read in from its text, through the console', () => {
  it('1. opens "Nhập kế hoạch từ văn bản" from the plans list', async () => {
    await page.goto(`${app.url}/admin/#/Plan`);
    await page.getByTestId('plan-import-button').click();
    await page.waitForURL(/#\/Plan\/import$/, { timeout: 20_000 });
    await expect(page.getByRole('heading', { name: 'Nhập kế hoạch từ văn bản' })).toBeVisibleSoon();
  }, 120_000);

  it('2. pastes Mỹ Tú\'s text for Huyện Mỹ Tú and reads it into a draft beside the text, nothing saved', async () => {
    const plansBefore = (await app.sql('select count(*)::int as n from plan'))[0].n;
    await page.getByTestId('plan-import').locator('form').getByRole('combobox').first().fill('my tu');
    await page.getByRole('option', { name: /^Huyện Mỹ Tú \(944\)/ }).click();
    await page.getByTestId('import-paste').fill(MY_TU);
    await screenshot(page, 'plan-import-01-pasted');
    await page.getByTestId('import-read').click();
    await expect(page.getByTestId('import-draft')).toBeVisibleSoon();
    await expect.poll(() => page.getByTestId('draft-number').inputValue()).toBe('127/KH-UBND');
    await expect.poll(() => page.getByTestId('draft-budget-total').innerText()).toBe('129');
    await expect(page.getByTestId('draft-task-5')).toBeVisibleSoon();
    expect((await app.sql('select count(*)::int as n from plan'))[0].n).toBe(plansBefore);
  }, 120_000);

  it('3. a task clicked highlights the words it came from; unplaced text is listed', async () => {
    // The card's title line (its selects keep their clicks to themselves).
    await page.getByTestId('draft-task-1').click({ position: { x: 24, y: 12 } });
    const highlighted = page.getByTestId('import-text').locator('[data-mark="selected"]');
    await expect(highlighted.first()).toBeVisibleSoon();
    expect((await highlighted.allInnerTexts()).join(' ')).toContain('Tăng cường quản lý nhà nước');
    expect(await page.getByTestId('import-unplaced').innerText()).toContain('Chưa xếp được');
    await screenshot(page, 'plan-import-02-task-highlighted-vi');
  }, 120_000);

  it('4. corrects task 5\'s lead agency, choosing it among the district\'s agencies', async () => {
    const lead = page.getByTestId('draft-task-4-lead-0');
    expect(await lead.inputValue()).toMatch(/^\d+$/); // "Phòng Tư pháp" was matched to the district's justice office
    await lead.selectOption({ label: 'Phòng Tài chính huyện Mỹ Tú' });
    await page.getByTestId('draft-task-4').click({ position: { x: 24, y: 12 } });
    await screenshot(page, 'plan-import-03-agency-corrected-vi');
  }, 120_000);

  it('5. reads the same screen in English', async () => {
    // The app bar hides while the page is scrolled down.
    await page.evaluate(() => window.scrollTo(0, 0));
    await switchToEnglish(page);
    await expect(page.getByRole('heading', { name: 'Import a plan from its text' })).toBeVisibleSoon();
    await expect(page.getByText('Tasks (6)')).toBeVisibleSoon();
    expect(await page.getByTestId('draft-task-4-lead-0').inputValue()).toMatch(/^\d+$/);
    await screenshot(page, 'plan-import-04-draft-en');
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.locator('.RaAppBar-toolbar button').filter({ hasText: /english/i }).click();
    await page.getByRole('menuitem', { name: 'Tiếng Việt' }).click();
    await expect(page.getByRole('heading', { name: 'Nhập kế hoạch từ văn bản' })).toBeVisibleSoon();
  }, 120_000);

  it('6. saves, opens the new plan, and finds its budget total 129 and the corrected agency', async () => {
    await page.getByTestId('import-save').click();
    await page.waitForURL(/#\/Plan\/\d+\/show/, { timeout: 30_000 });
    planId = page.url().match(/Plan\/(\d+)\/show/)![1];
    await expect(page.getByText('127/KH-UBND').first()).toBeVisibleSoon();
    await screenshot(page, 'plan-import-05-saved-plan');
    const { data, errors } = await app.gql(`query ($id: ID!) { Plan(id: $id) { number status budgetTotal unit { code }
      tasks { code agencies { role label agencyId } } } }`, { id: planId }, { token: await app.login(DEMO.socTrangAdmin) });
    expect(errors).toBeUndefined();
    expect({ number: data!.Plan.number, status: data!.Plan.status, total: data!.Plan.budgetTotal, unit: data!.Plan.unit.code, tasks: data!.Plan.tasks.length })
      .toEqual({ number: '127/KH-UBND', status: 'DRAFT', total: '129', unit: '944', tasks: 6 });
    const [finance] = await app.sql<{ id: number }>("select id from agency where name = 'Phòng Tài chính huyện Mỹ Tú'");
    expect(data!.Plan.tasks[4].agencies.find((a: { role: string }) => a.role === 'LEAD')).toEqual({ role: 'LEAD', label: 'Phòng Tài chính huyện Mỹ Tú', agencyId: String(finance.id) });
    await page.goto(`${app.url}/admin/#/Plan/${planId}/show/budget`);
    await expect(page.getByText('129').first()).toBeVisibleSoon();
    await screenshot(page, 'plan-import-06-budget-129');
  }, 120_000);
});
