import { sql } from 'drizzle-orm';
import { boolean, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { accounts } from '../../core/auth/schema.ts';

// Notifications: one in-app row per recipient account (what the bell and 消息 show), and the
// outbox of external deliveries written in the same transaction as the change that caused them.
// The delivery cron sends due outbox rows; all of its state lives here, so a restart loses nothing.

export const notifications = pgTable(
  'notifications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    accountId: uuid('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    /** A key of the template catalogue (templates.ts); rendered when read, in the reader's language. */
    template: text('template').notNull(),
    params: jsonb('params').$type<Record<string, unknown>>().notNull(),
    urgency: text('urgency', { enum: ['normal', 'urgent'] })
      .notNull()
      .default('normal'),
    /** An in-app path the notification opens. */
    link: text('link'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    readAt: timestamp('read_at', { withTimezone: true }),
  },
  (t) => [
    index('notifications_account_created_idx').on(t.accountId, t.createdAt.desc(), t.id.desc()),
    index('notifications_account_unread_idx').on(t.accountId).where(sql`${t.readAt} is null`),
  ],
);

export const notificationDeliveries = pgTable(
  'notification_deliveries',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    notificationId: uuid('notification_id')
      .notNull()
      .references(() => notifications.id, { onDelete: 'cascade' }),
    accountId: uuid('account_id').notNull(),
    channel: text('channel', { enum: ['email', 'webhook'] }).notNull(),
    /** The email address, or for the webhook the account whose phone the gateway texts. */
    destination: text('destination').notNull(),
    subject: text('subject').notNull(),
    body: text('body').notNull(),
    urgency: text('urgency', { enum: ['normal', 'urgent'] })
      .notNull()
      .default('normal'),
    status: text('status', { enum: ['pending', 'sent', 'failed'] })
      .notNull()
      .default('pending'),
    attempts: integer('attempts').notNull().default(0),
    /** When it is next due: after quiet hours, a back-off, or a claim's lease (a crashed send is retried). */
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }).notNull().defaultNow(),
    lastError: text('last_error'),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('notification_deliveries_due_idx').on(t.nextAttemptAt).where(sql`${t.status} = 'pending'`),
    index('notification_deliveries_status_idx').on(t.status, t.createdAt.desc()),
  ],
);

/** A person's choices, per account (the login the notifications go to). No row: the defaults. */
export const notificationPreferences = pgTable('notification_preferences', {
  accountId: uuid('account_id')
    .primaryKey()
    .references(() => accounts.id, { onDelete: 'cascade' }),
  emailEnabled: boolean('email_enabled').notNull().default(false),
  emailAddress: text('email_address'),
  webhookEnabled: boolean('webhook_enabled').notNull().default(true),
  quietEnabled: boolean('quiet_enabled').notNull().default(true),
  /** China time, HH:MM. */
  quietStart: text('quiet_start').notNull().default('22:00'),
  quietEnd: text('quiet_end').notNull().default('07:00'),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
