import {
  FeedItemView,
  FeedQuery,
  IdParam,
  Paged,
  PageQuery,
  ReaderView,
  ReadingHeartbeatRequest,
  ReadingProgressView,
} from '@hongyun/contracts';
import { and, eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireActor } from '../../core/auth/auth-hook.ts';
import { authorize } from '../../core/policy.ts';
import type { Ctx } from '../../platform/context.ts';
import { AppError } from '../../platform/errors.ts';
import { loadViewer } from './audience.ts';
import { recordReading } from './commands/record-reading.ts';
import { orgNames, presentFeedItem, readerDocument } from './presenter.ts';
import { findReadable, findReading, listFeed } from './queries.ts';
import { contentFavourites } from './schema.ts';

const tags = ['content'];
// Reading counts for the member a delegate acts for (the events say so by themselves).
const config = { allowWhileActingFor: true };

/** The viewer and the item, when the item's audience includes them; else 404 like a missing one. */
export async function readable(ctx: Ctx, id: string) {
  authorize(ctx.actor, 'content.feed.read');
  const viewer = await loadViewer(ctx.db, ctx.actor);
  const item = await findReadable(ctx.db, viewer, id);
  if (!item) throw new AppError('NOT_FOUND');
  return { viewer, item };
}

// The phone's side: channel lists, the reader, reading heartbeats and favourites (收藏).
export async function registerReadRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/content/feed',
    {
      config,
      schema: {
        tags,
        summary: '学习频道列表',
        description:
          'Published items whose audience includes the caller (or the member they act for), pinned first, newest first; `q` searches titles. Anyone signed in.',
        querystring: FeedQuery,
        response: { 200: Paged(FeedItemView) },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      authorize(actor, 'content.feed.read');
      const viewer = await loadViewer(req.ctx.db, actor);
      const { rows, total } = await listFeed(req.ctx.db, viewer, req.query);
      const names = await orgNames(
        req.ctx,
        rows.map((r) => r.orgId),
      );
      return {
        data: rows.map((row) => presentFeedItem(row, names)),
        page: req.query.page,
        pageSize: req.query.pageSize,
        total,
      };
    },
  );

  r.get(
    '/api/content/favourites',
    {
      config,
      schema: {
        tags,
        summary: '我的收藏',
        description: "The caller's favourite items that are still published for them, newest first. Anyone signed in.",
        querystring: PageQuery,
        response: { 200: Paged(FeedItemView) },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      authorize(actor, 'content.feed.read');
      const viewer = await loadViewer(req.ctx.db, actor);
      const { rows, total } = await listFeed(req.ctx.db, viewer, { ...req.query, favouritesOnly: true });
      const names = await orgNames(
        req.ctx,
        rows.map((r) => r.orgId),
      );
      return {
        data: rows.map((row) => presentFeedItem(row, names)),
        page: req.query.page,
        pageSize: req.query.pageSize,
        total,
      };
    },
  );

  r.get(
    '/api/content/feed/:id',
    {
      config,
      schema: {
        tags,
        summary: '阅读文章',
        description: 'One published item for the reader, with the reading so far. Anyone in its audience.',
        params: IdParam,
        response: { 200: z.object({ data: ReaderView }) },
      },
    },
    async (req) => {
      const { viewer, item } = await readable(req.ctx, req.params.id);
      const reading = viewer.personId ? await findReading(req.ctx.db, viewer.personId, item.id) : null;
      const names = await orgNames(req.ctx, [item.orgId]);
      return {
        data: {
          ...presentFeedItem(item, names),
          bodyHtml: item.bodyHtml,
          document: item.documentId ? await readerDocument(req.ctx.db, item.documentId) : null,
          readSeconds: reading?.readSeconds ?? 0,
          reachedEnd: reading?.reachedEnd ?? false,
        },
      };
    },
  );

  r.post(
    '/api/content/feed/:id/reading',
    {
      config,
      schema: {
        tags,
        summary: '阅读心跳',
        description: `Sent while the reader is visible (a start when it opens or shows again, then every few seconds, and when the end is reached). The server credits at most the wall-clock time since the previous beat, capped, and records content.item.read at most once per minute of reading. Anyone in its audience who is a person.`,
        params: IdParam,
        body: ReadingHeartbeatRequest,
        response: { 200: z.object({ data: ReadingProgressView }) },
      },
    },
    async (req) => {
      const { viewer, item } = await readable(req.ctx, req.params.id);
      const { personId } = viewer;
      // An account without a person (an office login) reads but has no study record to credit.
      if (!personId) return { data: { readSeconds: 0, credited: 0, reachedEnd: false } };
      return { data: await recordReading(req.ctx, { ...viewer, personId }, item, req.body) };
    },
  );

  const favourite = (method: 'put' | 'delete', summary: string, description: string) =>
    r[method](
      '/api/content/feed/:id/favourite',
      {
        config,
        schema: {
          tags,
          summary,
          description,
          params: IdParam,
          response: { 200: z.object({ data: z.object({ isFavourite: z.boolean() }) }) },
        },
      },
      async (req) => {
        const { viewer, item } = await readable(req.ctx, req.params.id);
        if (!viewer.personId) throw new AppError('FORBIDDEN');
        if (method === 'put') {
          await req.ctx.db
            .insert(contentFavourites)
            .values({ personId: viewer.personId, contentId: item.id })
            .onConflictDoNothing();
        } else {
          await req.ctx.db
            .delete(contentFavourites)
            .where(and(eq(contentFavourites.personId, viewer.personId), eq(contentFavourites.contentId, item.id)));
        }
        return { data: { isFavourite: method === 'put' } };
      },
    );
  favourite('put', '收藏', 'Adds the item to the caller’s favourites (收藏). Anyone in its audience who is a person.');
  favourite(
    'delete',
    '取消收藏',
    'Removes the item from the caller’s favourites. Anyone in its audience who is a person.',
  );
}
