import type { NotificationPreferencesInput } from '@hongyun/contracts';
import { eq, sql } from 'drizzle-orm';
import type { Config } from '../../config.ts';
import type { DbOrTx } from '../../platform/db/client.ts';
import { notificationPreferences } from './schema.ts';

// A person's delivery preferences (per account). Without a row the defaults apply: the in-app centre
// always; the gateway (text message) on; email off until an address is given; quiet hours 22:00–07:00.

export type Preferences = {
  emailEnabled: boolean;
  emailAddress: string | null;
  webhookEnabled: boolean;
  quietEnabled: boolean;
  quietStart: string;
  quietEnd: string;
};

export const DEFAULT_PREFERENCES: Preferences = {
  emailEnabled: false,
  emailAddress: null,
  webhookEnabled: true,
  quietEnabled: true,
  quietStart: '22:00',
  quietEnd: '07:00',
};

/** Which external channels this platform has configured: an unconfigured one is off, its rows wait. */
export const channelsAvailable = (config: Config) => ({
  email: Boolean(config.SMTP_HOST && config.SMTP_FROM),
  webhook: Boolean(config.NOTIFY_WEBHOOK_URL && config.NOTIFY_WEBHOOK_SECRET),
});

export async function preferencesOf(db: DbOrTx, accountId: string): Promise<Preferences> {
  const [row] = await db
    .select({
      emailEnabled: notificationPreferences.emailEnabled,
      emailAddress: notificationPreferences.emailAddress,
      webhookEnabled: notificationPreferences.webhookEnabled,
      quietEnabled: notificationPreferences.quietEnabled,
      quietStart: notificationPreferences.quietStart,
      quietEnd: notificationPreferences.quietEnd,
    })
    .from(notificationPreferences)
    .where(eq(notificationPreferences.accountId, accountId));
  return row ?? DEFAULT_PREFERENCES;
}

export async function setPreferences(
  db: DbOrTx,
  accountId: string,
  input: NotificationPreferencesInput,
): Promise<void> {
  const values = {
    emailEnabled: input.email.enabled,
    emailAddress: input.email.address,
    webhookEnabled: input.webhook.enabled,
    quietEnabled: input.quietHours.enabled,
    quietStart: input.quietHours.start,
    quietEnd: input.quietHours.end,
  };
  await db
    .insert(notificationPreferences)
    .values({ accountId, ...values })
    .onConflictDoUpdate({ target: notificationPreferences.accountId, set: { ...values, updatedAt: sql`now()` } });
}

export function presentPreferences(p: Preferences, config: Config) {
  return {
    email: { enabled: p.emailEnabled, address: p.emailAddress },
    webhook: { enabled: p.webhookEnabled },
    quietHours: { enabled: p.quietEnabled, start: p.quietStart, end: p.quietEnd },
    available: channelsAvailable(config),
  };
}
