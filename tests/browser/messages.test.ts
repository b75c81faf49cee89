import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO } from '../support/constants';
import { launchBrowser, screenshot, signIn, switchToEnglish } from '../support/browser';
import '../support/playwright-expect';
import { startTestApp, type TestApp } from '../support/harness';
import { ownTeam } from '../support/own-team';

/**
 * The console says every refusal in the user's language, next to the field it concerns, and
 * writes numbers and dates as Vietnamese does, whatever the browser's own locale (Chromium runs
 * here in English, en-US).
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

async function pageAs(email: string, locale = 'en-US'): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 }, locale });
  const page = await context.newPage();
  await signIn(page, app.url, email);
  return page;
}

/** English words a Vietnamese screen should never show (the server's messages are English). */
const ENGLISH = /\b(the|must|cannot|already|has|have|with|this|before|only|should|not found|overlapping|closing date)\b/i;

/** The visible text of the page's main area (the menu and app bar are the console's own words). */
const mainText = (page: Page) => page.locator('.RaLayout-content').first().innerText();

describe('refusals in the user\'s language', () => {
  it('says three different refusals of the server in Vietnamese next to their fields, and in English on the toggle', async () => {
    const page = await pageAs(DEMO.xaMyTuStaff);
    const team = await ownTeam(app);
    const [hamlet] = await app.sql(`select name from hamlet where unit_path = 'y2021.p94.d944.c31597' order by name limit 1`);

    // 1. A case in progress has no closing date (a domain rule of the service).
    await page.goto(`${app.url}/admin/#/MediationCase/create`);
    await page.getByLabel('Tổ hòa giải').fill(team.name.replace('Tổ hòa giải ', '').slice(0, 8));
    await page.getByRole('option', { name: team.name }).first().click();
    await page.getByTestId('day-receivedOn').fill('02/03/2023');
    await page.getByTestId('day-closedOn').fill('05/03/2023');
    await page.getByRole('button', { name: 'Lưu' }).click();
    const closedOn = page.locator('.MuiFormControl-root', { has: page.getByTestId('day-closedOn') });
    await expect(closedOn.getByText('Vụ việc đang giải quyết thì chưa có ngày kết thúc.')).toBeVisibleSoon();
    expect(await mainText(page)).not.toMatch(ENGLISH);
    await screenshot(page, 'messages-case-closing-date-vi');

    // 2. A hamlet's name is unique in its commune (a database constraint).
    await page.goto(`${app.url}/admin/#/Hamlet/create`);
    await page.getByLabel('Xã, phường').fill('my tu');
    await page.getByRole('option', { name: /Xã Mỹ Tú \(31597\)/ }).click();
    await page.getByLabel('Tên').fill(hamlet.name);
    await page.getByLabel('Loại').click();
    await page.getByRole('option', { name: 'Ấp', exact: true }).click();
    await page.getByRole('button', { name: 'Lưu' }).click();
    await expect(page.getByText('Xã này đã có thôn, tổ dân phố mang tên này.')).toBeVisibleSoon();
    expect(await mainText(page)).not.toMatch(ENGLISH);
    await screenshot(page, 'messages-hamlet-name-vi');
    await page.context().close();

    // 3. One trainer pool per unit at a time (a rule with the database as last line), as the district.
    const district = await pageAs(DEMO.myTuStaff);
    await district.goto(`${app.url}/admin/#/TrainerPool/create`);
    await district.locator('.RaLayout-content').getByLabel('Đơn vị').fill('my tu');
    await district.getByRole('option', { name: /Huyện Mỹ Tú \(944\)/ }).click();
    await district.getByTestId('day-periodFrom').fill('01/01/2021');
    await district.getByRole('button', { name: 'Lưu' }).click();
    const periodFrom = district.locator('.MuiFormControl-root', { has: district.getByTestId('day-periodFrom') });
    await expect(periodFrom.getByText('Đơn vị này đã có đội ngũ tập huấn viên trong khoảng thời gian trùng lặp.')).toBeVisibleSoon();
    expect(await mainText(district)).not.toMatch(ENGLISH);
    await screenshot(district, 'messages-pool-overlap-vi');


    await switchToEnglish(district);
    await district.goto(`${app.url}/admin/#/TrainerPool`);
    await district.goto(`${app.url}/admin/#/TrainerPool/create`);
    await district.locator('.RaLayout-content').getByLabel('Unit').fill('my tu');
    await district.getByRole('option', { name: /Huyện Mỹ Tú \(944\)/ }).click();
    await district.getByTestId('day-periodFrom').fill('01/01/2021');
    await district.getByRole('button', { name: 'Save' }).click();
    await expect(district.getByText('This unit already has a trainer pool for an overlapping period.')).toBeVisibleSoon();
    await screenshot(district, 'messages-pool-overlap-en');
    expect(await app.sql(`select count(*)::int as n from trainer_pool where unit_path = 'y2021.p94.d944'`)).toEqual([{ n: 1 }]);
    await district.context().close();
  });

  it('says a refusal of the plan editor (a target by a year outside the plan\'s period) under the year it names, in Vietnamese', async () => {
    const district = await pageAs(DEMO.myTuStaff);
    const created = await app.gql(`mutation ($unitId: ID!) { createPlan(unitId: $unitId, title: "Kế hoạch thử lý do từ chối", periodFrom: 2022, periodTo: 2025) { id } }`,
      { unitId: await app.unitId('944') }, { token: await app.login(DEMO.myTuStaff) });
    const planId = created.data!.createPlan.id as string;
    await district.goto(`${app.url}/admin/#/Plan/${planId}/show/edit-targets`);
    await district.getByTestId('editor-add-target').click();
    const dialog = district.getByTestId('target-dialog');
    await expect(dialog).toBeVisibleSoon();
    await district.getByTestId('target-value').fill('85');
    await district.getByTestId('target-applies').click();
    await district.getByTestId('target-applies-BY_YEAR').click();
    await district.getByTestId('target-year').fill('2030');
    await district.getByTestId('target-save').click();
    await expect(district.getByTestId('target-year-error').filter({ hasText: 'Kế hoạch thực hiện trong giai đoạn 2022–2025; năm 2030 nằm ngoài giai đoạn này.' }))
      .toBeVisibleSoon();
    expect(await district.getByRole('dialog').innerText()).not.toMatch(ENGLISH);
    expect(await mainText(district)).not.toMatch(ENGLISH);
    await screenshot(district, 'messages-plan-target-year-vi');
    expect(await app.sql('select count(*)::int as n from target where plan_id = $1', [planId])).toEqual([{ n: 0 }]);
    await district.context().close();
  });
});

