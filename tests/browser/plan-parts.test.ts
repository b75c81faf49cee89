import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO } from '../support/constants';
import { launchBrowser, screenshot, signIn } from '../support/browser';
import '../support/playwright-expect';
import { startTestApp, type TestApp } from '../support/harness';

/**
 * The parts of a plan in the console (issue 7): Sóc Trăng's province admin gives a new plan a
 * reporting rule due before 15/11 and a pilot criterion choosing 2 communes through the plan
 * page's forms, never raw JSON; the rows are then what the API reads back. Screenshots of each step.
 */
let app: TestApp;
let browser: Browser;
let page: Page;
let planId: string;

beforeAll(async () => {
  app = await startTestApp();
  browser = await launchBrowser();
  const admin = await app.login(DEMO.socTrangAdmin);
  const created = await app.gql(`mutation ($unitId: ID!) { createPlan(unitId: $unitId, title: "Kế hoạch công tác hòa giải ở cơ sở năm 2023", periodFrom: 2023, periodTo: 2023) { id } }`,
    { unitId: await app.unitId('94') }, { token: admin });
  planId = created.data!.createPlan.id;
  await app.gql(`mutation ($planId: ID!) { createPlanTask(planId: $planId, code: "1", title: "Chỉ đạo điểm công tác hòa giải ở cơ sở") { id } }`, { planId }, { token: admin });
  page = await (await browser.newContext({ viewport: { width: 1400, height: 1000 } })).newPage();
  await signIn(page, app.url, DEMO.socTrangAdmin);
});
afterAll(async () => {
  await browser?.close();
  await app?.close();
});

