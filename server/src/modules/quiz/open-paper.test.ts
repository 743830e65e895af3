import pg from 'pg';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createAccount, createOrg, createPerson } from '../../test/factories.ts';
import { useTestApp } from '../../test/harness.ts';
import { drawingPool } from '../question-bank/index.ts';
import { openDailyPaper } from './commands/open-daily-paper.ts';
import { findPaper, findPaperOfDay, type PaperRecord } from './queries.ts';
import { effectiveRules, setQuizRules } from './rules.ts';
import { addQuestions, manyQuestions } from './test-fixtures.ts';

// The daily open is round-trip bound at the morning peak: these count its statements with warm
// memory copies (bank, rules), and check that the copies follow edits and that the SQL fallback
// draws the same paper.

describe('opening the daily paper', () => {
  const t = useTestApp();
  const s = () => t.app.services;
  afterEach(() => vi.restoreAllMocks());

  /** Every statement sent on any connection while `fn` runs (the listening connection is idle). */
  async function statements(fn: () => Promise<unknown>): Promise<string[]> {
    const sent: string[] = [];
    const original = pg.Client.prototype.query;
    const spy = vi.spyOn(pg.Client.prototype, 'query').mockImplementation(function (
      this: pg.Client,
      ...args: unknown[]
    ) {
      const q = args[0] as string | { text?: string };
      sent.push(typeof q === 'string' ? q : (q.text ?? ''));
      // biome-ignore lint/suspicious/noExplicitAny: forwarding pg's overloaded query as is
      return (original as any).apply(this, args);
    });
    try {
      await fn();
    } finally {
      spy.mockRestore();
    }
    return sent;
  }

  async function member() {
    const county = await createOrg(s());
    const branch = await createOrg(s(), { parent: county });
    const ids = await addQuestions(s(), branch, manyQuestions(8));
    const person = await createPerson(s(), { org: branch });
    return { county, branch, ids, place: { id: person.id, orgId: branch.id, orgPath: branch.path } };
  }

  /** Waits until the bank and rules copies answer from memory (they load on first use). */
  async function warm(orgPath: string) {
    for (let i = 0; i < 100; i++) {
      const sent = await statements(async () => {
        await drawingPool(s().db, orgPath);
        await effectiveRules(s().db, orgPath);
      });
      if (sent.length === 0) return;
      await new Promise((r) => setTimeout(r, 20));
    }
    throw new Error('memory copies never warmed');
  }

  it('costs at most 3 statements on the first open and 1 on a repeat (plus personPlace in the route)', async () => {
    const m = await member();
    await warm(m.place.orgPath);
    let first: PaperRecord | undefined;
    const firstSent = await statements(async () => {
      first = await openDailyPaper(t.ctx(), m.place);
    });
    expect(firstSent.length, firstSent.join('\n')).toBeLessThanOrEqual(3);
    let again: PaperRecord | undefined;
    const againSent = await statements(async () => {
      again = await openDailyPaper(t.ctx(), m.place);
    });
    expect(againSent.length, againSent.join('\n')).toBe(1);
    // What the insert returned is what a read gives.
    expect(again).toEqual(first);
    expect(await findPaper(s().db, first?.id as string)).toEqual(first);
  });

  it('reads a paper with answered and unanswered questions in one statement, as the two tables say', async () => {
    const m = await member();
    const paper = await openDailyPaper(t.ctx(), m.place);
    await t.asOwner(
      `update quiz_paper_questions set given = '["A"]', is_correct = false, answered_at = now()
       where paper_id = $1 and position = 0`,
      [paper.id],
    );
    const [row] = await t.asOwner('select * from quiz_papers where id = $1', [paper.id]);
    const qs = await t.asOwner('select * from quiz_paper_questions where paper_id = $1 order by position', [paper.id]);
    const read = await findPaper(s().db, paper.id);
    expect(read?.questions.length).toBe(qs.length);
    expect(read?.questions[0]).toMatchObject({ given: ['A'], isCorrect: false });
    expect(read?.questions[0]?.answeredAt).toBeInstanceOf(Date);
    expect(read?.questions[1]).toMatchObject({ given: null, isCorrect: null, answeredAt: null });
    expect(read?.startedAt.getTime()).toBe((row as { started_at: Date }).started_at.getTime());
    expect(read?.day).toBe(paper.day);
    expect(await findPaperOfDay(s().db, m.place.id, 'daily', paper.day)).toEqual(read);
    expect(await findPaperOfDay(s().db, m.place.id, 'weekly', paper.day)).toBeNull();
  });

  it('sees a rules edit and a disabled question on the next open, and draws the same with the copy null', async () => {
    const m = await member();
    await warm(m.place.orgPath);
    const org = { id: m.county.id, path: m.county.path } as Parameters<typeof setQuizRules>[1];
    await setQuizRules(t.ctx(), org, {
      questionCount: 3,
      categoryMix: {},
      difficultyMix: {},
      noRepeatDays: 0,
      weeklyQuestionCount: 10,
    });
    expect((await effectiveRules(s().db, m.place.orgPath)).questionCount).toBe(3);
    await t.asOwner('update questions set is_disabled = true where id = $1', [m.ids[0]]);
    await s().changes.publish(s().db, 'questions', '');
    const pool = await drawingPool(s().db, m.place.orgPath);
    expect(pool.map((q) => q.id)).not.toContain(m.ids[0]);

    const day = new Date('2026-05-01T02:00:00Z');
    const warmPaper = await openDailyPaper(t.ctx(), m.place, day);
    expect(warmPaper.total).toBe(3);
    // The same draw with no live change feed (the copies answer null): the SQL fallback.
    const other = { ...m.place, id: (await createPerson(s(), { org: m.branch })).id };
    vi.spyOn(s().changes, 'isLive', 'get').mockReturnValue(false);
    const cold = await openDailyPaper(t.ctx(), m.place, new Date('2026-05-01T03:00:00Z'));
    expect(cold).toEqual(warmPaper); // the same day: the paper drawn
    const sqlPaper = await openDailyPaper(t.ctx(), other, day);
    vi.restoreAllMocks();
    await warm(m.place.orgPath);
    // A repeat of the other's draw from memory: same questions as the SQL draw made (seeded by person).
    const again = await openDailyPaper(t.ctx(), other, day);
    expect(again.questions.map((q) => q.questionId)).toEqual(sqlPaper.questions.map((q) => q.questionId));
  });

  it('follows an org move: the moved branch’s questions and rules are found at its new path', async () => {
    const m = await member();
    const other = await createOrg(s());
    await setQuizRules(t.ctx(), { id: m.branch.id, path: m.branch.path } as Parameters<typeof setQuizRules>[1], {
      questionCount: 4,
      categoryMix: {},
      difficultyMix: {},
      noRepeatDays: 0,
      weeklyQuestionCount: 10,
    });
    await warm(m.place.orgPath);
    const mover = await createAccount(s(), {
      grants: [
        { role: 'org_admin', org: m.county },
        { role: 'org_admin', org: other },
      ],
    });
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/orgs/${m.branch.id}/move`,
      headers: { ...mover.headers, 'content-type': 'application/json' },
      payload: { newParentId: other.id },
    });
    expect(res.statusCode, res.body).toBe(200);
    const newPath = `${other.path}${m.branch.id}/`;
    // The copies reload on the move's notice; until then they answer null (the table).
    let pool: { id: string }[] = [];
    for (let i = 0; i < 100 && pool.length < 8; i++) {
      pool = await drawingPool(s().db, newPath);
      if (pool.length < 8) await new Promise((r) => setTimeout(r, 20));
    }
    expect(pool.map((q) => q.id).sort()).toEqual([...m.ids].sort());
    expect((await effectiveRules(s().db, newPath)).questionCount).toBe(4);
    await warm(newPath);
    expect((await drawingPool(s().db, newPath)).length).toBe(8);
  });
});
