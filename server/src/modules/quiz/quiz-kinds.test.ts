import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createAccount, createOrg, createPerson } from '../../test/factories.ts';
import { useTestApp } from '../../test/harness.ts';
import { closeExpiredPapers } from './commands/finish-paper.ts';
import { openWeeklyPaper } from './commands/open-weekly-paper.ts';
import { QUIZ_RULES_TOPIC } from './rules.ts';
import { addQuestions, manyQuestions } from './test-fixtures.ts';
import { chinaWeek } from './week.ts';

type Paper = {
  id: string;
  kind: string;
  total: number;
  score: number;
  deadlineAt: string | null;
  completedAt: string | null;
  questions: { position: number; options: { key: string; text: string }[]; correctAnswer: unknown }[];
};

describe('the weekly and challenge quizzes', () => {
  const t = useTestApp();
  const s = () => t.app.services;

  async function member(specs = manyQuestions(12)) {
    const branch = await createOrg(s(), { parent: await createOrg(s()) });
    await addQuestions(s(), branch, specs);
    const person = await createPerson(s(), { org: branch });
    const account = await createAccount(s(), { person, grants: [{ role: 'member', org: branch }] });
    return { branch, person, account };
  }
  const post = (headers: Record<string, string>, url: string, payload?: object, extra: Record<string, string> = {}) =>
    t.app.inject({ method: 'POST', url, headers: { ...headers, ...extra }, payload });
  const answer = (h: Record<string, string>, id: string, body: object, extra: Record<string, string> = {}) =>
    post(h, `/api/quiz-papers/${id}/answers`, body, extra);
  const count = async (q: ReturnType<typeof sql>) => (await s().db.execute<{ n: number }>(q)).rows[0]?.n ?? 0;
  /** The display key of the bank's right option (B) in this person's order, or a wrong one. */
  const keyOf = (q: Paper['questions'][number], right: boolean) =>
    q.options.find((o) => o.text.endsWith('选项B') === right)?.key as string;

  it('finds the ISO week in China time: Monday to Sunday, ending at the next Monday 00:00 +08', () => {
    // Sunday 23:30 in China is still that week; Monday 00:10 in China (Sunday UTC) is the next.
    expect(chinaWeek(new Date('2026-03-08T15:30:00Z'))).toEqual({
      monday: '2026-03-02',
      endsAt: new Date('2026-03-08T16:00:00Z'),
    });
    expect(chinaWeek(new Date('2026-03-08T16:10:00Z')).monday).toBe('2026-03-09');
    expect(chinaWeek(new Date('2026-03-04T01:00:00Z')).monday).toBe('2026-03-02');
  });

  it('gives one weekly paper per person and week, even under 20 concurrent opens', async () => {
    const m = await member();
    const replies = await Promise.all(
      Array.from({ length: 20 }, () => post(m.account.headers, '/api/quiz-papers/weekly')),
    );
    for (const r of replies) expect(r.statusCode, r.body).toBe(200);
    expect(new Set(replies.map((r) => r.json().data.id)).size).toBe(1);
    const paper: Paper = replies[0]?.json().data;
    expect(paper).toMatchObject({ kind: 'weekly', total: 10, deadlineAt: chinaWeek().endsAt.toISOString() });
    expect(JSON.stringify(paper)).not.toContain('"answer"');
    // The org's weekly count applies; another week is another paper.
    const place = { id: m.person.id, orgId: m.branch.id, orgPath: m.branch.path };
    await t.asOwner(
      `insert into quiz_rules (org_id, org_path, question_count, category_mix, difficulty_mix,
      no_repeat_days, weekly_question_count) values ($1, $2, 5, '{}', '{}', 0, 3)`,
      [m.branch.id, m.branch.path],
    );
    // Written past setQuizRules: tell the rules copy, as setQuizRules does.
    await t.app.services.changes.publish(t.app.services.db, QUIZ_RULES_TOPIC, String(m.branch.id));
    const next = await openWeeklyPaper(t.ctx(), place, new Date(Date.now() + 7 * 86_400_000));
    expect(next.id).not.toBe(paper.id);
    expect(next.total).toBe(3);
    expect(
      await count(sql`select count(*)::int as n from quiz_papers where person_id = ${m.person.id} and kind = 'weekly'`),
    ).toBe(2);
  });

  it('refuses a weekly answer once the week is over, and closes the paper', async () => {
    const m = await member();
    const paper: Paper = (await post(m.account.headers, '/api/quiz-papers/weekly')).json().data;
    expect(
      (await answer(m.account.headers, paper.id, { position: 0, answer: [keyOf(paper.questions[0] as never, true)] }))
        .statusCode,
    ).toBe(200);
    await t.asOwner(`update quiz_papers set deadline_at = now() - interval '1 minute' where id = $1`, [paper.id]);
    const late = await answer(m.account.headers, paper.id, { position: 1, answer: ['A'] });
    expect({ status: late.statusCode, code: late.json().error.code }).toEqual({ status: 409, code: 'QUIZ_TIME_UP' });
    const read = (await t.app.inject({ url: `/api/quiz-papers/${paper.id}`, headers: m.account.headers })).json().data;
    expect(read.completedAt).not.toBeNull();
    expect(read).toMatchObject({ correct: 1, total: 10, score: 10 });
    expect(
      await count(
        sql`select count(*)::int as n from events where type = 'quiz.paper.completed' and subject_id = ${paper.id} and actor_account_id is null`,
      ),
    ).toBe(1);
  });

  it('closes papers past their deadline in the sweep, once, with the score as it stands', async () => {
    const m = await member();
    const paper: Paper = (await post(m.account.headers, '/api/quiz-papers/weekly')).json().data;
    await t.asOwner(`update quiz_papers set deadline_at = now() - interval '1 minute' where id = $1`, [paper.id]);
    expect(await closeExpiredPapers(t.ctx())).toBeGreaterThanOrEqual(1);
    expect(await closeExpiredPapers(t.ctx())).toBe(0);
    const [row] = await t.asOwner('select completed_at, deadline_at, correct from quiz_papers where id = $1', [
      paper.id,
    ]);
    expect(row?.completed_at).toEqual(row?.deadline_at);
    expect(
      await count(
        sql`select count(*)::int as n from events where type = 'quiz.paper.completed' and subject_id = ${paper.id}`,
      ),
    ).toBe(1);
  });

  it('runs a challenge until the first wrong answer: one question at a time, the streak is the score', async () => {
    const m = await member();
    const start = await post(m.account.headers, '/api/quiz-papers/challenge');
    expect(start.statusCode, start.body).toBe(200);
    let paper: Paper = start.json().data;
    expect(paper).toMatchObject({ kind: 'challenge', total: 1 });
    expect(paper.questions[0]?.correctAnswer).toBeNull();
    // Starting again while it runs gives the same challenge.
    expect((await post(m.account.headers, '/api/quiz-papers/challenge')).json().data.id).toBe(paper.id);
    for (let i = 0; i < 3; i++) {
      const q = paper.questions[i] as Paper['questions'][number];
      const res = await answer(m.account.headers, paper.id, { position: i, answer: [keyOf(q, true)] });
      expect(res.json().data).toMatchObject({ isCorrect: true, correctAnswer: [keyOf(q, true)] });
      expect(res.json().data.paper).toMatchObject({ total: i + 2, completedAt: null, score: i + 1 });
      paper = (await t.app.inject({ url: `/api/quiz-papers/${paper.id}`, headers: m.account.headers })).json().data;
      // The next question is there, its answer still hidden.
      expect(paper.questions).toHaveLength(i + 2);
      expect(paper.questions[i + 1]?.correctAnswer).toBeNull();
    }
    const wrong = await answer(m.account.headers, paper.id, {
      position: 3,
      answer: [keyOf(paper.questions[3] as never, false)],
    });
    expect(wrong.json().data).toMatchObject({
      isCorrect: false,
      correctAnswer: [keyOf(paper.questions[3] as never, true)],
    });
    expect(wrong.json().data.paper).toMatchObject({ total: 4, correct: 3, score: 3 });
    expect(wrong.json().data.paper.completedAt).not.toBeNull();
    const [done] = (
      await s().db.execute<{ data: { score: number; correct: number; kind: string } }>(
        sql`select data from events where type = 'quiz.paper.completed' and subject_id = ${paper.id}`,
      )
    ).rows;
    expect(done?.data).toMatchObject({ kind: 'challenge', score: 3, correct: 3 });
    // A new challenge is a new paper, and the overview keeps the best streak.
    const again = (await post(m.account.headers, '/api/quiz-papers/challenge')).json().data;
    expect(again.id).not.toBe(paper.id);
    const overview = (await t.app.inject({ url: '/api/quizzes', headers: m.account.headers })).json().data;
    expect(overview.challenge).toEqual({ best: 3, openPaperId: again.id, max: 30 });
  });

  it('ends a challenge at the maximum, or when the bank runs out of questions', async () => {
    const m = await member(manyQuestions(3));
    const paper: Paper = (await post(m.account.headers, '/api/quiz-papers/challenge')).json().data;
    let last: { paper: Paper } | undefined;
    for (let i = 0; i < 3; i++) {
      const read: Paper = (
        await t.app.inject({ url: `/api/quiz-papers/${paper.id}`, headers: m.account.headers })
      ).json().data;
      last = (
        await answer(m.account.headers, paper.id, { position: i, answer: [keyOf(read.questions[i] as never, true)] })
      ).json().data;
    }
    expect(last?.paper).toMatchObject({ total: 3, correct: 3, score: 3 });
    expect(last?.paper.completedAt).not.toBeNull();
    const ids = await s().db.execute<{ n: number }>(
      sql`select count(distinct question_id)::int as n from quiz_paper_questions where paper_id = ${paper.id}`,
    );
    expect(ids.rows[0]?.n).toBe(3);
  });

  it('counts a challenge answer once, and draws one next question, under 50 concurrent replays', async () => {
    const m = await member();
    const paper: Paper = (await post(m.account.headers, '/api/quiz-papers/challenge')).json().data;
    const body = { position: 0, answer: [keyOf(paper.questions[0] as never, true)] };
    const key = { 'idempotency-key': `challenge-${paper.id}` };
    const replies = await Promise.all(Array.from({ length: 50 }, () => answer(m.account.headers, paper.id, body, key)));
    for (const r of replies) expect([200, 409]).toContain(r.statusCode);
    for (const r of replies.filter((x) => x.statusCode === 409))
      expect(r.json().error.code).toBe('IDEMPOTENCY_IN_PROGRESS');
    const ok = replies.filter((r) => r.statusCode === 200);
    expect(ok.length).toBeGreaterThan(0);
    for (const r of ok) expect(r.json().data).toEqual(ok[0]?.json().data);
    expect((await answer(m.account.headers, paper.id, body, key)).headers['idempotent-replayed']).toBe('true');
    expect(
      await count(
        sql`select count(*)::int as n from events where type = 'quiz.question.answered' and subject_id = ${paper.id}`,
      ),
    ).toBe(1);
    expect(await count(sql`select count(*)::int as n from quiz_paper_questions where paper_id = ${paper.id}`)).toBe(2);
  });

  it('answers 401 without a session and QUIZ_NOT_A_MEMBER without a member record', async () => {
    for (const url of ['/api/quiz-papers/weekly', '/api/quiz-papers/challenge'])
      expect((await t.app.inject({ method: 'POST', url })).statusCode).toBe(401);
    expect((await t.app.inject({ url: '/api/quizzes' })).statusCode).toBe(401);
    const admin = await createAccount(s(), { grants: [{ role: 'org_admin', org: await createOrg(s()) }] });
    for (const url of ['/api/quiz-papers/weekly', '/api/quiz-papers/challenge'])
      expect((await post(admin.headers, url)).json().error.code).toBe('QUIZ_NOT_A_MEMBER');
    expect((await t.app.inject({ url: '/api/quizzes', headers: admin.headers })).json().error.code).toBe(
      'QUIZ_NOT_A_MEMBER',
    );
  });
});
