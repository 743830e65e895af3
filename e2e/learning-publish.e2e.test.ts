// Publishing after review: the township's org admin writes an article in 学习内容 and submits it; an
// author never approves their own, so the city's party-building office (the second person) opens it
// from 待我审核 and publishes it. Until then members do not see it; afterwards the township's member
// finds it in 学习动态 on the phone and reads it.
import { Demo } from './support/accounts.ts';
import { apiAs } from './support/api.ts';
import { rootOrgs } from './support/orgs.ts';
import { describe, expect, PHONE, snap, test } from './support/test.ts';
import { label, mainNav, overflowX, pickOrg, signIn, signInPhone } from './support/ui.ts';

type FeedPage = { data: { id: string; title: string }[]; total: number };

describe('publishing study content', () => {
  test('08 submits an article, 04 approves it, and 10 reads it on the phone', async ({ pages }) => {
    const township = await apiAs(Demo.townshipAdmin);
    const [town] = await rootOrgs(township);
    const member = await apiAs(Demo.member);
    const stamp = Date.now().toString(36).slice(-5);
    const title = `村党组织如何开好组织生活会（浏览器测试 ${stamp}）`;
    const paragraph = '组织生活会一般每年召开一次，会前要广泛征求意见，会上要开展批评和自我批评。';
    const visibleToMember = async () =>
      (await member.get<FeedPage>('/api/content/feed', { channel: 'news', q: stamp })).data.some(
        (i) => i.title === title,
      );

    // The author: a new article in the township, saved and sent for review in one step.
    const author = await pages.open();
    await signIn(author, Demo.townshipAdmin);
    await mainNav(author).getByRole('menuitem', { name: '学习内容' }).click();
    await author.getByRole('heading', { level: 3, name: '学习内容' }).waitFor();
    await author.getByRole('button', { name: label('新建内容') }).click();
    await author.waitForURL((url) => url.pathname === '/content/new');
    await pickOrg(author, '发布组织', town!.name);
    await author.getByLabel('频道', { exact: true }).click();
    await author.locator('.ant-select-dropdown:visible').getByText('学习动态', { exact: true }).click();
    // 标题 is also the editor toolbar's heading button: the text field is the one.
    await author.getByRole('textbox', { name: /^\W*标题$/ }).fill(title);
    await author.getByLabel('摘要', { exact: true }).fill('组织生活会的会前准备、会上程序和会后整改。');
    // The body is a rich-text editor (ProseMirror's editable area, without a label of its own).
    const body = author.locator('.hy-rte [contenteditable="true"]');
    await body.fill(paragraph);
    await expect.poll(() => body.textContent()).toBe(paragraph);
    await snap(author, 'content-editor-filled');
    await author.getByRole('button', { name: label('提交审核') }).click();
    await author.waitForURL((url) => /^\/content\/[0-9a-f-]{36}$/.test(url.pathname));
    const contentId = new URL(author.url()).pathname.split('/').pop()!;
    // The page's head (the preview below repeats the title).
    await author.getByRole('heading', { level: 3, name: title }).first().waitFor();
    await author.getByText('待审核', { exact: true }).waitFor();
    // Their own item: no approve button, and the page says a second person must review it.
    await author.getByText('这是您撰写的内容，须由另一位审核人审核。').waitFor();
    expect(await author.getByRole('button', { name: label('审核通过并发布') }).count()).toBe(0);
    expect(await overflowX(author)).toBe(0);
    await snap(author, 'content-submitted-by-author');
    expect(await visibleToMember(), 'a submitted article is not yet published').toBe(false);

    // The second person: the city office finds it in 待我审核 and publishes it.
    const reviewer = await pages.open();
    await signIn(reviewer, Demo.partyOffice);
    await mainNav(reviewer).getByRole('menuitem', { name: '学习内容' }).click();
    await reviewer.getByRole('heading', { level: 3, name: '学习内容' }).waitFor();
    await reviewer.getByText('待我审核', { exact: true }).click();
    const row = reviewer.getByRole('row').filter({ hasText: title });
    await row.waitFor();
    expect(await row.textContent()).toContain(town!.name);
    await snap(reviewer, 'content-review-queue');
    await row.getByRole('link', { name: title }).click();
    await reviewer.waitForURL((url) => url.pathname === `/content/${contentId}`);
    await reviewer.getByText(paragraph).waitFor(); // the preview of what will be published
    await reviewer.getByRole('button', { name: label('审核通过并发布') }).click();
    await reviewer.getByText('已发布', { exact: true }).first().waitFor();
    await reviewer.getByRole('button', { name: label('撤回') }).waitFor();
    expect(await reviewer.getByRole('button', { name: label('审核通过并发布') }).count()).toBe(0);
    await snap(reviewer, 'content-published-by-reviewer');

    // Recorded as published by the reviewer, not the author.
    const office = await apiAs(Demo.partyOffice);
    const { data: published } = await office.get<{
      data: { subjectId: string | null; actorAccountId: string | null }[];
    }>('/api/events', { orgId: town!.id, type: 'content.item.published' });
    const { data: reviewerMe } = await office.get<{ data: { account: { id: string } } }>('/api/me');
    expect(published.find((e) => e.subjectId === contentId)?.actorAccountId).toBe(reviewerMe.account.id);
    expect(await visibleToMember()).toBe(true);

    // The township's member on the phone: 学习 → 学习动态 lists it; it opens and reads.
    const phone = await pages.open(PHONE);
    await signInPhone(phone, Demo.member);
    await phone.getByRole('link', { name: '学习', exact: true }).click();
    await phone.getByRole('tab', { name: '学习动态' }).click();
    await phone.getByRole('tab', { name: '学习动态', selected: true }).waitFor();
    const item = phone.getByRole('link', { name: title });
    await item.waitFor();
    expect(await item.textContent()).toContain(town!.name);
    await snap(phone, 'study-news-with-new-article');
    await item.click();
    await phone.getByRole('heading', { level: 1, name: title }).waitFor();
    await phone.getByText(paragraph).waitFor();
    expect(await overflowX(phone)).toBe(0);
    await snap(phone, 'study-new-article-reader');
  }, 180_000); // three people's sessions one after another: more than the default 90 s on a busy machine
});
