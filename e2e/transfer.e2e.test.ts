// 转接组织关系 from the person's page: the dialog moves the member, and the membership history shows
// the new organisation as current with the old one closed.
import { Demo } from './support/accounts.ts';
import { apiAs } from './support/api.ts';
import { childOrgs, peopleIn, rootOrgs } from './support/orgs.ts';
import { describe, expect, snap, test } from './support/test.ts';
import { label, overflowX, pickOrg, signIn } from './support/ui.ts';

type Membership = {
  org: { id: number; name: string };
  fromDate: string;
  toDate: string | null;
  transferIn: { reason: string | null } | null;
};

/** A date as YYYY-MM-DD in Beijing time, `daysAgo` days back. */
const beijingDate = (daysAgo: number) =>
  new Date(Date.now() - daysAgo * 86_400_000).toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' });

describe('membership transfer', () => {
  test('a transfer made in the person dialog appears in 组织关系历史', async ({ page }) => {
    const township = await apiAs(Demo.townshipAdmin);
    const [own] = await rootOrgs(township);
    // Between two branches of the township (not the demo member's branch, which other specs use).
    const [, from, to] = (await childOrgs(township, own!.id)).filter((o) => o.childCount === 0);
    if (!from || !to) throw new Error('the township needs three branches without sub-organisations');
    const [person] = (await peopleIn(township, from.id, 1)).data;
    if (!person) throw new Error(`no member in ${from.name}`);
    const history = (await township.get<{ data: Membership[] }>(`/api/people/${person.id}/memberships`)).data;
    const since = history.find((m) => m.toDate === null)!.fromDate;
    const date = [beijingDate(1), since].sort().at(-1)!;
    const reason = '工作调动（浏览器测试）';

    await signIn(page, Demo.townshipAdmin);
    await page.goto(`/people/${person.id}`);
    await page.getByRole('heading', { level: 3, name: person.name, exact: true }).waitFor();
    await page.getByRole('button', { name: label('转接组织关系') }).click();
    const dialog = page.getByRole('dialog', { name: '转接组织关系' });
    await dialog.waitFor();
    await pickOrg(page, '转入组织', to.name);
    const dateField = dialog.getByLabel('转接日期');
    await dateField.click();
    await dateField.fill(date);
    await dateField.press('Enter');
    await dialog.getByLabel('转接原因').fill(reason);
    await dialog.getByRole('button', { name: label('确定') }).click();
    await dialog.waitFor({ state: 'hidden' });

    const card = page.locator('.ant-card').filter({ has: page.getByText('组织关系历史', { exact: true }) });
    await card.getByText(to.name, { exact: true }).waitFor();
    await card.getByText(from.name, { exact: true }).waitFor();
    expect(await card.textContent()).toContain(reason);
    expect(await overflowX(page)).toBe(0);
    await snap(page, 'person-transferred');

    // What the server recorded: the new membership is current from the chosen date.
    const after = (await township.get<{ data: Membership[] }>(`/api/people/${person.id}/memberships`)).data;
    const current = after.find((m) => m.toDate === null)!;
    expect(current.org.id).toBe(to.id);
    expect(current.fromDate).toBe(date);
    expect(current.transferIn?.reason).toBe(reason);
    expect(after.find((m) => m.org.id === from.id)?.toDate).toBe(date);
  });
});
