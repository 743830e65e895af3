import type { NotificationChannel } from '@hongyun/contracts';
import { sql } from 'drizzle-orm';
import type { Services } from '../../platform/context.ts';
import { type OutgoingDelivery, sendEmail, sendWebhook } from './channels.ts';
import { channelsAvailable } from './preferences.ts';

// The outbox's delivery loop (the notify.deliver cron, and tests): claims due rows with
// FOR UPDATE SKIP LOCKED, so several workers share the outbox without sending a row twice at once.
// The claim itself counts the attempt and moves the row's next_attempt_at a lease ahead: if the
// process dies mid-send, the row is due again when the lease runs out (at-least-once, nothing
// lost across a restart). A failure is retried with exponential back-off and jitter until
// NOTIFY_MAX_ATTEMPTS, then the row is `failed` (admins see and retry it). A channel error is a
// row's last_error, never an exception out of here. Rows of a channel that is not configured are
// not claimed: they wait, pending, until it is.

export const CLAIM_LEASE_SECONDS = 300;
const BATCH = 50;
const PARALLEL = 5;

/** The delay before retry `attempt` (1-based): base × 2^(attempt-1), at most an hour, ±20 % jitter. */
export function backoffSeconds(attempt: number, baseSeconds: number, random = Math.random): number {
  const plain = Math.min(baseSeconds * 2 ** Math.max(0, attempt - 1), 3600);
  return Math.round(plain * (0.8 + 0.4 * random()));
}

type Claimed = OutgoingDelivery & { channel: NotificationChannel; accountId: string; attempts: number };

export type DeliverResult = { sent: number; retried: number; failed: number };

export async function deliverDue(services: Services, opts: { now?: Date } = {}): Promise<DeliverResult> {
  const result: DeliverResult = { sent: 0, retried: 0, failed: 0 };
  const available = channelsAvailable(services.config);
  const channels = (Object.keys(available) as NotificationChannel[]).filter((c) => available[c]);
  if (channels.length === 0) return result;
  for (;;) {
    const now = opts.now ?? new Date();
    const batch = await claim(services, channels, now);
    // A few sends at a time: a slow gateway does not hold the whole batch up one by one.
    for (let i = 0; i < batch.length; i += PARALLEL) {
      await Promise.all(
        batch.slice(i, i + PARALLEL).map(async (d) => {
          const outcome = await send(services, d);
          await record(services, d, outcome, opts.now ?? new Date());
          if (outcome === null) result.sent++;
          else if (d.attempts >= services.config.NOTIFY_MAX_ATTEMPTS) result.failed++;
          else result.retried++;
        }),
      );
    }
    if (batch.length < BATCH) return result;
  }
}

async function claim(services: Services, channels: NotificationChannel[], now: Date): Promise<Claimed[]> {
  const at = now.toISOString();
  const r = await services.db.execute<{
    id: string;
    notification_id: string;
    account_id: string;
    channel: NotificationChannel;
    destination: string;
    subject: string;
    body: string;
    urgency: 'normal' | 'urgent';
    attempts: number;
    created_at: string;
  }>(sql`
    update notification_deliveries d
       set attempts = d.attempts + 1,
           next_attempt_at = ${at}::timestamptz + make_interval(secs => ${CLAIM_LEASE_SECONDS}),
           updated_at = now()
     where d.id in (
       select id from notification_deliveries
        where status = 'pending' and next_attempt_at <= ${at}::timestamptz
          and channel = any(${`{${channels.join(',')}}`}::text[])
        order by next_attempt_at
        limit ${BATCH}
        for update skip locked)
    returning d.id, d.notification_id, d.account_id, d.channel, d.destination, d.subject, d.body,
              d.urgency, d.attempts, d.created_at`);
  return r.rows.map((row) => ({
    id: row.id,
    notificationId: row.notification_id,
    accountId: row.account_id,
    channel: row.channel,
    destination: row.destination,
    subject: row.subject,
    body: row.body,
    urgency: row.urgency,
    attempts: row.attempts,
    createdAt: new Date(row.created_at),
  }));
}

/** null when delivered, else the error's message (the channel's, never a stack). */
async function send(services: Services, d: Claimed): Promise<string | null> {
  try {
    if (d.channel === 'email') await sendEmail(services.config, d);
    else await sendWebhook(services.config, d, await phoneOf(services, d.accountId));
    return null;
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    services.log.warn(
      { delivery: d.id, channel: d.channel, attempt: d.attempts, err: message },
      'notification delivery failed',
    );
    return message.slice(0, 500) || 'failed';
  }
}

async function phoneOf(services: Services, accountId: string): Promise<string | null> {
  const r = await services.db.execute<{ phone_enc: string }>(
    sql`select phone_enc from accounts where id = ${accountId}`,
  );
  const enc = r.rows[0]?.phone_enc;
  return enc ? services.crypto.decrypt(enc) : null;
}

async function record(services: Services, d: Claimed, error: string | null, now: Date): Promise<void> {
  // Only the claim that holds the row writes its outcome (a reclaimed row has more attempts).
  const mine = sql`id = ${d.id} and attempts = ${d.attempts} and status = 'pending'`;
  if (error === null) {
    await services.db.execute(
      sql`update notification_deliveries set status = 'sent', sent_at = now(), last_error = null, updated_at = now() where ${mine}`,
    );
    return;
  }
  if (d.attempts >= services.config.NOTIFY_MAX_ATTEMPTS) {
    await services.db.execute(
      sql`update notification_deliveries set status = 'failed', last_error = ${error}, updated_at = now() where ${mine}`,
    );
    return;
  }
  const delay = backoffSeconds(d.attempts, services.config.NOTIFY_RETRY_BASE_SECONDS);
  const next = new Date(now.getTime() + delay * 1000).toISOString();
  await services.db.execute(
    sql`update notification_deliveries set next_attempt_at = ${next}::timestamptz, last_error = ${error}, updated_at = now() where ${mine}`,
  );
}
