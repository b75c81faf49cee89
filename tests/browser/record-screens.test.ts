import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO } from '../support/constants';
import { launchBrowser, screenshot, signIn, switchToEnglish } from '../support/browser';
import '../support/playwright-expect';
import { startTestApp, type TestApp } from '../support/harness';
import { ownTeam } from '../support/own-team';

/**
 * The yearly records the demo loads beside the teams and communes (team reviews, yearly case counts,
 * commune profiles, access-to-law assessments) each have their screens: Xã Mỹ Tú's staff creates,
 * finds, edits and deletes one of each in Vietnamese, and the API shows every change; an edit made
 * on a stale version is refused and says so; the analyst reads the lists and is offered no change;
 * the English toggle relabels a list.
 */
let app: TestApp;
let browser: Browser;
let page: Page;
let token: string;
let team: { id: number; name: string };
let xaMyTu: string;

beforeAll(async () => {
  app = await startTestApp();
  browser = await launchBrowser();
  token = await app.login(DEMO.xaMyTuStaff);
  team = await ownTeam(app, 'Ấp Màn Hình');
  xaMyTu = await app.unitId('31597');
  page = await (await browser.newContext({ viewport: { width: 1400, height: 1000 } })).newPage();
  await signIn(page, app.url, DEMO.xaMyTuStaff);
});
afterAll(async () => {
  await browser?.close();
  await app?.close();
});

/** The record as the API answers it to the commune's staff (null once deleted). */
async function read(type: string, id: string, fields: string): Promise<Record<string, unknown> | null> {
  const response = await app.gql(`query ($id: ID!) { record: ${type}(id: $id) { ${fields} } }`, { id }, { token });
  expect(response.errors).toBeUndefined();
  return response.data!.record;
}

const main = () => page.locator('.RaLayout-content');

async function save(resource: string): Promise<string> {
  await main().getByRole('button', { name: 'Lưu' }).click();
  await page.waitForURL(new RegExp(`#/${resource}/\\d+/show`));
  return page.url().match(new RegExp(`${resource}/(\\d+)/show`))![1];
}

/** Finds the record's row on its list with its filters (label → value), opens it, then its edit page. */
async function findAndEdit(resource: string, filters: Record<string, string>, rowText: RegExp, headers: string[]): Promise<void> {
  await page.goto(`${app.url}/admin/#/${resource}`);
  for (const header of headers) await expect(page.getByRole('columnheader', { name: header })).toBeVisibleSoon();
  for (const [label, value] of Object.entries(filters)) {
    // The search box has a placeholder, no label.
    await (label === 'Tìm kiếm' ? main().getByPlaceholder(label) : main().getByLabel(label, { exact: true })).fill(value);
    // The list applies a filter after a pause, in its address: a click before would be undone.
    await page.waitForURL((url) => decodeURIComponent(url.hash).includes(`"${value}"`) || decodeURIComponent(url.hash).includes(`:${value}`));
  }
  const row = page.getByRole('row').filter({ hasText: rowText });
  await expect(row).toBeVisibleSoon();
  await expect.poll(() => page.locator('tbody tr').count(), { timeout: 10_000 }).toBe(1);
  await screenshot(page, `record-screens-${resource}-list`);
  await row.first().locator('td').last().click(); // not on a link to the team or the unit
  await page.waitForURL(new RegExp(`#/${resource}/\\d+/show`));
  await main().getByRole('link', { name: 'Sửa' }).click();
  await page.waitForURL(new RegExp(`#/${resource}/\\d+$`));
}

