// The `test` every spec uses: `page` is a fresh desktop browser context (zh-CN, Beijing time, 1280×800, the
// platform's address as base URL); `pages.open(options)` opens more, e.g. a phone. A failed test
// leaves a screenshot of each of its pages; an uncaught error in a page fails the test.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { test as base, inject } from 'vitest';
import { sharedBrowser } from './browser.ts';
import { SCREENSHOT_DIR } from './paths.ts';

export { describe, expect } from 'vitest';

/** The platform under test, e.g. http://127.0.0.1:41234. */
export const baseUrl = (): string => inject('baseUrl');

export const DESKTOP: BrowserContextOptions = { viewport: { width: 1280, height: 800 } };
export const PHONE: BrowserContextOptions = {
  viewport: { width: 390, height: 844 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
};

type Pages = { open(options?: BrowserContextOptions): Promise<Page> };

const slug = (text: string) =>
  text
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 80);

/**
 * Saves a full-page screenshot of a key page for people to look at (e2e/screenshots/tmp/NAME.png),
 * once the page's requests have settled (charts and lists drawn), or after 5 s at most.
 */
export async function snap(page: Page, name: string): Promise<void> {
  await page.waitForLoadState('networkidle', { timeout: 5_000 }).catch(() => undefined);
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
}

// Chromium reports this benign layout notice as an error event; it is not an app failure.
const BENIGN_ERRORS = [/ResizeObserver loop/];

export const test = base.extend<{ pages: Pages; page: Page }>({
  pages: async ({ task }, use) => {
    const browser = await sharedBrowser();
    const opened: { page: Page; errors: string[] }[] = [];
    await use({
      async open(options = DESKTOP) {
        const context = await browser.newContext({
          locale: 'zh-CN',
          timezoneId: 'Asia/Shanghai',
          baseURL: baseUrl(),
          ...options,
        });
        const page = await context.newPage();
        const errors: string[] = [];
        page.on('pageerror', (e) => {
          if (!BENIGN_ERRORS.some((re) => re.test(e.message))) errors.push(e.message);
        });
        opened.push({ page, errors });
        return page;
      },
    });
    const hasFailed = task.result?.state === 'fail';
    for (const [i, { page }] of opened.entries()) {
      if (hasFailed && !page.isClosed()) {
        mkdirSync(SCREENSHOT_DIR, { recursive: true });
        const file = path.join(SCREENSHOT_DIR, `failed-${slug(task.name)}${opened.length > 1 ? `-${i + 1}` : ''}.png`);
        await page.screenshot({ path: file, fullPage: true }).catch(() => undefined);
      }
      await page.context().close();
    }
    const errors = opened.flatMap((o) => o.errors);
    if (errors.length > 0 && !hasFailed) throw new Error(`uncaught error in the page:\n${errors.join('\n')}`);
  },
  page: async ({ pages }, use) => {
    await use(await pages.open());
  },
});
