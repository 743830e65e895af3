// The transactional outbox's delivery side. Commands write their events in the same transaction as
// the change (record.ts); subscribers run after commit, here, at least once, in order per subscriber.
//
// Why the cursor is (tx_id, id) below the xmin horizon: event ids come from an identity sequence and
// commit out of order (a transaction may take id 10, commit after id 11's, or roll back), so "all ids
// after my cursor" would skip 10 if it were read while 10 was still in flight. Every event also
// carries its writing transaction's id (tx_id, default pg_current_xact_id()). A read takes
// pg_snapshot_xmin(pg_current_snapshot()): every transaction with a smaller id has ended, so events
// with tx_id below it are final — committed and visible, or rolled back and never visible — and any
// event still to commit has tx_id at or above it. Reading only below that horizon in (tx_id, id) order
// therefore never skips a late committer and never sees a rolled-back row. The price: delivery waits
// for the oldest writing transaction in the cluster (a long import delays subscribers, not users).
//
// Each subscriber's batch runs in one transaction with its cursor row locked (FOR UPDATE SKIP LOCKED,
// so several workers share subscribers without running one twice at a time); its handler writes in a
// savepoint of that transaction. Success advances the cursor with the handler's writes, atomically; a
// failure rolls the handler back and records attempts, the error and the next attempt (exponential
// back-off). Handlers must still be idempotent: a crash between commit and acknowledgement, or a
// subscriber's side effects outside the database, can repeat a batch.
import type { EventPayload, EventType } from '@hongyun/contracts';
import { eq, sql } from 'drizzle-orm';
import type { Services } from '../context.ts';
import type { DbOrTx } from '../db/client.ts';
import { eventSubscriptions } from './schema.ts';
import { onEventsRecorded } from './wake.ts';

/** What a handler gets: the services, with `db` the delivery transaction (writes commit with the cursor). */
export type SubscriberServices = Omit<Services, 'db'> & { db: DbOrTx };

export type DeliveredEvent = {
  id: number;
  txId: string;
  occurredAt: Date;
  type: string;
  actorAccountId: string | null;
  personId: string | null;
  actingForPersonId: string | null;
  delegationId: string | null;
  orgId: number | null;
  orgPath: string | null;
  subjectType: string | null;
  subjectId: string | null;
  data: Record<string, unknown>;
};

/** Narrows an event to its catalogue type, so a handler reads a typed payload. */
export function isEventOf<T extends EventType>(
  e: DeliveredEvent,
  type: T,
): e is DeliveredEvent & { type: T; data: EventPayload<T> } {
  return e.type === type;
}

export type EventSubscriber = {
  /** Stable id: the cursor is stored under it ('<module>.<purpose>', e.g. 'core.rollups'). */
  id: string;
  /** What it does, for the delivery screen ("按日汇总行为数据"); the id is shown without one. */
  label?: { zh: string; en: string };
  types: readonly EventType[] | '*';
  handle(services: SubscriberServices, events: DeliveredEvent[]): Promise<void>;
};

export type DeliveryOptions = {
  batchSize?: number;
  /** First retry after this; each further failure doubles it, up to maxDelayMs. */
  baseDelayMs?: number;
  maxDelayMs?: number;
  /** After this many consecutive failures the subscriber shows as 'failed' (and is still retried). */
  maxAttempts?: number;
};
const defaults: Required<DeliveryOptions> = { batchSize: 500, baseDelayMs: 1000, maxDelayMs: 300_000, maxAttempts: 10 };

export function backoffMs(attempts: number, o: Required<DeliveryOptions>): number {
  return Math.min(o.maxDelayMs, o.baseDelayMs * 2 ** Math.max(0, attempts - 1));
}

type EventRow = Omit<DeliveredEvent, 'occurredAt' | 'id'> & { id: string | number; occurredAt: Date | string };

