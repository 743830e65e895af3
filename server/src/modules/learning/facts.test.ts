import { randomUUID } from 'node:crypto';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { events } from '../../platform/events/table.ts';
import { createOrg, createPerson, type OrgRow } from '../../test/factories.ts';
import { useTestApp } from '../../test/harness.ts';
import {
  learningOrgDays,
  learningPersonDays,
  learningPersonStatus,
  learningPersonYears,
  learningPoints,
  learningSettings,
} from './schema.ts';
import { learningFactsSubscriber } from './subscriber.ts';
import { deliverLearning, learningEvents } from './test-events.ts';

// The learning subscriber over events written at known times: points with daily caps (earlier
// batches included), study seconds per year, person and org days, delegated learning, and
// redelivery awarding nothing twice.

describe('learning facts', () => {
  const t = useTestApp();
  const s = () => t.app.services;
  const ev = () => learningEvents(s());

  async function branchWith(n = 1, parent?: OrgRow) {
    const county = parent ?? (await createOrg(s()));
    const branch = await createOrg(s(), { parent: county });
    const people = [];
    for (let i = 0; i < n; i++) people.push(await createPerson(s(), { org: branch }));
    return { county, branch, people };
  }
  const ledger = async (personId: string) =>
    s()
      .db.select({
        action: learningPoints.action,
        points: sql<number>`sum(${learningPoints.points})::int`,
        n: sql<number>`count(*)::int`,
      })
      .from(learningPoints)
      .where(eq(learningPoints.personId, personId))
      .groupBy(learningPoints.action);
  const personDay = async (personId: string, day: string) =>
    (
      await s()
        .db.select()
        .from(learningPersonDays)
        .where(and(eq(learningPersonDays.personId, personId), eq(learningPersonDays.day, day)))
    )[0];

  it('caps each rule per day, counting earlier batches, and starts again the next day', async () => {
    const { branch, people } = await branchWith();
    const p = people[0]!;
    // 10:00 China time on 3 March 2026.
    const w = { personId: p.id, org: branch, at: '2026-03-03T02:00:00Z' };
    // Eight articles read to the end (two minutes each): the article rule stops at 6, minutes at 6.
    for (let i = 0; i < 8; i++) {
      const id = randomUUID();
      await ev().read(w, id, 60);
      await ev().read(w, id, 60, true);
      // The producer keeps reachedEnd on later events of a finished article: no second award.
      await ev().read(w, id, 30, true);
    }
    // Daily quiz: 7 right, 1 wrong (cap 6); special quiz: 12 right (cap 10).
    for (let i = 0; i < 7; i++) await ev().answer(w, 'daily', true);
    await ev().answer(w, 'daily', false);
    for (let i = 0; i < 12; i++) await ev().answer(w, 'special', true);
    // Small batches: the caps must hold across them.
    await deliverLearning(s(), 7);

    const byAction = Object.fromEntries((await ledger(p.id)).map((r) => [r.action, r.points]));
    expect(byAction).toEqual({
      'article.read': 6,
      'reading.minutes': 6,
      'quiz.daily.correct': 6,
      'quiz.special.correct': 10,
    });
    const day = await personDay(p.id, '2026-03-03');
    expect(day).toMatchObject({
      readSeconds: 8 * 150,
      articlesRead: 8,
      answers: 20,
      correct: 19,
      points: 28,
      dailyCompleted: false,
      delegatedSeconds: 0,
    });

    // The next China day (00:30 on 4 March) the caps start again.
    const next = { ...w, at: '2026-03-03T16:30:00Z' };
    for (let i = 0; i < 3; i++) await ev().answer(next, 'daily', true);
    await deliverLearning(s());
    expect((await personDay(p.id, '2026-03-04'))?.points).toBe(3);
    const [status] = await s().db.select().from(learningPersonStatus).where(eq(learningPersonStatus.personId, p.id));
    expect(status).toMatchObject({ pointsTotal: 31, lastStudiedOn: '2026-03-04', lastDailyQuizOn: null });
  });

  it('follows the org’s own rules: a disabled rule earns nothing, a changed cap applies', async () => {
    const { county, branch, people } = await branchWith();
    const p = people[0]!;
    await s()
      .db.insert(learningSettings)
      .values({
        orgId: county.id,
        orgPath: county.path,
        pointRules: [
          { action: 'quiz.daily.correct', points: 2, dailyCap: 4, isEnabled: true },
          { action: 'reading.minutes', points: 1, dailyCap: 6, isEnabled: false },
        ],
        memberHoursTarget: 40,
        leaderHoursTarget: 60,
      });
    const w = { personId: p.id, org: branch, at: '2026-03-05T02:00:00Z' };
    for (let i = 0; i < 5; i++) await ev().answer(w, 'daily', true);
    await ev().read(w, randomUUID(), 300);
    await deliverLearning(s());
    expect(await ledger(p.id)).toEqual([{ action: 'quiz.daily.correct', points: 4, n: 2 }]);
  });

  it('adds study seconds per China year by source, and minute points per whole minute of the day', async () => {
    const { branch, people } = await branchWith();
    const p = people[0]!;
    // 23:50 on 31 December 2025 China time belongs to 2025; ten minutes later it is 2026.
    await ev().read({ personId: p.id, org: branch, at: '2025-12-31T15:50:00Z' }, randomUUID(), 90);
    const w = { personId: p.id, org: branch, at: '2026-01-01T02:00:00Z' };
    // 40 s + 40 s crosses one minute; 100 s more reaches 180 s: three minutes in all.
    await ev().read(w, randomUUID(), 40);
    await ev().read(w, randomUUID(), 40);
    await ev().read(w, randomUUID(), 100);
    await ev().watch(w, randomUUID(), 600, true);
    await deliverLearning(s());
    const years = await s().db.select().from(learningPersonYears).where(eq(learningPersonYears.personId, p.id));
    expect(years.sort((a, b) => a.year - b.year).map((y) => [y.year, y.readSeconds, y.watchSeconds, y.points])).toEqual(
      [
        [2025, 90, 0, 1],
        [2026, 180, 600, 3 + 1 + 6],
      ],
    );
    // The video counts at the watcher's register org, not the video's owner (the event's org).
    const d = await personDay(p.id, '2026-01-01');
    expect(d).toMatchObject({ orgId: branch.id, watchSeconds: 600, videosWatched: 1, articlesRead: 0 });
  });

  it('counts org days at the person’s org only, each person once, and the daily quiz by person', async () => {
    const { county, branch, people } = await branchWith(2);
    const other = await branchWith(1, county);
    const [a, b] = people as [(typeof people)[0], (typeof people)[0]];
    const c = other.people[0]!;
    const at = '2026-03-10T01:00:00Z';
    for (const [person, org] of [
      [a, branch],
      [b, branch],
      [c, other.branch],
    ] as const) {
      await ev().answer({ personId: person.id, org, at }, 'daily', true);
      await ev().completeDaily({ personId: person.id, org, at }, '2026-03-10');
    }
    await deliverLearning(s());
    // A's second paper of the day (a retry) and more answers in a later batch: no second count.
    await ev().answer({ personId: a.id, org: branch, at }, 'daily', false);
    await ev().completeDaily({ personId: a.id, org: branch, at }, '2026-03-10');
    await deliverLearning(s());
    const rows = await s()
      .db.select()
      .from(learningOrgDays)
      .where(inArray(learningOrgDays.orgId, [county.id, branch.id, other.branch.id]));
    const byOrg = Object.fromEntries(rows.map((r) => [r.orgId, r]));
    expect(byOrg[county.id]).toBeUndefined();
    expect(byOrg[branch.id]).toMatchObject({
      day: '2026-03-10',
      activePeople: 2,
      dailyCompleted: 2,
      answers: 3,
      correct: 2,
      points: 2,
    });
    expect(byOrg[other.branch.id]).toMatchObject({ activePeople: 1, dailyCompleted: 1, answers: 1 });
    const [st] = await s().db.select().from(learningPersonStatus).where(eq(learningPersonStatus.personId, a.id));
    expect(st?.lastDailyQuizOn).toBe('2026-03-10');
  });

  it('marks what a relative learned for the member: counted for the member, kept apart as delegated', async () => {
    const { branch, people } = await branchWith();
    const p = people[0]!;
    const delegationId = randomUUID();
    const own = { personId: p.id, org: branch, at: '2026-03-12T01:00:00Z' };
    const acted = { ...own, delegationId };
    await ev().read(own, randomUUID(), 60);
    await ev().read(acted, randomUUID(), 120);
    await ev().answer(acted, 'daily', true);
    await ev().answer(acted, 'daily', false);
    await deliverLearning(s());
    await ev().watch(acted, randomUUID(), 60);
    await deliverLearning(s());
    expect(await personDay(p.id, '2026-03-12')).toMatchObject({
      readSeconds: 180,
      watchSeconds: 60,
      answers: 2,
      delegatedSeconds: 180,
      delegatedAnswers: 2,
    });
    const awards = await s()
      .db.select({
        action: learningPoints.action,
        points: learningPoints.points,
        isDelegated: learningPoints.isDelegated,
      })
      .from(learningPoints)
      .where(eq(learningPoints.personId, p.id))
      .orderBy(learningPoints.id);
    expect(awards).toEqual([
      { action: 'reading.minutes', points: 1, isDelegated: false },
      // Two more minutes of the day in one event: one award of two points.
      { action: 'reading.minutes', points: 2, isDelegated: true },
      { action: 'quiz.daily.correct', points: 1, isDelegated: true },
      { action: 'watching.minutes', points: 1, isDelegated: true },
    ]);
    const [org] = await s()
      .db.select()
      .from(learningOrgDays)
      .where(and(eq(learningOrgDays.orgId, branch.id), eq(learningOrgDays.day, '2026-03-12')));
    // One member learned for, counted once though the relative came back in a later batch.
    expect(org).toMatchObject({ activePeople: 1, delegatedPeople: 1, delegatedSeconds: 180, delegatedAnswers: 2 });
  });

  it('awards nothing twice when events are delivered again', async () => {
    const { branch, people } = await branchWith();
    const p = people[0]!;
    const w = { personId: p.id, org: branch, at: '2026-03-16T01:00:00Z' };
    for (let i = 0; i < 3; i++) await ev().answer(w, 'weekly', true);
    await ev().read(w, randomUUID(), 120, true);
    await deliverLearning(s());
    const before = await ledger(p.id);
    expect(before.reduce((n, r) => n + r.points, 0)).toBe(6);
    // The same events handed to the handler again (a repeated batch): the ledger's (source event,
    // action) key refuses every award, so no points are added anywhere.
    const again = await s()
      .db.select()
      .from(events)
      .where(and(eq(events.personId, p.id), inArray(events.type, ['quiz.question.answered', 'content.item.read'])));
    await s().db.transaction((tx) =>
      learningFactsSubscriber.handle({ ...s(), db: tx }, again.map((e) => ({ ...e, txId: '0' })) as never),
    );
    await deliverLearning(s());
    expect(await ledger(p.id)).toEqual(before);
    expect((await personDay(p.id, '2026-03-16'))?.points).toBe(6);
    const [st] = await s().db.select().from(learningPersonStatus).where(eq(learningPersonStatus.personId, p.id));
    expect(st?.pointsTotal).toBe(6);
    const [y] = await s().db.select().from(learningPersonYears).where(eq(learningPersonYears.personId, p.id));
    expect(y?.points).toBe(6);
  });
});
