import { ListEventSubscriptionsRequest, ListEventSubscriptionsResponse } from '@hongyun/contracts';
import { asc, eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { eventSubscriptions } from '../../platform/events/schema.ts';
import { allSubscribers } from '../kernel/index.ts';
import { authorize } from '../policy.ts';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** GET /api/events/subscriptions: each subscriber's delivery state, so failures are seen, not lost. */
export async function registerEventSubscriptionRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  app.get(
    '/api/events/subscriptions',
    {
      schema: {
        tags: ['events'],
        summary: '事件订阅投递状态',
        description: "Each event subscriber's delivery state, lag and last error. System administrators.",
        querystring: ListEventSubscriptionsRequest,
        response: { 200: ListEventSubscriptionsResponse },
      },
    },
    async (req) => {
      authorize(req.actor, 'events.subscriptions.read');
      const rows = await req.ctx.db
        .select()
        .from(eventSubscriptions)
        .where(req.query.status ? eq(eventSubscriptions.status, req.query.status) : undefined)
        .orderBy(asc(eventSubscriptions.subscriberId));
      const labels = new Map(allSubscribers().map((sub) => [sub.id, sub.label]));
      const lang = req.ctx.lang;
      return {
        data: rows.map((r) => ({
          subscriberId: r.subscriberId,
          // A subscriber no installed module declares any more keeps its row but has no label.
          label: labels.get(r.subscriberId)?.[lang] ?? r.subscriberId,
          isInstalled: labels.has(r.subscriberId),
          status: r.status,
          delivered: r.delivered,
          attempts: r.attempts,
          lastError: r.lastError,
          failingSince: iso(r.failingSince),
          nextAttemptAt: iso(r.nextAttemptAt),
          lastDeliveredAt: iso(r.lastDeliveredAt),
          updatedAt: r.updatedAt.toISOString(),
        })),
      };
    },
  );
}
