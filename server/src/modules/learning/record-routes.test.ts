import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { delegations } from '../../core/auth/schema.ts';
import { isWorkday } from '../../core/calendar/index.ts';
import { createAccount, createOrg, createPerson } from '../../test/factories.ts';
import { useTestApp } from '../../test/harness.ts';
import { chinaDay } from './facts.ts';
import { deliverLearning, learningEvents } from './test-events.ts';

// A member's own record over the API, the ranking switch, and the org's learning settings.

describe('learning record and settings routes', () => {
  const t = useTestApp();
  const s = () => t.app.services;
  const get = (url: string, headers: Record<string, string>) => t.app.inject({ url, headers });
  const put = (url: string, headers: Record<string, string>, payload: object) =>
    t.app.inject({ method: 'PUT', url, headers, payload });

  async function world() {
    const county = await createOrg(s(), { name: '测试县委' });
    const town = await createOrg(s(), { parent: county, name: '测试镇党委', type: 'committee' });
    const branch = await createOrg(s(), { parent: town, name: '测试村党支部' });
    const other = await createOrg(s(), { parent: town, name: '另一村党支部' });
    const office = await createAccount(s(), { grants: [{ role: 'party_office', org: town }] });
    const secretary = await createPerson(s(), { org: branch, name: '李书记', position: '村党支部书记' });
    const member = await createPerson(s(), { org: branch, name: '王大爷' });
    const neighbour = await createPerson(s(), { org: other });
    const account = await createAccount(s(), { person: member, grants: [{ role: 'member', org: branch }] });
    const secretaryAccount = await createAccount(s(), { person: secretary, grants: [{ role: 'member', org: branch }] });
    return { county, town, branch, other, office, secretary, member, neighbour, account, secretaryAccount };
  }

  it('shows the member their points, study hours against the target and answer rate', async () => {
    const w = await world();
    const now = new Date().toISOString();
    const ev = learningEvents(s());
    const me = { personId: w.member.id, org: w.branch, at: now };
    await ev.read(me, randomUUID(), 1800, true);
    await ev.watch(me, randomUUID(), 1800, true);
    for (let i = 0; i < 8; i++) await ev.answer(me, 'daily', true);
    await ev.completeDaily(me, chinaDay(new Date()));
    await ev.answer({ personId: w.neighbour.id, org: w.other, at: now }, 'daily', true);
    await deliverLearning(s());

    const res = await get('/api/learning/me', w.account.headers);
    expect(res.statusCode, res.body).toBe(200);
    const d = res.json().data;
    // 1 article + 6 reading minutes (cap) + 1 video + 6 watching minutes (cap) + 6 right answers (cap).
    expect(d.points).toEqual({ total: 20, today: 20, thisYear: 20 });
    expect(d.studyHours).toMatchObject({ hours: 1, targetHours: 32, isLeaderTarget: false });
    expect(d.studyHours.bySource).toEqual({ reading: 0.5, watching: 0.5, other: 0 });
    const quiz = d.todayByRule.find((r: { action: string }) => r.action === 'quiz.daily.correct');
    expect(quiz).toMatchObject({ label: '每日答题', earned: 6, dailyCap: 6, isCapReached: true });
    expect(d.todayByRule.find((r: { action: string }) => r.action === 'quiz.weekly.correct')).toMatchObject({
      earned: 0,
      isCapReached: false,
    });
    expect(d.lastStudiedOn).toBe(chinaDay(new Date()));
    // The rate counts working days only: a quiz done on a rest day is not one of them.
    const todayIsWorkday = await isWorkday(s().db, chinaDay(new Date()));
    expect(d.answerRate.month.completedDays).toBe(todayIsWorkday ? 1 : 0);
    expect(d.answerRate.year.workingDays).toBeGreaterThan(200);

    // The ledger, newest first, with labels in the caller's language.
    const ledger = await get('/api/learning/me/points?pageSize=2', { ...w.account.headers, 'accept-language': 'en' });
    expect(ledger.statusCode, ledger.body).toBe(200);
    // One row per award: the article, 6 reading minutes in one, the video, 6 watching minutes, 6 answers.
    expect(ledger.json()).toMatchObject({ page: 1, pageSize: 2, total: 10 });
    expect(ledger.json().data[0]).toMatchObject({ label: 'Daily quiz', points: 1, isDelegated: false });

    // A branch secretary has the 56-hour target.
    const sec = await get('/api/learning/me', w.secretaryAccount.headers);
    expect(sec.json().data.studyHours).toMatchObject({ hours: 0, targetHours: 56, isLeaderTarget: true });

    // The ranking: first in the branch (of two) and in the township (of three).
    const rank = await get('/api/learning/me/ranking', w.account.headers);
    expect(rank.statusCode, rank.body).toBe(200);
    expect(rank.json().data).toMatchObject({
      points: 20,
      places: [
        { scope: 'branch', orgName: '测试村党支部', rank: 1, of: 2 },
        { scope: 'township', orgName: '测试镇党委', rank: 1, of: 3 },
      ],
    });
  });

  it('refuses an account with no member record, and shows a delegate the member’s record', async () => {
    const w = await world();
    const res = await get('/api/learning/me', w.office.headers);
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('LEARNING_NOT_A_MEMBER');

    const relative = await createAccount(s());
    const [d] = await s()
      .db.insert(delegations)
      .values({
        delegateAccountId: relative.id,
        principalPersonId: w.member.id,
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
    await learningEvents(s()).answer(
      { personId: w.member.id, org: w.branch, at: new Date().toISOString(), delegationId: d?.id },
      'daily',
      true,
    );
    await deliverLearning(s());
    const mine = await get('/api/learning/me', relative.headers);
    expect(mine.statusCode, mine.body).toBe(200);
    expect(mine.json().data).toMatchObject({ personId: w.member.id, personName: '王大爷', points: { total: 1 } });
    const ledger = await get('/api/learning/me/points', relative.headers);
    expect(ledger.json().data).toEqual([expect.objectContaining({ action: 'quiz.daily.correct', isDelegated: true })]);
  });

  it('lets the party office set the subtree’s rules, rankings and targets, audited and inherited', async () => {
    const w = await world();
    const defaults = await get(`/api/orgs/${w.branch.id}/learning-settings`, w.office.headers);
    expect(defaults.statusCode, defaults.body).toBe(200);
    expect(defaults.json().data).toMatchObject({
      isOwn: false,
      fromOrg: null,
      rankingsEnabled: true,
      memberHoursTarget: 32,
      leaderHoursTarget: 56,
    });
    expect(defaults.json().data.pointRules).toHaveLength(8);

    const body = {
      pointRules: [{ action: 'quiz.daily.correct', points: 2, dailyCap: 10, isEnabled: true }],
      rankingsEnabled: false,
      memberHoursTarget: 40,
      leaderHoursTarget: 60.5,
    };
    const saved = await put(`/api/orgs/${w.town.id}/learning-settings`, w.office.headers, body);
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json().data).toMatchObject({ isOwn: true, fromOrg: { id: w.town.id, name: '测试镇党委' } });
    const audit = await s().db.execute<{ n: number }>(
      sql`select count(*)::int as n from audit_log where action = 'learning.settings.updated' and target_id = ${String(w.town.id)}`,
    );
    expect(audit.rows[0]?.n).toBe(1);

    // The branch below inherits them; a member there sees the new target and no ranking.
    const inherited = (await get(`/api/orgs/${w.branch.id}/learning-settings`, w.office.headers)).json().data;
    expect(inherited).toMatchObject({ isOwn: false, fromOrg: { id: w.town.id }, rankingsEnabled: false });
    expect(inherited.pointRules.find((r: { action: string }) => r.action === 'quiz.daily.correct')).toMatchObject({
      points: 2,
      dailyCap: 10,
    });
    // Rules not sent keep their defaults.
    expect(inherited.pointRules.find((r: { action: string }) => r.action === 'article.read')).toMatchObject({
      points: 1,
      dailyCap: 6,
    });
    const me = (await get('/api/learning/me', w.account.headers)).json().data;
    expect(me).toMatchObject({ rankingsEnabled: false, studyHours: { targetHours: 40 } });
    const rank = await get('/api/learning/me/ranking', w.account.headers);
    expect(rank.statusCode).toBe(409);
    expect(rank.json().error.code).toBe('LEARNING_RANKINGS_OFF');
  });

  it('names every wrong field, and hides another subtree and members from the settings', async () => {
    const w = await world();
    const bad = await put(`/api/orgs/${w.town.id}/learning-settings`, w.office.headers, {
      pointRules: [
        { action: 'quiz.daily.correct', points: 1, dailyCap: 6, isEnabled: true },
        { action: 'quiz.daily.correct', points: 101, dailyCap: 0, isEnabled: true },
      ],
      rankingsEnabled: true,
      memberHoursTarget: -1,
      leaderHoursTarget: 32.3,
    });
    expect(bad.statusCode).toBe(400);
    const fields = bad.json().error.details.map((d: { field: string }) => d.field);
    expect(fields).toEqual(
      expect.arrayContaining([
        'body.pointRules.1.action',
        'body.pointRules.1.points',
        'body.pointRules.1.dailyCap',
        'body.memberHoursTarget',
        'body.leaderHoursTarget',
      ]),
    );
    // The county is above the office's subtree: answered like a missing org.
    const above = await get(`/api/orgs/${w.county.id}/learning-settings`, w.office.headers);
    const missing = await get('/api/orgs/2147483000/learning-settings', w.office.headers);
    expect([above.statusCode, above.json().error.code]).toEqual([404, 'NOT_FOUND']);
    expect(missing.json()).toEqual(above.json());
    const byMember = await get(`/api/orgs/${w.branch.id}/learning-settings`, w.account.headers);
    expect(byMember.statusCode).toBe(403);
  });
});