describe('numbers and dates as Vietnamese writes them', () => {
  it('reads "65,5" as 65.5 and 16/11/2021 as a day in an English browser, and shows them back as 65,5, 16/11/2021 and "Năm sinh 1980"', async () => {
    const page = await pageAs(DEMO.xaMyTuStaff);
    const team = await ownTeam(app);
    await page.goto(`${app.url}/admin/#/Mediator/create`);
    await page.getByLabel('Tổ hòa giải').fill(team.name.replace('Tổ hòa giải ', '').slice(0, 8));
    await page.getByRole('option', { name: team.name }).first().click();
    await page.getByLabel('Họ và tên').fill('Lâm Thị Thập Phân');
    await page.getByLabel('Giới tính').click();
    await page.getByRole('option', { name: 'Nữ', exact: true }).click();
    await page.getByLabel('Năm sinh').fill('1980');
    await page.getByTestId('day-electedOn').fill('16/11/2021');
    await page.getByLabel('Tỷ lệ phiếu bầu (%)').fill('65,5');
    await page.getByRole('button', { name: 'Lưu' }).click();
    await page.waitForURL(/#\/Mediator\/\d+\/show/);
    await expect(page.locator('.RaShow-main').getByText('Lâm Thị Thập Phân')).toBeVisibleSoon();
    const [saved] = await app.sql(`select vote_share::float as vote, birth_year, elected_on::text from mediator where full_name = 'Lâm Thị Thập Phân'`);
    expect(saved).toEqual({ vote: 65.5, birth_year: 1980, elected_on: '2021-11-16' });
    const text = await mainText(page);
    expect(text).toContain('65,5');
    expect(text).toContain('16/11/2021');
    expect(text).toMatch(/Năm sinh\s+1980/);
    expect(text).not.toContain('1,980');
    expect(text).not.toContain('1.980');
    await screenshot(page, 'messages-mediator-numbers-vi');
    await page.context().close();
  });
});
