// 学习统计 moves when members learn: the city's party-building office notes today's participation at
// the root, a member answers the daily quiz on the phone, and once the worker has delivered the
// events (it delivers every second; the learning module's subscriber turns them into the day's
// figures) the page shows one more participant.
//
// NOTE for whoever merges: written before the dashboard (console 学习统计, GET
// /api/orgs/:id/learning/dashboard) landed. It fails until then, on purpose, with "the learning
// dashboard is not there yet". The two things it assumes about that page are the constants below:
// the menu entry's label and the label of today's participation figure (an antd Statistic, or any
// element holding the label with the number after it). Adjust them if the page names them otherwise.
import type { Page } from 'playwright-core';
import { Demo } from './support/accounts.ts';
import { apiAs } from './support/api.ts';
import { answerDailyQuiz, openDailyQuiz } from './support/learning.ts';
import { rootOrgs } from './support/orgs.ts';
import { describe, expect, PHONE, snap, test } from './support/test.ts';
import { mainNav, signIn, signInPhone } from './support/ui.ts';

const MENU = '学习统计';
/** Today's participation card: people with any learning today (learning_org_days.active_people). */
const PARTICIPATION = '今日参与';

/** The number of people the card says took part today ("N / M 人" under the rate), as a number. */
async function participation(page: Page): Promise<number> {
  const card = page
    .locator('.hy-ld-kpi')
    .filter({ has: page.locator('.ant-statistic-title', { hasText: PARTICIPATION }) })
    .first();
  const note = card.locator('.hy-ld-kpi-note');
  await note.waitFor();
  const value = Number(
    /^\s*([\d,]+)\s*\//.exec((await note.textContent()) ?? '')?.[1]?.replace(/,/g, '') ?? Number.NaN,
  );
  expect(Number.isFinite(value), `a head count under ${PARTICIPATION}`).toBe(true);
  return value;
}

describe('learning dashboard', () => {
  test('学习统计 at the root shows one more participant today once a member has answered', async ({ pages }) => {
    const office = await apiAs(Demo.partyOffice);
    const [root] = await rootOrgs(office);
    const probe = await office.raw('GET', `/api/orgs/${root!.id}/learning/dashboard`);
    expect(probe.status(), 'the learning dashboard is not there yet (GET /api/orgs/:id/learning/dashboard)').toBe(200);

    const desk = await pages.open();
    await signIn(desk, Demo.partyOffice);
    await mainNav(desk).getByRole('menuitem', { name: MENU }).click();
    await desk.getByRole('heading', { level: 3, name: MENU }).waitFor();
    const before = await participation(desk);
    await snap(desk, 'learning-dashboard-before');

    // The branch secretary is a member of her branch too, and (unlike 13800000010, whom other
    // specs use) has not learned today: her first answer makes her today's participant.
    const phone = await pages.open(PHONE);
    await signInPhone(phone, Demo.branchSecretary);
    await openDailyQuiz(phone);
    await answerDailyQuiz(phone, 'learning-dashboard-quiz');

    // Delivery is asynchronous: reload until the figure has grown (20 s is many delivery rounds).
    await expect
      .poll(
        async () => {
          await desk.reload();
          await desk.getByRole('heading', { level: 3, name: MENU }).waitFor();
          return participation(desk);
        },
        { timeout: 20_000, interval: 1_000 },
      )
      .toBeGreaterThan(before);
    await snap(desk, 'learning-dashboard-after');
  }, 150_000);
});
