// Ways of working the learning screens that several specs share: the phone's daily quiz answered
// question by question, a relative starting to act for the elderly member, and the behaviour events
// a person's learning left (read through the API of someone who may see them).
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { Api } from './api.ts';
import { snap } from './test.ts';
import { label } from './ui.ts';

export type BehaviourEvent = {
  id: number;
  type: string;
  personId: string | null;
  actorAccountId: string | null;
  actingForPersonId: string | null;
  delegationId: string | null;
  subjectId: string | null;
  data: Record<string, unknown>;
  summary: string;
};

/** Today's events of one type for one person, newest first. */
export async function eventsOf(api: Api, personId: string, type: string): Promise<BehaviourEvent[]> {
  const from = new Date(Date.now() - 86_400_000).toISOString();
  return (await api.get<{ data: BehaviourEvent[] }>('/api/events', { personId, type, from, limit: 200 })).data;
}

type AnswerReply = { isCorrect: boolean; correctAnswer: string[]; explanation: string | null };
const QUESTION_TYPES = { 单选题: 'single', 多选题: 'multiple', 判断题: 'judge', 填空题: 'fill' } as const;

/**
 * Answers the open daily quiz on the phone (/m/quiz) one question at a time, as a member does: the
 * first option (a multiple-choice question: the first option, then 提交答案; a blank: a guess). After
 * each answer the verdict must show at once and agree with the server's reply: 回答正确 or 回答错误
 * with the right answer, and the explanation when there is one. Ends on the score screen, whose
 * figures must be those of the verdicts shown. `shots` names the screenshots taken on the way.
 */
export async function answerDailyQuiz(page: Page, shots: string): Promise<{ total: number; correct: number }> {
  await page.getByRole('heading', { level: 1, name: '每日答题' }).waitFor();
  const progress = page.getByText(/^第 \d+\/\d+ 题/);
  await progress.waitFor();
  const [, , totalText] = /^第 (\d+)\/(\d+) 题/.exec((await progress.textContent()) ?? '') ?? [];
  const total = Number(totalText);
  expect(total, 'the day’s paper has questions').toBeGreaterThan(0);
  let correct = 0;
  for (let n = 1; n <= total; n++) {
    const heading = page.getByText(new RegExp(`^第 ${n}/${total} 题 · (单选题|多选题|判断题|填空题)$`));
    await heading.waitFor();
    const typeName = /· (\S+)$/.exec((await heading.textContent()) ?? '')?.[1] as keyof typeof QUESTION_TYPES;
    const type = QUESTION_TYPES[typeName];
    const replied = page.waitForResponse(
      (r) => r.request().method() === 'POST' && /\/api\/quiz-papers\/[^/]+\/answers$/.test(new URL(r.url()).pathname),
    );
    // The options are the toggle buttons (aria-pressed; Playwright's `pressed: false` would also
    // match every plain button, such as the acting-for banner's 结束代办).
    const options = page.locator('button[aria-pressed]');
    if (type === 'fill') {
      await page.getByLabel('填写答案').fill('不知道');
      await page.getByRole('button', { name: label('提交答案') }).click();
    } else {
      expect(await options.count(), `question ${n} offers choices`).toBeGreaterThanOrEqual(2);
      await options.first().click();
      if (type === 'multiple') await page.getByRole('button', { name: label('提交答案') }).click();
    }
    const response = await replied;
    expect(response.ok(), `answer ${n} was accepted`).toBe(true);
    const reply = ((await response.json()) as { data: AnswerReply }).data;

    // The verdict shows at once, and says what the server decided.
    const verdict = page.getByRole('status').filter({ hasText: /回答正确|回答错误/ });
    await verdict.waitFor();
    const text = (await verdict.textContent()) ?? '';
    expect(text).toContain(reply.isCorrect ? '回答正确' : '回答错误');
    if (!reply.isCorrect) expect(text).toContain('正确答案：');
    if (reply.explanation) expect(text).toContain(`解析：${reply.explanation}`);
    if (reply.isCorrect) correct++;
    if (n === 1) await snap(page, `${shots}-verdict`);
    // Answered: the options are locked, so a second tap cannot change the answer.
    expect(await page.locator('button[aria-pressed]:enabled').count()).toBe(0);

    await verdict.getByRole('button', { name: label(n < total ? '下一题' : '查看成绩') }).click();
  }

  const score = Math.round((100 * correct) / total);
  await page.getByText(`本次得分 ${score} 分`, { exact: true }).waitFor();
  await page.getByText(`共 ${total} 题，答对 ${correct} 题`, { exact: true }).waitFor();
  await snap(page, `${shots}-score`);
  return { total, correct };
}

/**
 * On the phone home of a relative: starts acting for the member who named them (代家人办理 → 开始代办,
 * confirmed) and waits for the banner 正在代 … 办理.
 */
export async function startActingFor(page: Page, principalName: string): Promise<void> {
  const offer = page.getByRole('region', { name: '代家人办理' });
  await offer.getByText(principalName).waitFor();
  await offer.getByRole('button', { name: label('开始代办') }).click();
  await page
    .getByRole('dialog')
    .getByRole('button', { name: label('开始代办') })
    .click();
  await page
    .getByRole('status')
    .filter({ hasText: `正在代 ${principalName} 办理` })
    .waitFor();
}

/** Opens a tile of the phone home (学习, 答题) as a member does, and waits for its address. */
export async function openTile(page: Page, tileLabel: string, path: string): Promise<void> {
  await page.getByRole('link', { name: tileLabel, exact: true }).click();
  await page.waitForURL((url) => url.pathname === path);
}

/** Opens the 答题 tile, then today's daily quiz from the quiz list (/m/quiz), as a member does. */
export async function openDailyQuiz(page: Page): Promise<void> {
  await openTile(page, '答题', '/m/quiz');
  await page.getByRole('link', { name: /每日答题/ }).click();
  await page.waitForURL((url) => url.pathname.startsWith('/m/quiz/'));
}
