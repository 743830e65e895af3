import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { runJob } from '../../platform/jobs/runner.ts';
import { createAccount, createOrg, createPerson } from '../../test/factories.ts';
import { useTestApp } from '../../test/harness.ts';
import { specialQuizBody } from '../../test/two-subtrees.ts';
import { questionPool } from '../question-bank/index.ts';
import { drawQuestions } from './draw.ts';
import { addQuestions, manyQuestions } from './test-fixtures.ts';

type Paper = {
  id: string;
  kind: string;
  total: number;
  score: number;
  passed: boolean | null;
  deadlineAt: string | null;
  completedAt: string | null;
  questions: { position: number; options: { key: string; text: string }[] }[];
};

describe('special quizzes', () => {
  const t = useTestApp();
  const s = () => t.app.services;
  const MISSING = '00000000-0000-4000-8000-000000000000';

  async function world() {
    const county = await createOrg(s());
    const town = await createOrg(s(), { parent: county });
    const branch = await createOrg(s(), { parent: town });
    const other = await createOrg(s(), { parent: county });
    const ids = await addQuestions(s(), town, manyQuestions(8));
    await addQuestions(s(), other, manyQuestions(3));
    const office = await createAccount(s(), { grants: [{ role: 'party_office', org: town }] });
    const otherOffice = await createAccount(s(), { grants: [{ role: 'party_office', org: other }] });
    const memberOf = async (org: typeof town, extra: { cadreRank?: 'county' | 'section' } = {}) => {
      const person = await createPerson(s(), { org, ...extra });
      return { person, ...(await createAccount(s(), { person, grants: [{ role: 'member', org }] })) };
    };
    return {
      county,
      town,
      branch,
      other,
      ids,
      office,
      otherOffice,
      me: await memberOf(branch),
      outsider: await memberOf(other),
      memberOf,
    };
  }
  type World = Awaited<ReturnType<typeof world>>;
  const send = (method: 'POST' | 'PUT' | 'GET', url: string, headers?: Record<string, string>, payload?: object) =>
    t.app.inject({ method, url, headers, payload });
  async function published(w: World, extra: object = {}) {
    const made = await send('POST', '/api/special-quizzes', w.office.headers, {
      ...specialQuizBody(),
      orgId: w.town.id,
      ...extra,
    });
    expect(made.statusCode, made.body).toBe(200);
    const id = made.json().data.id as string;
    expect((await send('POST', `/api/special-quizzes/${id}/publish`, w.office.headers)).json().data.status).toBe(
      'published',
    );
    return id;
  }
  const start = (id: string, headers: Record<string, string>, extra: Record<string, string> = {}) =>
    send('POST', `/api/special-quizzes/${id}/attempts`, { ...headers, ...extra });
  const seen = (r: { statusCode: number; json: () => { error?: { code: string } } }) => ({
    status: r.statusCode,
    code: r.json().error?.code,
  });
  const rightKey = (q: Paper['questions'][number]) => q.options.find((o) => o.text.endsWith('选项B'))?.key as string;
  const wrongKey = (q: Paper['questions'][number]) => q.options.find((o) => !o.text.endsWith('选项B'))?.key as string;
  async function take(id: string, headers: Record<string, string>, rightCount: number) {
    const paper: Paper = (await start(id, headers)).json().data;
    let last: { paper: Paper } | undefined;
    for (const q of paper.questions) {
      const a = q.position < rightCount ? rightKey(q) : wrongKey(q);
      const r = await send('POST', `/api/quiz-papers/${paper.id}/answers`, headers, {
        position: q.position,
        answer: [a],
      });
      expect(r.statusCode, r.body).toBe(200);
      last = r.json().data;
    }
    return last?.paper as Paper;
  }

  it('is defined, edited while a draft, published and closed by the office, every act audited', async () => {
    const w = await world();
    const made = await send('POST', '/api/special-quizzes', w.office.headers, {
      ...specialQuizBody(),
      orgId: w.town.id,
    });
    expect(made.json().data).toMatchObject({
      status: 'draft',
      orgId: w.town.id,
      passMark: 60,
      attemptsAllowed: 2,
      questionIds: [],
    });
    const id = made.json().data.id;
    const fixed = { ...specialQuizBody(), title: '固定题目', questionIds: w.ids.slice(0, 3), questionCount: 9 };
    const edited = await send('PUT', `/api/special-quizzes/${id}`, w.office.headers, fixed);
    expect(edited.json().data).toMatchObject({ title: '固定题目', questionCount: 3 });
    // Questions of another subtree's bank are refused like missing ones, field by field.
    const foreignQ = (
      await s().db.execute<{ id: string }>(sql`select id from questions where org_id = ${w.other.id} limit 1`)
    ).rows[0]?.id;
    const bad = await send('PUT', `/api/special-quizzes/${id}`, w.office.headers, {
      ...fixed,
      questionIds: [foreignQ],
    });
    const missing = await send('PUT', `/api/special-quizzes/${id}`, w.office.headers, {
      ...fixed,
      questionIds: [MISSING],
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details).toEqual(missing.json().error.details);
    expect(bad.json().error.details[0]).toMatchObject({ field: 'body.questionIds.0', code: 'quiz.not_in_bank' });
    const window = await send('PUT', `/api/special-quizzes/${id}`, w.office.headers, {
      ...fixed,
      closesAt: fixed.opensAt,
    });
    expect(window.json().error.details[0]).toMatchObject({ field: 'body.closesAt' });

    expect((await send('POST', `/api/special-quizzes/${id}/publish`, w.office.headers)).json().data.status).toBe(
      'published',
    );
    expect(seen(await send('PUT', `/api/special-quizzes/${id}`, w.office.headers, fixed))).toEqual({
      status: 409,
      code: 'SPECIAL_QUIZ_WRONG_STATUS',
    });
    // A fixed list: the member gets exactly those questions.
    const paper: Paper = (await start(id, w.me.headers)).json().data;
    expect(paper.total).toBe(3);
    const drawn = await s().db.execute<{ question_id: string }>(
      sql`select question_id from quiz_paper_questions where paper_id = ${paper.id}`,
    );
    expect(drawn.rows.map((r) => r.question_id).sort()).toEqual(w.ids.slice(0, 3).sort());
    expect((await send('POST', `/api/special-quizzes/${id}/close`, w.office.headers)).json().data.status).toBe(
      'closed',
    );
    expect(seen(await send('POST', `/api/special-quizzes/${id}/publish`, w.office.headers))).toEqual({
      status: 409,
      code: 'SPECIAL_QUIZ_WRONG_STATUS',
    });
    expect(seen(await start(id, w.me.headers))).toEqual({ status: 409, code: 'QUIZ_NOT_OPEN' });
    const audit = await s().db.execute<{ action: string }>(
      sql`select action from audit_log where target_id = ${id} order by seq`,
    );
    expect(audit.rows.map((r) => r.action)).toEqual([
      'quiz.special.created',
      'quiz.special.updated',
      'quiz.special.published',
      'quiz.special.closed',
    ]);
    // The list shows it to its office only.
    expect(
      (await send('GET', '/api/special-quizzes', w.office.headers)).json().data.map((q: { id: string }) => q.id),
    ).toEqual([id]);
    expect((await send('GET', '/api/special-quizzes', w.otherOffice.headers)).json().data).toEqual([]);
  });

  it('draws only enabled questions having any of its tags, the same paper for the same attempt', async () => {
    const w = await world();
    const tagged = [
      ...(await addQuestions(s(), w.town, manyQuestions(4, { tags: ['廉政'] }))),
      ...(await addQuestions(s(), w.town, manyQuestions(2, { tags: ['党史', '廉政'], category: '党史' }))),
      ...(await addQuestions(s(), w.county, manyQuestions(1, { tags: ['作风'] }))), // above the quiz's org: usable
    ];
    const excluded = [
      ...(await addQuestions(s(), w.town, manyQuestions(2, { tags: ['廉政'], isDisabled: true }))),
      ...(await addQuestions(s(), w.other, manyQuestions(2, { tags: ['廉政'] }))), // another subtree's bank
      ...(await addQuestions(s(), w.branch, manyQuestions(2, { tags: ['作风'] }))), // below the quiz's org
      ...(await addQuestions(s(), w.town, manyQuestions(2, { tags: ['其他'] }))),
    ];
    const id = await published(w, { tags: ['廉政', '作风', '廉政'], questionCount: 5 });
    const quiz = (await send('GET', `/api/special-quizzes/${id}`, w.office.headers)).json().data;
    expect(quiz).toMatchObject({ tags: ['廉政', '作风'], questionCount: 5 });
    const drawnBy = async (paperId: string) =>
      (
        await s().db.execute<{ question_id: string }>(
          sql`select question_id from quiz_paper_questions where paper_id = ${paperId} order by position`,
        )
      ).rows.map((r) => r.question_id);
    const pool = await questionPool(s().db, w.town.path, { tags: ['廉政', '作风'] });
    expect(pool.map((q) => q.id).sort()).toEqual([...tagged].sort());
    const takers = [w.me, await w.memberOf(w.branch), await w.memberOf(w.town)];
    const seenIds = new Set<string>();
    for (const taker of takers) {
      const paper: Paper = (await start(id, taker.headers)).json().data;
      expect(paper.total).toBe(5);
      const ids = await drawnBy(paper.id);
      for (const q of ids) {
        expect(tagged).toContain(q);
        expect(excluded).not.toContain(q);
        seenIds.add(q);
      }
      // Deterministic: exactly the seeded draw over the tagged pool for this person's first attempt.
      const seed = `${taker.person.id}:${id}:1`;
      expect(ids).toEqual(drawQuestions(pool, new Map(), { ...quiz, questionCount: 5 }, seed));
      // Asking again returns the attempt under way, not a new draw.
      expect((await start(id, taker.headers)).json().data.id).toBe(paper.id);
    }
    expect([...seenIds].every((q) => tagged.includes(q))).toBe(true);
  });

  it('refuses to save or publish a tag-drawn quiz whose pool is smaller than its question count (422)', async () => {
    const w = await world();
    await addQuestions(s(), w.town, manyQuestions(3, { tags: ['廉政'] }));
    const [spare] = await addQuestions(s(), w.town, manyQuestions(1, { tags: ['廉政'] }));
    await addQuestions(s(), w.town, manyQuestions(2, { tags: ['廉政'], isDisabled: true }));
    const body = { ...specialQuizBody(), orgId: w.town.id, tags: ['廉政'], questionCount: 5 };
    const short = await send('POST', '/api/special-quizzes', w.office.headers, body);
    expect(seen(short)).toEqual({ status: 422, code: 'SPECIAL_QUIZ_POOL_TOO_SMALL' });
    expect(short.json().error.details).toEqual({ available: 4, required: 5, tags: ['廉政'] });
    expect(short.json().error.message).toContain('标签');
    const en = await send('POST', '/api/special-quizzes', { ...w.office.headers, 'accept-language': 'en' }, body);
    expect(en.json().error.message).toMatch(/fewer enabled questions with the chosen tags/);
    // Four questions are enough for four; the draft then cannot be edited up to five either.
    const made = await send('POST', '/api/special-quizzes', w.office.headers, { ...body, questionCount: 4 });
    expect(made.statusCode, made.body).toBe(200);
    const quizId = made.json().data.id as string;
    const { orgId: _o, ...edit } = body;
    expect(seen(await send('PUT', `/api/special-quizzes/${quizId}`, w.office.headers, edit))).toEqual({
      status: 422,
      code: 'SPECIAL_QUIZ_POOL_TOO_SMALL',
    });
    // A question disabled after saving: publishing checks the bank as it is now.
    await t.asOwner('update questions set is_disabled = true where id = $1', [spare]);
    const publish = await send('POST', `/api/special-quizzes/${quizId}/publish`, w.office.headers);
    expect(seen(publish)).toEqual({ status: 422, code: 'SPECIAL_QUIZ_POOL_TOO_SMALL' });
    expect(publish.json().error.details).toMatchObject({ available: 3, required: 4 });
    // Tags choose what to draw: they make no sense with a fixed list.
    const both = await send('POST', '/api/special-quizzes', w.office.headers, {
      ...body,
      questionIds: w.ids.slice(0, 2),
    });
    expect(seen(both)).toEqual({ status: 400, code: 'VALIDATION_FAILED' });
    expect(both.json().error.details[0]).toMatchObject({ field: 'body.tags', code: 'quiz.tags_with_fixed_list' });
    // Without tags, a small bank stays allowed (the whole bank is drawn, as before).
    expect(
      (await send('POST', '/api/special-quizzes', w.office.headers, { ...body, tags: [], questionCount: 40 }))
        .statusCode,
    ).toBe(200);
  });

  it('opens only within its window, and never as a draft', async () => {
    const w = await world();
    const later = await published(w, {
      opensAt: new Date(Date.now() + 86_400_000).toISOString(),
      closesAt: new Date(Date.now() + 2 * 86_400_000).toISOString(),
    });
    expect(seen(await start(later, w.me.headers))).toEqual({ status: 409, code: 'QUIZ_NOT_OPEN' });
    const over = await published(w);
    await t.asOwner(
      `update special_quizzes set opens_at = now() - interval '2 days', closes_at = now() - interval '1 day' where id = $1`,
      [over],
    );
    expect(seen(await start(over, w.me.headers))).toEqual({ status: 409, code: 'QUIZ_NOT_OPEN' });
    const draft = (
      await send('POST', '/api/special-quizzes', w.office.headers, { ...specialQuizBody(), orgId: w.town.id })
    ).json().data.id;
    expect(seen(await start(draft, w.me.headers))).toEqual(seen(await start(MISSING, w.me.headers)));
    // The overview lists only what is published and not over.
    const overview = (await send('GET', '/api/quizzes', w.me.headers)).json().data;
    expect(overview.specials.map((q: { id: string }) => q.id)).toEqual([later]);
  });

  it('enforces the time limit on the server: late answers refused, the paper closed and scored', async () => {
    const w = await world();
    const id = await published(w, { timeLimitMinutes: 10, passMark: 20 });
    const started = Date.now();
    const paper: Paper = (await start(id, w.me.headers)).json().data;
    const deadline = Date.parse(paper.deadlineAt as string);
    expect(deadline - started).toBeGreaterThan(9 * 60_000);
    expect(deadline - started).toBeLessThan(11 * 60_000);
    const q0 = paper.questions[0] as Paper['questions'][number];
    expect(
      (
        await send('POST', `/api/quiz-papers/${paper.id}/answers`, w.me.headers, {
          position: 0,
          answer: [rightKey(q0)],
        })
      ).statusCode,
    ).toBe(200);
    await t.asOwner(`update quiz_papers set deadline_at = now() - interval '1 second' where id = $1`, [paper.id]);
    const late = await send('POST', `/api/quiz-papers/${paper.id}/answers`, w.me.headers, {
      position: 1,
      answer: ['A'],
    });
    expect(seen(late)).toEqual({ status: 409, code: 'QUIZ_TIME_UP' });
    const read: Paper = (await send('GET', `/api/quiz-papers/${paper.id}`, w.me.headers)).json().data;
    expect(read).toMatchObject({ score: 20, passed: true });
    expect(read.completedAt).not.toBeNull();
    const [e] = (
      await s().db.execute<{ data: { passed: boolean; score: number } }>(
        sql`select data from events where type = 'quiz.paper.completed' and subject_id = ${paper.id}`,
      )
    ).rows;
    expect(e?.data).toMatchObject({ score: 20, passed: true });
  });

  it('allows the attempts set, no more, even when started concurrently; pass mark and results per org', async () => {
    const w = await world();
    const id = await published(w, { attemptsAllowed: 2, passMark: 80 });
    const key = { 'idempotency-key': `start-${id}` };
    const starts = await Promise.all(Array.from({ length: 10 }, () => start(id, w.me.headers, key)));
    for (const r of starts) expect([200, 409]).toContain(r.statusCode);
    const ok = starts.filter((r) => r.statusCode === 200);
    expect(new Set(ok.map((r) => r.json().data.id)).size).toBe(1);
    // Without a key too: concurrent starts agree on the attempt under way.
    const plain = await Promise.all(Array.from({ length: 5 }, () => start(id, w.me.headers)));
    expect(new Set(plain.map((r) => r.json().data.id))).toEqual(new Set([ok[0]?.json().data.id]));
    const first = await take(id, w.me.headers, 2); // 2 of 5: 40, failed
    expect(first).toMatchObject({ score: 40, passed: false });
    const second = await take(id, w.me.headers, 5);
    expect(second).toMatchObject({ score: 100, passed: true });
    expect(seen(await start(id, w.me.headers))).toEqual({ status: 409, code: 'QUIZ_NO_ATTEMPTS_LEFT' });
    const overview = (await send('GET', '/api/quizzes', w.me.headers)).json().data;
    expect(overview.specials[0]).toMatchObject({
      id,
      attemptsUsed: 2,
      bestScore: 100,
      passed: true,
      openPaperId: null,
    });

    const neighbour = await w.memberOf(w.town);
    await take(id, neighbour.headers, 3); // 60
    const results = (await send('GET', `/api/special-quizzes/${id}/results`, w.office.headers)).json().data;
    expect(results).toMatchObject({ quizId: id, participants: 2, passed: 1, averageScore: 80 });
    expect(results.byOrg).toHaveLength(2);
    expect(results.byOrg.find((r: { orgId: number }) => r.orgId === w.branch.id)).toMatchObject({
      participants: 1,
      passed: 1,
      averageScore: 100,
    });
  });

  it("lists each person's result within the caller's subtree, paged and filtered, never an outsider's", async () => {
    const w = await world();
    const id = await published(w, { attemptsAllowed: 2, passMark: 60, audienceCadreRanks: [] });
    const url = (q = '') => `/api/special-quizzes/${id}/results/people${q}`;
    // 401, 400, another subtree's office and a member as for every quiz route.
    expect((await send('GET', url())).statusCode).toBe(401);
    expect(seen(await send('GET', '/api/special-quizzes/nope/results/people', w.office.headers))).toEqual({
      status: 400,
      code: 'VALIDATION_FAILED',
    });
    const bad = await send('GET', url('?outcome=maybe&pageSize=0'), w.office.headers);
    expect(seen(bad)).toEqual({ status: 400, code: 'VALIDATION_FAILED' });
    expect(
      bad
        .json()
        .error.details.map((d: { field: string }) => d.field)
        .sort(),
    ).toEqual(['querystring.outcome', 'querystring.pageSize']);
    expect(seen(await send('GET', url(), w.otherOffice.headers))).toEqual(
      seen(await send('GET', url().replace(id, MISSING), w.otherOffice.headers)),
    );
    expect((await send('GET', url(), w.otherOffice.headers)).statusCode).toBe(404);
    // A member below the quiz's org does not reach it; one at its org reaches it but may not manage it.
    expect(seen(await send('GET', url(), w.me.headers))).toEqual({ status: 404, code: 'NOT_FOUND' });

    // me: 40 then 100 (passed); townie: 40 (failed); idle: in the audience, never started; and a
    // branch that later moves to another township takes its taker's papers with it.
    await take(id, w.me.headers, 2);
    await take(id, w.me.headers, 5);
    const townie = await w.memberOf(w.town);
    expect(seen(await send('GET', url(), townie.headers))).toEqual({ status: 403, code: 'FORBIDDEN' });
    await take(id, townie.headers, 2);
    const idle = await w.memberOf(w.branch);
    const leaving = await createOrg(s(), { parent: w.town, name: '将要迁出的支部' });
    const mover = await w.memberOf(leaving);
    await take(id, mover.headers, 5);
    const county = await createAccount(s(), { grants: [{ role: 'party_office', org: w.county }] });
    const moved = await send('POST', `/api/orgs/${leaving.id}/move`, county.headers, { newParentId: w.other.id });
    expect(moved.statusCode, moved.body).toBe(200);

    const all = await send('GET', url(), w.office.headers);
    expect(all.statusCode, all.body).toBe(200);
    const body = all.json();
    const ids = body.data.map((r: { personId: string }) => r.personId);
    expect(ids).not.toContain(mover.person.id);
    expect(all.body).not.toContain('将要迁出的支部');
    expect(ids).toEqual(expect.arrayContaining([w.me.person.id, townie.person.id, idle.person.id]));
    // The office sees its subtree's people only: the outsider of the other township never appears.
    expect(ids).not.toContain(w.outsider.person.id);
    expect(body.counts).toEqual({ passed: 1, failed: 1, notTaken: body.total - 2 });
    expect(body).toMatchObject({ page: 1, pageSize: 20 });
    const mine = body.data.find((r: { personId: string }) => r.personId === w.me.person.id);
    expect(mine).toMatchObject({
      name: w.me.person.name,
      orgId: w.branch.id,
      attempts: 2,
      bestScore: 100,
      passed: true,
      outcome: 'passed',
    });
    expect(Date.parse(mine.finishedAt)).toBeGreaterThan(Date.now() - 60_000);
    expect(body.data.find((r: { personId: string }) => r.personId === idle.person.id)).toMatchObject({
      attempts: 0,
      bestScore: null,
      passed: false,
      outcome: 'not_taken',
      finishedAt: null,
    });
    // Filters and pages.
    const failed = (await send('GET', url('?outcome=failed'), w.office.headers)).json();
    expect(failed.data.map((r: { personId: string }) => r.personId)).toEqual([townie.person.id]);
    expect(failed.data[0]).toMatchObject({ orgId: w.town.id, bestScore: 40, outcome: 'failed' });
    expect(failed.total).toBe(1);
    expect(failed.counts).toEqual(body.counts);
    const notTaken = (await send('GET', url('?outcome=not_taken&pageSize=1&page=2'), w.office.headers)).json();
    expect(notTaken.total).toBe(body.counts.notTaken);
    expect(notTaken.data).toHaveLength(body.counts.notTaken >= 2 ? 1 : 0);
    // The results per organisation count within the subtree too: the moved branch's 100 is gone.
    const results = (await send('GET', `/api/special-quizzes/${id}/results`, w.office.headers)).json().data;
    expect(results).toMatchObject({ participants: 2, passed: 1, averageScore: 70 });
    expect(results.byOrg.map((r: { orgId: number }) => r.orgId)).not.toContain(leaving.id);
    // The county office, over both townships, sees the mover at the branch's new place.
    const wide = (await send('GET', url('?outcome=passed'), county.headers)).json();
    expect(wide.data.map((r: { personId: string }) => r.personId).sort()).toEqual(
      [w.me.person.id, mover.person.id].sort(),
    );

    // The Excel export: the same people as the list, the moved branch's taker left out, audited.
    const exportUrl = `/api/special-quizzes/${id}/results/exports`;
    expect((await send('POST', exportUrl)).statusCode).toBe(401);
    expect(seen(await send('POST', exportUrl, w.otherOffice.headers))).toEqual(
      seen(await send('POST', exportUrl.replace(id, MISSING), w.otherOffice.headers)),
    );
    const started = await send('POST', exportUrl, w.office.headers);
    expect(started.statusCode, started.body).toBe(202);
    await runJob(s(), started.json().data.id);
    const job = (await send('GET', `/api/jobs/${started.json().data.id}`, w.office.headers)).json().data;
    expect(job).toMatchObject({ status: 'succeeded', result: { rows: body.total } });
    const file = await send('GET', `/api/files/${job.result.fileId}`, w.office.headers);
    expect(file.statusCode).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(file.rawPayload as unknown as ArrayBuffer);
    const sheet: string[][] = [];
    book.worksheets[0]?.eachRow((row) => {
      sheet.push((row.values as unknown[]).slice(1).map((v) => (v === null || v === undefined ? '' : String(v))));
    });
    expect(sheet[0]).toEqual(['姓名', '所在党组织', '答题次数', '最高分', '结果', '完成时间']);
    expect(sheet).toHaveLength(body.total + 1);
    expect(sheet.find((r) => r[0] === w.me.person.name)?.slice(2, 5)).toEqual(['2', '100', '及格']);
    expect(sheet.flat()).not.toContain(mover.person.name);
    // Another office cannot download it.
    expect((await send('GET', `/api/files/${job.result.fileId}`, w.otherOffice.headers)).statusCode).toBe(404);
    const audit = await s().db.execute<{ n: number }>(
      sql`select count(*)::int as n from audit_log where action = 'quiz.special.results_exported' and target_id = ${id}`,
    );
    expect(audit.rows[0]?.n).toBe(1);
  });

  it('reaches only its audience: its subtree, and the roles and cadre ranks it names', async () => {
    const w = await world();
    const forCadres = await published(w, { audienceCadreRanks: ['county'] });
    const cadre = await w.memberOf(w.branch, { cadreRank: 'county' });
    expect((await start(forCadres, cadre.headers)).statusCode).toBe(200);
    expect(seen(await start(forCadres, w.me.headers))).toEqual(seen(await start(MISSING, w.me.headers)));
    const forSecretaries = await published(w, { audienceRoles: ['branch_secretary'] });
    expect((await start(forSecretaries, w.me.headers)).statusCode).toBe(404);
    const everyone = await published(w);
    expect(seen(await start(everyone, w.outsider.headers))).toEqual({ status: 404, code: 'NOT_FOUND' });
    expect((await send('GET', '/api/quizzes', w.outsider.headers)).json().data.specials).toEqual([]);
    expect(
      (await send('GET', '/api/quizzes', w.me.headers)).json().data.specials.map((q: { id: string }) => q.id),
    ).toEqual([everyone]);
  });

  it('answers 401, 400, 403 and 404 as every route must', async () => {
    const w = await world();
    const id = await published(w);
    const urls = [`/api/special-quizzes/${id}`, `/api/special-quizzes/${id}/results`];
    const townMember = await w.memberOf(w.town);
    for (const url of urls) {
      expect((await send('GET', url)).statusCode).toBe(401);
      expect(seen(await send('GET', url, w.otherOffice.headers))).toEqual(
        seen(await send('GET', url.replace(id, MISSING), w.otherOffice.headers)),
      );
      expect((await send('GET', url, w.otherOffice.headers)).statusCode).toBe(404);
      // A member at the quiz's org may take the quiz but not manage it.
      expect(seen(await send('GET', url, townMember.headers))).toEqual({ status: 403, code: 'FORBIDDEN' });
      expect((await send('GET', url, w.office.headers)).statusCode).toBe(200);
    }
    expect((await send('POST', `/api/special-quizzes/${id}/close`, w.otherOffice.headers)).statusCode).toBe(404);
    expect((await send('POST', `/api/special-quizzes/${id}/attempts`)).statusCode).toBe(401);
    expect(seen(await send('GET', '/api/special-quizzes/nope', w.office.headers))).toEqual({
      status: 400,
      code: 'VALIDATION_FAILED',
    });
    const bad = await send('POST', '/api/special-quizzes', w.office.headers, {
      orgId: w.town.id,
      title: '',
      passMark: 101,
      attemptsAllowed: 0,
    });
    expect(bad.statusCode).toBe(400);
    const fields = bad.json().error.details.map((d: { field: string }) => d.field);
    expect(fields).toEqual(
      expect.arrayContaining(['body.title', 'body.passMark', 'body.attemptsAllowed', 'body.opensAt']),
    );
    const foreignOrg = await send('POST', '/api/special-quizzes', w.office.headers, {
      ...specialQuizBody(),
      orgId: w.other.id,
    });
    expect(seen(foreignOrg)).toEqual(
      seen(await send('POST', '/api/special-quizzes', w.office.headers, { ...specialQuizBody(), orgId: 999_999_999 })),
    );
    expect(
      seen(await send('POST', '/api/special-quizzes', w.me.headers, { ...specialQuizBody(), orgId: w.branch.id })),
    ).toEqual({ status: 403, code: 'FORBIDDEN' });
  });
});
