// Ways of working the screens that several specs share: the sign-in form, antd's button text, the
// console's menu, the organisation picker.
import type { Locator, Page } from 'playwright-core';
import { DEMO_PASSWORD } from './accounts.ts';

/**
 * Matches a control's accessible name exactly, allowing what antd adds: a space between two Chinese
 * characters on a button ("登录" is rendered "登 录") and an icon's own name before the text
 * ("download 下载导入模板").
 */
export function label(text: string): RegExp {
  const chars = [...text].map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^\\s*(?:[a-z][a-z-]*\\s+)?${chars.join('\\s*')}\\s*$`);
}

/** Fills and sends the console's sign-in form (no waiting for the outcome). */
export async function submitLoginForm(page: Page, phone: string, password: string): Promise<void> {
  if (!new URL(page.url(), 'http://x').pathname.startsWith('/login')) await page.goto('/login');
  await page.getByLabel('手机号').fill(phone);
  await page.getByLabel('密码', { exact: true }).fill(password);
  await page.getByRole('button', { name: label('登录') }).click();
}

/** Signs in through the console's form and waits until the app has left the sign-in page. */
export async function signIn(page: Page, phone: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/login');
  await submitLoginForm(page, phone, password);
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
}

/** Signs in through the phone app's own form (/m/login) and waits for its home page. */
export async function signInPhone(page: Page, phone: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/m');
  await page.waitForURL((url) => url.pathname === '/m/login');
  await page.getByLabel('手机号').fill(phone);
  await page.getByLabel('密码', { exact: true }).fill(password);
  await page.getByRole('button', { name: label('登录') }).click();
  await page.waitForURL((url) => url.pathname === '/m');
}

/** The console's main navigation (named 主导航, or "Main navigation" in English). */
export function mainNav(page: Page): Locator {
  return page.getByRole('navigation', { name: /^(主导航|Main navigation)$/ });
}

/** The labels of the console's menu entries, in order, once the menu has rendered. */
export async function menuLabels(page: Page): Promise<string[]> {
  const items = mainNav(page).getByRole('menuitem');
  await items.first().waitFor();
  return (await items.allInnerTexts()).map((t) => t.trim());
}

/**
 * Chooses an organisation in an OrgTreeSelect (antd TreeSelect with server search): types the name
 * into the field labelled `fieldLabel` and clicks the hit whose title contains it.
 */
export async function pickOrg(page: Page, fieldLabel: string, orgName: string): Promise<void> {
  const field = page.getByLabel(fieldLabel, { exact: true });
  await field.click();
  await field.fill(orgName);
  const popup = page.locator('.ant-select-dropdown:visible');
  const hit = popup.locator('.ant-select-tree-node-content-wrapper', { hasText: orgName }).first();
  await hit.click();
  await popup.waitFor({ state: 'hidden' });
}

/** How far the page is wider than its viewport: 0 when nothing scrolls sideways. */
export function overflowX(page: Page): Promise<number> {
  return page.evaluate(
    () => Math.max(document.documentElement.scrollWidth, document.body.scrollWidth) - window.innerWidth,
  );
}

/**
 * Elements showing text whose box reaches past the viewport's right edge (cut off or scrolled away),
 * as "tag: text"; empty when everything fits. Catches what overflowX cannot see when a container
 * hides its overflow.
 */
export function cutOffText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>('body *')) {
      const own = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent?.trim());
      if (!own || el.offsetParent === null) continue;
      const box = el.getBoundingClientRect();
      if (box.width > 0 && box.right > window.innerWidth + 0.5) out.push(`${el.tagName}: ${el.textContent?.trim()}`);
    }
    return out;
  });
}
