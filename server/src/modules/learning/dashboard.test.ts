import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { createAccount, createOrg, createPerson, type OrgRow, type TestAccount } from '../../test/factories.ts';
import { useTestApp } from '../../test/harness.ts';
import { rebuildOrgDays, studyDay, studyYear } from './dashboard-fixtures.ts';
import { refreshMemberStats } from './member-stats.ts';
import { isLeaderPosition, yearShare } from './targets.ts';

// A county with two townships; township A has two villages. The period 2026-09-28 (Mon) to
// 2026-10-11 (Sun) holds a weekend, the National Day holiday (10-01 to 10-07) and the make-up
// working Saturday 10-10: its working days are 09-28, 09-29, 09-30, 10-08, 10-09, 10-10.
const FROM = '2026-09-28';
const TO = '2026-10-11';
const WORKDAYS = ['2026-09-28', '2026-09-29', '2026-09-30', '2026-10-08', '2026-10-09', '2026-10-10'];

describe('learning dashboard', () => {
  const t = useTestApp();
  let county: OrgRow;
  let townA: OrgRow;
  let townB: OrgRow;
  let villageA1: OrgRow;
  let villageA2: OrgRow;
  let office: TestAccount;
  let adminA: TestAccount;
  let member: TestAccount;

  const get = (who: TestAccount, url: string) => t.app.inject({ method: 'GET', url, headers: who.headers });
  const dashboard = async (who: TestAccount, org: OrgRow, query = `from=${FROM}&to=${TO}`) => {
    const res = await get(who, `/api/orgs/${org.id}/learning/dashboard?${query}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json().data;
  };

  beforeAll(async () => {
    const s = t.app.services;
    county = await createOrg(s, { name: '统计测试县委' });
    townA = await createOrg(s, { parent: county, name: '甲镇党委' });
    townB = await createOrg(s, { parent: county, name: '乙镇党委' });
    villageA1 = await createOrg(s, { parent: townA, name: '甲一村党支部' });
    villageA2 = await createOrg(s, { parent: townA, name: '甲二村党支部' });
    office = await createAccount(s, { grants: [{ role: 'party_office', org: county }] });
    adminA = await createAccount(s, { grants: [{ role: 'org_admin', org: townA }] });

    const a1 = await Promise.all([1, 2, 3].map(() => createPerson(s, { org: villageA1 })));
    const a2 = await Promise.all([1, 2].map(() => createPerson(s, { org: villageA2 })));
    const b = await Promise.all([1, 2].map(() => createPerson(s, { org: townB })));
    const atCounty = await createPerson(s, { org: county });
    // Not an active member: no party status (群众). Never counted among the members.
    await createPerson(s, { org: villageA1, partyStatus: null });
    member = await createAccount(s, { grants: [{ role: 'member', org: villageA1 }], person: a1[0] ?? null });

    const [p1, p2, p3] = a1;
    if (!p1 || !p2 || !p3 || !a2[0] || !b[0]) throw new Error('fixture');
    // Village A1: p1 completes the quiz every working day; p2 on two working days, plus the holiday
    // 10-01 and Sunday 10-11 (neither counts toward the rate); p3 reads once, no quiz.
    for (const day of WORKDAYS) await studyDay(s, p1, day, { dailyCompleted: true, answers: 5, correct: 4, points: 6 });
    for (const day of ['2026-09-29', '2026-10-08', '2026-10-01', '2026-10-11']) {
      await studyDay(s, p2, day, { dailyCompleted: true, answers: 5, correct: 5, points: 5, watchSeconds: 300 });
    }
    await studyDay(s, p3, '2026-09-30', { readSeconds: 1200, delegatedSeconds: 1200 });
    // Village A2: one member, two working days, half of it done by a relative.
    for (const day of ['2026-09-28', '2026-10-09']) {
      await studyDay(s, a2[0], day, { dailyCompleted: true, answers: 5, correct: 3, delegatedAnswers: 5 });
    }
    // Township B and the county's own member; and days outside the period, which never count.
    await studyDay(s, b[0], '2026-10-10', { dailyCompleted: true, answers: 5, correct: 5 });
    await studyDay(s, atCounty, '2026-09-30', { dailyCompleted: true, answers: 5, correct: 5 });
    await studyDay(s, p3, '2026-09-25', { dailyCompleted: true });
    await rebuildOrgDays(s);
  });

  it('refuses without the right: 401, a member 403, another township 404 like a missing org', async () => {
    const url = (id: number) => `/api/orgs/${id}/learning/dashboard`;
    expect((await t.app.inject({ method: 'GET', url: url(townA.id) })).statusCode).toBe(401);
    expect([403, 404]).toContain((await get(member, url(villageA1.id))).statusCode);
    const foreign = await get(adminA, url(townB.id));
    const missing = await get(adminA, url(2_000_000_000));
    expect(foreign.statusCode).toBe(404);
    expect(foreign.json().error.code).toBe('NOT_FOUND');
    expect({ status: foreign.statusCode, body: foreign.json() }).toEqual({
      status: missing.statusCode,
      body: missing.json(),
    });
    // The county above is not the township's either.
    expect((await get(adminA, url(county.id))).statusCode).toBe(404);
  });

  it('refuses a reversed or over-long period and a bad rank key', async () => {
    for (const q of [
      'from=2026-10-02&to=2026-10-01',
      'from=2025-01-01&to=2026-06-30',
      'rankBy=nope',
      'from=2026-02-30',
    ]) {
      const res = await get(office, `/api/orgs/${county.id}/learning/dashboard?${q}`);
      expect(res.statusCode, q).toBe(400);
      expect(res.json().error.code).toBe('VALIDATION_FAILED');
    }
  });

  it("sums a subtree's days exactly as a direct count over the person days, for the org and each child", async () => {
    const direct = async (path: string) => {
      const res = await t.app.services.db.execute<Record<string, string>>(sql`
        select count(*) as days, coalesce(sum(read_seconds), 0) as read, coalesce(sum(watch_seconds), 0) as watch,
               coalesce(sum(answers), 0) as answers, coalesce(sum(correct), 0) as correct,
               count(*) filter (where daily_completed) as completed, coalesce(sum(points), 0) as points,
               (select count(*) from people where party_status is not null and org_path like ${`${path}%`}) as members
          from learning_person_days where org_path like ${`${path}%`} and day between ${FROM} and ${TO}`);
      const r = res.rows[0] ?? {};
      return {
        members: Number(r.members),
        activePersonDays: Number(r.days),
        dailyCompleted: Number(r.completed),
        answers: Number(r.answers),
        correct: Number(r.correct),
        readMinutes: Math.round(Number(r.read) / 60),
        watchMinutes: Math.round(Number(r.watch) / 60),
        points: Number(r.points),
      };
    };
    const d = await dashboard(office, county);
    expect(d.totals).toMatchObject(await direct(county.path));
    expect(d.totals.members).toBe(8);
    const byId = new Map(d.children.map((c: { org: { id: number } }) => [c.org.id, c]));
    expect(byId.get(townA.id)).toMatchObject(await direct(townA.path));
    expect(byId.get(townB.id)).toMatchObject(await direct(townB.path));
    // The county's own member is its own row, so the rows add up to the totals.
    const self = d.children.find((c: { isSelf: boolean }) => c.isSelf);
    expect(self).toMatchObject({ members: 1, dailyCompleted: 1, org: { id: county.id } });
    const sum = (k: string) => d.children.reduce((n: number, c: Record<string, number>) => n + (c[k] ?? 0), 0);
    for (const k of ['members', 'activePersonDays', 'dailyCompleted', 'answers', 'points']) {
      expect(sum(k), k).toBe(d.totals[k]);
    }
  });

  it('divides by members × working days: weekend and holiday days count toward neither side', async () => {
    const d = await dashboard(adminA, townA);
    expect(d.workdays).toBe(6);
    expect(d.isProvisional).toBe(false);
    // Completed on working days: p1 6, p2 2 (10-01 and 10-11 are not working days), a2 2 → 10 of 5 × 6.
    expect(d.totals.answerRate).toBeCloseTo(10 / 30, 10);
    // Active on working days: p1 6, p2 2, p3 1, a2 2 → 11 of 30. Every active day still counts as a day.
    expect(d.totals.participationRate).toBeCloseTo(11 / 30, 10);
    expect(d.totals.activePersonDays).toBe(13);
    const a1 = d.children.find((c: { org: { id: number } }) => c.org.id === villageA1.id);
    expect(a1.answerRate).toBeCloseTo(8 / 18, 10);
    // Ranked by answer rate: A1 (8/18) above A2 (2/12).
    expect(d.children.map((c: { org: { id: number }; rank: number }) => [c.org.id, c.rank])).toEqual([
      [villageA1.id, 1],
      [villageA2.id, 2],
    ]);
    // Delegated: p3's 20 minutes of 20 + 6×10 + 4×(10+5) + 2×10 minutes; a2's 10 answers of 60.
    expect(d.totals.delegated.minutes).toBe(20);
    expect(d.totals.delegated.timeShare).toBeCloseTo(1200 / (1200 + 6 * 600 + 4 * 900 + 2 * 600), 10);
    expect(d.totals.delegated.answerShare).toBeCloseTo(10 / 60, 10);
    expect(d.totals.delegated.personDays).toBe(3);
    // The daily series covers every day, holiday included, with the working days marked.
    expect(d.series).toHaveLength(14);
    expect(d.series.filter((x: { isWorkday: boolean }) => x.isWorkday).map((x: { day: string }) => x.day)).toEqual(
      WORKDAYS,
    );
    const holiday = d.series.find((x: { day: string }) => x.day === '2026-10-01');
    expect(holiday).toMatchObject({ activePeople: 1, dailyCompleted: 1, isWorkday: false });
  });

  it('a township admin drills into its own village; the county office sees every township', async () => {
    const village = await dashboard(adminA, villageA2);
    expect(village.org).toMatchObject({ id: villageA2.id, parentId: townA.id });
    expect(village.totals.members).toBe(2);
    expect(village.children).toEqual([expect.objectContaining({ isSelf: true, members: 2 })]);
    const county_ = await dashboard(office, county, `from=${FROM}&to=${TO}&rankBy=participation`);
    expect(county_.rankBy).toBe('participation');
    expect(
      county_.children.filter((c: { isSelf: boolean }) => !c.isSelf).map((c: { org: { id: number } }) => c.org.id),
    ).toEqual(expect.arrayContaining([townA.id, townB.id]));
  });

  it('marks a period in a year whose holidays are not confirmed as provisional', async () => {
    const d = await dashboard(office, county, 'from=2030-03-01&to=2030-03-31');
    expect(d.isProvisional).toBe(true);
    expect(d.totals.answerRate).toBeNull(); // a period still to come has no working days behind it
  });

  it('measures study hours against the pro-rata targets, leaders by their position', async () => {
    const s = t.app.services;
    const org = await createOrg(s, { parent: county, name: '学时测试支部' });
    const leader = await createPerson(s, { org, position: '村党支部书记' });
    const plain = await createPerson(s, { org, position: '党员' });
    // By 2026-06-30 the share is 181/365: members need 15.9 h, leaders 27.8 h. Both have 20 h.
    await studyYear(s, leader, 2026, { readSeconds: 20 * 3600 });
    await studyYear(s, plain, 2026, { otherSeconds: 20 * 3600 });
    const d = await dashboard(office, org, 'from=2026-06-01&to=2026-06-30');
    expect(d.studyHours).toMatchObject({ year: 2026, memberTargetHours: 32, leaderTargetHours: 56, onTrack: 1 });
    expect(d.studyHours.yearShare).toBeCloseTo(181 / 365, 10);
    expect(d.studyHours.onTrackRate).toBeCloseTo(0.5, 10);
    expect(d.studyHours.averageHours).toBeCloseTo(20, 10);
    expect(yearShare('2024-12-31')).toBe(1);
    expect([isLeaderPosition('村党支部副书记'), isLeaderPosition('组织委员'), isLeaderPosition('会计')]).toEqual([
      true,
      true,
      false,
    ]);
  });

  it("counts distinct participants today, this week and this month from the people's last study day", async () => {
    const s = t.app.services;
    const org = await createOrg(s, { parent: county, name: '今日测试支部' });
    const today = (await dashboard(office, org, '')).today as string;
    const [a, b] = await Promise.all([createPerson(s, { org }), createPerson(s, { org }), createPerson(s, { org })]);
    if (!a || !b) throw new Error('fixture');
    await studyDay(s, a, today);
    await studyDay(s, b, `${today.slice(0, 8)}01` === today ? today : `${today.slice(0, 8)}01`);
    await rebuildOrgDays(s);
    // The week and month come from the snapshot the first call counted: the next run sees them.
    await refreshMemberStats(s.db);
    const d = await dashboard(office, org, '');
    expect(d.from).toBe(`${today.slice(0, 8)}01`);
    expect(d.participation.today).toMatchObject({ people: today.endsWith('-01') ? 2 : 1, since: today });
    expect(d.participation.month).toMatchObject({ people: 2 });
    expect(d.participation.month.rate).toBeCloseTo(2 / 3, 10);
  });
});
