import pg from 'pg';
import { describe, expect, it, vi } from 'vitest';
import { createAccount, createOrg, createPerson } from '../../test/factories.ts';
import { useTestApp } from '../../test/harness.ts';
import { loadViewer } from './audience.ts';
import { MAX_CREDIT_SECONDS, recordReading } from './commands/record-reading.ts';
import { contentItems } from './schema.ts';

// Effective reading: credit never exceeds the wall-clock time between beats, and the read event is
// written at most once per minute of reading (and when the end is first reached).
describe('reading credit', () => {
  const t = useTestApp();

  async function world() {
    const s = t.app.services;
    const branch = await createOrg(s, { name: '阅读测试支部' });
    const office = await createAccount(s, { grants: [{ role: 'party_office', org: branch }] });
    const elder = await createPerson(s, { org: branch, name: '王奶奶' });
    const member = await createAccount(s, { person: elder, grants: [{ role: 'member', org: branch }] });
    const [item] = await s.db
      .insert(contentItems)
      .values({
        orgId: branch.id,
        orgPath: branch.path,
        channel: 'materials',
        title: '党章学习',
        bodyHtml: '<p>党章</p>',
        status: 'published',
        publishedAt: new Date(),
        audiencePaths: [branch.path],
        authorAccountId: office.id,
      })
      .returning();
    if (!item) throw new Error('no item');
    return { branch, office, elder, member, item };
  }

  type ReadRow = { data: { seconds: number; reachedEnd: boolean }; acting_for_person_id: string | null };
  const readEvents = async (personId: string): Promise<ReadRow[]> =>
    (await t.asOwner(
      "select data, acting_for_person_id, delegation_id, org_id from events where type = 'content.item.read' and person_id = $1 order by id",
      [personId],
    )) as ReadRow[];

  async function beater(w: Awaited<ReturnType<typeof world>>) {
    const actor = { accountId: w.member.id, personId: w.elder.id, grants: [], actingFor: null } as never;
    const ctx = t.ctx(actor);
    const viewer = await loadViewer(ctx.db, actor);
    const start = new Date('2026-03-01T08:00:00Z');
    return (seconds: number, beat: { isStart?: boolean; reachedEnd?: boolean } = {}) =>
      recordReading(
        ctx,
        { ...viewer, personId: w.elder.id },
        w.item,
        { isStart: beat.isStart ?? false, reachedEnd: beat.reachedEnd ?? false },
        new Date(start.getTime() + seconds * 1000),
      );
  }

  it('credits at most the time since the previous beat, capped, and nothing for a start', async () => {
    const w = await world();
    const beat = await beater(w);
    expect((await beat(0, { isStart: true })).credited).toBe(0);
    expect((await beat(15)).credited).toBe(15);
    // Beating faster than the clock earns only the clock.
    expect((await beat(16)).credited).toBe(1);
    expect((await beat(16)).credited).toBe(0);
    // After an hour away (page hidden, phone asleep) only one capped beat counts.
    expect((await beat(3616)).credited).toBe(MAX_CREDIT_SECONDS);
    // A clock stepping back credits nothing and does not move the mark back.
    expect((await beat(3000)).credited).toBe(0);
    expect((await beat(3626)).credited).toBe(10);
    // Reopening later: the start credits nothing, even days after.
    expect((await beat(900_000, { isStart: true })).credited).toBe(0);
    const last = await beat(900_015);
    expect(last).toEqual({ credited: 15, readSeconds: 15 + 1 + MAX_CREDIT_SECONDS + 10 + 15, reachedEnd: false });
  });

  it('writes a read event at most once per minute of reading, and once at the end', async () => {
    const w = await world();
    const beat = await beater(w);
    await beat(0, { isStart: true });
    for (let s = 15; s <= 45; s += 15) await beat(s);
    expect(await readEvents(w.elder.id)).toHaveLength(0); // 45 s: not yet a minute
    await beat(60);
    for (let s = 75; s <= 105; s += 15) await beat(s);
    const first = await readEvents(w.elder.id);
    expect(first.map((e) => e.data.seconds)).toEqual([60]);
    expect(first[0]).toMatchObject({ org_id: w.branch.id, acting_for_person_id: null });
    await beat(110, { reachedEnd: true });
    const atEnd = await readEvents(w.elder.id);
    expect(atEnd.map((e) => [e.data.seconds, e.data.reachedEnd])).toEqual([
      [60, false],
      [50, true],
    ]);
    await beat(115, { reachedEnd: true }); // the end is reported once
    for (let s = 130; s <= 175; s += 15) await beat(s);
    // 65 s since the last event, 65 s credited: the next minute's event.
    expect((await readEvents(w.elder.id)).map((e) => e.data.seconds)).toEqual([60, 50, 65]);
  });

  it('marks a delegated read: a relative acting for the member reads for her', async () => {
    const w = await world();
    const relative = await createAccount(t.app.services);
    const secretary = await createAccount(t.app.services, { grants: [{ role: 'branch_secretary', org: w.branch }] });
    const granted = await t.app.inject({
      method: 'POST',
      url: '/api/delegations',
      headers: secretary.headers,
      payload: {
        delegateAccountId: relative.id,
        principalPersonId: w.elder.id,
        relation: '儿媳',
        scopes: ['learning'],
      },
    });
    expect(granted.statusCode, granted.body).toBe(200);
    const acting = await t.app.inject({
      method: 'POST',
      url: '/api/auth/acting-for',
      headers: relative.headers,
      payload: { delegationId: granted.json().data.id },
    });
    expect(acting.statusCode, acting.body).toBe(200);
    const h = relative.headers;
    const url = `/api/content/feed/${w.item.id}/reading`;
    // The relative reads what the member's audience includes.
    expect((await t.app.inject({ url: `/api/content/feed/${w.item.id}`, headers: h })).statusCode).toBe(200);
    expect((await t.app.inject({ method: 'POST', url, headers: h, payload: { isStart: true } })).statusCode).toBe(200);
    // A minute of reading has passed since the start (moved back in the row, as the clock would).
    await t.asOwner(
      "update content_readings set last_beat_at = last_beat_at - interval '20 seconds', unreported_seconds = 45 where person_id = $1",
      [w.elder.id],
    );
    const res = await t.app.inject({ method: 'POST', url, headers: h, payload: { reachedEnd: true } });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().data.credited).toBeGreaterThanOrEqual(20);
    expect(res.json().data.credited).toBeLessThanOrEqual(21);
    const events = await readEvents(w.elder.id);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ acting_for_person_id: w.elder.id, delegation_id: granted.json().data.id });
  });

  it('answers 401 without a session and 400 for a bad beat', async () => {
    const w = await world();
    const url = `/api/content/feed/${w.item.id}/reading`;
    expect((await t.app.inject({ method: 'POST', url, payload: {} })).statusCode).toBe(401);
    const bad = await t.app.inject({ method: 'POST', url, headers: w.member.headers, payload: { reachedEnd: 'yes' } });
    expect(bad.json().error.code).toBe('VALIDATION_FAILED');
    const ok = await t.app.inject({ method: 'POST', url, headers: w.member.headers, payload: { isStart: true } });
    expect(ok.json().data).toEqual({ readSeconds: 0, credited: 0, reachedEnd: false });
  });

  it('credits concurrent beats once: ten at the same moment earn the clock, not ten times it', async () => {
    const w = await world();
    const beat = await beater(w);
    await beat(0, { isStart: true });
    const all = await Promise.all(Array.from({ length: 10 }, () => beat(15)));
    expect(all.map((r) => r.credited).reduce((a, b) => a + b, 0)).toBe(15);
    expect(Math.max(...all.map((r) => r.readSeconds))).toBe(15);
  });

  it('costs one statement a beat, the first one included, and no transaction', async () => {
    const w = await world();
    const beat = await beater(w);
    const spy = vi.spyOn(pg.Client.prototype, 'query');
    const sent = () =>
      spy.mock.calls
        .map((c) => (typeof c[0] === 'string' ? c[0] : ((c[0] as { text?: string }).text ?? '')))
        .filter((text) => /content_readings|^\s*begin/i.test(text));
    try {
      await beat(0, { isStart: true });
      expect(sent()).toHaveLength(1);
      spy.mockClear();
      await beat(15);
      expect(sent()).toHaveLength(1);
    } finally {
      spy.mockRestore();
    }
  });
});
