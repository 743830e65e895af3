// Notifications (消息): the in-app notification centre, a person's delivery preferences and the
// outbox of external deliveries (email, webhook to an SMS/WeChat gateway), shared by the server
// and the web. Titles and bodies are rendered by the server in the caller's language.
import { z } from 'zod';
import { PageQuery } from './common.ts';

export const NotificationUrgencies = ['normal', 'urgent'] as const;
export type NotificationUrgency = (typeof NotificationUrgencies)[number];

export const NotificationChannels = ['email', 'webhook'] as const;
export type NotificationChannel = (typeof NotificationChannels)[number];

export const DeliveryStatuses = ['pending', 'sent', 'failed'] as const;
export type DeliveryStatus = (typeof DeliveryStatuses)[number];

export const NotificationLimits = { linkMax: 500, emailMax: 254 } as const;

/** An in-app path (`/m/quiz/…`, `/supervision/…`): never another site. */
export const InAppLink = z
  .string()
  .max(NotificationLimits.linkMax)
  .regex(/^\/(?![/\\])[\w\-./?=&%#~:+,]*$/, 'an in-app path starting with /');

export const Notification = z
  .object({
    id: z.uuid(),
    template: z.string(),
    title: z.string(),
    body: z.string(),
    urgency: z.enum(NotificationUrgencies),
    link: z.string().nullable(),
    createdAt: z.string(),
    readAt: z.string().nullable(),
  })
  .meta({ id: 'Notification' });

export const NotificationListQuery = PageQuery.extend({
  filter: z.enum(['all', 'unread']).default('all'),
});

export const NotificationListResponse = z.object({
  data: z.array(Notification),
  page: z.number(),
  pageSize: z.number(),
  total: z.number(),
  unread: z.number(),
});
export const NotificationResponse = z.object({ data: Notification });
export const UnreadCountResponse = z.object({ data: z.object({ unread: z.number() }) });
export const ReadAllResponse = z.object({ data: z.object({ updated: z.number(), unread: z.number() }) });

const ClockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'HH:MM');

export const NotificationPreferencesInput = z
  .object({
    email: z.object({
      enabled: z.boolean(),
      address: z.email().max(NotificationLimits.emailMax).nullable(),
    }),
    /** Text messages / WeChat through the configured gateway, to the account's phone. */
    webhook: z.object({ enabled: z.boolean() }),
    /** China time. Non-urgent external deliveries wait until `end`; urgent ones go at once. */
    quietHours: z.object({ enabled: z.boolean(), start: ClockTime, end: ClockTime }),
  })
  .refine((p) => !p.email.enabled || p.email.address !== null, {
    path: ['email', 'address'],
    message: 'required when email is on',
  });
export type NotificationPreferencesInput = z.infer<typeof NotificationPreferencesInput>;

export const NotificationPreferences = z
  .object({
    email: z.object({ enabled: z.boolean(), address: z.string().nullable() }),
    webhook: z.object({ enabled: z.boolean() }),
    quietHours: z.object({ enabled: z.boolean(), start: z.string(), end: z.string() }),
    /** Whether the platform has each channel configured (off: deliveries wait until it is). */
    available: z.object({ email: z.boolean(), webhook: z.boolean() }),
  })
  .meta({ id: 'NotificationPreferences' });
export const NotificationPreferencesResponse = z.object({ data: NotificationPreferences });

export const NotificationDelivery = z
  .object({
    id: z.uuid(),
    notificationId: z.uuid(),
    channel: z.enum(NotificationChannels),
    destination: z.string(),
    subject: z.string(),
    status: z.enum(DeliveryStatuses),
    attempts: z.number(),
    nextAttemptAt: z.string().nullable(),
    lastError: z.string().nullable(),
    sentAt: z.string().nullable(),
    createdAt: z.string(),
  })
  .meta({ id: 'NotificationDelivery' });

export const DeliveryListQuery = PageQuery.extend({
  status: z.enum(DeliveryStatuses).optional(),
});
export const DeliveryListResponse = z.object({
  data: z.array(NotificationDelivery),
  page: z.number(),
  pageSize: z.number(),
  total: z.number(),
  channels: z.object({ email: z.boolean(), webhook: z.boolean() }),
});
export const DeliveryResponse = z.object({ data: NotificationDelivery });
