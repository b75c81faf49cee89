import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chooseOption, launchBrowser, screenshot, signIn } from '../support/browser';
import { DEMO } from '../support/constants';
import '../support/playwright-expect';
import { startTestApp, type TestApp } from '../support/harness';

/**
 * The plan editor in the console (issue 7, part a), as Sóc Trăng's province admin: on a new 2023
 * plan, two tasks with lead and coordinating agencies (one agency of the province, a kind of agency
 * at a level) and their timing, a target of the plan itself, a budget line with a line below it;
 * then the values are read back through the API. Proper forms, never raw JSON. Needs the console
 * built (npm run build).
 */
let app: TestApp;
let browser: Browser;
let page: Page;
let planId: string;
let token: string;

beforeAll(async () => {
  app = await startTestApp();
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1400, height: 1100 } });
  token = await app.login(DEMO.socTrangAdmin);
  const created = await app.gql(`mutation ($unitId: ID!) { createPlan(unitId: $unitId, title: "Kế hoạch hòa giải ở cơ sở năm 2023", periodFrom: 2023, periodTo: 2023) { id } }`,
    { unitId: await app.unitId('94') }, { token });
  planId = created.data!.createPlan.id;
});
afterAll(async () => {
  await browser?.close();
  await app?.close();
});

const addTask = async (code: string, title: string, fill: () => Promise<void>) => {
  await page.getByTestId('editor-add-task').click();
  await expect(page.getByTestId('task-dialog')).toBeVisibleSoon();
  await page.getByTestId('task-code').fill(code);
  await page.getByTestId('task-title').fill(title);
  await fill();
  await page.getByTestId('task-save').click();
  await expect(page.getByTestId(`editor-task-${code}`)).toBeVisibleSoon();
};