/** Deletes from the edit page (a confirmation, then the list) and checks the API no longer has it. */
async function deleteAndCheck(resource: string, id: string): Promise<void> {
  await page.goto(`${app.url}/admin/#/${resource}/${id}`);
  await main().getByRole('button', { name: 'Xóa' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Xác nhận' }).click();
  await page.waitForURL(new RegExp(`#/${resource}(\\?.*)?$`));
  await expect.poll(() => read(resource, id, 'id'), { timeout: 10_000 }).toBeNull();
}

describe('the screens of the yearly records, for the commune\'s staff', () => {
  it('adds a team\'s review from the team\'s page, finds it, edits it and deletes it', async () => {
    await page.goto(`${app.url}/admin/#/MediationTeam/${team.id}/show`);
    await expect(page.getByText('Chưa có kết quả kiện toàn')).toBeVisibleSoon();
    // Its title says "Tổ hòa giải" once: the team's name begins with it (admin/src/i18n/pageTitle.ts).
    expect(team.name).toMatch(/^Tổ hòa giải /);
    await expect.poll(() => page.locator('#react-admin-title').textContent(), { timeout: 10_000 }).toBe(team.name);
    await page.getByTestId('team-add-review').click();
    await page.waitForURL(/#\/TeamReview\/create/);
    // The team comes filled in from its page.
    await expect.poll(() => main().getByLabel('Tổ hòa giải').inputValue(), { timeout: 10_000 }).toBe(`${team.name} – Xã Mỹ Tú`);
    // The year starts on the latest the staff has data for: Xã Mỹ Tú's last is before the 2025 reform.
    const latest = (await app.gql('{ latestDataYear }', {}, { token })).data!.latestDataYear as number;
    expect(latest).toBeLessThan(2026);
    expect(await main().getByLabel('Năm').inputValue()).toBe(String(latest));
    await main().getByLabel('Năm').fill('2023');
    await main().getByLabel('Đã kiện toàn', { exact: true }).check();
    await screenshot(page, 'record-screens-TeamReview-create');
    const id = await save('TeamReview');
    expect(await read('TeamReview', id, 'teamId year reviewed compliantAfter unit { code } version'))
      .toEqual({ teamId: String(team.id), year: 2023, reviewed: true, compliantAfter: true, unit: { code: '31597' }, version: 1 });
    await expect(main().getByText('Xã Mỹ Tú (31597)')).toBeVisibleSoon();

    await findAndEdit('TeamReview', { 'Tìm kiếm': 'Màn Hình' }, /2023.*Tổ hòa giải Ấp Màn Hình.*Xã Mỹ Tú \(31597\)/, ['Năm', 'Tổ hòa giải', 'Xã', 'Đã rà soát', 'Đã kiện toàn']);
    await main().getByLabel('Đã kiện toàn', { exact: true }).uncheck();
    await main().getByLabel('Ghi chú').fill('Thiếu hòa giải viên nữ');
    expect(await save('TeamReview')).toBe(id);
    expect(await read('TeamReview', id, 'compliantAfter note version')).toEqual({ compliantAfter: false, note: 'Thiếu hòa giải viên nữ', version: 2 });

    await deleteAndCheck('TeamReview', id);
  });

  it('records a team\'s yearly counts, received being their sum, edits and deletes them', async () => {
    await page.goto(`${app.url}/admin/#/CaseYearlyCount/create`);
    await main().getByLabel('Tổ hòa giải').fill('Màn Hình');
    await page.getByRole('option', { name: new RegExp(team.name) }).click();
    await main().getByLabel('Năm').fill('2023');
    await main().getByLabel('Hòa giải thành').fill('3');
    await main().getByLabel('Hòa giải không thành').fill('1');
    await main().getByLabel('Đang giải quyết').fill('1');
    await expect(page.getByTestId('received-sum').getByText('5', { exact: true })).toBeVisibleSoon();
    await screenshot(page, 'record-screens-CaseYearlyCount-create');
    const id = await save('CaseYearlyCount');
    expect(await read('CaseYearlyCount', id, 'teamId year received settled notSettled inProgress unit { code }'))
      .toEqual({ teamId: String(team.id), year: 2023, received: 5, settled: 3, notSettled: 1, inProgress: 1, unit: { code: '31597' } });

    await findAndEdit('CaseYearlyCount', { 'Tìm kiếm': 'Màn Hình' }, /2023.*Tổ hòa giải Ấp Màn Hình.*\(31597\)\s*5\s*3\s*1\s*1/, ['Năm', 'Tổ hòa giải', 'Số vụ việc tiếp nhận', 'Hòa giải thành']);
    // The received count follows the outcomes: the server computes it (the form does not send the old one).
    await main().getByLabel('Hòa giải thành').fill('12');
    await expect(page.getByTestId('received-sum').getByText('14', { exact: true })).toBeVisibleSoon();
    expect(await save('CaseYearlyCount')).toBe(id);
    expect(await read('CaseYearlyCount', id, 'received settled version')).toEqual({ received: 14, settled: 12, version: 2 });

    await deleteAndCheck('CaseYearlyCount', id);
  });

  it('keeps a commune\'s profile: adds it from the commune\'s page, finds it, edits and deletes it', async () => {
    // One profile per commune: the demo's own is removed first.
    const [demo] = await app.sql('select id::text, version from commune_profile where unit_id = $1', [xaMyTu]);
    expect((await app.gql('mutation ($id: ID!, $v: Int!) { deleteCommuneProfile(id: $id, version: $v) { id } }', { id: demo.id, v: demo.version }, { token })).errors).toBeUndefined();

    await page.goto(`${app.url}/admin/#/AdministrativeUnit/${xaMyTu}/show`);
    await page.getByTestId('commune-add-CommuneProfile').click();
    await page.waitForURL(/#\/CommuneProfile\/create/);
    // The commune comes filled in from its page.
    await expect.poll(() => main().getByLabel('Xã').inputValue(), { timeout: 10_000 }).toMatch(/^Xã Mỹ Tú \(31597\)/);
    await main().getByLabel('Vùng đồng bào dân tộc thiểu số').check();
    await main().getByLabel('Mức độ khó khăn').fill('7');
    await main().getByLabel('Khó khăn', { exact: true }).fill('Địa bàn rộng, nhiều kênh rạch');
    await screenshot(page, 'record-screens-CommuneProfile-create');
    const id = await save('CommuneProfile');
    expect(await read('CommuneProfile', id, 'unitId minorityArea difficultyScore difficulties'))
      .toEqual({ unitId: xaMyTu, minorityArea: true, difficultyScore: 7, difficulties: 'Địa bàn rộng, nhiều kênh rạch' });

    await findAndEdit('CommuneProfile', { 'Tìm kiếm': 'my tu' }, /Xã Mỹ Tú \(31597\).*7.*Địa bàn rộng/, ['Xã', 'Vùng đồng bào dân tộc thiểu số', 'Mức độ khó khăn', 'Khó khăn']);
    // 0 to 10: the form says so before anything is sent.
    await main().getByLabel('Mức độ khó khăn').fill('11');
    await main().getByRole('button', { name: 'Lưu' }).click();
    await expect(main().getByText('Phải nhỏ hơn hoặc bằng 10')).toBeVisibleSoon();
    await main().getByLabel('Mức độ khó khăn').fill('8');
    expect(await save('CommuneProfile')).toBe(id);
    expect(await read('CommuneProfile', id, 'difficultyScore version')).toEqual({ difficultyScore: 8, version: 2 });

    await deleteAndCheck('CommuneProfile', id);
  });

  it('records a commune\'s access-to-law assessment, edits it, refuses a stale edit and deletes it', async () => {
    await page.goto(`${app.url}/admin/#/AccessToLawAssessment/create`);
    await main().getByLabel('Xã').fill('my tu');
    await page.getByRole('option', { name: /Xã Mỹ Tú \(31597\)/ }).click();
    await main().getByLabel('Năm').fill('2020');
    await main().getByLabel('Đạt tiêu chí hòa giải ở cơ sở').check();
    await screenshot(page, 'record-screens-AccessToLawAssessment-create');
    const id = await save('AccessToLawAssessment');
    expect(await read('AccessToLawAssessment', id, 'unitId year metStandard metMediationCriterion'))
      .toEqual({ unitId: xaMyTu, year: 2020, metStandard: false, metMediationCriterion: true });

    await findAndEdit('AccessToLawAssessment', { 'Tìm kiếm': 'my tu', 'Năm': '2020' }, /2020.*Xã Mỹ Tú \(31597\)/, ['Năm', 'Xã', 'Đạt chuẩn tiếp cận pháp luật', 'Đạt tiêu chí hòa giải ở cơ sở']);
    await main().getByLabel('Đạt chuẩn tiếp cận pháp luật').check();
    expect(await save('AccessToLawAssessment')).toBe(id);
    expect(await read('AccessToLawAssessment', id, 'metStandard version')).toEqual({ metStandard: true, version: 2 });

    // Someone else changes it while the form is open: saving says so and overwrites nothing.
    await page.goto(`${app.url}/admin/#/AccessToLawAssessment/${id}`);
    await expect(main().getByLabel('Ghi chú')).toBeVisibleSoon();
    await app.gql('mutation ($id: ID!) { updateAccessToLawAssessment(id: $id, version: 2, note: "Sửa ở nơi khác") { id } }', { id }, { token });
    await main().getByLabel('Ghi chú').fill('Sửa trên màn hình');
    await main().getByRole('button', { name: 'Lưu' }).click();
    await expect(page.getByText(/đã được người khác thay đổi sau khi bạn mở/)).toBeVisibleSoon();
    await screenshot(page, 'record-screens-AccessToLawAssessment-conflict');
    expect(await read('AccessToLawAssessment', id, 'note version')).toEqual({ note: 'Sửa ở nơi khác', version: 3 });
    // As the message asks: reloaded, the form holds the other change (and its version, for the delete).
    await page.reload();
    await expect.poll(() => main().getByLabel('Ghi chú').inputValue(), { timeout: 15_000 }).toBe('Sửa ở nơi khác');

    await deleteAndCheck('AccessToLawAssessment', id);
  });

  it('labels a list in English on the toggle', async () => {
    // Without the search of the first test, which the list remembers.
    await page.goto(`${app.url}/admin/#/TeamReview?filter=${encodeURIComponent('{}')}`);
    await expect(page.getByRole('columnheader', { name: 'Đã rà soát' })).toBeVisibleSoon();
    await switchToEnglish(page);
    for (const header of ['Year', 'Mediation team', 'Commune', 'Reviewed', 'Consolidated']) {
      await expect(page.getByRole('columnheader', { name: header })).toBeVisibleSoon();
    }
    await expect(page.getByRole('menuitem', { name: 'Access-to-law assessments' })).toBeVisibleSoon();
    await screenshot(page, 'record-screens-TeamReview-list-en');
  });
});

describe('the screens of the yearly records, for the analyst', () => {
  it('shows every list and its records, offers no change, and says when a search finds nothing', async () => {
    const analyst = await (await browser.newContext({ viewport: { width: 1400, height: 1000 } })).newPage();
    await signIn(analyst, app.url, DEMO.analyst);
    const lists: Record<string, string> = {
      TeamReview: 'Đã kiện toàn', CaseYearlyCount: 'Số vụ việc tiếp nhận', CommuneProfile: 'Mức độ khó khăn', AccessToLawAssessment: 'Đạt chuẩn tiếp cận pháp luật',
    };
    for (const [resource, header] of Object.entries(lists)) {
      await analyst.goto(`${app.url}/admin/#/${resource}`);
      await expect(analyst.getByRole('columnheader', { name: header })).toBeVisibleSoon();
      await expect(analyst.locator('tbody tr').first()).toBeVisibleSoon();
      expect(await analyst.getByTestId('create-button').count()).toBe(0);
      expect(await analyst.locator('tbody input[type="checkbox"]').count()).toBe(0);
      await analyst.locator('tbody tr').first().locator('td').last().click();
      await analyst.waitForURL(new RegExp(`#/${resource}/\\d+/show`));
      await expect(analyst.getByText('Phiên bản')).toBeVisibleSoon();
      expect(await analyst.getByRole('link', { name: 'Sửa' }).count()).toBe(0);
    }
    await analyst.goto(`${app.url}/admin/#/CommuneProfile`);
    await analyst.locator('.RaLayout-content').getByPlaceholder('Tìm kiếm').fill('khong co xa nao ten nay');
    await expect(analyst.getByText('Không tìm thấy hồ sơ xã nào')).toBeVisibleSoon();
    await screenshot(analyst, 'record-screens-analyst-no-results');
    await analyst.context().close();
  });
});

describe('bulk deletion on the lists of hamlets, agencies and memberships', () => {
  it('offers row checkboxes to the province admin, who may delete, and none to the analyst, who may not', async () => {
    // memberships have no edit screen: the list is an administrator's, who creates and deletes them
    for (const [account, resources, checkboxes] of [[DEMO.socTrangAdmin, ['Hamlet', 'Agency', 'Membership'], true], [DEMO.analyst, ['Hamlet', 'Agency'], false]] as const) {
      const page = await (await browser.newContext({ viewport: { width: 1400, height: 1000 } })).newPage();
      await signIn(page, app.url, account);
      for (const resource of resources) {
        await page.goto(`${app.url}/admin/#/${resource}`);
        await expect(page.locator('tbody tr').first()).toBeVisibleSoon();
        expect(await page.locator('tbody input[type="checkbox"]').count() > 0, `${resource} for ${account}`).toBe(checkboxes);
        // The analyst's account is not the province admin's to read: its membership says so instead of an empty cell.
        if (resource === 'Membership') {
          await expect(page.getByText('Tài khoản ngoài phạm vi quản lý của bạn')).toBeVisibleSoon();
          // its page's title names the role in Vietnamese, not its id and role code
          await page.getByText('Tài khoản ngoài phạm vi quản lý của bạn').click();
          await expect(page.getByText('Tài khoản ngoài phạm vi quản lý của bạn – Cán bộ phân tích')).toBeVisibleSoon();
          expect(await page.getByText('ANALYST').count()).toBe(0);
          // The list is searched by the member's name, typed without diacritics.
          await page.goto(`${app.url}/admin/#/Membership`);
          await page.locator('.RaLayout-content').getByPlaceholder('Tìm kiếm').fill('phong tu phap huyen my tu');
          await expect.poll(() => page.locator('tbody tr').allTextContents(), { timeout: 10_000 }).toEqual([expect.stringMatching(/^Phòng Tư pháp huyện Mỹ TúCán bộ cấp huyệnHuyện Mỹ Tú/)]);
        }
      }
      await page.context().close();
    }
  });
});
