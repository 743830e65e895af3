// 数据监督 end to end: the city's party-building office edits the built-in rule (领导干部连续 5 个工作日
// 未答题) in 预警规则 and runs it; the rule reports a leading cadre of the demo city; the cadre finds
// the reminder in 我的提醒 on the phone and explains (说明情况); the office opens the alert in 监督预警
// and reads the explanation beside the missed days; the head of the cadre's branch closes it with an
// outcome. Every step is checked against the server's record of the alert. The cadre is the demo's
// 13800000015 (county rank, quiz lapsed, reported by the demo's evaluation) and the unit head his
// branch secretary 13800000016.
import type { Page } from 'playwright-core';
import { Demo } from './support/accounts.ts';
import { apiAs } from './support/api.ts';
import { type AlertRow, getAlert } from './support/supervision.ts';
import { describe, expect, PHONE, snap, test } from './support/test.ts';
import { label, mainNav, signIn, signInPhone } from './support/ui.ts';

type RuleRow = { id: string; name: string; isBuiltIn: boolean; description: string; lastRunDay: string | null };

/** The alert detail drawer (预警详情). */
const drawer = (page: Page) => page.getByRole('dialog').filter({ hasText: '预警详情' });

/**
 * Opens one alert from 监督预警's list: the list filtered to its rule (the demo city has dozens of
 * alerts), then the row's 查看 button by the person's name.
 */
async function openAlertFromList(page: Page, a: AlertRow, ruleName: string): Promise<void> {
  await mainNav(page).getByRole('menuitem', { name: '监督预警' }).click();
  await page.getByRole('heading', { level: 3, name: '监督预警' }).waitFor();
  await page.getByRole('combobox', { name: '规则' }).click();
  await page.locator('.ant-select-dropdown:visible').getByTitle(ruleName).click();
  await page.waitForURL((url) => url.searchParams.get('rule') === a.ruleId);
  await page
    .getByRole('button', { name: `查看 ${a.personName}` })
    .first()
    .click();
  await page.waitForURL((url) => url.pathname === `/supervision/alerts/${a.id}`);
  await drawer(page).getByText(a.headline).waitFor();
}

