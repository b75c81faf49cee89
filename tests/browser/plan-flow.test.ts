import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO } from '../support/constants';
import { chooseOption, launchBrowser, screenshot, signIn } from '../support/browser';
import '../support/playwright-expect';
import { startTestApp, type TestApp } from '../support/harness';

/**
 * The scenario of issue 7, through the console as far as it goes, a screenshot of each step in
 * test-output/plan-flow-*.png: Sóc Trăng's province admin adds a REPORTED indicator to the
 * catalogue, builds a new 2023 plan from the empty form (two tasks with lead and coordinating
 * agencies, a target on a built-in indicator and one on the new indicator, a budget line with a
 * line below it, a reporting rule due before 15/11, a pilot criterion choosing 2 communes), and
 * cascades it to three districts, gives it its number and issues it; Xã Song Phụng (a commune of Huyện Long Phú, one of the three,
 * given an account by the province admin) generates its 2023 report and enters the REPORTED value; the province's
 * indicators page then shows the target's actual value; the pilot ranking runs on the new task.
 * Needs the console built (npm run build).
 */
let app: TestApp;
let browser: Browser;
let province: Page;
let planId: string;
let reportId: string;

const CODE = 'FLOW_MEDIATION_LEGAL_AID_SHARE';
const DISTRICTS = ['944', '945', '946'];
const COMMUNE = '31642'; // Xã Song Phụng, Huyện Long Phú (946)
const COMMUNE_EMAIL = 'songphung.staff@demo.hoagiai.vn';
const COMMUNE_PASSWORD = 'mat-khau-xa-song-phung';

beforeAll(async () => {
  app = await startTestApp();
  browser = await launchBrowser();
  province = await pageAs(DEMO.socTrangAdmin);
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await app?.close();
});

/** Each account in a browser context of its own. */
async function pageAs(email: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1100 } });
  const page = await context.newPage();
  await signIn(page, app.url, email);
  return page;
}

const addTask = async (code: string, title: string, fill: () => Promise<void>) => {
  await province.getByTestId('editor-add-task').click();
  await expect(province.getByTestId('task-dialog')).toBeVisibleSoon();
  await province.getByTestId('task-code').fill(code);
  await province.getByTestId('task-title').fill(title);
  await fill();
  await province.getByTestId('task-save').click();
  await expect(province.getByTestId(`editor-task-${code}`)).toBeVisibleSoon();
};

const admin = () => app.login(DEMO.socTrangAdmin);

