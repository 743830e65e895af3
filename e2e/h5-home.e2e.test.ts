// The phone app on a phone: a member signs in on /m/login and lands on the home page with their
// name, the tab bar, and nothing wider than the screen; a relative acts for the elderly member there.
import { Demo } from './support/accounts.ts';
import { apiOf } from './support/api.ts';
import { describe, expect, PHONE, snap, test } from './support/test.ts';
import { cutOffText, label, overflowX, signInPhone } from './support/ui.ts';

describe('phone H5', () => {
  test('13800000010 sees the home page with name and tab bar on a 390×844 phone', async ({ pages }) => {
    const page = await pages.open(PHONE);
    await signInPhone(page, Demo.member);

    const { data: me } = await apiOf(page).get<{
      data: { account: { displayName: string }; grants: { orgName: string }[] };
    }>('/api/me');
    await page.getByRole('heading', { level: 1, name: `您好，${me.account.displayName}` }).waitFor();
    const tabs = page.getByRole('navigation', { name: '主导航' }).getByRole('link');
    expect((await tabs.allTextContents()).map((t) => t.trim())).toEqual(['首页', '我的组织', '我的']);
    expect(await overflowX(page)).toBe(0);
    await snap(page, 'h5-home-member');

    // The other tabs fit the phone too.
    await tabs.filter({ hasText: '我的组织' }).click();
    await page.waitForURL((url) => url.pathname === '/m/org');
    await page.getByRole('heading', { level: 1, name: '我的组织' }).waitFor();
    await page.getByRole('heading', { level: 2 }).filter({ hasText: me.grants[0]!.orgName }).waitFor();
    expect(await overflowX(page)).toBe(0);
    await snap(page, 'h5-my-org-member');
    await tabs.filter({ hasText: /^\s*我的\s*$/ }).click();
    await page.waitForURL((url) => url.pathname === '/m/profile');
    await page.getByRole('heading', { level: 1, name: '我的' }).waitFor();
    expect(await overflowX(page)).toBe(0);
  });

  test('字体大小 offers two steps up to 1.5× and every tab still fits 390 px at the largest', async ({ pages }) => {
    const page = await pages.open(PHONE);
    await signInPhone(page, Demo.member);
    const bodyFontPx = () => page.evaluate(() => Number.parseFloat(getComputedStyle(document.body).fontSize));
    const standard = await bodyFontPx();

    await page.goto('/m/profile');
    const sizes = page.getByRole('group', { name: '字体大小' });
    await sizes.waitFor();
    expect((await sizes.locator('label').allTextContents()).map((t) => t.trim())).toEqual(['标准', '大', '特大']);
    await sizes.getByText('大', { exact: true }).click();
    expect((await bodyFontPx()) / standard).toBeCloseTo(1.25, 2);
    await sizes.getByText('特大', { exact: true }).click();
    expect(await sizes.getByRole('radio', { name: '特大' }).isChecked()).toBe(true);
    expect((await bodyFontPx()) / standard).toBeCloseTo(1.5, 2);
    expect(await cutOffText(page)).toEqual([]);
    await snap(page, 'h5-profile-xlarge');

    // Remembered on the device: a reload and every tab keep it, and nothing is cut off.
    for (const [path, heading] of [
      ['/m', /^您好/],
      ['/m/org', '我的组织'],
      ['/m/profile', '我的'],
    ] as const) {
      await page.goto(path);
      await page.getByRole('heading', { level: 1, name: heading }).waitFor();
      await page.waitForLoadState('networkidle');
      expect((await bodyFontPx()) / standard).toBeCloseTo(1.5, 2);
      expect(await overflowX(page)).toBe(0);
      expect(await cutOffText(page)).toEqual([]);
    }
    await sizes.getByText('标准', { exact: true }).click();
    expect(await bodyFontPx()).toBe(standard);
  });

  // The relative holds no grants of their own: the phone app is where they work, acting for the
  // elderly member who named them.
  test('13800000014 (a relative) acts for the elderly member from the phone home', async ({ pages }) => {
    const page = await pages.open(PHONE);
    await signInPhone(page, Demo.relative);
    const api = apiOf(page);
    const { data: me } = await api.get<{ data: { account: { id: string } } }>('/api/me');
    const { data: delegations } = await api.get<{ data: { principalName: string; isActive: boolean }[] }>(
      '/api/delegations',
      { delegateAccountId: me.account.id },
    );
    const principal = delegations.find((d) => d.isActive)!.principalName;

    const offer = page.getByRole('region', { name: '代家人办理' });
    await offer.getByText(principal).waitFor();
    await snap(page, 'h5-home-relative');
    await offer.getByRole('button', { name: label('开始代办') }).click();
    await page
      .getByRole('dialog')
      .getByRole('button', { name: label('开始代办') })
      .click();
    const banner = page.getByRole('status').filter({ hasText: `正在代 ${principal} 办理` });
    await banner.waitFor();
    expect(await overflowX(page)).toBe(0);
    await snap(page, 'h5-acting-for');

    await banner.getByRole('button', { name: label('结束代办') }).click();
    await banner.waitFor({ state: 'detached' });
  });
});