describe('the plan editor, as Sóc Trăng\'s province admin', () => {
  it('adds two tasks with their agencies and timing', async () => {
    await signIn(page, app.url, DEMO.socTrangAdmin);
    await page.goto(`${app.url}/admin/#/Plan/${planId}/show/edit-tasks`);
    await expect(page.getByTestId('editor-add-task')).toBeVisibleSoon();

    await addTask('1', 'Tuyên truyền, phổ biến pháp luật về hòa giải ở cơ sở', async () => {
      await page.getByTestId('task-lead-add').click();
      await page.getByTestId('task-lead-0-agency').fill('Sở Tư pháp');
      await page.getByRole('option', { name: 'Sở Tư pháp tỉnh Sóc Trăng' }).click();
      await page.getByTestId('task-lead-0-label').fill('Sở Tư pháp');
      await page.getByTestId('task-coordinating-add').click();
      await chooseOption(page, 'task-coordinating-0-mode', 'GENERIC');
      await chooseOption(page, 'task-coordinating-0-kind', 'PEOPLES_COMMITTEE');
      await chooseOption(page, 'task-coordinating-0-level', 'DISTRICT');
      await page.getByTestId('task-coordinating-0-label').fill('UBND cấp huyện');
      await screenshot(page, 'plan-editor-task-dialog');
    });
    await addTask('2', 'Tập huấn cho hòa giải viên', async () => {
      await chooseOption(page, 'task-scheduleKind', 'PART_OF_YEAR');
      await chooseOption(page, 'task-scheduleQuarter', '2');
      await page.getByTestId('task-lead-add').click();
      await chooseOption(page, 'task-lead-0-mode', 'GENERIC');
      await chooseOption(page, 'task-lead-0-kind', 'JUSTICE');
      await chooseOption(page, 'task-lead-0-level', 'DISTRICT');
      await page.getByTestId('task-lead-0-label').fill('Phòng Tư pháp cấp huyện');
    });
    await expect(page.getByTestId('editor-task-1-lead').filter({ hasText: 'Sở Tư pháp tỉnh Sóc Trăng' })).toBeVisibleSoon();
    await expect(page.getByTestId('editor-task-1-coordinating').filter({ hasText: 'UBND cấp huyện' })).toBeVisibleSoon();
    await expect(page.getByTestId('editor-task-2').filter({ hasText: 'Quý II' })).toBeVisibleSoon();
    await screenshot(page, 'plan-editor-tasks');
  });

  it('adds a target of the plan itself, over 2023', async () => {
    await page.goto(`${app.url}/admin/#/Plan/${planId}/show/edit-targets`);
    await page.getByTestId('editor-add-target').click();
    await expect(page.getByTestId('target-dialog')).toBeVisibleSoon();
    await chooseOption(page, 'target-indicator', 'TEAMS_CONSOLIDATED_SHARE');
    await chooseOption(page, 'target-comparator', 'GT');
    await page.getByTestId('target-value').fill('95');
    await chooseOption(page, 'target-applies', 'FROM_TO');
    await page.getByTestId('target-fromYear').fill('2023');
    await page.getByTestId('target-toYear').fill('2023');
    await page.getByTestId('target-save').click();
    await expect(page.getByTestId('plan-target-0').filter({ hasText: '95%' })).toBeVisibleSoon();
    await screenshot(page, 'plan-editor-targets');
  });

  it('adds a budget line and a line below it, the line above recomputed', async () => {
    await page.goto(`${app.url}/admin/#/Plan/${planId}/show/budget`);
    await page.getByTestId('budget-add-line').click();
    await expect(page.getByTestId('line-dialog')).toBeVisibleSoon();
    await page.getByTestId('line-title').fill('Tuyên truyền');
    await page.getByTestId('line-amount').fill('0');
    await page.getByTestId('line-save').click();
    await expect(page.getByTestId('budget-line-1')).toBeVisibleSoon();
    await page.getByTestId('budget-sub-1').click();
    await expect(page.getByTestId('line-dialog')).toBeVisibleSoon();
    expect(await page.getByTestId('line-code').inputValue()).toBe('1.1');
    await page.getByTestId('line-title').fill('Chuyên mục trên Đài phát thanh');
    await page.getByTestId('line-amount').fill('12,5');
    await page.getByTestId('line-save').click();
    await expect(page.getByTestId('budget-line-1.1')).toBeVisibleSoon();
    await expect(page.getByTestId('budget-total').filter({ hasText: /^12[,.]5$/ })).toBeVisibleSoon();
    await screenshot(page, 'plan-editor-budget');
  });

  it('records a decision issued on a day typed day first, and refuses a day that is not one in place', async () => {
    await page.goto(`${app.url}/admin/#/Plan/${planId}/show/edit-text`);
    await expect(page.getByTestId('document-issuedOn')).toBeVisibleSoon();
    await page.getByTestId('document-number').fill('12/QĐ-UBND');
    await page.getByTestId('document-issuingBody').fill('UBND tỉnh Sóc Trăng');
    await page.getByTestId('document-title').fill('Quyết định ban hành kế hoạch hòa giải ở cơ sở năm 2023');
    await page.getByTestId('document-issuedOn').fill('31/02/2023');
    await page.getByTestId('document-save').click();
    await expect(page.getByTestId('document-issuedOn-error').filter({ hasText: 'Ngày không hợp lệ' })).toBeVisibleSoon();
    expect(await app.sql(`select 1 from legal_document where number_symbol = '12/QĐ-UBND'`)).toEqual([]);
    // 05/02 is the fifth of February here, never the second of May.
    await page.getByTestId('document-issuedOn').fill('05/02/2023');
    await page.getByTestId('document-save').click();
    await expect.poll(async () => app.sql(`select issued_on::text from legal_document where number_symbol = '12/QĐ-UBND'`), { timeout: 20_000 })
      .toEqual([{ issued_on: '2023-02-05' }]);
    await expect.poll(() => page.getByTestId('document-issuedOn-error').count()).toBe(0);
  });

  it('reads every value back through the API', async () => {
    const result = await app.gql(`query ($id: ID!) { Plan(id: $id) {
      tasks { code title scheduleKind scheduleQuarter agencies { role label agencyKind agencyLevel agency { name } } }
      targets { indicator comparator value applies fromYear toYear taskId }
      budgetLines { code amount parent { code } } budgetTotal } }`, { id: planId }, { token });
    expect(result.errors).toBeUndefined();
    const plan = result.data!.Plan;
    expect(plan.tasks).toEqual([
      {
        code: '1', title: 'Tuyên truyền, phổ biến pháp luật về hòa giải ở cơ sở', scheduleKind: 'YEARLY', scheduleQuarter: null, agencies: [
          { role: 'LEAD', label: 'Sở Tư pháp', agencyKind: null, agencyLevel: null, agency: { name: 'Sở Tư pháp tỉnh Sóc Trăng' } },
          { role: 'COORDINATING', label: 'UBND cấp huyện', agencyKind: 'PEOPLES_COMMITTEE', agencyLevel: 'DISTRICT', agency: null },
        ],
      },
      {
        code: '2', title: 'Tập huấn cho hòa giải viên', scheduleKind: 'PART_OF_YEAR', scheduleQuarter: 2, agencies: [
          { role: 'LEAD', label: 'Phòng Tư pháp cấp huyện', agencyKind: 'JUSTICE', agencyLevel: 'DISTRICT', agency: null },
        ],
      },
    ]);
    expect(plan.targets).toEqual([{ indicator: 'TEAMS_CONSOLIDATED_SHARE', comparator: 'GT', value: '95', applies: 'FROM_TO', fromYear: 2023, toYear: 2023, taskId: null }]);
    expect(plan.budgetLines).toEqual([{ code: '1', amount: '12.5', parent: null }, { code: '1.1', amount: '12.5', parent: { code: '1' } }]);
    expect(plan.budgetTotal).toBe('12.5');
  });
});
