import type { Locator } from 'playwright-core';
import { expect } from 'vitest';

/** `await expect(locator).toBeVisibleSoon()`: waits (up to 15 s) for a locator to show, as a user would. */
expect.extend({
  async toBeVisibleSoon(locator: Locator, timeout = 15_000) {
    try {
      await locator.first().waitFor({ state: 'visible', timeout });
      return { pass: true, message: () => `${locator} is visible` };
    } catch {
      return { pass: false, message: () => `${locator} did not become visible within ${timeout} ms` };
    }
  },
});

declare module 'vitest' {
  interface Assertion<T> {
    toBeVisibleSoon(timeout?: number): Promise<T>;
  }
}
