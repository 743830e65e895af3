import { and, eq } from 'drizzle-orm';
import pg from 'pg';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { Actor } from '../../core/context.ts';
import { events } from '../../platform/events/table.ts';
import { createAccount, createOrg, createPerson, type OrgRow, type TestAccount } from '../../test/factories.ts';
import { useTestApp } from '../../test/harness.ts';
import { recordWatch } from './commands/record-watch.ts';
import { videoWatches } from './schema.ts';
import { addReport, merge, uncovered } from './segments.ts';
import { insertReadyVideo } from './test-support.ts';

describe('watched segments', () => {
  it('merge overlapping reports once and never count skipped parts', () => {
    expect(merge([[0, 10]], [[5, 20]])).toEqual([[0, 20]]);
    expect(
      uncovered(
        [
          [0, 10],
          [20, 30],
        ],
        5,
        25,
      ),
    ).toEqual([[10, 20]]);
    // Watched 0–30, skipped to 60, watched 60–75, then re-watched 10–40: 30 + 15 + 10 seconds.
    let segs = addReport([], { from: 0, to: 30 }, 100, 1000).segments;
    segs = addReport(segs, { from: 60, to: 75 }, 100, 1000).segments;
    const again = addReport(segs, { from: 10, to: 40 }, 100, 1000);
    expect(again.newSeconds).toBe(10);
    expect(again.segments).toEqual([
      [0, 40],
      [60, 75],
    ]);
  });

  it('clip to the video and cap new seconds at what the clock allows', () => {
    expect(addReport([], { from: 90, to: 500 }, 100, 1000)).toEqual({ segments: [[90, 100]], newSeconds: 10 });
    const capped = addReport([[0, 10]], { from: 5, to: 60 }, 100, 15);
    expect(capped).toEqual({ segments: [[0, 25]], newSeconds: 15 });
  });
});