describe('the plan parts in the console', () => {
  it('adds a yearly reporting rule due before 15/11, reported by the communes', async () => {
    await page.goto(`${app.url}/admin/#/Plan/${planId}/show/reporting-rules`);
    await page.getByTestId('rule-add').click();
    const form = page.getByTestId('rule-form');
    await expect(form).toBeVisibleSoon();
    await form.getByLabel('Ngày', { exact: true }).fill('15');
    await form.getByLabel('Tháng', { exact: true }).fill('11');
    await form.getByLabel('Cấp xã').check();
    await form.getByLabel('Cơ quan nhận (nguyên văn)').fill('Sở Tư pháp');
    await form.getByLabel('Để tổng hợp, báo cáo').fill('Ủy ban nhân dân tỉnh, Bộ Tư pháp');
    await screenshot(page, 'plan-parts-1-reporting-rule-form');
    await page.getByTestId('rule-form-save').click();
    await expect(page.getByTestId('rule-1').getByText('Hằng năm, trước ngày 15/11, gửi Sở Tư pháp')).toBeVisibleSoon();
    await screenshot(page, 'plan-parts-2-reporting-rule-saved');
    const rows = await app.sql('select frequency, due_day, due_month, due_before, reporter_levels::text[] as levels, forwarded_to from reporting_rule where plan_id = $1', [planId]);
    expect(rows).toEqual([{ frequency: 'YEARLY', due_day: 15, due_month: 11, due_before: true, levels: ['COMMUNE'], forwarded_to: 'Ủy ban nhân dân tỉnh, Bộ Tư pháp' }]);
  });

  it('adds a pilot criterion choosing 2 communes, with its priorities in order', async () => {
    await page.goto(`${app.url}/admin/#/Plan/${planId}/show/criteria`);
    await page.getByTestId('criterion-add').click();
    const form = page.getByTestId('criterion-form');
    await expect(form).toBeVisibleSoon();
    await form.getByLabel('Nội dung (nguyên văn)').fill('Sở Tư pháp lựa chọn 02 đơn vị cấp xã làm điểm chỉ đạo');
    await form.getByLabel('Số lượng chọn (để trống: “một số”)').fill('2');
    const priorities = form.getByTestId('pilot-priorities');
    for (const [index, priority] of ['Tỷ lệ hòa giải thành thấp', 'Nhiều khó khăn, vướng mắc'].entries()) {
      await priorities.locator('.button-add').first().click();
      await priorities.getByRole('combobox').nth(index).click();
      await page.getByRole('option', { name: priority, exact: true }).click();
    }
    await screenshot(page, 'plan-parts-3-pilot-criterion-form');
    await page.getByTestId('criterion-form-save').click();
    await expect(page.getByTestId('criterion-1-1').getByText('Chỉ đạo điểm: 2 × đơn vị cấp xã — 1. Tỷ lệ hòa giải thành thấp; 2. Nhiều khó khăn, vướng mắc')).toBeVisibleSoon();
    await screenshot(page, 'plan-parts-4-pilot-criterion-saved');
    const admin = await app.login(DEMO.socTrangAdmin);
    const { data } = await app.gql(`query ($id: ID!) { allTaskCriteria(filter: { planId: $id }) { kind text pilotSelection { selectedBy { agencyKind level } candidateLevel count priorities priorityMode conditional } } }`,
      { id: planId }, { token: admin });
    expect(data!.allTaskCriteria).toEqual([{
      kind: 'PILOT_SELECTION', text: 'Sở Tư pháp lựa chọn 02 đơn vị cấp xã làm điểm chỉ đạo',
      pilotSelection: { selectedBy: { agencyKind: 'JUSTICE', level: 'PROVINCE' }, candidateLevel: 'COMMUNE', count: 2, priorities: ['LOW_SETTLEMENT_RATE', 'MANY_DIFFICULTIES'], priorityMode: 'ANY', conditional: false },
    }]);
  });

  it('says in Vietnamese why a due day is refused, under the day, and writes nothing', async () => {
    await page.goto(`${app.url}/admin/#/Plan/${planId}/show/reporting-rules`);
    await page.getByTestId('rule-add').click();
    const form = page.getByTestId('rule-form');
    await form.getByLabel('Ngày', { exact: true }).fill('31');
    await form.getByLabel('Tháng', { exact: true }).fill('11');
    await page.getByTestId('rule-form-save').click();
    await expect(page.getByText('Ngày 31/11 không có trong năm.').first()).toBeVisibleSoon();
    // Under the day it names (extensions.field "dueDay"), not only in the notification.
    const dueDay = form.locator('.MuiFormControl-root').filter({ has: page.getByLabel('Ngày', { exact: true }) });
    await expect(dueDay.getByText('Ngày 31/11 không có trong năm.')).toBeVisibleSoon();
    await screenshot(page, 'plan-parts-5-refusal');
    expect((await app.sql('select count(*)::int as n from reporting_rule where plan_id = $1', [planId]))[0].n).toBe(1);
  });

  it('copies the plan to 2024 with its parts: a new draft of the province', async () => {
    await page.goto(`${app.url}/admin/#/Plan/${planId}/show`);
    await page.getByTestId('plan-copy').click();
    await page.getByTestId('copy-periodFrom').fill('2024');
    await page.getByTestId('copy-title').fill('Kế hoạch công tác hòa giải ở cơ sở năm 2024');
    await screenshot(page, 'plan-parts-6-copy-form');
    await page.getByTestId('plan-copy-confirm').click();
    await page.waitForURL((url) => /#\/Plan\/\d+\/show/.test(url.hash) && !url.hash.includes(`/Plan/${planId}/`), { timeout: 20_000 });
    const copyId = page.url().match(/Plan\/(\d+)\/show/)![1];
    await page.goto(`${app.url}/admin/#/Plan/${copyId}/show/reporting-rules`);
    await expect(page.getByTestId('rule-1').getByText('Hằng năm, trước ngày 15/11, gửi Sở Tư pháp')).toBeVisibleSoon();
    await screenshot(page, 'plan-parts-7-copy-rules');
    const [copy] = await app.sql('select title, status, period_from, period_to, (select count(*)::int from task_criterion c where c.plan_id = p.id) as criteria from plan p where id = $1', [copyId]);
    expect(copy).toEqual({ title: 'Kế hoạch công tác hòa giải ở cơ sở năm 2024', status: 'DRAFT', period_from: 2024, period_to: 2024, criteria: 1 });
  });
});
