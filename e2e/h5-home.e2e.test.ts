// The phone app on a phone: a member signs in on /m/login and lands on the home page with their
// name, the tab bar, and nothing wider than the screen.
import type { Page } from 'playwright-core';
import { DEMO_PASSWORD, Demo } from './support/accounts.ts';
import { apiOf } from './support/api.ts';
import { describe, expect, PHONE, snap, test } from './support/test.ts';
import { label } from './support/ui.ts';

/** How far the page is wider than the viewport (0 when there is no horizontal scroll). */
const overflowX = (page: Page) =>
  page.evaluate(() => Math.max(document.documentElement.scrollWidth, document.body.scrollWidth) - window.innerWidth);

describe('phone H5', () => {
  test('13800000010 sees the home page with name and tab bar on a 390×844 phone', async ({ pages }) => {
    const page = await pages.open(PHONE);
    await page.goto('/m');
    await page.waitForURL((url) => url.pathname === '/m/login');
    await page.getByLabel('手机号').fill(Demo.member);
    await page.getByLabel('密码', { exact: true }).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: label('登录') }).click();
    await page.waitForURL((url) => url.pathname === '/m');

    const { data: me } = await apiOf(page).get<{ data: { account: { displayName: string } } }>('/api/me');
    await page.getByRole('heading', { level: 1, name: `您好，${me.account.displayName}` }).waitFor();
    const tabs = page.getByRole('navigation', { name: '主导航' }).getByRole('link');
    expect((await tabs.allTextContents()).map((t) => t.trim())).toEqual(['首页', '我的组织', '我的']);
    expect(await overflowX(page)).toBe(0);
    await snap(page, 'h5-home-member');

    // The other tabs fit the phone too.
    await tabs.filter({ hasText: '我的组织' }).click();
    await page.waitForURL((url) => url.pathname === '/m/org');
    await page.getByRole('heading', { level: 1, name: '我的组织' }).waitFor();
    expect(await overflowX(page)).toBe(0);
    await snap(page, 'h5-my-org-member');
    await tabs.filter({ hasText: /^\s*我的\s*$/ }).click();
    await page.waitForURL((url) => url.pathname === '/m/profile');
    await page.getByRole('heading', { level: 1, name: '我的' }).waitFor();
    expect(await overflowX(page)).toBe(0);
  });
});