describe('video: watching', () => {
  const t = useTestApp();
  let town: OrgRow;
  let branch: OrgRow;
  let member: TestAccount;
  let personId: string;
  beforeAll(async () => {
    const s = t.app.services;
    town = await createOrg(s, { type: 'committee' });
    branch = await createOrg(s, { parent: town });
    const person = await createPerson(s, { org: branch, name: '王爷爷' });
    personId = person.id;
    member = await createAccount(s, { person, grants: [{ role: 'member', org: branch }] });
  });
  const report = (id: string, headers: Record<string, string>, payload: object) =>
    t.app.inject({ method: 'POST', url: `/api/videos/${id}/watch`, headers, payload });
  const watchEvents = (videoId: string) =>
    t.app.services.db
      .select()
      .from(events)
      .where(and(eq(events.type, 'video.asset.watched'), eq(events.subjectId, videoId)));
  const ctxFor = (actor: Actor) => ({ ...t.app.services, actor, requestId: '', ip: null, lang: 'zh' as const });
  const memberActor = (): Actor => ({
    accountId: '00000000-0000-4000-8000-000000000001',
    personId,
    displayName: '王爷爷',
    sessionId: 's',
    grants: [],
    actingFor: null,
    isDemo: false,
  });

  it('401 without a session, 400 for a backwards segment, 404 for another subtree', async () => {
    const video = await insertReadyVideo(t.app, town);
    expect((await report(video.id, {}, { from: 0, to: 5 })).statusCode).toBe(401);
    const backwards = await report(video.id, member.headers, { from: 10, to: 5 });
    expect(backwards.statusCode).toBe(400);
    const elsewhere = await insertReadyVideo(t.app, await createOrg(t.app.services));
    const foreign = await report(elsewhere.id, member.headers, { from: 0, to: 5 });
    expect(foreign.statusCode).toBe(404);
    expect(foreign.json().error.code).toBe('NOT_FOUND');
  });

  it('credits a first report, keeps the resume position and records one event', async () => {
    const video = await insertReadyVideo(t.app, town);
    const res = await report(video.id, member.headers, { from: 0, to: 15, positionSeconds: 15 });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().data).toMatchObject({ watchedSeconds: 15, positionSeconds: 15, creditedSeconds: 15 });
    const detail = await t.app.inject({ url: `/api/videos/${video.id}`, headers: member.headers });
    expect(detail.json().data.watch).toEqual({ watchedSeconds: 15, positionSeconds: 15, completed: false });
    const rows = await watchEvents(video.id);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ personId, actingForPersonId: null, orgId: town.id });
    expect(rows[0]?.data).toMatchObject({ seconds: 15, completed: false, videoId: video.id, contentId: null });
  });

  it('caps by the wall clock, sends at most one event a minute and one when completed', async () => {
    const video = await insertReadyVideo(t.app, town, 100);
    const ctx = ctxFor(memberActor());
    const t0 = new Date('2026-12-01T08:00:00Z');
    const at = (s: number) => new Date(t0.getTime() + s * 1000);
    await recordWatch(ctx, video, { from: 0, to: 15 }, t0); // event: 15 s
    // Claims 60 s of media 10 s later: only ~11 s (10 s and the jitter slack) count.
    const capped = await recordWatch(ctx, video, { from: 15, to: 75 }, at(10));
    expect(capped.creditedSeconds).toBeCloseTo(11, 5);
    await recordWatch(ctx, video, { from: 26, to: 41 }, at(25)); // within the minute: no event
    expect((await watchEvents(video.id)).map((e) => e.data.seconds)).toEqual([15]);
    await recordWatch(ctx, video, { from: 41, to: 56 }, at(61)); // a minute later: the rest
    expect((await watchEvents(video.id)).map((e) => e.data.seconds)).toEqual([15, 41]);
    // Skips to the end and plays it: 90% reached only by really playing 56–90.
    for (let s = 56, clock = 76; s < 92; s += 12, clock += 15) {
      await recordWatch(ctx, video, { from: s, to: s + 12 }, at(clock));
    }
    const all = await watchEvents(video.id);
    expect(all.at(-1)?.data).toMatchObject({ completed: true });
    expect(all.filter((e) => e.data.completed)).toHaveLength(1);
    const [w] = await t.app.services.db.select().from(videoWatches).where(eq(videoWatches.videoId, video.id));
    expect(w?.completed).toBe(true);
    expect(all.reduce((n, e) => n + Number(e.data.seconds), 0)).toBe(Math.floor(w?.watchedSeconds ?? 0));
  });

  it('concurrent reports of one stretch count it once, with one event, whichever write wins', async () => {
    const video = await insertReadyVideo(t.app, town, 100);
    const ctx = ctxFor(memberActor());
    const t0 = new Date('2026-12-01T09:00:00Z');
    await recordWatch(ctx, video, { from: 0, to: 15 }, t0);
    const later = new Date(t0.getTime() + 15_000);
    // Eight players (a phone retrying, a second tab) report the same next stretch at once.
    const all = await Promise.all(
      Array.from({ length: 8 }, () => recordWatch(ctx, video, { from: 15, to: 30 }, later)),
    );
    expect(all.reduce((n, r) => n + r.creditedSeconds, 0)).toBeCloseTo(15, 5);
    const [w] = await t.app.services.db.select().from(videoWatches).where(eq(videoWatches.videoId, video.id));
    expect(w?.watchedSeconds).toBe(30);
    expect(w?.segments).toEqual([[0, 30]]);
    // The first report's event only: the second stretch came within the minute.
    expect((await watchEvents(video.id)).map((e) => e.data.seconds)).toEqual([15]);
  });

  it('costs two statements a report (read, then the update with its event), and no transaction', async () => {
    const video = await insertReadyVideo(t.app, town, 100);
    const ctx = ctxFor(memberActor());
    await recordWatch(ctx, video, { from: 0, to: 15 }, new Date('2026-12-01T10:00:00Z'));
    const spy = vi.spyOn(pg.Client.prototype, 'query');
    try {
      await recordWatch(ctx, video, { from: 15, to: 30 }, new Date('2026-12-01T10:01:15Z'));
      const sent = spy.mock.calls
        .map((c) => (typeof c[0] === 'string' ? c[0] : ((c[0] as { text?: string }).text ?? '')))
        .filter((text) => /video_watches|^\s*begin/i.test(text));
      expect(sent).toHaveLength(2);
      expect(sent[1]).toMatch(/^with saved as \(update video_watches/);
      expect((await watchEvents(video.id)).map((e) => e.data.seconds)).toEqual([15, 15]);
    } finally {
      spy.mockRestore();
    }
  });

  it('a relative acting for an elderly member watches for the member; the event names the delegation', async () => {
    const s = t.app.services;
    const video = await insertReadyVideo(t.app, town);
    const elder = await createPerson(s, { org: branch, name: '李奶奶' });
    const relative = await createAccount(s);
    const secretary = await createAccount(s, { grants: [{ role: 'branch_secretary', org: branch }] });
    const delegation = await t.app.inject({
      method: 'POST',
      url: '/api/delegations',
      headers: secretary.headers,
      payload: { delegateAccountId: relative.id, principalPersonId: elder.id, relation: '儿媳', scopes: ['learning'] },
    });
    expect(delegation.statusCode, delegation.body).toBe(200);
    const delegationId = delegation.json().data.id;
    // The relative belongs to no organisation: on their own, the learning module is not theirs.
    const alone = await report(video.id, relative.headers, { from: 0, to: 10 });
    expect(alone.json().error.code).toBe('MODULE_DISABLED');
    const acting = await t.app.inject({
      method: 'POST',
      url: '/api/auth/acting-for',
      headers: relative.headers,
      payload: { delegationId },
    });
    expect(acting.statusCode).toBe(200);
    const res = await report(video.id, relative.headers, { from: 0, to: 10 });
    expect(res.statusCode, res.body).toBe(200);
    const [row] = await watchEvents(video.id);
    expect(row).toMatchObject({
      personId: elder.id,
      actingForPersonId: elder.id,
      delegationId,
      actorAccountId: relative.id,
    });
    const [w] = await s.db.select().from(videoWatches).where(eq(videoWatches.videoId, video.id));
    expect(w?.personId).toBe(elder.id);
  });
});
