import {
  DeliveryListQuery,
  DeliveryListResponse,
  DeliveryResponse,
  IdParam,
  NotificationListQuery,
  NotificationListResponse,
  NotificationPreferencesInput,
  NotificationPreferencesResponse,
  NotificationResponse,
  ReadAllResponse,
  UnreadCountResponse,
} from '@hongyun/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { requireActor } from '../../core/auth/auth-hook.ts';
import { authorize } from '../../core/policy.ts';
import { AppError } from '../../platform/errors.ts';
import { markAllRead, markRead } from './commands/mark-read.ts';
import { retryDelivery } from './commands/retry-delivery.ts';
import { channelsAvailable, preferencesOf, presentPreferences, setPreferences } from './preferences.ts';
import { presentDelivery, presentNotification } from './presenter.ts';
import { findDelivery, findNotification, listDeliveries, listNotifications, unreadCount } from './queries.ts';

// The notification centre (each user's own, also while acting for an elder: the delegate's own
// account), the user's delivery preferences, and the outbox for system administrators.

const config = { allowWhileActingFor: true };

export async function registerNotifyRoutes(base: FastifyInstance): Promise<void> {
  const app = base.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/api/notifications',
    {
      config,
      schema: {
        tags: ['notify'],
        summary: '我的消息',
        description:
          "The caller's own notifications, newest first, page by page; `filter=unread` lists the unread only. Titles and bodies are rendered in the caller's language. `unread` is the caller's unread count.",
        querystring: NotificationListQuery,
        response: { 200: NotificationListResponse },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const [{ rows, total }, unread] = await Promise.all([
        listNotifications(req.ctx.db, actor.accountId, req.query),
        unreadCount(req.ctx.db, actor.accountId),
      ]);
      return {
        data: rows.map((r) => presentNotification(r, req.ctx.lang)),
        page: req.query.page,
        pageSize: req.query.pageSize,
        total,
        unread,
      };
    },
  );

  app.get(
    '/api/notifications/unread-count',
    {
      config,
      schema: {
        tags: ['notify'],
        summary: '未读消息数',
        description: "How many of the caller's notifications are unread (the bell's badge).",
        response: { 200: UnreadCountResponse },
      },
    },
    async (req) => ({ data: { unread: await unreadCount(req.ctx.db, requireActor(req).accountId) } }),
  );

  app.post(
    '/api/notifications/:id/read',
    {
      config,
      schema: {
        tags: ['notify'],
        summary: '标记已读',
        description: "Marks one of the caller's notifications read (again: no change). Another account's is a 404.",
        params: IdParam,
        response: { 200: NotificationResponse },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const found = await findNotification(req.ctx.db, req.params.id);
      if (!found) throw new AppError('NOT_FOUND');
      authorize(actor, 'notify.notification.update', { accountId: found.accountId });
      await markRead(req.ctx.db, found.id);
      const row = await findNotification(req.ctx.db, found.id);
      if (!row) throw new AppError('NOT_FOUND');
      return { data: presentNotification(row, req.ctx.lang) };
    },
  );

  app.post(
    '/api/notifications/read-all',
    {
      config,
      schema: {
        tags: ['notify'],
        summary: '全部标记已读',
        description: "Marks every unread notification of the caller's read; answers how many it marked.",
        response: { 200: ReadAllResponse },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const updated = await markAllRead(req.ctx.db, actor.accountId);
      return { data: { updated, unread: await unreadCount(req.ctx.db, actor.accountId) } };
    },
  );

  app.get(
    '/api/me/notification-preferences',
    {
      config,
      schema: {
        tags: ['notify'],
        summary: '我的消息设置',
        description:
          "The caller's delivery preferences: email (with its address), text messages through the gateway, and quiet hours in China time; `available` says which channels the platform has configured.",
        response: { 200: NotificationPreferencesResponse },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      return { data: presentPreferences(await preferencesOf(req.ctx.db, actor.accountId), req.ctx.config) };
    },
  );

  app.put(
    '/api/me/notification-preferences',
    {
      config,
      schema: {
        tags: ['notify'],
        summary: '修改消息设置',
        description:
          "Sets the caller's delivery preferences. Email on needs an address. During quiet hours non-urgent external deliveries wait until the end of them; urgent ones go at once; the in-app centre always receives.",
        body: NotificationPreferencesInput,
        response: { 200: NotificationPreferencesResponse },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      await setPreferences(req.ctx.db, actor.accountId, req.body);
      return { data: presentPreferences(await preferencesOf(req.ctx.db, actor.accountId), req.ctx.config) };
    },
  );

  app.get(
    '/api/notification-deliveries',
    {
      schema: {
        tags: ['notify'],
        summary: '消息发送记录',
        description:
          "The outbox of external deliveries (email, gateway), newest first, filtered by status; `channels` says which channels are configured (an unconfigured channel's deliveries wait, pending). System administrators.",
        querystring: DeliveryListQuery,
        response: { 200: DeliveryListResponse },
      },
    },
    async (req) => {
      authorize(req.actor, 'notify.deliveries.manage');
      const { rows, total } = await listDeliveries(req.ctx.db, req.query);
      return {
        data: rows.map(presentDelivery),
        page: req.query.page,
        pageSize: req.query.pageSize,
        total,
        channels: channelsAvailable(req.ctx.config),
      };
    },
  );

  app.post(
    '/api/notification-deliveries/:id/retry',
    {
      schema: {
        tags: ['notify'],
        summary: '重新发送',
        description:
          'Puts a failed delivery back in the outbox, due now, with a fresh count of attempts (409 unless it failed). System administrators.',
        params: IdParam,
        response: { 200: DeliveryResponse },
      },
    },
    async (req) => {
      authorize(req.actor, 'notify.deliveries.manage');
      const found = await findDelivery(req.ctx.db, req.params.id);
      if (!found) throw new AppError('NOT_FOUND');
      await retryDelivery(req.ctx, found.id);
      const row = await findDelivery(req.ctx.db, found.id);
      if (!row) throw new AppError('NOT_FOUND');
      return { data: presentDelivery(row) };
    },
  );
}
