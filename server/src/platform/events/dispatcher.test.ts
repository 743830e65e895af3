import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createAccount, createOrg } from '../../test/factories.ts';
import { useTestApp } from '../../test/harness.ts';
import { backoffMs, type DeliveredEvent, deliverPending, type EventSubscriber } from './dispatcher.ts';
import { recordEvent } from './record.ts';

describe('event outbox dispatcher', () => {
  const t = useTestApp();
  const dissolved = (name: string) => ({ type: 'org.org.dissolved', data: { name } }) as const;

  /** A subscriber that collects the events of one org, to keep tests in one database apart. */
  function collector(id: string, orgId: number, fail?: () => boolean) {
    const seen: DeliveredEvent[] = [];
    const sub: EventSubscriber = {
      id,
      types: '*',
      async handle(_s, events) {
        if (fail?.()) throw new Error('subscriber is broken');
        seen.push(...events.filter((e) => e.orgId === orgId));
      },
    };
    return { sub, seen };
  }

  async function state(id: string) {
    const r = await t.app.services.db.execute<{
      status: string;
      attempts: number;
      last_error: string | null;
      delay_ms: number;
      delivered: string;
    }>(sql`select status, attempts, last_error, delivered,
                  extract(epoch from (next_attempt_at - updated_at)) * 1000 as delay_ms
             from event_subscriptions where subscriber_id = ${id}`);
    return r.rows[0];
  }

  it('delivers after commit, in order, including an event whose transaction committed late', async () => {
    const s = t.app.services;
    const org = await createOrg(s);
    const at = { orgId: org.id, orgPath: org.path };
    const { sub, seen } = collector('test.order', org.id);
    let release!: () => void;
    const gate = new Promise<void>((r) => {
      release = r;
    });
    let recorded!: () => void;
    const isRecorded = new Promise<void>((r) => {
      recorded = r;
    });
    // A takes the smaller id, then waits open while B records and commits.
    const slow = s.db.transaction(async (tx) => {
      await recordEvent({ ...t.ctx(), db: tx }, { ...at, ...dissolved('A') });
      recorded();
      await gate;
    });
    await isRecorded;
    await recordEvent(t.ctx(), { ...at, ...dissolved('B') });
    // While A is open neither is delivered: B lies above the horizon A holds.
    await deliverPending(s, [sub], { settleMs: 0 });
    expect(seen).toHaveLength(0);
    release();
    await slow;
    await deliverPending(s, [sub]);
    expect(seen.map((e) => e.data.name)).toEqual(['A', 'B']);
    // Delivered once: a second pass finds nothing new.
    await deliverPending(s, [sub]);
    expect(seen).toHaveLength(2);
  });

  it('never delivers an event of a rolled-back transaction', async () => {
    const s = t.app.services;
    const org = await createOrg(s);
    const at = { orgId: org.id, orgPath: org.path };
    const { sub, seen } = collector('test.rollback', org.id);
    await s.db
      .transaction(async (tx) => {
        await recordEvent({ ...t.ctx(), db: tx }, { ...at, ...dissolved('gone') });
        throw new Error('change failed');
      })
      .catch(() => {});
    await recordEvent(t.ctx(), { ...at, ...dissolved('kept') });
    await deliverPending(s, [sub]);
    expect(seen.map((e) => e.data.name)).toEqual(['kept']);
  });

  it('delivers only the types a subscriber asks for', async () => {
    const s = t.app.services;
    const org = await createOrg(s);
    const seen: string[] = [];
    const sub: EventSubscriber = {
      id: 'test.types',
      types: ['org.org.imported'],
      async handle(_s, events) {
        seen.push(...events.filter((e) => e.orgId === org.id).map((e) => e.type));
      },
    };
    await recordEvent(t.ctx(), { orgId: org.id, orgPath: org.path, ...dissolved('x') });
    await recordEvent(t.ctx(), { orgId: org.id, orgPath: org.path, type: 'org.org.imported', data: { count: 3 } });
    await deliverPending(s, [sub]);
    expect(seen).toEqual(['org.org.imported']);
  });

  it('retries a failing subscriber with back-off, shows it failed, and resumes once it works', async () => {
    const s = t.app.services;
    const org = await createOrg(s);
    let isBroken = true;
    const { sub, seen } = collector('test.failing', org.id, () => isBroken);
    const o = { baseDelayMs: 60_000, maxDelayMs: 600_000, maxAttempts: 3 };
    await recordEvent(t.ctx(), { orgId: org.id, orgPath: org.path, ...dissolved('x') });

    expect(await deliverPending(s, [sub], o)).toBe(0);
    expect(await state(sub.id)).toMatchObject({
      status: 'retrying',
      attempts: 1,
      last_error: 'Error: subscriber is broken',
    });
    expect(Number((await state(sub.id))?.delay_ms)).toBeCloseTo(60_000, -2);
    // Not due yet: a second pass does not try again.
    await deliverPending(s, [sub], o);
    expect((await state(sub.id))?.attempts).toBe(1);

    const makeDue = () =>
      s.db.execute(sql`update event_subscriptions set next_attempt_at = now() where subscriber_id = ${sub.id}`);
    await makeDue();
    await deliverPending(s, [sub], o);
    expect(Number((await state(sub.id))?.delay_ms)).toBeCloseTo(120_000, -2); // doubled
    await makeDue();
    await deliverPending(s, [sub], o);
    expect(await state(sub.id)).toMatchObject({ status: 'failed', attempts: 3 });
    expect(seen).toHaveLength(0);
    expect(backoffMs(20, { ...o, batchSize: 1 })).toBe(600_000);

    // The admin route shows it: 401, 400, 403, then the row.
    const admin = await createAccount(s, { grants: [{ role: 'system_admin', org }] });
    const orgAdmin = await createAccount(s, { grants: [{ role: 'org_admin', org }] });
    const url = '/api/events/subscriptions';
    expect((await t.app.inject(url)).statusCode).toBe(401);
    expect((await t.app.inject({ url: `${url}?status=bogus`, headers: admin.headers })).statusCode).toBe(400);
    expect((await t.app.inject({ url, headers: orgAdmin.headers })).statusCode).toBe(403);
    const listed = await t.app.inject({ url: `${url}?status=failed`, headers: admin.headers });
    expect(listed.statusCode).toBe(200);
    expect(listed.json().data).toEqual([
      expect.objectContaining({
        subscriberId: 'test.failing',
        // A subscriber no installed module declares: shown by its id, marked as such.
        label: 'test.failing',
        isInstalled: false,
        status: 'failed',
        attempts: 3,
        lastError: 'Error: subscriber is broken',
      }),
    ]);

    isBroken = false;
    await makeDue();
    await deliverPending(s, [sub], o);
    expect(seen).toHaveLength(1);
    expect(await state(sub.id)).toMatchObject({ status: 'ok', attempts: 0, last_error: null });
  });
});
