// The member list as a new user at 1280 px sees it: every column on screen without scrolling
// sideways, flagged rows as tall as the rest, a dash in every empty cell.
import { Demo } from './support/accounts.ts';
import { describe, expect, snap, test } from './support/test.ts';
import { signIn } from './support/ui.ts';

describe('member list at 1280 px', () => {
  test('13800000004 sees 标记 on screen, rows of one height and no blank cells', async ({ page }) => {
    await signIn(page, Demo.partyOffice);
    // First secretaries carry two flags (第一书记, 驻村干部): the widest 标记 cells there are.
    for (const query of ['', '?isFirstSecretary=true']) {
      await page.goto(`/people${query}`);
      const table = page.locator('.ant-table');
      await table.locator('tbody tr.ant-table-row').nth(9).waitFor();
      await page.waitForLoadState('networkidle');

      const flags = page.getByRole('columnheader', { name: '标记' });
      const box = (await flags.boundingBox())!;
      expect(box.x + box.width).toBeLessThanOrEqual(1280);
      const scroller = table.locator('.ant-table-content, .ant-table-body').first();
      expect(await scroller.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);

      const rows = table.locator('tbody tr.ant-table-row');
      const heights = await rows.evaluateAll((trs) => trs.map((tr) => Math.round(tr.getBoundingClientRect().height)));
      expect(new Set(heights).size, `row heights ${heights.join(', ')}`).toBe(1);
      const blanks = await rows.evaluateAll(
        (trs) => trs.flatMap((tr) => [...tr.querySelectorAll('td')]).filter((td) => !td.textContent?.trim()).length,
      );
      expect(blanks).toBe(0);
    }
    await expect.poll(() => page.getByRole('cell', { name: '第一书记' }).count()).toBeGreaterThan(0);
    await snap(page, 'people-list-first-secretaries');
  });
});
