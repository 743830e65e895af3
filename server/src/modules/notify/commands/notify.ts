import { InAppLink, type NotificationChannel, type NotificationUrgency } from '@hongyun/contracts';
import { and, eq, or, sql } from 'drizzle-orm';
import { z } from 'zod';
import { accounts } from '../../../core/auth/schema.ts';
import type { TxCtx } from '../../../platform/context.ts';
import { DEFAULT_PREFERENCES } from '../preferences.ts';
import { afterQuietHours } from '../quiet-hours.ts';
import { notificationDeliveries, notificationPreferences, notifications } from '../schema.ts';
import { notificationTemplates, type TemplateKey, type TemplateParams } from '../templates.ts';

// Rows per insert: well under PostgreSQL's 65,535 parameters a statement.
const BATCH = 1000;
const UUID = z.uuid();
const chunks = <T>(items: T[], size: number): T[][] =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));

/** Whom to tell: an account, or a person (their login account, if they have one). */
export type Recipient = { accountId: string } | { personId: string };

export type NotifyInput<K extends TemplateKey> = {
  recipients: readonly Recipient[];
  template: K;
  params: TemplateParams<K>;
  urgency?: NotificationUrgency;
  /** An in-app path the notification opens (`/m/…` on the phone, a console path). */
  link?: string | null;
  /** External channels to try besides the in-app centre; all of them when omitted, none with []. */
  channels?: readonly NotificationChannel[];
};

/**
 * Tells people something: one in-app row per recipient account and one outbox row per external
 * channel the person has on, all written through `ctx.db`, so inside the caller's transaction the
 * notification commits or rolls back with the change that caused it. Non-urgent external
 * deliveries wait for the end of the person's quiet hours; urgent ones are due at once. The
 * delivery cron sends them after commit (deliver.ts). Disabled accounts are skipped.
 */
export async function notify<K extends TemplateKey>(
  ctx: Pick<TxCtx, 'db'>,
  input: NotifyInput<K>,
  opts: { now?: Date } = {},
): Promise<{ notifications: number; deliveries: number }> {
  const spec = notificationTemplates[input.template];
  if (!spec) throw new Error(`notify: unknown template ${input.template}`);
  const params = spec.params.parse(input.params) as Record<string, unknown>;
  const link = input.link == null ? null : InAppLink.parse(input.link);
  const urgency = input.urgency ?? 'normal';
  const channels = new Set(input.channels ?? (['email', 'webhook'] as const));
  const accountIds = input.recipients.flatMap((r) => ('accountId' in r ? [r.accountId] : []));
  const personIds = input.recipients.flatMap((r) => ('personId' in r ? [r.personId] : []));
  if (accountIds.length + personIds.length === 0) return { notifications: 0, deliveries: 0 };

  const db = ctx.db;
  // One array parameter each (a city-wide notice names more ids than a statement may have parameters).
  const uuids = (ids: string[]) => `{${ids.map((id) => UUID.parse(id)).join(',')}}`;
  const who = or(
    accountIds.length ? sql`${accounts.id} = any(${uuids(accountIds)}::uuid[])` : undefined,
    personIds.length ? sql`${accounts.personId} = any(${uuids(personIds)}::uuid[])` : undefined,
  );
  const targets = await db
    .select({
      id: accounts.id,
      locale: accounts.locale,
      phoneLast4: accounts.phoneLast4,
      emailEnabled: notificationPreferences.emailEnabled,
      emailAddress: notificationPreferences.emailAddress,
      webhookEnabled: notificationPreferences.webhookEnabled,
      quietEnabled: notificationPreferences.quietEnabled,
      quietStart: notificationPreferences.quietStart,
      quietEnd: notificationPreferences.quietEnd,
    })
    .from(accounts)
    .leftJoin(notificationPreferences, eq(notificationPreferences.accountId, accounts.id))
    .where(and(who, eq(accounts.isDisabled, false)))
    .orderBy(accounts.id);
  if (targets.length === 0) return { notifications: 0, deliveries: 0 };

  const rows: { id: string; accountId: string }[] = [];
  for (const part of chunks(targets, BATCH)) {
    rows.push(
      ...(await db
        .insert(notifications)
        .values(part.map((a) => ({ accountId: a.id, template: input.template, params, urgency, link })))
        .returning({ id: notifications.id, accountId: notifications.accountId })),
    );
  }
  const idOf = new Map(rows.map((r) => [r.accountId, r.id]));

  const now = opts.now ?? new Date();
  const outbox: (typeof notificationDeliveries.$inferInsert)[] = [];
  for (const a of targets) {
    const notificationId = idOf.get(a.id);
    if (!notificationId) continue;
    const prefs = a.emailEnabled === null ? DEFAULT_PREFERENCES : (a as typeof DEFAULT_PREFERENCES);
    const text = spec[a.locale === 'en' ? 'en' : 'zh'](params as never);
    const quiet = prefs.quietEnabled ? { start: prefs.quietStart, end: prefs.quietEnd } : null;
    const due = urgency === 'urgent' ? now : afterQuietHours(now, quiet);
    const base = { notificationId, accountId: a.id, subject: text.title, urgency, nextAttemptAt: due };
    const body = link ? `${text.body}\n\n${link}` : text.body;
    if (channels.has('email') && prefs.emailEnabled && prefs.emailAddress)
      outbox.push({ ...base, channel: 'email', destination: prefs.emailAddress, body });
    if (channels.has('webhook') && prefs.webhookEnabled)
      outbox.push({ ...base, channel: 'webhook', destination: `***${a.phoneLast4}`, body: text.body });
  }
  for (const part of chunks(outbox, BATCH)) await db.insert(notificationDeliveries).values(part);
  return { notifications: rows.length, deliveries: outbox.length };
}
