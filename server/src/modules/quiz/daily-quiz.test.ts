import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { delegations } from '../../core/auth/schema.ts';
import { chinaDay } from '../../core/events/rollups.ts';
import { createAccount, createOrg, createPerson } from '../../test/factories.ts';
import { useTestApp } from '../../test/harness.ts';
import { openDailyPaper } from './commands/open-daily-paper.ts';
import { addQuestions, manyQuestions } from './test-fixtures.ts';

type Paper = {
  id: string;
  total: number;
  questions: { position: number; stem: string; options: { key: string; text: string }[]; correctAnswer: unknown }[];
};

describe('the daily quiz', () => {
  const t = useTestApp();
  const s = () => t.app.services;

  /** A member of a fresh branch whose bank holds `specs` (at the branch). */
  async function member(specs = manyQuestions(8)) {
    const county = await createOrg(s());
    const branch = await createOrg(s(), { parent: county });
    const ids = await addQuestions(s(), branch, specs);
    const person = await createPerson(s(), { org: branch });
    const account = await createAccount(s(), { person, grants: [{ role: 'member', org: branch }] });
    return { county, branch, person, account, ids };
  }
  const open = (headers: Record<string, string>, extra: Record<string, string> = {}) =>
    t.app.inject({ method: 'POST', url: '/api/quiz-papers/daily', headers: { ...headers, ...extra } });
  const answer = (headers: Record<string, string>, id: string, body: object, extra: Record<string, string> = {}) =>
    t.app.inject({
      method: 'POST',
      url: `/api/quiz-papers/${id}/answers`,
      headers: { ...headers, ...extra },
      payload: body,
    });
  const count = async (q: ReturnType<typeof sql>) => (await s().db.execute<{ n: number }>(q)).rows[0]?.n ?? 0;

  it('gives one paper a day: the same on reopening and under 20 concurrent opens', async () => {
    const m = await member();
    const replies = await Promise.all(Array.from({ length: 20 }, () => open(m.account.headers)));
    for (const r of replies) expect(r.statusCode, r.body).toBe(200);
    const ids = new Set(replies.map((r) => r.json().data.id));
    expect(ids.size).toBe(1);
    const again = await open(m.account.headers);
    expect(again.json().data).toEqual(replies[0]?.json().data);
    expect(again.json().data).toMatchObject({ kind: 'daily', day: chinaDay(), total: 5, answered: 0 });
    expect(await count(sql`select count(*)::int as n from quiz_papers where person_id = ${m.person.id}`)).toBe(1);
  });

  it('keeps the right answer and explanation off the phone until answered, and maps shuffled keys back', async () => {
    const m = await member(manyQuestions(5, { explanation: '机密解析' }));
    const paper: Paper = (await open(m.account.headers)).json().data;
    const get = await t.app.inject({ url: `/api/quiz-papers/${paper.id}`, headers: m.account.headers });
    expect(get.statusCode).toBe(200);
    expect(get.body).not.toContain('机密解析');
    expect(get.body).not.toContain('"answer"');
    for (const q of get.json().data.questions) expect(q.correctAnswer).toBeNull();

    // The bank's right option is B; its display key is wherever this person sees its text.
    const orders = new Set<string>();
    for (const q of paper.questions) {
      const right = q.options.find((o) => o.text.endsWith('选项B'));
      orders.add(q.options.map((o) => o.text.slice(-1)).join(''));
      const res = await answer(m.account.headers, paper.id, { position: q.position, answer: [right?.key] });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json().data).toMatchObject({ isCorrect: true, correctAnswer: [right?.key], explanation: '机密解析' });
    }
    expect(orders.size, 'options are shuffled').toBeGreaterThan(1);
    const done = (await t.app.inject({ url: `/api/quiz-papers/${paper.id}`, headers: m.account.headers })).json().data;
    expect(done).toMatchObject({ answered: 5, correct: 5, score: 100 });
    expect(done.completedAt).not.toBeNull();
    const events = await s().db.execute<{ type: string; data: { day?: string; score?: number } }>(
      sql`select type, data from events where person_id = ${m.person.id} order by id`,
    );
    expect(events.rows.map((e) => e.type)).toEqual([
      ...Array(5).fill('quiz.question.answered'),
      'quiz.paper.completed',
    ]);
    expect(events.rows[5]?.data).toMatchObject({ day: chinaDay(), score: 100, correct: 5, total: 5, passed: null });
  });

  it('scores through the bank (fill, judge, multiple) and keeps the snapshot when the bank changes', async () => {
    const m = await member([
      { type: 'fill', stem: '填空题' },
      { type: 'judge', stem: '判断题', answer: ['false'] },
      { type: 'multiple', stem: '多选题', answer: ['A', 'C'] },
    ]);
    const paper: Paper = (await open(m.account.headers)).json().data;
    expect(paper.total).toBe(3);
    // Edits to the bank after the draw change neither the paper nor its scoring.
    await t.asOwner(`update questions set stem = '改过的题干', answer = '["D"]' where id = any($1)`, [m.ids]);
    const reread = await t.app.inject({ url: `/api/quiz-papers/${paper.id}`, headers: m.account.headers });
    expect(reread.body).not.toContain('改过的题干');
    const at = (stem: string) => paper.questions.find((q) => q.stem === stem) as Paper['questions'][number];
    const fill = await answer(m.account.headers, paper.id, { position: at('填空题').position, answer: ['共产党。'] });
    expect(fill.json().data.isCorrect).toBe(true);
    const judge = await answer(m.account.headers, paper.id, { position: at('判断题').position, answer: ['true'] });
    expect(judge.json().data).toMatchObject({ isCorrect: false, correctAnswer: ['false'] });
    const multi = at('多选题');
    const keysOf = (letters: string[]) =>
      multi.options.filter((o) => letters.some((l) => o.text.endsWith(`选项${l}`))).map((o) => o.key);
    const res = await answer(m.account.headers, paper.id, { position: multi.position, answer: keysOf(['C', 'A']) });
    expect(res.json().data).toMatchObject({ isCorrect: true, correctAnswer: keysOf(['A', 'C']).sort() });
    expect(res.json().data.paper).toMatchObject({ correct: 2, total: 3, score: 67 });
  });

  it('refuses a second, different answer; the same answer again gets the same reply', async () => {
    const m = await member();
    const paper: Paper = (await open(m.account.headers)).json().data;
    const first = await answer(m.account.headers, paper.id, { position: 0, answer: ['A'] });
    expect(first.statusCode).toBe(200);
    const other = await answer(m.account.headers, paper.id, { position: 0, answer: ['B'] });
    expect(other.statusCode).toBe(409);
    expect(other.json().error.code).toBe('QUIZ_ALREADY_ANSWERED');
    const same = await answer(m.account.headers, paper.id, { position: 0, answer: ['a'] });
    expect(same.statusCode).toBe(200);
    expect(same.json().data.isCorrect).toBe(first.json().data.isCorrect);
    expect(
      await count(
        sql`select count(*)::int as n from events where type = 'quiz.question.answered' and person_id = ${m.person.id}`,
      ),
    ).toBe(1);
    const bad = await answer(m.account.headers, paper.id, { position: 1, answer: ['Z'] });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details[0]).toMatchObject({ field: 'body.answer' });
    const beyond = await answer(m.account.headers, paper.id, { position: 9, answer: ['A'] });
    expect(beyond.json().error.details[0]).toMatchObject({ field: 'body.position' });
  });

  it('counts an answer once under 50 concurrent replays of one Idempotency-Key', async () => {
    const m = await member();
    const paper: Paper = (await open(m.account.headers)).json().data;
    const key = { 'idempotency-key': `answer-${paper.id}` };
    const replies = await Promise.all(
      Array.from({ length: 50 }, () => answer(m.account.headers, paper.id, { position: 2, answer: ['C'] }, key)),
    );
    const ok = replies.filter((r) => r.statusCode === 200);
    for (const r of replies) expect([200, 409]).toContain(r.statusCode);
    for (const r of replies.filter((x) => x.statusCode === 409))
      expect(r.json().error.code).toBe('IDEMPOTENCY_IN_PROGRESS');
    expect(ok.length).toBeGreaterThan(0);
    for (const r of ok) expect(r.json().data).toEqual(ok[0]?.json().data);
    const replay = await answer(m.account.headers, paper.id, { position: 2, answer: ['C'] }, key);
    expect(replay.headers['idempotent-replayed']).toBe('true');
    expect(
      await count(
        sql`select count(*)::int as n from events where type = 'quiz.question.answered' and person_id = ${m.person.id}`,
      ),
    ).toBe(1);
    expect(
      await count(
        sql`select count(*)::int as n from quiz_paper_questions where paper_id = ${paper.id} and answered_at is not null`,
      ),
    ).toBe(1);
  });

  it('counts a delegate’s answers for the member and marks the delegation on the event', async () => {
    const m = await member();
    const relative = await createAccount(s());
    const [d] = await s()
      .db.insert(delegations)
      .values({
        delegateAccountId: relative.id,
        principalPersonId: m.person.id,
        relation: '子女',
        scopes: ['learning'],
        grantedBy: relative.id,
      })
      .returning();
    const start = await t.app.inject({
      method: 'POST',
      url: '/api/auth/acting-for',
      headers: relative.headers,
      payload: { delegationId: d?.id },
    });
    expect(start.statusCode, start.body).toBe(200);
    const paper: Paper = (await open(relative.headers)).json().data;
    expect((await open(m.account.headers)).json().data.id).toBe(paper.id); // the member's own paper
    expect((await answer(relative.headers, paper.id, { position: 0, answer: ['B'] })).statusCode).toBe(200);
    const [e] = (
      await s().db.execute<{
        person_id: string;
        actor_account_id: string;
        acting_for_person_id: string;
        delegation_id: string;
      }>(
        sql`select person_id, actor_account_id, acting_for_person_id, delegation_id from events where type = 'quiz.question.answered' and subject_id = ${paper.id}`,
      )
    ).rows;
    expect(e).toEqual({
      person_id: m.person.id,
      actor_account_id: relative.id,
      acting_for_person_id: m.person.id,
      delegation_id: d?.id,
    });
  });

  it('does not repeat yesterday’s questions and follows the org’s rules', async () => {
    const m = await member(manyQuestions(10));
    const place = { id: m.person.id, orgId: m.branch.id, orgPath: m.branch.path };
    const day1 = await openDailyPaper(t.ctx(), place, new Date('2026-03-01T02:00:00Z'));
    const day2 = await openDailyPaper(t.ctx(), place, new Date('2026-03-02T02:00:00Z'));
    const q1 = day1.questions.map((q) => q.questionId);
    expect(day2.questions.map((q) => q.questionId).filter((id) => q1.includes(id))).toEqual([]);
    // The county's rules reach the branch.
    const office = await createAccount(s(), { grants: [{ role: 'party_office', org: m.county }] });
    const put = await t.app.inject({
      method: 'PUT',
      url: `/api/orgs/${m.county.id}/quiz-rules`,
      headers: office.headers,
      payload: { questionCount: 3, categoryMix: {}, difficultyMix: {}, noRepeatDays: 0 },
    });
    expect(put.statusCode, put.body).toBe(200);
    const day3 = await openDailyPaper(t.ctx(), place, new Date('2026-03-03T02:00:00Z'));
    expect(day3.total).toBe(3);
  });

  it('refuses an account with no member record, and a bank with no questions', async () => {
    const admin = await createAccount(s(), { grants: [{ role: 'org_admin', org: await createOrg(s()) }] });
    expect((await open(admin.headers)).json().error.code).toBe('QUIZ_NOT_A_MEMBER');
    const m = await member([]);
    const empty = await open(m.account.headers);
    expect(empty.statusCode).toBe(409);
    expect(empty.json().error.code).toBe('QUIZ_NO_QUESTIONS');
  });
});
