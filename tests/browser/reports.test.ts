import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO } from '../support/constants';
import { launchBrowser, screenshot, signIn } from '../support/browser';
import '../support/playwright-expect';
import { startTestApp, type TestApp } from '../support/harness';
import { withoutDiacritics } from '../support/text';

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

/** The year of a report form: a list of the years that have started. */
async function chooseYear(page: Page, year: string) {
  await page.getByRole('combobox', { name: /^Năm/ }).click();
  await page.getByRole('option', { name: year, exact: true }).click();
}

/** Each account in a browser context of its own: its session cookie (and the user shown) live there. */
async function pageAs(email: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  await signIn(page, app.url, email);
  return page;
}

describe('pilot selection in the console, as Bạc Liêu\'s province admin', () => {
  it('ranks the candidates of task 4, chooses 3 with a rationale, records them, and shows the recorded selection', async () => {
    const page = await pageAs(DEMO.bacLieuAdmin);
    await page.goto(`${app.url}/admin/#/PilotSelection/create`);
    await expect(page.getByText(/21\/KH-UBND · 4\. Thực hiện chỉ đạo điểm/)).toBeVisibleSoon();
    await page.getByTestId('pilot-year').fill('2021');
    await page.getByTestId('pilot-rank').click();
    const rows = page.getByTestId('candidate-row');
    await expect(rows.first()).toBeVisibleSoon();
    expect(await rows.count()).toBe(Number((await app.sql(`select count(*) as n from admin_unit where path <@ 'y2021.p95' and level = 'COMMUNE'`))[0].n));
    await expect(page.getByText('Chọn 3 xã')).toBeVisibleSoon();
    const codes: string[] = [];
    for (let i = 0; i < 3; i += 1) {
      codes.push((await rows.nth(i).getAttribute('data-code'))!);
      await rows.nth(i).getByRole('checkbox').check();
    }
    await page.getByTestId('pilot-rationale').fill('Ba xã chưa đạt tiêu chí hòa giải ở cơ sở, có tỷ lệ hòa giải thành thấp nhất tỉnh năm 2021');
    await screenshot(page, 'pilots-candidates-chosen');
    await page.getByTestId('pilot-save').click();
    await page.waitForURL(/#\/PilotSelection\/\d+\/show/, { timeout: 20_000 });
    await expect(page.getByTestId('pilot-chosen')).toBeVisibleSoon();
    for (const code of codes) await expect(page.getByTestId('pilot-chosen').getByText(new RegExp(`\\(${code}\\)`))).toBeVisibleSoon();
    await expect(page.getByText('Ba xã chưa đạt tiêu chí hòa giải ở cơ sở')).toBeVisibleSoon();
    await expect(page.getByText('Bảng xếp hạng tại thời điểm chọn')).toBeVisibleSoon();
    await screenshot(page, 'pilots-selection-recorded');

    const recorded = await app.sql(`select s.count, u.email, array_agg(a.code order by p.rank, a.code) as codes
        from pilot_selection s join app_user u on u.id = s.chosen_by join pilot_unit p on p.selection_id = s.id join admin_unit a on a.id = p.unit_id
       group by s.id, s.count, u.email`);
    expect(recorded).toEqual([{ count: 3, email: DEMO.bacLieuAdmin, codes }]);

    // The list of selections finds it by a chosen commune's name typed without diacritics, and says when nothing matches.
    const [chosen] = await app.sql('select name from admin_unit where code = $1 and path <@ $2', [codes[0], 'y2021.p95']);
    await page.goto(`${app.url}/admin/#/PilotSelection`);
    const search = page.locator('.RaLayout-content').getByPlaceholder('Tìm kiếm');
    const plain = withoutDiacritics(chosen.name as string);
    await search.fill(plain);
    await page.waitForURL((url) => decodeURIComponent(url.hash).includes(plain));
    await expect.poll(() => page.locator('tbody tr').count(), { timeout: 10_000 }).toBe(1);
    await expect(page.locator('tbody tr').getByText(chosen.name)).toBeVisibleSoon();
    await search.fill('khong co xa nao ten nay');
    await expect(page.getByText(/Không tìm thấy .* nào/)).toBeVisibleSoon();
    await page.context().close();
  });
});

describe('pilot mediation teams in the console, as Mỹ Tú district\'s staff', () => {
  it('ranks the district\'s teams with team columns and translated priorities, chooses 2, and shows the chosen teams', async () => {
    // The exemplary-team model of a district (tests/plans/team-pilots.test.ts), its criterion entered through the API.
    const token = await app.login(DEMO.myTuStaff);
    const ok = async (query: string, variables: Record<string, unknown>) => {
      const result = await app.gql(query, variables, { token });
      expect(result.errors).toBeUndefined();
      return result.data!;
    };
    const { createPlan } = await ok('mutation ($unitId: ID!) { createPlan(unitId: $unitId, title: "Xây dựng mô hình tổ hòa giải điểm", periodFrom: 2022, periodTo: 2022) { id } }',
      { unitId: await app.unitId('944') });
    const { createPlanTask } = await ok('mutation ($planId: ID!) { createPlanTask(planId: $planId, code: "1", title: "Chọn tổ hòa giải điểm") { id } }', { planId: createPlan.id });
    await ok(`mutation ($taskId: ID!) { createTaskCriterion(taskId: $taskId, kind: PILOT_SELECTION, text: "Lựa chọn 02 tổ hòa giải tiêu biểu",
      pilotSelection: { selectedBy: { agencyKind: PEOPLES_COMMITTEE, level: DISTRICT }, candidateLevel: TEAM, count: 2, priorities: [HIGH_SETTLEMENT_RATE, MANY_CASES] }) { id } }`,
    { taskId: createPlanTask.id });

    const page = await pageAs(DEMO.myTuStaff);
    await page.goto(`${app.url}/admin/#/PilotSelection/create`);
    await page.getByTestId('pilot-task').locator('xpath=..').click();
    await page.getByRole('option', { name: /1\. Chọn tổ hòa giải điểm/ }).click();
    await page.getByTestId('pilot-year').fill('2022');
    await page.getByTestId('pilot-rank').click();
    const rows = page.getByTestId('candidate-row');
    await expect(rows.first()).toBeVisibleSoon();
    await expect(page.getByText('Chọn 2 tổ hòa giải')).toBeVisibleSoon();
    await expect(page.getByText('Thứ tự ưu tiên: tỷ lệ hòa giải thành cao → nhiều vụ việc hòa giải (thành và không thành)')).toBeVisibleSoon();
    expect(await page.getByTestId('pilot-candidates').locator('thead th').allTextContents())
      .toEqual(['Chọn', 'TT', 'Hạng', 'Tổ hòa giải', 'Xã, phường, thị trấn', 'Tỷ lệ hòa giải thành']);
    expect(await page.getByText('hoagiai.').count()).toBe(0);
    const names: string[] = [];
    for (let i = 0; i < 2; i += 1) {
      names.push((await rows.nth(i).locator('td').nth(3).textContent())!.replace(/ \(.*\)$/, ''));
      await rows.nth(i).getByRole('checkbox').check();
    }
    await page.getByTestId('pilot-rationale').fill('Hai tổ có tỷ lệ hòa giải thành cao nhất huyện năm 2022');
    await screenshot(page, 'pilots-teams-chosen');
    await page.getByTestId('pilot-save').click();
    await page.waitForURL(/#\/PilotSelection\/\d+\/show/, { timeout: 20_000 });
    await expect(page.getByText('Tổ hòa giải điểm', { exact: true })).toBeVisibleSoon();
    for (const name of names) await expect(page.getByTestId('pilot-chosen').getByText(new RegExp(`^${name} – `))).toBeVisibleSoon();
    // Its title names the chosen teams, not their communes, under a name that fits communes and teams alike.
    await expect.poll(() => page.locator('#react-admin-title').textContent(), { timeout: 10_000 }).toMatch(new RegExp(`^Lựa chọn điểm 2022 · ${names[0]} \\(`));
    await screenshot(page, 'pilots-teams-recorded');

    // The list names the chosen teams with their communes, and finds the selection by a team's name without diacritics.
    await page.goto(`${app.url}/admin/#/PilotSelection`);
    const plain = withoutDiacritics(names[0]);
    await page.locator('.RaLayout-content').getByPlaceholder('Tìm kiếm').fill(plain);
    await page.waitForURL((url) => decodeURIComponent(url.hash).includes(plain));
    await expect.poll(() => page.locator('tbody tr').count(), { timeout: 10_000 }).toBe(1);
    await expect(page.locator('thead').getByText('Xã điểm, tổ hòa giải điểm')).toBeVisibleSoon();
    for (const name of names) await expect(page.locator('tbody tr').getByText(new RegExp(`${name} \\(`))).toBeVisibleSoon();
    await screenshot(page, 'pilots-teams-list');
    await page.context().close();
  });
});

describe('a commune report in the console', () => {
  it('is generated and submitted by Xã Mỹ Tú, then approved by Mỹ Tú district', async () => {
    const commune = await pageAs(DEMO.xaMyTuStaff);
    await commune.goto(`${app.url}/admin/#/Report/create`);
    await commune.getByLabel('Đơn vị báo cáo').fill('my tu');
    await commune.getByRole('option', { name: /Xã Mỹ Tú \(31597\)/ }).click();
    await chooseYear(commune, '2022');
    await commune.getByRole('button', { name: 'Lưu' }).click();
    await commune.waitForURL(/#\/Report\/\d+\/show/, { timeout: 20_000 });
    await expect(commune.getByTestId('report-status').getByText('Dự thảo')).toBeVisibleSoon();
    await expect(commune.getByTestId('report-figures')).toBeVisibleSoon();
    await expect(commune.getByTestId('report-timeliness').getByText(/Quá hạn/)).toBeVisibleSoon();
    // A figure corrected by hand, with the reason, before submitting.
    await commune.getByTestId('correct-casesInProgress').click();
    await commune.getByTestId('correction-value').fill('3');
    await commune.getByTestId('correction-reason').fill('Sổ theo dõi ghi thêm một vụ đang giải quyết');
    await screenshot(commune, 'reports-commune-correction');
    await commune.getByRole('button', { name: 'Lưu' }).click();
    await expect(commune.getByTestId('figure-casesInProgress').getByText('đã điều chỉnh')).toBeVisibleSoon();
    await expect(commune.getByTestId('report-corrections').getByText('Sổ theo dõi ghi thêm một vụ đang giải quyết')).toBeVisibleSoon();
    // Submitting asks for confirmation and says what will lock.
    await commune.getByTestId('report-submit').click();
    await expect(commune.getByRole('dialog').getByText(/không điều chỉnh được nữa/)).toBeVisibleSoon();
    await screenshot(commune, 'reports-commune-confirm-submit');
    await commune.getByRole('dialog').getByRole('button', { name: 'Gửi báo cáo' }).click();
    await expect(commune.getByTestId('report-status').getByText('Đã gửi')).toBeVisibleSoon();
    await expect(commune.getByTestId('report-timeliness').getByText(/Trễ hạn · trễ \d+ ngày/)).toBeVisibleSoon();
    // Approving belongs to the level above: the commune is not offered the button.
    expect(await commune.getByTestId('report-approve').count()).toBe(0);
    await screenshot(commune, 'reports-commune-submitted');
    const reportId = commune.url().match(/Report\/(\d+)\/show/)![1];
    await commune.context().close();

    const district = await pageAs(DEMO.myTuStaff);
    await district.goto(`${app.url}/admin/#/Report?filter=${encodeURIComponent(JSON.stringify({ year: 2022 }))}`);
    await expect(district.getByRole('cell', { name: /Xã Mỹ Tú \(31597\)/ })).toBeVisibleSoon();
    await screenshot(district, 'reports-district-list');
    await district.goto(`${app.url}/admin/#/Report/${reportId}/show`);
    await district.getByTestId('report-approve').click();
    await expect(district.getByRole('dialog').getByText(/bị khóa/)).toBeVisibleSoon();
    await district.getByRole('dialog').getByRole('button', { name: 'Duyệt' }).click();
    await expect(district.getByTestId('report-status').getByText('Đã duyệt')).toBeVisibleSoon();
    await expect(district.getByText('Báo cáo đã duyệt bị khóa; cấp trên có thể trả lại.')).toBeVisibleSoon();
    await expect(district.getByTestId('report-events').getByText(/đã duyệt báo cáo/)).toBeVisibleSoon();
    await screenshot(district, 'reports-commune-approved');

    const [row] = await app.sql(`select r.status::text, u.email, r.overrides from report r join app_user u on u.id = r.approved_by where r.id = $1`, [reportId]);
    expect(row).toEqual({ status: 'APPROVED', email: DEMO.myTuStaff, overrides: { casesInProgress: 3 } });

    // The district's own report lists the communes that have not submitted yet.
    await district.goto(`${app.url}/admin/#/Report/create`);
    await district.getByLabel('Đơn vị báo cáo').fill('huyen my tu');
    await district.getByRole('option', { name: /Huyện Mỹ Tú \(944\)/ }).click();
    await chooseYear(district, '2022');
    await district.getByRole('button', { name: 'Lưu' }).click();
    await district.waitForURL(/#\/Report\/\d+\/show/, { timeout: 20_000 });
    const missing = district.getByTestId('missing-reports');
    await expect(missing).toBeVisibleSoon();
    const communes = Number((await app.sql(`select count(*) as n from admin_unit c join admin_unit d on d.id = c.parent_id where d.code = '944' and d.valid_from = '2021-11-01'`))[0].n);
    expect(await missing.locator('tbody tr').count()).toBe(communes - 1);
    await screenshot(district, 'reports-district-missing');
    await district.context().close();
  });
});

describe('indicators in the console, as the analyst', () => {
  it('shows Mỹ Tú district\'s 2022 figures rolled up, its targets measured, and its communes', async () => {
    const page = await pageAs(DEMO.analyst);
    await page.goto(`${app.url}/admin/#/Indicators`);
    await page.getByLabel('Đơn vị', { exact: true }).fill('my tu');
    await page.getByRole('option', { name: /Huyện Mỹ Tú \(944\)/ }).click();
    await page.getByLabel('Năm').fill('2022');
    await expect(page.getByTestId('indicator-targets')).toBeVisibleSoon();
    await expect(page.getByTestId('indicator-targets').getByText(/Chưa đạt/).first()).toBeVisibleSoon();
    await expect(page.getByRole('cell', { name: /Xã Mỹ Tú/ }).first()).toBeVisibleSoon();
    await screenshot(page, 'indicators-my-tu-2022');
    await page.context().close();
  });
});
