// A member studies on the phone: 学习 → 权威发布 → an article, read down to its end on a 390 px
// screen. The server credits the reading (a content.item.read event with the seconds and "reached
// the end"), and the reader shows 已读完 with the time studied when opened again.
import { Demo } from './support/accounts.ts';
import { apiAs, apiOf } from './support/api.ts';
import { eventsOf, openTile } from './support/learning.ts';
import { describe, expect, PHONE, snap, test } from './support/test.ts';
import { overflowX, signInPhone } from './support/ui.ts';

// One of the demo city's starter articles (server/src/modules/content/starter/articles.json), long
// enough that its end is below the first screen. Other learning specs read other articles.
const ARTICLE = '每月一次的主题党日：制度由来与开展要点';

describe('reading on the phone', () => {
  test('13800000010 reads an article to its end on 390 px and the reading is credited', async ({ pages }) => {
    const page = await pages.open(PHONE);
    await signInPhone(page, Demo.member);
    const { data: me } = await apiOf(page).get<{ data: { account: { personId: string | null } } }>('/api/me');
    const personId = me.account.personId!;

    await openTile(page, '学习', '/m/study');
    await page.getByRole('heading', { level: 1, name: '学习' }).waitFor();
    await page.getByRole('tab', { name: '权威发布', selected: true }).waitFor();
    await snap(page, 'learning-study-channels');
    // The reader's first beat ("opened") is sent as soon as the article shows.
    const opened = page.waitForRequest((r) => r.url().endsWith('/reading') && r.postDataJSON()?.isStart === true);
    await page.getByRole('link', { name: new RegExp(ARTICLE) }).click();
    await page.waitForURL((url) => /^\/m\/study\/[0-9a-f-]{36}$/.test(url.pathname));
    const contentId = new URL(page.url()).pathname.split('/').pop()!;
    await page.getByRole('heading', { level: 1, name: ARTICLE }).waitFor();
    await opened;
    expect(await overflowX(page)).toBe(0);
    await snap(page, 'learning-reader-top');

    // Scroll down as a reader does, a little at a time, until the article's last paragraph shows;
    // the phone reports "reached the end" once it is on screen.
    const reachedEnd = page.waitForRequest(
      (r) => r.url().endsWith('/reading') && r.postDataJSON()?.reachedEnd === true,
    );
    const lastParagraph = page.locator('article').getByRole('paragraph').last();
    const endInView = () => lastParagraph.evaluate((el) => el.getBoundingClientRect().bottom <= window.innerHeight);
    expect(await endInView(), 'the article is longer than one screen').toBe(false);
    for (let step = 0; step < 40 && !(await endInView()); step++) {
      await page.mouse.wheel(0, 250);
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
    }
    expect(await endInView()).toBe(true);
    await reachedEnd;
    await snap(page, 'learning-reader-end');

    // Credited by the server: the time between the beats, while the page was visible, becomes a
    // content.item.read event (at the end, or with the next 15-second beat when the end came
    // within the first second) that says the end was reached.
    const office = await apiAs(Demo.partyOffice);
    const read = async () =>
      (await eventsOf(office, personId, 'content.item.read')).filter((e) => e.subjectId === contentId);
    await expect.poll(async () => (await read()).length, { timeout: 40_000, interval: 1_000 }).toBeGreaterThan(0);
    const [event] = await read();
    expect(event!.data).toMatchObject({ contentId, title: ARTICLE, reachedEnd: true });
    expect(event!.data.seconds as number).toBeGreaterThan(0);
    expect(event!.actingForPersonId).toBeNull();

    // Opened again, the reader says it was read through and for how long.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: ARTICLE }).waitFor();
    await page.getByText(/已读完\s*已学习 \d+ (秒|分钟)/).waitFor();
    expect(await overflowX(page)).toBe(0);
  });
});
