// 每日答题 on a phone: a member answers the day's paper question by question, each verdict (right or
// wrong, the right answer, the explanation) shown at once, and ends on the score; the server's paper
// and events agree. A relative acting for the elderly member answers hers, and the record says it
// was delegated: in the events' own columns, and on the branch secretary's 行为数据 screen (代办).
import { Demo } from './support/accounts.ts';
import { apiAs, apiOf } from './support/api.ts';
import { answerDailyQuiz, eventsOf, openDailyQuiz, startActingFor } from './support/learning.ts';
import { describe, expect, PHONE, snap, test } from './support/test.ts';
import { overflowX, signIn, signInPhone } from './support/ui.ts';

type Paper = {
  id: string;
  total: number;
  answered: number;
  correct: number;
  score: number;
  completedAt: string | null;
};

describe('daily quiz on the phone', () => {
  test('13800000010 answers the daily quiz one question at a time and sees the score', async ({ pages }) => {
    const page = await pages.open(PHONE);
    await signInPhone(page, Demo.member);
    const api = apiOf(page);
    const { data: me } = await api.get<{ data: { account: { personId: string } } }>('/api/me');

    await openDailyQuiz(page);
    await page.getByText(/^第 1\/\d+ 题/).waitFor();
    expect(await overflowX(page)).toBe(0);
    await snap(page, 'quiz-member-first-question');
    const { total, correct } = await answerDailyQuiz(page, 'quiz-member');
    expect(await overflowX(page)).toBe(0);

    // The server's paper is the one on screen, finished, with the same score.
    const { data: paper } = await api.post<{ data: Paper }>('/api/quiz-papers/daily');
    expect(paper).toMatchObject({ total, answered: total, correct, score: Math.round((100 * correct) / total) });
    expect(paper.completedAt).not.toBeNull();
    // Reopened the same day, the quiz goes straight to the score: a paper is answered once.
    await page.reload();
    await page.getByText(`本次得分 ${paper.score} 分`, { exact: true }).waitFor();

    // The member's own answers, not delegated.
    const office = await apiAs(Demo.partyOffice);
    const answers = (await eventsOf(office, me.account.personId, 'quiz.question.answered')).filter(
      (e) => e.data.paperId === paper.id,
    );
    expect(answers).toHaveLength(total);
    expect(answers.every((e) => e.actingForPersonId === null && e.delegationId === null)).toBe(true);
    const [completed] = (await eventsOf(office, me.account.personId, 'quiz.paper.completed')).filter(
      (e) => e.data.paperId === paper.id,
    );
    expect(completed?.data).toMatchObject({ kind: 'daily', correct, total, score: paper.score });
  });

  test('13800000014 acts for the elderly member, answers her daily quiz, and the record says 代办', async ({
    pages,
  }) => {
    const page = await pages.open(PHONE);
    await signInPhone(page, Demo.relative);
    const api = apiOf(page);
    const { data: me } = await api.get<{ data: { account: { id: string } } }>('/api/me');
    const { data: delegations } = await api.get<{
      data: { id: string; principalPersonId: string; principalName: string; isActive: boolean }[];
    }>('/api/delegations', { delegateAccountId: me.account.id });
    const delegation = delegations.find((d) => d.isActive)!;
    const elderly = { id: delegation.principalPersonId, name: delegation.principalName };

    await startActingFor(page, elderly.name);
    await openDailyQuiz(page);
    // Acting for her the whole time: the banner stays over the quiz.
    await page
      .getByRole('status')
      .filter({ hasText: `正在代 ${elderly.name} 办理` })
      .waitFor();
    await page.getByText(/^第 1\/\d+ 题/).waitFor();
    await snap(page, 'quiz-relative-first-question');
    const { total, correct } = await answerDailyQuiz(page, 'quiz-relative');
    expect(await overflowX(page)).toBe(0);

    // Her paper, finished; every answer names her as the person and the relative's delegation.
    const { data: paper } = await api.post<{ data: Paper }>('/api/quiz-papers/daily');
    expect(paper).toMatchObject({ total, answered: total, correct });
    const office = await apiAs(Demo.partyOffice);
    const answers = (await eventsOf(office, elderly.id, 'quiz.question.answered')).filter(
      (e) => e.data.paperId === paper.id,
    );
    expect(answers).toHaveLength(total);
    for (const e of answers) {
      expect(e).toMatchObject({
        personId: elderly.id,
        actingForPersonId: elderly.id,
        delegationId: delegation.id,
        actorAccountId: me.account.id,
      });
    }
    const [completed] = (await eventsOf(office, elderly.id, 'quiz.paper.completed')).filter(
      (e) => e.data.paperId === paper.id,
    );
    expect(completed).toMatchObject({ actingForPersonId: elderly.id, delegationId: delegation.id });

    // Her branch secretary sees it on 行为数据 by person: the completed quiz, marked 代办.
    const desk = await pages.open();
    await signIn(desk, Demo.branchSecretary);
    const query = new URLSearchParams({
      by: 'person',
      personId: elderly.id,
      personName: elderly.name,
      type: 'quiz.paper.completed',
    });
    await desk.goto(`/events?${query}`);
    await desk.getByRole('heading', { level: 3, name: '行为数据' }).waitFor();
    const row = desk.getByRole('row').filter({ hasText: `答对 ${correct}/${total}` });
    await row.waitFor();
    expect(await row.textContent()).toContain('完成了每日答题');
    await row.getByText('代办', { exact: true }).waitFor();
    expect(await overflowX(desk)).toBe(0);
    await snap(desk, 'events-delegated-quiz');
  });
});
