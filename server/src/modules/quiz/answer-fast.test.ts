import { EventCatalogue } from '@hongyun/contracts';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createAccount, createOrg, createPerson } from '../../test/factories.ts';
import { useTestApp } from '../../test/harness.ts';
import { ANSWER_SQL } from './commands/answer-fast.ts';
import { addQuestions, manyQuestions } from './test-fixtures.ts';

// The one-statement answer (commands/answer-fast.ts) under the races the phone makes: answers to
// several questions at once, two different answers to one question, a late answer, a key reused,
// and what it costs in statements.

type Paper = { id: string; questions: { position: number; options: { key: string; text: string }[] }[] };

describe('the one-statement answer', () => {
  const t = useTestApp();
  const s = () => t.app.services;
  afterEach(() => vi.restoreAllMocks());

  async function member() {
    const branch = await createOrg(s(), { parent: await createOrg(s()) });
    await addQuestions(s(), branch, manyQuestions(8));
    const person = await createPerson(s(), { org: branch });
    const account = await createAccount(s(), { person, grants: [{ role: 'member', org: branch }] });
    const paper: Paper = (
      await t.app.inject({ method: 'POST', url: '/api/quiz-papers/daily', headers: account.headers })
    ).json().data;
    return { branch, person, account, paper };
  }
  const answer = (headers: Record<string, string>, id: string, body: object, extra: Record<string, string> = {}) =>
    t.app.inject({
      method: 'POST',
      url: `/api/quiz-papers/${id}/answers`,
      headers: { ...headers, ...extra },
      payload: body,
    });
  /** The display key of the bank's right option (B) in this person's order. */
  const right = (q: Paper['questions'][number]) => q.options.find((o) => o.text.endsWith('选项B'))?.key as string;
  const rows = async <R>(q: ReturnType<typeof sql>) => (await s().db.execute<R & Record<string, unknown>>(q)).rows;

  it('answers all questions of a paper at once: each counted once, the paper completed once', async () => {
    const m = await member();
    const replies = await Promise.all(
      m.paper.questions.map((q) =>
        answer(m.account.headers, m.paper.id, { position: q.position, answer: [q.position % 2 ? right(q) : 'A'] }),
      ),
    );
    for (const r of replies) expect(r.statusCode, r.body).toBe(200);
    const expectedRight = m.paper.questions.filter((q) => q.position % 2 && right(q) !== 'A').length;
    const [paper] = await rows<{ correct: number; positions: number[]; done: boolean }>(
      sql`select correct, answered_positions as positions, completed_at is not null as done from quiz_papers where id = ${m.paper.id}`,
    );
    expect(paper?.done).toBe(true);
    expect([...(paper?.positions ?? [])].sort()).toEqual([0, 1, 2, 3, 4]);
    const events = await rows<{ type: string; data: Record<string, unknown>; org_path: string }>(
      sql`select type, data, org_path from events where person_id = ${m.person.id} order by id`,
    );
    expect(events.filter((e) => e.type === 'quiz.question.answered')).toHaveLength(5);
    const completed = events.filter((e) => e.type === 'quiz.paper.completed');
    expect(completed).toHaveLength(1);
    expect(events.at(-1)?.type).toBe('quiz.paper.completed');
    // The payload the statement built in SQL is the catalogue's.
    const { requestId: _, ...data } = completed[0]?.data ?? {};
    expect(EventCatalogue['quiz.paper.completed'].payload.parse(data)).toMatchObject({ total: 5, passed: null });
    expect(paper?.correct).toBeGreaterThanOrEqual(0);
    expect(data).toMatchObject({ correct: paper?.correct, score: Math.round((100 * (paper?.correct ?? 0)) / 5) });
    // Which answers were right does not depend on the interleaving.
    const answeredRight = await rows<{ n: number }>(
      sql`select count(*)::int as n from quiz_paper_questions where paper_id = ${m.paper.id} and is_correct`,
    );
    expect(answeredRight[0]?.n).toBe(paper?.correct);
    expect(paper?.correct).toBeGreaterThanOrEqual(expectedRight);
  });

  it('takes one of two different answers to one question sent at once, and refuses the other', async () => {
    const m = await member();
    const q = m.paper.questions[0] as Paper['questions'][number];
    const replies = await Promise.all(
      ['A', 'B', 'C', 'D'].map((k) => answer(m.account.headers, m.paper.id, { position: q.position, answer: [k] })),
    );
    expect(replies.filter((r) => r.statusCode === 200)).toHaveLength(1);
    for (const r of replies.filter((x) => x.statusCode !== 200)) {
      expect(r.statusCode).toBe(409);
      expect(r.json().error.code).toBe('QUIZ_ALREADY_ANSWERED');
    }
    const events = await rows<{ n: number }>(
      sql`select count(*)::int as n from events where type = 'quiz.question.answered' and person_id = ${m.person.id}`,
    );
    expect(events[0]?.n).toBe(1);
  });

  it('refuses an answer after the deadline and writes nothing', async () => {
    const m = await member();
    await t.asOwner(`update quiz_papers set deadline_at = now() - interval '1 second' where id = $1`, [m.paper.id]);
    const late = await answer(m.account.headers, m.paper.id, { position: 0, answer: ['A'] });
    expect(late.statusCode).toBe(409);
    expect(late.json().error.code).toBe('QUIZ_TIME_UP');
    const written = await rows<{ n: number }>(
      sql`select count(*)::int as n from quiz_paper_questions where paper_id = ${m.paper.id} and answered_at is not null`,
    );
    expect(written[0]?.n).toBe(0);
  });

  it('replays a key on the same answer, refuses it on another, and takes the org from the paper row', async () => {
    const m = await member();
    // The org moved after the paper was opened (and cached): the event follows the row.
    await t.asOwner(`update quiz_papers set org_path = org_path || 'moved.' where id = $1`, [m.paper.id]);
    const key = { 'idempotency-key': `fast-${m.paper.id}` };
    const first = await answer(m.account.headers, m.paper.id, { position: 1, answer: ['A'] }, key);
    expect(first.statusCode).toBe(200);
    expect(first.headers['idempotent-replayed']).toBeUndefined();
    const again = await answer(m.account.headers, m.paper.id, { position: 1, answer: ['A'] }, key);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.json().data).toEqual(first.json().data);
    const reused = await answer(m.account.headers, m.paper.id, { position: 2, answer: ['A'] }, key);
    expect(reused.statusCode).toBe(422);
    expect(reused.json().error.code).toBe('IDEMPOTENCY_KEY_REUSED');
    const answered = await rows<{ n: number }>(
      sql`select count(*)::int as n from quiz_paper_questions where paper_id = ${m.paper.id} and answered_at is not null`,
    );
    expect(answered[0]?.n).toBe(1);
    const [event] = await rows<{ org_path: string }>(
      sql`select org_path from events where type = 'quiz.question.answered' and person_id = ${m.person.id}`,
    );
    expect(event?.org_path).toBe(`${m.branch.path}moved.`);
  });

  it('costs one statement for a fresh answer, with or without a key, and no transaction', async () => {
    const m = await member();
    const spy = vi.spyOn(pg.Client.prototype, 'query');
    // Only what the request sends: the change feed and the event dispatcher run on their own.
    const sent = () =>
      spy.mock.calls
        .map((c) => (typeof c[0] === 'string' ? c[0] : ((c[0] as { text?: string }).text ?? '')))
        .filter((text) => /quiz_|idempotency_keys|^\s*begin/i.test(text));
    await answer(m.account.headers, m.paper.id, { position: 0, answer: ['A'] });
    expect(sent()).toHaveLength(1);
    spy.mockClear();
    await answer(
      m.account.headers,
      m.paper.id,
      { position: 1, answer: ['A'] },
      { 'idempotency-key': `one-${m.paper.id}` },
    );
    expect(sent()).toHaveLength(1);
    expect(sent()[0]).toMatch(/^with p as \(\s*update quiz_papers/);
  });

  it('finds the paper by its primary key, not by walking the open papers', async () => {
    await member();
    // The generic plan, as a pooled connection ends up using: no partial index of quiz_papers may
    // match the gate's `completed_at is null` (one that did was walked entry by entry at the peak).
    const plan = await rows<{ 'QUERY PLAN': unknown }>(sql.raw(`explain (generic_plan, format json) ${ANSWER_SQL}`));
    const scans = JSON.stringify(plan).match(/"Index Name":"[a-z_]+"/g) ?? [];
    const onPapers = scans.filter((n) => n.includes('quiz_papers'));
    expect(onPapers).toEqual(['"Index Name":"quiz_papers_pkey"']);
  });
});