describe('issue 7 end to end, through the console', () => {
  it('1. the province admin adds a REPORTED indicator in the catalogue', async () => {
    await province.goto(`${app.url}/admin/#/Indicator/create`);
    await province.locator('input[name="code"]').fill(CODE);
    await province.locator('input[name="name"]').fill('Tỷ lệ vụ việc hòa giải được trợ giúp pháp lý');
    await province.locator('input[name="nameEn"]').fill('Share of mediated cases given legal aid');
    await expect(province.getByText('Đơn vị nhập trong báo cáo năm')).toBeVisibleSoon();
    await screenshot(province, 'plan-flow-01-indicator-form');
    await province.getByRole('button', { name: 'Lưu' }).click();
    await province.waitForURL(/#\/Indicator(\?.*)?$/, { timeout: 20_000 });
    const [stored] = await app.sql('select measurement::text from target_indicator where code = $1', [CODE]);
    expect(stored).toEqual({ measurement: 'REPORTED' });
  }, 120_000);

  it('2. creates a new 2023 plan of the province from the empty form', async () => {
    await province.goto(`${app.url}/admin/#/Plan/create`);
    await province.locator('form').getByRole('combobox').first().fill('soc trang');
    await province.getByRole('option', { name: /Tỉnh Sóc Trăng/ }).first().click();
    await province.getByLabel('Trích yếu').fill('Kế hoạch thực hiện công tác hòa giải ở cơ sở năm 2023');
    await province.getByLabel('Từ năm').fill('2023');
    await province.getByLabel('Đến năm').fill('2023');
    await screenshot(province, 'plan-flow-02-plan-form');
    await province.getByRole('button', { name: 'Lưu' }).click();
    await province.waitForURL(/#\/Plan\/\d+\/show/, { timeout: 20_000 });
    planId = province.url().match(/Plan\/(\d+)\/show/)![1];
    const [plan] = await app.sql('select a.code, p.status::text, p.period_from, p.period_to from plan p join admin_unit a on a.id = p.unit_id where p.id = $1', [planId]);
    expect(plan).toEqual({ code: '94', status: 'DRAFT', period_from: 2023, period_to: 2023 });
  }, 120_000);

  it('3. adds two tasks with lead and coordinating agencies', async () => {
    await province.goto(`${app.url}/admin/#/Plan/${planId}/show/edit-tasks`);
    await expect(province.getByTestId('editor-add-task')).toBeVisibleSoon();
    await addTask('1', 'Chỉ đạo điểm công tác hòa giải ở cơ sở', async () => {
      await province.getByTestId('task-lead-add').click();
      await province.getByTestId('task-lead-0-agency').fill('Sở Tư pháp');
      await province.getByRole('option', { name: 'Sở Tư pháp tỉnh Sóc Trăng' }).click();
      await province.getByTestId('task-lead-0-label').fill('Sở Tư pháp');
      await province.getByTestId('task-coordinating-add').click();
      await chooseOption(province, 'task-coordinating-0-mode', 'GENERIC');
      await chooseOption(province, 'task-coordinating-0-kind', 'PEOPLES_COMMITTEE');
      await chooseOption(province, 'task-coordinating-0-level', 'DISTRICT');
      await province.getByTestId('task-coordinating-0-label').fill('UBND cấp huyện');
    });
    await addTask('2', 'Tập huấn cho hòa giải viên', async () => {
      await province.getByTestId('task-lead-add').click();
      await chooseOption(province, 'task-lead-0-mode', 'GENERIC');
      await chooseOption(province, 'task-lead-0-kind', 'JUSTICE');
      await chooseOption(province, 'task-lead-0-level', 'DISTRICT');
      await province.getByTestId('task-lead-0-label').fill('Phòng Tư pháp cấp huyện');
      await province.getByTestId('task-coordinating-add').click();
      await chooseOption(province, 'task-coordinating-0-mode', 'GENERIC');
      await chooseOption(province, 'task-coordinating-0-kind', 'PEOPLES_COMMITTEE');
      await chooseOption(province, 'task-coordinating-0-level', 'COMMUNE');
      await province.getByTestId('task-coordinating-0-label').fill('UBND cấp xã');
    });
    await screenshot(province, 'plan-flow-03-tasks');
    const { data } = await app.gql('query ($id: ID!) { Plan(id: $id) { tasks { code agencies { role } } } }', { id: planId }, { token: await admin() });
    expect(data!.Plan.tasks.map((t: { code: string; agencies: { role: string }[] }) => [t.code, t.agencies.map((x) => x.role).sort()]))
      .toEqual([['1', ['COORDINATING', 'LEAD']], ['2', ['COORDINATING', 'LEAD']]]);
  }, 120_000);

  it('4. sets a target on a built-in indicator and one on the new REPORTED indicator', async () => {
    // Through the API: the target dialog itself (the catalogue by name) is driven by tests/browser/plan-editor.test.ts.
    const token = await admin();
    for (const [indicator, comparator, value] of [['TEAMS_CONSOLIDATED_SHARE', 'GT', '95'], [CODE, 'GTE', '60']]) {
      const { errors } = await app.gql(`mutation ($planId: ID!, $value: Decimal!) { createTarget(planId: $planId, indicator: ${indicator}, comparator: ${comparator},
        value: $value, applies: EVERY_YEAR) { id } }`, { planId, value }, { token });
      expect(errors).toBeUndefined();
    }
    await province.goto(`${app.url}/admin/#/Plan/${planId}/show/edit-targets`);
    await expect(province.getByTestId('plan-target-1')).toBeVisibleSoon();
    await screenshot(province, 'plan-flow-05-targets');
  }, 120_000);

  it('5. adds a budget line with a line below it', async () => {
    await province.goto(`${app.url}/admin/#/Plan/${planId}/show/budget`);
    await province.getByTestId('budget-add-line').click();
    await expect(province.getByTestId('line-dialog')).toBeVisibleSoon();
    await province.getByTestId('line-title').fill('Chỉ đạo điểm');
    await province.getByTestId('line-amount').fill('0');
    await province.getByTestId('line-save').click();
    await expect(province.getByTestId('budget-line-1')).toBeVisibleSoon();
    await province.getByTestId('budget-sub-1').click();
    await expect(province.getByTestId('line-dialog')).toBeVisibleSoon();
    await province.getByTestId('line-title').fill('Hội nghị sơ kết chỉ đạo điểm');
    await province.getByTestId('line-amount').fill('20');
    await province.getByTestId('line-save').click();
    await expect(province.getByTestId('budget-line-1.1')).toBeVisibleSoon();
    await expect(province.getByTestId('budget-total').filter({ hasText: /^20$/ })).toBeVisibleSoon();
    await screenshot(province, 'plan-flow-06-budget');
  }, 120_000);

  it('6. adds a yearly reporting rule due before 15/11 and a pilot criterion choosing 2 communes', async () => {
    await province.goto(`${app.url}/admin/#/Plan/${planId}/show/reporting-rules`);
    await province.getByTestId('rule-add').click();
    const rule = province.getByTestId('rule-form');
    await expect(rule).toBeVisibleSoon();
    await rule.getByLabel('Ngày', { exact: true }).fill('15');
    await rule.getByLabel('Tháng', { exact: true }).fill('11');
    await rule.getByLabel('Cấp xã').check();
    await rule.getByLabel('Cơ quan nhận (nguyên văn)').fill('Sở Tư pháp');
    await province.getByTestId('rule-form-save').click();
    await expect(province.getByTestId('rule-1').getByText('Hằng năm, trước ngày 15/11, gửi Sở Tư pháp')).toBeVisibleSoon();
    await screenshot(province, 'plan-flow-07-reporting-rule');

    await province.goto(`${app.url}/admin/#/Plan/${planId}/show/criteria`);
    await province.getByTestId('criterion-add').click();
    const criterion = province.getByTestId('criterion-form');
    await expect(criterion).toBeVisibleSoon();
    await criterion.getByLabel('Nội dung (nguyên văn)').fill('Sở Tư pháp lựa chọn 02 đơn vị cấp xã làm điểm chỉ đạo');
    await criterion.getByLabel('Số lượng chọn (để trống: “một số”)').fill('2');
    const priorities = criterion.getByTestId('pilot-priorities');
    await priorities.locator('.button-add').first().click();
    await priorities.getByRole('combobox').nth(0).click();
    await province.getByRole('option', { name: 'Tỷ lệ hòa giải thành thấp', exact: true }).click();
    await province.getByTestId('criterion-form-save').click();
    await expect(province.getByTestId('criterion-1-1').getByText(/Chỉ đạo điểm: 2 × đơn vị cấp xã/)).toBeVisibleSoon();
    await screenshot(province, 'plan-flow-08-pilot-criterion');
  }, 120_000);

  it('7. cascades the plan to three districts from the plan page', async () => {
    await province.goto(`${app.url}/admin/#/Plan/${planId}/show`);
    await province.reload();
    await province.getByTestId('plan-cascade').click();
    for (const code of DISTRICTS) await province.getByLabel(new RegExp(`\\(${code}\\)$`)).check();
    await screenshot(province, 'plan-flow-09-cascade-dialog');
    await province.getByTestId('plan-cascade-confirm').click();
    await expect.poll(async () => (await app.sql('select count(*)::int as n from plan where parent_plan_id = $1', [planId]))[0].n, { timeout: 20_000 }).toBe(3);
    await screenshot(province, 'plan-flow-10-cascaded');
    const children = await app.sql(`select a.code, (select count(*)::int from target t where t.plan_id = p.id) as targets,
      (select count(*)::int from reporting_rule r where r.plan_id = p.id) as rules from plan p join admin_unit a on a.id = p.unit_id
      where p.parent_plan_id = $1 order by a.code`, [planId]);
    expect(children.map((c) => c.code)).toEqual(DISTRICTS);
    for (const child of children) expect(child.rules).toBe(1);
  }, 120_000);

  it('8. the province gives the plan its number and date and issues it, after a confirmation that says what locks', async () => {
    await province.goto(`${app.url}/admin/#/Plan/${planId}/edit`);
    await province.getByLabel('Số, ký hiệu').fill('45/KH-UBND');
    // Typed as Vietnamese write it, day first, whatever the browser's own locale.
    await province.getByTestId('day-issuedOn').fill('10/02/2023');
    await province.getByRole('button', { name: 'Lưu' }).click();
    await expect.poll(async () => (await app.sql('select number, issued_on::text from plan where id = $1', [planId]))[0], { timeout: 20_000 })
      .toEqual({ number: '45/KH-UBND', issued_on: '2023-02-10' });
    await province.goto(`${app.url}/admin/#/Plan/${planId}/show`);
    await province.reload();
    await province.getByTestId('plan-transition').click();
    const dialog = province.getByRole('dialog');
    await expect(dialog.getByText('Ban hành kế hoạch 45/KH-UBND?')).toBeVisibleSoon();
    await expect(dialog.getByText(/số và ngày ban hành bị khóa/)).toBeVisibleSoon();
    await screenshot(province, 'plan-flow-11-issue-confirm');
    expect((await app.sql('select status::text from plan where id = $1', [planId]))[0].status).toBe('DRAFT');
    await dialog.getByRole('button', { name: 'Ban hành' }).click();
    await expect.poll(async () => (await app.sql('select status::text from plan where id = $1', [planId]))[0].status, { timeout: 20_000 }).toBe('ISSUED');
  }, 120_000);

  it('8b. a commune of a cascaded district generates its 2023 report and enters the REPORTED value', async () => {
    // Xã Song Phụng (Huyện Long Phú, 946) has no report yet: its account is made by the province admin.
    const token = await admin();
    const created = await app.gql(`mutation ($unitId: ID!) { createUser(email: "${COMMUNE_EMAIL}", fullName: "Công chức tư pháp xã Song Phụng",
      password: "${COMMUNE_PASSWORD}", unitId: $unitId) { id } }`, { unitId: await app.unitId(COMMUNE) }, { token });
    expect(created.errors).toBeUndefined();
    const granted = await app.gql('mutation ($userId: ID!, $unitId: ID!) { createMembership(userId: $userId, role: COMMUNE_STAFF, unitId: $unitId) { id } }',
      { userId: created.data!.createUser.id, unitId: await app.unitId(COMMUNE) }, { token });
    expect(granted.errors).toBeUndefined();

    const commune = await browser.newContext({ viewport: { width: 1400, height: 1100 } }).then((c) => c.newPage());
    await signIn(commune, app.url, COMMUNE_EMAIL, COMMUNE_PASSWORD);
    await commune.goto(`${app.url}/admin/#/Report/create`);
    await commune.getByLabel('Đơn vị báo cáo').fill('song phung');
    await commune.getByRole('option', { name: new RegExp(`Xã Song Phụng \\(${COMMUNE}\\)`) }).click();
    await commune.getByRole('combobox', { name: /^Năm/ }).click();
    await commune.getByRole('option', { name: '2023', exact: true }).click();
    await commune.getByRole('button', { name: 'Lưu' }).click();
    await commune.waitForURL(/#\/Report\/\d+\/show/, { timeout: 20_000 });
    reportId = commune.url().match(/Report\/(\d+)\/show/)![1];
    await expect(commune.getByTestId(`indicator-value-${CODE}`)).toBeVisibleSoon();
    await expect(commune.getByTestId(`total-${CODE}`).getByText('Chưa có số liệu')).toBeVisibleSoon();
    await commune.getByTestId(`numerator-${CODE}`).fill('18');
    await commune.getByTestId(`denominator-${CODE}`).fill('24');
    await commune.getByTestId(`save-${CODE}`).click();
    await expect(commune.getByTestId(`total-${CODE}`).getByText(/75.*\(18\/24\)/)).toBeVisibleSoon();
    await screenshot(commune, 'plan-flow-12-commune-report-value');
    await commune.context().close();
    const [report] = await app.sql(`select a.code, r.year from report r join admin_unit a on a.id = r.unit_id where r.id = $1`, [reportId]);
    expect(report).toEqual({ code: COMMUNE, year: 2023 });
    expect(await app.sql('select numerator::int, denominator::int from report_indicator_value where report_id = $1 and indicator = $2', [reportId, CODE]))
      .toEqual([{ numerator: 18, denominator: 24 }]);
  }, 180_000);

  it('9. the province sees the target measured by the commune\'s value', async () => {
    const [target] = await app.sql('select id::text from target where plan_id = $1 and indicator = $2', [planId, CODE]);
    const { data, errors } = await app.gql('query ($id: ID!, $u: ID!) { Target(id: $id) { evaluation(unitId: $u, year: 2023) { actual status } } }',
      { id: target.id, u: await app.unitId('94') }, { token: await admin() });
    expect(errors).toBeUndefined();
    expect(data!.Target.evaluation).toEqual({ actual: 75, status: 'MET' });
    await province.goto(`${app.url}/admin/#/Indicators`);
    await province.reload();
    // It opens on the admin's own province.
    await expect.poll(() => province.getByLabel('Đơn vị', { exact: true }).inputValue(), { timeout: 15_000 }).toMatch(/Tỉnh Sóc Trăng \(94\)/);
    await province.getByLabel('Năm').fill('2023');
    await expect(province.getByTestId(`target-status-${target.id}`).getByText('Đạt')).toBeVisibleSoon();
    await screenshot(province, 'plan-flow-13-province-target-actual');
  }, 120_000);

  it('10. the pilot ranking runs on the new task', async () => {
    await province.goto(`${app.url}/admin/#/PilotSelection/create`);
    await province.getByTestId('pilot-task').locator('xpath=..').getByRole('combobox').click();
    await province.getByRole('option', { name: /Chỉ đạo điểm công tác hòa giải ở cơ sở/ }).first().click();
    await province.getByTestId('pilot-year').fill('2023');
    await province.getByTestId('pilot-rank').click();
    await expect(province.getByTestId('candidate-row').first()).toBeVisibleSoon();
    await expect(province.getByText('Chọn 2 xã')).toBeVisibleSoon();
    await screenshot(province, 'plan-flow-14-pilot-ranking');
    const token = await admin();
    const [task] = await app.sql(`select id::text from plan_task where plan_id = $1 and code = '1'`, [planId]);
    const { data, errors } = await app.gql('query ($t: ID!) { pilotCandidates(planTaskId: $t, year: 2023) { count } }', { t: task.id }, { token });
    expect(errors).toBeUndefined();
    expect(data!.pilotCandidates.count).toBe(2);
  }, 120_000);

  it('11. an amendment of the issued plan reads as a sentence: who, which task, the old and new title', async () => {
    const [task] = await app.sql(`select id::text, version from plan_task where plan_id = $1 and code = '1'`, [planId]);
    const { errors } = await app.gql('mutation ($id: ID!, $v: Int!) { updatePlanTask(id: $id, version: $v, title: "Chỉ đạo điểm ở cấp xã") { id } }',
      { id: task.id, v: task.version }, { token: await admin() });
    expect(errors).toBeUndefined();
    await province.goto(`${app.url}/admin/#/Plan/${planId}/show/amendments`);
    await province.reload();
    const amendments = province.getByTestId('plan-amendments');
    await expect(amendments.getByText(/Sở Tư pháp tỉnh Sóc Trăng đã sửa nhiệm vụ 1 Chỉ đạo điểm ở cấp xã/)).toBeVisibleSoon();
    await expect(amendments.getByText('Tên: Chỉ đạo điểm công tác hòa giải ở cơ sở → Chỉ đạo điểm ở cấp xã')).toBeVisibleSoon();
    expect(await amendments.innerText()).not.toMatch(/[{}"]|PlanTask|UPDATE/);
    await screenshot(province, 'plan-flow-15-amendment');
  }, 120_000);
});
