import { randomUUID } from 'node:crypto';
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
  return notifyMany(ctx, [input], opts);
}

/**
 * Many notifications at once (an evaluation's alerts, each with its own words): the recipients of
 * all of them are read in one statement and the rows written in batches, instead of three
 * statements per notification.
 */
export async function notifyMany<K extends TemplateKey>(
  ctx: Pick<TxCtx, 'db'>,
  inputs: readonly NotifyInput<K>[],
  opts: { now?: Date } = {},
): Promise<{ notifications: number; deliveries: number }> {
  const prepared = inputs.map((input) => {
    const spec = notificationTemplates[input.template];
    if (!spec) throw new Error(`notify: unknown template ${input.template}`);
    return {
      template: input.template,
      spec,
      params: spec.params.parse(input.params) as Record<string, unknown>,
      link: input.link == null ? null : InAppLink.parse(input.link),
      urgency: input.urgency ?? 'normal',
      channels: new Set(input.channels ?? (['email', 'webhook'] as const)),
      accountIds: input.recipients.flatMap((r) => ('accountId' in r ? [UUID.parse(r.accountId)] : [])),
      personIds: input.recipients.flatMap((r) => ('personId' in r ? [UUID.parse(r.personId)] : [])),
    };
  });
  const accountIds = [...new Set(prepared.flatMap((p) => p.accountIds))];
  const personIds = [...new Set(prepared.flatMap((p) => p.personIds))];
  if (accountIds.length + personIds.length === 0) return { notifications: 0, deliveries: 0 };

  const db = ctx.db;
  // One array parameter each (a city-wide notice names more ids than a statement may have parameters).
  const uuids = (ids: string[]) => `{${ids.join(',')}}`;
  const who = or(
    accountIds.length ? sql`${accounts.id} = any(${uuids(accountIds)}::uuid[])` : undefined,
    personIds.length ? sql`${accounts.personId} = any(${uuids(personIds)}::uuid[])` : undefined,
  );
  const targets = await db
    .select({
      id: accounts.id,
      personId: accounts.personId,
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
  const byAccount = new Map(targets.map((a) => [a.id, a]));
  const byPerson = new Map(targets.flatMap((a) => (a.personId ? [[a.personId, a] as const] : [])));

  const now = opts.now ?? new Date();
  const inApp: (typeof notifications.$inferInsert)[] = [];
  const outbox: (typeof notificationDeliveries.$inferInsert)[] = [];
  for (const p of prepared) {
    const found = [...p.accountIds.map((id) => byAccount.get(id)), ...p.personIds.map((id) => byPerson.get(id))];
    const reached = [...new Map(found.flatMap((a) => (a ? [[a.id, a] as const] : []))).values()].sort((x, y) =>
      x.id < y.id ? -1 : 1,
    );
    for (const a of reached) {
      const notificationId = randomUUID();
      inApp.push({
        id: notificationId,
        accountId: a.id,
        template: p.template,
        params: p.params,
        urgency: p.urgency,
        link: p.link,
      });
      const prefs = a.emailEnabled === null ? DEFAULT_PREFERENCES : (a as typeof DEFAULT_PREFERENCES);
      const text = p.spec[a.locale === 'en' ? 'en' : 'zh'](p.params as never);
      const quiet = prefs.quietEnabled ? { start: prefs.quietStart, end: prefs.quietEnd } : null;
      const due = p.urgency === 'urgent' ? now : afterQuietHours(now, quiet);
      const base = { notificationId, accountId: a.id, subject: text.title, urgency: p.urgency, nextAttemptAt: due };
      const body = p.link ? `${text.body}\n\n${p.link}` : text.body;
      if (p.channels.has('email') && prefs.emailEnabled && prefs.emailAddress)
        outbox.push({ ...base, channel: 'email', destination: prefs.emailAddress, body });
      if (p.channels.has('webhook') && prefs.webhookEnabled)
        outbox.push({ ...base, channel: 'webhook', destination: `***${a.phoneLast4}`, body: text.body });
    }
  }
  for (const part of chunks(inApp, BATCH)) await db.insert(notifications).values(part);
  for (const part of chunks(outbox, BATCH)) await db.insert(notificationDeliveries).values(part);
  return { notifications: inApp.length, deliveries: outbox.length };
}
