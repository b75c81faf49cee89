import type { Browser, ConsoleMessage } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO } from '../support/constants';
import { launchBrowser, screenshot, signIn } from '../support/browser';
import '../support/playwright-expect';
import { startTestApp, type TestApp } from '../support/harness';

/**
 * The console's session, as a browser holds it: an HttpOnly cookie no script can read, nothing
 * secret in localStorage, a Content-Security-Policy the console runs under without a violation,
 * sign-out that ends the session on the server, and throttled sign-in said in the user's language.
 * The server runs with introspection off, as in production: the console uses the schema it ships.
 */
let app: TestApp;
let browser: Browser;

beforeAll(async () => {
  app = await startTestApp({ config: { introspection: false } });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await app?.close();
});

describe('the console session', () => {
  it('lives in an HttpOnly cookie, not in localStorage, under the CSP, and ends on the server at sign-out', async () => {
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    const page = await context.newPage();
    const violations: string[] = [];
    page.on('console', (message: ConsoleMessage) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
    });
    await signIn(page, app.url, DEMO.myTuStaff);
    await page.goto(`${app.url}/admin/#/Hamlet`);
    await expect(page.getByRole('columnheader', { name: 'Tên' })).toBeVisibleSoon();

    const cookies = (await context.cookies()).filter((c) => c.name === 'hoagiai_session');
    // The same session for the API and for the official documents' downloads (issue 12), nowhere else.
    expect(cookies.map((c) => c.path).sort()).toEqual(['/documents', '/graphql']);
    const cookie = cookies.find((c) => c.path === '/graphql')!;
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/graphql' });
    expect(cookies.find((c) => c.path === '/documents')).toMatchObject({ httpOnly: true, sameSite: 'Strict', value: cookie.value });
    expect(await page.evaluate(() => document.cookie)).not.toContain('hoagiai_session');
    const stored = await page.evaluate(() => Object.entries(localStorage).map(([key, value]) => `${key}=${value}`).join('\n'));
    expect(stored).not.toContain(cookie.value);
    expect(stored).not.toMatch(/hoagiai\.token/);
    expect(violations).toEqual([]);
    await screenshot(page, 'session-signed-in');

    const [{ n: before }] = await app.sql(`select count(*)::int as n from app_private.session s join app_user u on u.id = s.user_id where u.email = $1`, [DEMO.myTuStaff]);
    await page.getByRole('button', { name: 'Tài khoản' }).click();
    await page.getByRole('menuitem', { name: /Đăng xuất/ }).click();
    await page.waitForURL(/#\/login/);
    const [{ n: after }] = await app.sql(`select count(*)::int as n from app_private.session s join app_user u on u.id = s.user_id where u.email = $1`, [DEMO.myTuStaff]);
    expect(after).toBe(before - 1);
    const replayed = await fetch(`${app.url}/graphql`, {
      method: 'POST', headers: { 'content-type': 'application/json', cookie: `hoagiai_session=${cookie.value}`, 'x-hoagiai-csrf': '1' }, body: '{"query":"{ me { id } }"}',
    });
    expect(((await replayed.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe('UNAUTHENTICATED');
    await context.close();
  });

  it('says a throttled sign-in in Vietnamese and in English', async () => {
    await app.sql(`insert into app_private.login_attempt (email, failures, window_started_at) values ($1, 5, now()), ($2, 5, now())`,
      [DEMO.longPhuStaff, DEMO.analyst]);
    const page = await browser.newPage({ viewport: { width: 1000, height: 700 } });
    for (const [language, email, message] of [
      ['vi', DEMO.longPhuStaff, 'Có quá nhiều lần thử'],
      ['en', DEMO.analyst, 'Too many attempts'],
    ] as const) {
      await page.goto(`${app.url}/admin/#/login`);
      if (language === 'en') {
        // The sign-in page (issue 9) chooses its language in a list of its own.
        await page.getByRole('combobox', { name: /Ngôn ngữ/ }).click();
        await page.getByRole('option', { name: 'English' }).click();
      }
      await page.locator('input[name="username"]').fill(email);
      await page.locator('input[name="password"]').fill('hoagiai-demo');
      await page.locator('button[type="submit"]').click();
      await expect(page.getByText(message)).toBeVisibleSoon();
      await page.waitForTimeout(400); // the notification slides in
      await screenshot(page, `session-throttled-${language}`);
    }
    await page.close();
  });

  it('deletes hamlets in bulk from the list, each with the version it read', async () => {
    const token = await app.login(DEMO.xaMyTuStaff);
    const unitId = await app.unitId('31597');
    const ids: string[] = [];
    for (const name of ['Ấp Xóa hàng loạt 1', 'Ấp Xóa hàng loạt 2']) {
      ids.push((await app.gql('mutation ($u: ID!, $n: String!) { createHamlet(unitId: $u, name: $n, kind: AP) { id } }', { u: unitId, n: name }, { token })).data!.createHamlet.id);
    }
    // One of them was renamed by someone else since: its version is 2 now.
    await app.gql('mutation ($id: ID!) { updateHamlet(id: $id, version: 1, name: "Ấp Xóa hàng loạt 2b") { id } }', { id: ids[1] }, { token });

    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    const page = await context.newPage();
    await signIn(page, app.url, DEMO.xaMyTuStaff);
    await page.goto(`${app.url}/admin/#/Hamlet`);
    await page.getByRole('textbox', { name: 'Tìm kiếm' }).fill('xoa hang loat');
    await expect(page.getByRole('cell', { name: 'Ấp Xóa hàng loạt 2b' })).toBeVisibleSoon();
    await page.getByRole('checkbox', { name: /Chọn tất cả|Select all/ }).check();
    await page.getByRole('button', { name: 'Xóa', exact: true }).click();
    await page.getByRole('button', { name: 'Xác nhận' }).click();
    await expect(page.getByText(/Không có|Không tìm thấy|No .* yet|Chưa có/)).toBeVisibleSoon();
    await screenshot(page, 'session-bulk-deleted');
    expect(await app.sql('select id from hamlet where id = any ($1)', [ids])).toEqual([]);
    // The server accepts a delete only with the current version (the second row's is 2): both went through, audited.
    const audit = await app.sql(`select entity_id from audit_log where entity = 'Hamlet' and action = 'DELETE' and entity_id = any ($1) order by entity_id`, [ids]);
    expect(audit.map((row) => row.entity_id)).toEqual([...ids].sort());
    await context.close();
  });
});
