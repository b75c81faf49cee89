import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { DEMO_PASSWORD } from './constants';

/** Screenshots land here; CI keeps the folder as the browser tests' output. */
export const OUTPUT_DIR = path.join(__dirname, '..', '..', 'test-output');

/** Debian's Chromium, driven by playwright-core (a browser download cannot work on these machines). */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
    ],
  });
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(OUTPUT_DIR, { recursive: true });
  const file = path.join(OUTPUT_DIR, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/** Signs in through the console's own login page. */
export async function signIn(page: Page, baseUrl: string, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto(`${baseUrl}/admin/#/login`);
  await page.locator('input[name="username"]').fill(email);
  await page.locator('input[name="password"]').fill(password);
  await page.locator('button[type="submit"]').click();
  await page.waitForURL((url) => !url.hash.startsWith('#/login'), { timeout: 20_000 });
  // The console loads once signed in (main.tsx): wait until it has drawn its layout and the landing
  // page (the role's dashboard, at #/) or the page asked for, so that a test's next navigation is
  // not undone by a late redirect.
  await page.locator('.RaLayout-content').waitFor({ state: 'visible', timeout: 20_000 });
  await page.waitForFunction(() => (window.location.hash !== '#/' && window.location.hash !== '')
    || document.querySelector('[data-testid="dashboard"], [data-testid="dashboard-message"]') !== null, null, { timeout: 20_000 }).catch(() => undefined);
}

/** Switches the console to English with the app bar's language menu, as a user does (the console opens in Vietnamese). */
export async function switchToEnglish(page: Page): Promise<void> {
  await page.locator('.RaAppBar-toolbar button').filter({ hasText: /tiếng việt/i }).click();
  await page.getByRole('menuitem', { name: 'English' }).click();
}

/** Back to Vietnamese on the app bar's language toggle. */
export async function switchToVietnamese(page: Page): Promise<void> {
  await page.locator('.RaAppBar-toolbar button').filter({ hasText: /english/i }).click();
  await page.getByRole('menuitem', { name: 'Tiếng Việt' }).click();
}

/**
 * Opens an MUI select of the console (by the data-testid of its display) and picks an option (by
 * `${testId}-${option}`), then checks the select holds it: a pick that did not take (the click
 * landed while the menu was still opening, seen once on a loaded machine) is made again.
 */
export async function chooseOption(page: Page, testId: string, option: string): Promise<void> {
  const value = page.getByTestId(testId).locator('xpath=following-sibling::input[1]');
  for (let attempt = 1; ; attempt += 1) {
    await page.getByTestId(testId).click();
    await page.getByTestId(`${testId}-${option}`).click();
    const deadline = Date.now() + 5_000;
    while (Date.now() < deadline && (await value.inputValue()) !== option) await page.waitForTimeout(100);
    if ((await value.inputValue()) === option) return;
    if (attempt === 3) throw new Error(`The select ${testId} did not take the option ${option} (it holds "${await value.inputValue()}")`);
    await page.keyboard.press('Escape');
  }
}

