import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createAccount, createOrg, createPerson } from '../../test/factories.ts';
import { useTestApp } from '../../test/harness.ts';
import { addQuestions, manyQuestions } from './test-fixtures.ts';

// Each quiz route: 401 without a session, 400 for bad input, 404 for another subtree's record
// (exactly as for a missing one), and success.
describe('quiz routes', () => {
  const t = useTestApp();
  const s = () => t.app.services;
  const MISSING = '00000000-0000-4000-8000-000000000000';

  async function world() {
    const county = await createOrg(s());
    const mine = await createOrg(s(), { parent: county });
    const theirs = await createOrg(s(), { parent: county });
    for (const org of [mine, theirs]) await addQuestions(s(), org, manyQuestions(6));
    const admin = await createAccount(s(), { grants: [{ role: 'org_admin', org: mine }] });
    const memberOf = async (org: typeof mine) =>
      createAccount(s(), { person: await createPerson(s(), { org }), grants: [{ role: 'member', org }] });
    const me = await memberOf(mine);
    const other = await memberOf(theirs);
    const paperOf = async (a: typeof me) =>
      (await t.app.inject({ method: 'POST', url: '/api/quiz-papers/daily', headers: a.headers })).json().data
        .id as string;
    return { county, mine, theirs, admin, me, other, myPaper: await paperOf(me), theirPaper: await paperOf(other) };
  }
  const seen = (r: { statusCode: number; json: () => { error?: { code: string } } }) => ({
    status: r.statusCode,
    code: r.json().error?.code,
  });

  it('POST /api/quiz-papers/daily', async () => {
    const w = await world();
    expect((await t.app.inject({ method: 'POST', url: '/api/quiz-papers/daily' })).statusCode).toBe(401);
    const ok = await t.app.inject({ method: 'POST', url: '/api/quiz-papers/daily', headers: w.me.headers });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().data.id).toBe(w.myPaper);
  });

  it('GET /api/quiz-papers/{id}', async () => {
    const w = await world();
    const get = (id: string, headers = w.admin.headers) => t.app.inject({ url: `/api/quiz-papers/${id}`, headers });
    expect((await t.app.inject({ url: `/api/quiz-papers/${w.myPaper}` })).statusCode).toBe(401);
    expect(seen(await get('nope'))).toEqual({ status: 400, code: 'VALIDATION_FAILED' });
    const foreign = await get(w.theirPaper);
    expect(seen(foreign)).toEqual(seen(await get(MISSING)));
    expect(foreign.statusCode).toBe(404);
    // A member reads only their own paper; the admin of their org reads it too.
    expect((await get(w.theirPaper, w.me.headers)).statusCode).toBe(404);
    expect((await get(w.myPaper, w.me.headers)).statusCode).toBe(200);
    expect((await get(w.myPaper)).statusCode).toBe(200);
  });

  it('POST /api/quiz-papers/{id}/answers', async () => {
    const w = await world();
    const post = (id: string, payload: object, headers = w.me.headers) =>
      t.app.inject({ method: 'POST', url: `/api/quiz-papers/${id}/answers`, headers, payload });
    const body = { position: 0, answer: ['A'] };
    expect(
      (await t.app.inject({ method: 'POST', url: `/api/quiz-papers/${w.myPaper}/answers`, payload: body })).statusCode,
    ).toBe(401);
    const bad = await post(w.myPaper, { position: -1, answer: [] });
    expect(seen(bad)).toEqual({ status: 400, code: 'VALIDATION_FAILED' });
    expect(
      bad
        .json()
        .error.details.map((d: { field: string }) => d.field)
        .sort(),
    ).toEqual(['body.answer', 'body.position']);
    expect(seen(await post(w.theirPaper, body))).toEqual(seen(await post(MISSING, body)));
    expect((await post(w.theirPaper, body)).statusCode).toBe(404);
    // An admin may read a member's paper but never answer it.
    expect(seen(await post(w.myPaper, body, w.admin.headers))).toEqual({ status: 403, code: 'FORBIDDEN' });
    const ok = await post(w.myPaper, body);
    expect(ok.statusCode).toBe(200);
    expect(ok.json().data.paper).toMatchObject({ id: w.myPaper, answered: 1 });
  });

  it('GET and PUT /api/orgs/{id}/quiz-rules', async () => {
    const w = await world();
    const url = (id: number | string) => `/api/orgs/${id}/quiz-rules`;
    const rules = {
      questionCount: 8,
      categoryMix: { 党章: 2, 党史: 1 },
      difficultyMix: { '1': 1, '2': 1 },
      noRepeatDays: 14,
      weeklyQuestionCount: 12,
    };
    const put = (id: number | string, payload: object = rules) =>
      t.app.inject({ method: 'PUT', url: url(id), headers: w.admin.headers, payload });
    const get = (id: number | string) => t.app.inject({ url: url(id), headers: w.admin.headers });
    expect((await t.app.inject({ url: url(w.mine.id) })).statusCode).toBe(401);
    expect((await t.app.inject({ method: 'PUT', url: url(w.mine.id), payload: rules })).statusCode).toBe(401);
    expect(seen(await get('x'))).toEqual({ status: 400, code: 'VALIDATION_FAILED' });
    const bad = await put(w.mine.id, {
      questionCount: 0,
      categoryMix: { 党章: -1 },
      difficultyMix: { '9': 1 },
      noRepeatDays: 9999,
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details.length).toBeGreaterThanOrEqual(4);
    expect(seen(await get(w.theirs.id))).toEqual(seen(await get(999_999_999)));
    expect(seen(await put(w.theirs.id))).toEqual(seen(await put(999_999_999)));
    expect((await put(w.theirs.id)).statusCode).toBe(404);
    // A member may not read or set the rules.
    expect((await t.app.inject({ url: url(w.mine.id), headers: w.me.headers })).statusCode).toBe(403);

    const before = (await get(w.mine.id)).json().data;
    expect(before).toEqual({
      orgId: w.mine.id,
      isOwn: false,
      questionCount: 5,
      categoryMix: {},
      difficultyMix: {},
      noRepeatDays: 30,
      weeklyQuestionCount: 10,
    });
    const done = await put(w.mine.id);
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json().data).toEqual({ orgId: w.mine.id, isOwn: true, ...rules });
    expect((await get(w.mine.id)).json().data).toEqual(done.json().data);
    const audit = await s().db.execute<{ n: number }>(
      sql`select count(*)::int as n from audit_log where action = 'quiz.rules.updated' and target_id = ${String(w.mine.id)}`,
    );
    expect(audit.rows[0]?.n).toBe(1);
    // The branch below inherits them.
    const below = await createOrg(s(), { parent: w.mine });
    expect((await get(below.id)).json().data).toMatchObject({ isOwn: false, questionCount: 8, noRepeatDays: 14 });
  });

  it('PUT /api/orgs/{id}/quiz-rules without weeklyQuestionCount keeps the current value', async () => {
    const w = await world();
    const put = (id: number, payload: object) =>
      t.app.inject({ method: 'PUT', url: `/api/orgs/${id}/quiz-rules`, headers: w.admin.headers, payload });
    const daily = { questionCount: 6, categoryMix: {}, difficultyMix: {}, noRepeatDays: 7 };
    expect((await put(w.mine.id, { ...daily, weeklyQuestionCount: 12 })).statusCode).toBe(200);
    // Its own rules: an omitted weekly count stays 12, not the default 10.
    const again = await put(w.mine.id, { ...daily, questionCount: 7 });
    expect(again.statusCode, again.body).toBe(200);
    expect(again.json().data).toMatchObject({ isOwn: true, questionCount: 7, weeklyQuestionCount: 12 });
    const read = await t.app.inject({ url: `/api/orgs/${w.mine.id}/quiz-rules`, headers: w.admin.headers });
    expect(read.json().data).toMatchObject({ questionCount: 7, weeklyQuestionCount: 12 });
    // A branch setting its first rules of its own inherits the weekly count from above.
    const below = await createOrg(s(), { parent: w.mine });
    const first = await put(below.id, daily);
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json().data).toMatchObject({ isOwn: true, weeklyQuestionCount: 12 });
    const stored = await s().db.execute<{ n: number }>(
      sql`select weekly_question_count as n from quiz_rules where org_id = ${below.id}`,
    );
    expect(stored.rows[0]?.n).toBe(12);
    // With no rules above, the default applies.
    expect((await put(w.theirs.id, daily)).statusCode).toBe(404);
    const lone = await createOrg(s());
    const loneAdmin = await createAccount(s(), { grants: [{ role: 'org_admin', org: lone }] });
    const dflt = await t.app.inject({
      method: 'PUT',
      url: `/api/orgs/${lone.id}/quiz-rules`,
      headers: loneAdmin.headers,
      payload: daily,
    });
    expect(dflt.json().data).toMatchObject({ isOwn: true, weeklyQuestionCount: 10 });
  });
});
