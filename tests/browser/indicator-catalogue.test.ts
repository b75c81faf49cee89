import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SOURCE_PLANS } from '../../server/src/seeds/plans';
import { DEMO } from '../support/constants';
import { launchBrowser, screenshot, signIn, switchToEnglish, switchToVietnamese } from '../support/browser';
import '../support/playwright-expect';
import { startTestApp, type TestApp } from '../support/harness';

/**
 * The open indicator catalogue in the console (issue 7, section 2): Sóc Trăng's province admin adds
 * a REPORTED indicator, Mỹ Tú district sets a target on it, Xã Mỹ Tú enters its value in its yearly
 * report, and the district's indicators page measures the target with it ("no data" before).
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
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  await signIn(page, app.url, email);
  return page;
}

const CODE = 'LEGAL_AID_CASES_SHARE';

describe('the indicator catalogue in the console', () => {
  it('lets the province admin add a REPORTED indicator, and a commune enter its value in its report', async () => {
    const province = await pageAs(DEMO.socTrangAdmin);
    await province.goto(`${app.url}/admin/#/Indicator`);
    await expect(province.getByText('TEAMS_CONSOLIDATED_SHARE')).toBeVisibleSoon();
    await expect(province.getByText('Tỷ lệ hòa giải thành').first()).toBeVisibleSoon();
    await expect(province.getByRole('columnheader').getByText('Tên', { exact: true })).toBeVisibleSoon();
    await screenshot(province, 'indicator-catalogue-list');
    // In English the column shows the English names, under "Name" (not the form's "Name (Vietnamese)"), sorted by them.
    await switchToEnglish(province);
    await expect(province.getByRole('columnheader').getByText('Name', { exact: true })).toBeVisibleSoon();
    await expect(province.getByText('Settlement rate').first()).toBeVisibleSoon();
    await province.getByRole('columnheader').getByText('Name', { exact: true }).click();
    await province.waitForURL(/sort=nameEn/, { timeout: 20_000 });
    await expect(province.getByRole('cell').filter({ hasText: 'Settlement rate' }).first()).toBeVisibleSoon();
    await screenshot(province, 'indicator-catalogue-list-en');
    await switchToVietnamese(province);
    await province.goto(`${app.url}/admin/#/Indicator/create`);
    await province.locator('input[name="code"]').fill(CODE);
    await province.locator('input[name="name"]').fill('Tỷ lệ vụ việc hòa giải có trợ giúp pháp lý');
    await province.locator('input[name="nameEn"]').fill('Share of mediated cases with legal aid');
    await expect(province.getByText('Đơn vị nhập trong báo cáo năm')).toBeVisibleSoon();
    await screenshot(province, 'indicator-catalogue-create');
    await province.getByRole('button', { name: 'Lưu' }).click();
    await province.waitForURL(/#\/Indicator(\?.*)?$/, { timeout: 20_000 });
    await province.getByPlaceholder('Tìm kiếm').fill('tro giup');
    await expect(province.getByRole('cell', { name: CODE })).toBeVisibleSoon();
    await expect(province.getByRole('cell', { name: /Tỉnh Sóc Trăng/ })).toBeVisibleSoon();
    await screenshot(province, 'indicator-catalogue-created');
    const [stored] = await app.sql(`select measurement::text, unit::text, a.code as owner from target_indicator i join admin_unit a on a.id = i.unit_id where i.code = $1`, [CODE]);
    expect(stored).toEqual({ measurement: 'REPORTED', unit: 'PERCENT', owner: '94' });
    // The same code again: the server's refusal, said in Vietnamese.
    await province.goto(`${app.url}/admin/#/Indicator/create`);
    await province.locator('input[name="code"]').fill(CODE);
    await province.locator('input[name="name"]').fill('Bản trùng mã');
    await province.locator('input[name="nameEn"]').fill('Duplicate code');
    await province.getByRole('button', { name: 'Lưu' }).click();
    await expect(province.getByText('Mã chỉ tiêu này đã được dùng: hãy chọn mã khác.').first()).toBeVisibleSoon();
    await screenshot(province, 'indicator-catalogue-code-taken');
    await province.context().close();

    // Mỹ Tú district targets it (through the API: the target form is another part of issue 7).
    const myTu = await app.login(DEMO.myTuStaff);
    const [task] = await app.sql(`select t.id::text from plan_task t join plan p on p.id = t.plan_id where p.number = $1 and t.code = '2'`, [SOURCE_PLANS.myTu]);
    const target = await app.gql(`mutation ($taskId: ID!) { createTarget(taskId: $taskId, indicator: ${CODE}, comparator: GTE, value: "60", applies: EVERY_YEAR) { id } }`,
      { taskId: task.id }, { token: myTu });
    expect(target.errors).toBeUndefined();
    const targetId = target.data!.createTarget.id;

    const district = await pageAs(DEMO.myTuStaff);
    const indicatorsPage = async () => {
      await district.goto(`${app.url}/admin/#/Indicators`);
      await district.reload(); // a fresh page: it opens on the district's own unit
      await expect.poll(() => district.getByLabel('Đơn vị', { exact: true }).inputValue(), { timeout: 15_000 }).toMatch(/Huyện Mỹ Tú \(944\)/);
      await district.getByLabel('Năm').fill('2022');
    };
    await indicatorsPage();
    await expect(district.getByTestId(`target-status-${targetId}`).getByText('Chưa có số liệu')).toBeVisibleSoon();
    await screenshot(district, 'indicator-catalogue-target-no-data');

    // Xã Mỹ Tú generates its 2022 report and enters 30 of 40.
    const xaMyTu = await app.login(DEMO.xaMyTuStaff);
    const report = await app.gql(`mutation ($u: ID!) { generateReport(unitId: $u, year: 2022) { id } }`, { u: await app.unitId('31597') }, { token: xaMyTu });
    const reportId = report.data!.generateReport.id;
    const commune = await pageAs(DEMO.xaMyTuStaff);
    await commune.goto(`${app.url}/admin/#/Report/${reportId}/show`);
    await expect(commune.getByTestId(`indicator-value-${CODE}`)).toBeVisibleSoon();
    await expect(commune.getByTestId(`total-${CODE}`).getByText('Chưa có số liệu')).toBeVisibleSoon();
    await commune.getByTestId(`numerator-${CODE}`).fill('30');
    await commune.getByTestId(`denominator-${CODE}`).fill('40');
    await screenshot(commune, 'indicator-catalogue-report-entry');
    await commune.getByTestId(`save-${CODE}`).click();
    await expect(commune.getByTestId(`total-${CODE}`).getByText(/75.*\(30\/40\)/)).toBeVisibleSoon();
    await screenshot(commune, 'indicator-catalogue-report-entered');
    // English on the toggle (the app bar hides while the page is scrolled down).
    await commune.evaluate(() => window.scrollTo(0, 0));
    await commune.mouse.wheel(0, -2000);
    await switchToEnglish(commune);
    await expect(commune.getByText('Values of indicators entered by the unit')).toBeVisibleSoon();
    await expect(commune.getByText('Share of mediated cases with legal aid')).toBeVisibleSoon();
    await screenshot(commune, 'indicator-catalogue-report-entered-en');
    const values = await app.sql(`select numerator::int, denominator::int from report_indicator_value where report_id = $1 and indicator = $2`, [reportId, CODE]);
    expect(values).toEqual([{ numerator: 30, denominator: 40 }]);
    await commune.context().close();

    // The district's indicators page now measures the target: 75% ≥ 60%.
    await indicatorsPage();
    await expect(district.getByTestId(`target-status-${targetId}`).getByText('Đạt')).toBeVisibleSoon();
    await screenshot(district, 'indicator-catalogue-target-met');
    await district.context().close();
  }, 240_000);
});