/** One batch for one subscriber. Returns how many events it delivered (0 when not due, locked or failed). */
async function deliverBatch(services: Services, sub: EventSubscriber, o: Required<DeliveryOptions>) {
  return services.db.transaction(async (tx) => {
    await tx.insert(eventSubscriptions).values({ subscriberId: sub.id }).onConflictDoNothing();
    const claimed = await tx.execute<{ cursor_tx_id: string; cursor_event_id: string; attempts: number; due: boolean }>(
      sql`select cursor_tx_id::text, cursor_event_id, attempts,
                 (next_attempt_at is null or next_attempt_at <= now()) as due
            from event_subscriptions where subscriber_id = ${sub.id} for update skip locked`,
    );
    const state = claimed.rows[0];
    if (!state?.due) return { delivered: 0, isDone: true };
    const horizon = await tx.execute<{ xmin: string }>(
      sql`select pg_snapshot_xmin(pg_current_snapshot())::text as xmin`,
    );
    const xmin = horizon.rows[0]?.xmin ?? '0';
    const typeFilter =
      sub.types === '*'
        ? sql``
        : sql`and type in (${sql.join(
            sub.types.map((t) => sql`${t}`),
            sql`, `,
          )})`;
    const read = await tx.execute<EventRow>(sql`
      select id, tx_id::text as "txId", occurred_at as "occurredAt", type, actor_account_id as "actorAccountId",
             person_id as "personId", acting_for_person_id as "actingForPersonId", delegation_id as "delegationId",
             org_id as "orgId", org_path as "orgPath", subject_type as "subjectType", subject_id as "subjectId", data
        from events
       where (tx_id, id) > (${state.cursor_tx_id}::xid8, ${state.cursor_event_id}::bigint)
         and tx_id < ${xmin}::xid8 ${typeFilter}
       order by tx_id, id
       limit ${o.batchSize}`);
    const batch: DeliveredEvent[] = read.rows.map((r) => ({
      ...r,
      id: Number(r.id),
      occurredAt: new Date(r.occurredAt),
    }));
    const isFull = batch.length === o.batchSize;
    const last = batch[batch.length - 1];
    if (batch.length > 0) {
      try {
        await tx.transaction((sp) => sub.handle({ ...services, db: sp }, batch));
      } catch (e) {
        const attempts = state.attempts + 1;
        const message = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
        services.log.warn({ subscriber: sub.id, attempts, err: message }, 'event subscriber failed');
        await tx
          .update(eventSubscriptions)
          .set({
            attempts,
            status: attempts >= o.maxAttempts ? 'failed' : 'retrying',
            lastError: message.slice(0, 2000),
            failingSince: sql`coalesce(${eventSubscriptions.failingSince}, now())`,
            nextAttemptAt: sql`now() + ${`${backoffMs(attempts, o)} milliseconds`}::interval`,
            updatedAt: sql`now()`,
          })
          .where(eq(eventSubscriptions.subscriberId, sub.id));
        return { delivered: 0, isDone: true };
      }
    }
    // A short batch read everything final below the horizon, so the cursor may jump to it: later
    // events have tx_id >= xmin, and (xmin, 0) sorts before all of them. This keeps a subscriber to
    // rare types from rescanning the same stretch of other events on every poll.
    const cursor = isFull && last ? { txId: last.txId, id: last.id } : { txId: xmin, id: 0 };
    await tx
      .update(eventSubscriptions)
      .set({
        cursorTxId: cursor.txId,
        cursorEventId: cursor.id,
        delivered: sql`${eventSubscriptions.delivered} + ${batch.length}`,
        status: 'ok',
        attempts: 0,
        lastError: null,
        failingSince: null,
        nextAttemptAt: null,
        ...(batch.length > 0 ? { lastDeliveredAt: new Date() } : {}),
        updatedAt: sql`now()`,
      })
      .where(eq(eventSubscriptions.subscriberId, sub.id));
    return { delivered: batch.length, isDone: !isFull };
  });
}

/**
 * Waits until every transaction running when it was called has ended, so "pending" means
 * everything committed before the call (tests and the CLI rely on that). Gives up after `timeoutMs`.
 */
async function waitForHorizon(db: Services['db'], timeoutMs: number): Promise<void> {
  const start = await db.execute<{ xmax: string }>(sql`select pg_snapshot_xmax(pg_current_snapshot())::text as xmax`);
  const target = start.rows[0]?.xmax ?? '0';
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    const r = await db.execute<{ ok: boolean }>(
      sql`select pg_snapshot_xmin(pg_current_snapshot()) >= ${target}::xid8 as ok`,
    );
    if (r.rows[0]?.ok) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Delivers everything pending to every subscriber that is due; returns the number of events delivered. */
export async function deliverPending(
  services: Services,
  subscribers: readonly EventSubscriber[],
  options: DeliveryOptions & { settleMs?: number } = {},
): Promise<number> {
  const o = { ...defaults, ...options };
  if (options.settleMs !== 0) await waitForHorizon(services.db, options.settleMs ?? 5000);
  let total = 0;
  for (const sub of subscribers) {
    for (;;) {
      const { delivered, isDone } = await deliverBatch(services, sub, o);
      total += delivered;
      if (isDone) break;
    }
  }
  return total;
}

/**
 * Runs subscribers in the background: polls every `pollMs` (which covers other processes' events)
 * and reacts soon after an event is recorded in this process. One round at a time per process.
 */
export function startEventDispatcher(
  services: Services,
  subscribers: readonly EventSubscriber[],
  options: DeliveryOptions & { pollMs?: number; wakeDelayMs?: number } = {},
): { stop(): Promise<void> } {
  let running: Promise<void> | null = null;
  let again = false;
  let isStopped = false;
  let wakeTimer: NodeJS.Timeout | null = null;
  const round = () => {
    if (isStopped) return;
    if (running) {
      again = true;
      return;
    }
    running = deliverPending(services, subscribers, { ...options, settleMs: 0 })
      .then(() => undefined)
      .catch((e) => services.log.error({ err: e instanceof Error ? e.message : String(e) }, 'event dispatch failed'))
      .finally(() => {
        running = null;
        if (again) {
          again = false;
          round();
        }
      });
  };
  const poll = setInterval(round, options.pollMs ?? 1000);
  poll.unref();
  const unsubscribe = onEventsRecorded(() => {
    if (wakeTimer || isStopped) return;
    wakeTimer = setTimeout(() => {
      wakeTimer = null;
      round();
    }, options.wakeDelayMs ?? 100);
    wakeTimer.unref();
  });
  round();
  return {
    stop: async () => {
      isStopped = true;
      clearInterval(poll);
      if (wakeTimer) clearTimeout(wakeTimer);
      unsubscribe();
      await running;
    },
  };
}
