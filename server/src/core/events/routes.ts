import { eventTypeLabel, ListEventsRequest, ListEventsResponse, renderEventSummary } from '@hongyun/contracts';
import { eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { AppError } from '../../platform/errors.ts';
import { queryEvents } from '../../platform/events/record.ts';
import { orgs } from '../org/schema.ts';
import { people } from '../people/schema.ts';
import { authorize, scopeToOrgs } from '../policy.ts';
import { eventNameIds, resolveNames } from './names.ts';
import { EventReaderRoles } from './policy.ts';
import { registerEventSubscriptionRoutes } from './subscriptions-route.ts';

const encodeCursor = (at: Date, id: number) => Buffer.from(`${at.toISOString()}|${id}`).toString('base64url');
function decodeCursor(cursor: string): { occurredAt: Date; id: number } {
  const [at, id] = Buffer.from(cursor, 'base64url').toString().split('|');
  const occurredAt = new Date(at ?? '');
  if (Number.isNaN(occurredAt.getTime()) || !Number.isInteger(Number(id))) {
    throw new AppError('VALIDATION_FAILED', [{ field: 'querystring.cursor', message: 'invalid cursor' }]);
  }
  return { occurredAt, id: Number(id) };
}

export async function registerEventRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/api/events',
    {
      config: { allowWhileActingFor: true },
      schema: {
        tags: ['events'],
        summary: '行为数据查询',
        description:
          'Lists domain events in your organisations, newest first, by keyset cursor (nextCursor), with rendered summaries.',
        querystring: ListEventsRequest,
        response: { 200: ListEventsResponse },
      },
    },
    async (req) => {
      const q = req.query;
      const db = req.ctx.db;
      let orgPath: string | undefined;
      let roots: string[] | 'all' = req.actor ? scopeToOrgs(req.actor, EventReaderRoles) : [];
      if (q.orgId) {
        const [org] = await db.select({ path: orgs.path }).from(orgs).where(eq(orgs.id, q.orgId));
        if (!org) throw new AppError('NOT_FOUND'); // as for another subtree's org: no side channel
        authorize(req.actor, 'events.read', { orgPath: org.path });
        orgPath = org.path;
      }
      if (q.personId) {
        const [p] = await db.select({ orgPath: people.orgPath }).from(people).where(eq(people.id, q.personId));
        if (!p) throw new AppError('NOT_FOUND');
        authorize(req.actor, 'events.read', { orgPath: p.orgPath, personId: q.personId });
        // Your own record is yours wherever it happened.
        if (q.personId === (req.actor.actingFor?.personId ?? req.actor.personId)) roots = 'all';
      }
      if (!q.orgId && !q.personId) authorize(req.actor, 'events.read');
      const rows = await queryEvents(db, {
        roots,
        orgPath,
        personId: q.personId,
        type: q.type,
        from: q.from,
        to: q.to,
        limit: q.limit + 1,
        before: q.cursor ? decodeCursor(q.cursor) : undefined,
      });
      const page = rows.slice(0, q.limit);
      const last = page[page.length - 1];
      const names = await resolveNames(db, eventNameIds(page));
      const lang = req.ctx.lang;
      return {
        data: page.map(({ orgPath: _p, occurredAt, ...e }) => ({
          ...e,
          occurredAt: occurredAt.toISOString(),
          orgName: e.orgId === null ? null : (names('org', String(e.orgId)) ?? null),
          personName: e.personId === null ? null : (names('person', e.personId) ?? null),
          actorName: e.actorAccountId === null ? null : (names('account', e.actorAccountId) ?? null),
          typeLabel: eventTypeLabel(e.type, lang),
          summary: renderEventSummary(e, names, lang),
        })),
        nextCursor: rows.length > q.limit && last ? encodeCursor(last.occurredAt, last.id) : null,
      };
    },
  );
  await registerEventSubscriptionRoutes(fastify);
}