describe('supervision', () => {
  test('the office runs the rule, the cadre explains on the phone, the unit head closes the alert', async ({
    pages,
  }) => {
    const office = await apiAs(Demo.partyOffice);
    const { data: rules } = await office.get<{ data: RuleRow[] }>('/api/supervision/rules');
    const builtIn = rules.find((r) => r.isBuiltIn);
    expect(builtIn, 'the built-in rule of the city').toBeTruthy();
    if (!builtIn) return;

    // 1. The office edits the rule's description in 预警规则 and runs it.
    const desk = await pages.open();
    await signIn(desk, Demo.partyOffice);
    await mainNav(desk).getByRole('menuitem', { name: '预警规则' }).click();
    await desk.getByRole('heading', { level: 3, name: '预警规则' }).waitFor();
    const row = desk.getByRole('row').filter({ hasText: builtIn.name });
    await row.getByRole('button', { name: label('编辑') }).click();
    const editor = desk.getByRole('dialog').filter({ hasText: '编辑预警规则' });
    // A reminder after as many days as the report is refused by the server, on its field.
    const remindAfter = editor.getByLabel('先提醒本人');
    await remindAfter.fill('5');
    await editor.getByRole('button', { name: label('保存') }).click();
    await editor.getByText('提醒本人的天数应少于上报的天数').waitFor();
    await remindAfter.fill('3');
    const description = `县处级以上领导干部连续 5 个工作日未答题，自动报告（e2e ${Date.now()}）`;
    await editor.getByLabel('说明', { exact: true }).fill(description);
    await editor.getByRole('button', { name: label('保存') }).click();
    await desk.getByText('规则已保存').waitFor();
    await row.getByText(description).waitFor();
    await snap(desk, 'supervision-rules');

    await row.getByRole('button', { name: label('运行') }).click();
    const run = desk.getByRole('dialog').filter({ hasText: '运行规则' });
    await run.getByRole('button', { name: label('立即运行') }).click();
    const result = run.getByRole('status').filter({ hasText: /检查 \d+ 人/ });
    await result.waitFor();
    expect(await result.textContent()).toMatch(/检查 [1-9]\d* 人/);
    await snap(desk, 'supervision-rule-run');
    await desk.keyboard.press('Escape');
    await run.waitFor({ state: 'hidden' });

    const { data: after } = await office.get<{ data: RuleRow[] }>('/api/supervision/rules');
    const saved = after.find((r) => r.id === builtIn.id);
    expect(saved?.description).toBe(description);
    expect(saved?.lastRunDay).toBeTruthy();
    const cadre = await apiAs(Demo.leadingCadre);
    const { data: me } = await cadre.get<{ data: { account: { personId: string } } }>('/api/me');
    const { data: alerts } = await office.get<{ data: AlertRow[] }>('/api/supervision/alerts', {
      ruleId: builtIn.id,
      personId: me.account.personId,
      status: 'unclosed',
      stage: 'reported',
    });
    expect(alerts.length, 'the built-in rule reported the demo cadre 13800000015').toBe(1);
    const alert = alerts[0];
    if (!alert) return;

    // 2. The cadre sees it in 我的提醒 on the phone and explains.
    const phone = await pages.open(PHONE);
    await signInPhone(phone, Demo.leadingCadre);
    await phone.getByRole('link', { name: /我的提醒/ }).click();
    await phone.waitForURL((url) => url.pathname === '/m/supervision');
    await phone.getByRole('heading', { name: '我的提醒' }).waitFor();
    await phone.getByText(alert.headline).first().click();
    await phone.waitForURL((url) => url.pathname === `/m/supervision/${alert.id}`);
    await phone.getByRole('heading', { name: '说明情况' }).waitFor();
    // The missed days are on the calendar, one red cell each.
    expect(await phone.locator('.hy-sv-cal .hy-sv-day-missed').count()).toBe(alert.evidence.missedDays.length);
    await snap(phone, 'supervision-h5-reminder');
    const explanation = '这几天在省委党校参加封闭培训，按要求上交手机，无法登录答题；已恢复每日答题。';
    await phone.getByLabel('情况说明').fill(explanation);
    await phone.getByRole('button', { name: label('提交说明') }).click();
    await phone.getByRole('heading', { name: '我的说明' }).waitFor();
    await phone.getByText(explanation).waitFor();
    await snap(phone, 'supervision-h5-explained');
    const explained = await getAlert(office, alert.id);
    expect(explained.explanation).toBe(explanation);
    expect(explained.status).toBe('explained');

    // 3. The office opens it and reads the explanation; opening it tells the server a manager has
    // seen it (the server records that only while the alert is still open, so the call is checked).
    const seenCall = desk.waitForRequest(
      (r) => r.method() === 'POST' && r.url().endsWith(`/api/supervision/alerts/${alert.id}/seen`),
    );
    await openAlertFromList(desk, alert, builtIn.name);
    await seenCall;
    await drawer(desk).getByText(explanation).waitFor();
    await drawer(desk).getByText('本人已说明情况').waitFor();
    await snap(desk, 'supervision-alert-office');

    // 4. The head of the cadre's branch closes it with an outcome.
    const head = await pages.open();
    await signIn(head, Demo.unitHead);
    await openAlertFromList(head, alert, builtIn.name);
    const d = drawer(head);
    await d.getByText(explanation).waitFor();
    await d.getByRole('radio', { name: '约谈' }).check();
    const note = '已约谈本人，培训期间情况属实，今后外出提前报备。';
    await d.getByLabel('处理意见').fill(note);
    await d.getByRole('button', { name: label('办结预警') }).click();
    await head.getByText('预警已办结').waitFor();
    await d.getByText('已办结：约谈').waitFor();
    await snap(head, 'supervision-alert-closed');
    const closed = await getAlert(office, alert.id);
    expect(closed.status).toBe('closed');
    expect(closed.outcome).toBe('talk');
    expect(closed.outcomeNote).toBe(note);
    expect(closed.closedByName).toBeTruthy();
  }, 180_000);
});
