// A township admin's reach ends at the township: opening another township's member by URL shows the
// refusal and nothing of the member.
import { Demo } from './support/accounts.ts';
import { apiAs } from './support/api.ts';
import { childOrgs, peopleIn, rootOrgs } from './support/orgs.ts';
import { describe, expect, snap, test } from './support/test.ts';
import { signIn } from './support/ui.ts';

const REFUSED = '内容不存在或不在您的管理范围内';

describe('township admin scope', () => {
  test('13800000008 cannot open a member of another township by URL', async ({ page }) => {
    const township = await apiAs(Demo.townshipAdmin);
    const office = await apiAs(Demo.partyOffice);
    const [own] = await rootOrgs(township);
    expect(own?.name).toBe('中共硒城街道委员会');
    // A member of a sibling township in the same county, found as the city's party office.
    const siblings = (await childOrgs(office, own!.parentId!)).filter((o) => o.id !== own!.id);
    let stranger: Awaited<ReturnType<typeof peopleIn>>['data'][number] | undefined;
    for (const sibling of siblings) {
      stranger = (await peopleIn(office, sibling.id, 1)).data[0];
      if (stranger) break;
    }
    if (!stranger) throw new Error('no member found in another township');
    const full = (await office.get<{ data: { idNumber: string | null } }>(`/api/people/${stranger.id}`)).data;
    expect((await township.raw('GET', `/api/people/${stranger.id}`)).status()).toBe(404);

    await signIn(page, Demo.townshipAdmin);
    await page.goto(`/people/${stranger.id}`);
    await page.getByText(REFUSED, { exact: true }).waitFor();
    const text = await page.locator('body').textContent();
    expect(text ?? '').not.toContain(stranger.name);
    if (full.idNumber) expect(text ?? '').not.toContain(full.idNumber.slice(-4));
    expect(await page.getByRole('button', { name: /转接组织关系/ }).count()).toBe(0);
    await snap(page, 'person-refused-township-admin');

    // Their own township's member opens normally (the refusal above is about scope, not the page).
    const [mine] = (await peopleIn(township, own!.id, 1)).data;
    await page.goto(`/people/${mine!.id}`);
    await page.getByRole('heading', { level: 3, name: mine!.name, exact: true }).waitFor();
    expect(await page.getByText(REFUSED).count()).toBe(0);
  });
});
