import type { Lang } from '../../platform/errors.ts';
import type { DeliveryRow, NotificationRow } from './queries.ts';
import { renderNotification } from './templates.ts';

export function presentNotification(row: NotificationRow, lang: Lang) {
  const text = renderNotification(row.template, row.params, lang);
  return {
    id: row.id,
    template: row.template,
    title: text.title,
    body: text.body,
    urgency: row.urgency,
    link: row.link,
    createdAt: row.createdAt.toISOString(),
    readAt: row.readAt?.toISOString() ?? null,
  };
}

/** The outbox for administrators: no message body (it may be personal), the destination as stored (masked phone). */
export function presentDelivery(row: DeliveryRow) {
  return {
    id: row.id,
    notificationId: row.notificationId,
    channel: row.channel,
    destination: row.destination,
    subject: row.subject,
    status: row.status,
    attempts: row.attempts,
    nextAttemptAt: row.status === 'pending' ? row.nextAttemptAt.toISOString() : null,
    lastError: row.lastError,
    sentAt: row.sentAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
  };
}
