import { and, count, desc, eq, isNull, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/client.ts';
import { notificationDeliveries, notifications } from './schema.ts';

// Read functions with explicit columns. Every notification query is by its recipient account.

const notificationColumns = {
  id: notifications.id,
  accountId: notifications.accountId,
  template: notifications.template,
  params: notifications.params,
  urgency: notifications.urgency,
  link: notifications.link,
  createdAt: notifications.createdAt,
  readAt: notifications.readAt,
};
export type NotificationRow = {
  id: string;
  accountId: string;
  template: string;
  params: Record<string, unknown>;
  urgency: 'normal' | 'urgent';
  link: string | null;
  createdAt: Date;
  readAt: Date | null;
};

export async function listNotifications(
  db: DbOrTx,
  accountId: string,
  q: { page: number; pageSize: number; filter: 'all' | 'unread' },
): Promise<{ rows: NotificationRow[]; total: number }> {
  const where = and(
    eq(notifications.accountId, accountId),
    q.filter === 'unread' ? isNull(notifications.readAt) : undefined,
  );
  const [rows, [total]] = await Promise.all([
    db
      .select(notificationColumns)
      .from(notifications)
      .where(where)
      .orderBy(desc(notifications.createdAt), desc(notifications.id))
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize),
    db.select({ n: count() }).from(notifications).where(where),
  ]);
  return { rows, total: total?.n ?? 0 };
}

export async function unreadCount(db: DbOrTx, accountId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(notifications)
    .where(and(eq(notifications.accountId, accountId), isNull(notifications.readAt)));
  return row?.n ?? 0;
}

export async function findNotification(db: DbOrTx, id: string): Promise<NotificationRow | null> {
  const [row] = await db.select(notificationColumns).from(notifications).where(eq(notifications.id, id));
  return row ?? null;
}

const deliveryColumns = {
  id: notificationDeliveries.id,
  notificationId: notificationDeliveries.notificationId,
  channel: notificationDeliveries.channel,
  destination: notificationDeliveries.destination,
  subject: notificationDeliveries.subject,
  status: notificationDeliveries.status,
  attempts: notificationDeliveries.attempts,
  nextAttemptAt: notificationDeliveries.nextAttemptAt,
  lastError: notificationDeliveries.lastError,
  sentAt: notificationDeliveries.sentAt,
  createdAt: notificationDeliveries.createdAt,
};
export type DeliveryRow = {
  id: string;
  notificationId: string;
  channel: 'email' | 'webhook';
  destination: string;
  subject: string;
  status: 'pending' | 'sent' | 'failed';
  attempts: number;
  nextAttemptAt: Date;
  lastError: string | null;
  sentAt: Date | null;
  createdAt: Date;
};

export async function listDeliveries(
  db: DbOrTx,
  q: { page: number; pageSize: number; status?: 'pending' | 'sent' | 'failed' | undefined },
): Promise<{ rows: DeliveryRow[]; total: number }> {
  const where: SQL | undefined = q.status ? eq(notificationDeliveries.status, q.status) : undefined;
  const [rows, [total]] = await Promise.all([
    db
      .select(deliveryColumns)
      .from(notificationDeliveries)
      .where(where)
      .orderBy(desc(notificationDeliveries.createdAt), desc(notificationDeliveries.id))
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize),
    db.select({ n: count() }).from(notificationDeliveries).where(where),
  ]);
  return { rows, total: total?.n ?? 0 };
}

export async function findDelivery(db: DbOrTx, id: string): Promise<DeliveryRow | null> {
  const [row] = await db.select(deliveryColumns).from(notificationDeliveries).where(eq(notificationDeliveries.id, id));
  return row ?? null;
}
