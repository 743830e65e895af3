import {
  ContentDetailView,
  ContentItemView,
  CreateArticleRequest,
  IdParam,
  ListContentQuery,
  Paged,
  PinContentRequest,
  ReturnContentRequest,
  UpdateArticleRequest,
} from '@hongyun/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireActor } from '../../core/auth/auth-hook.ts';
import type { Actor } from '../../core/context.ts';
import { authorize, scopeToOrgs } from '../../core/policy.ts';
import type { Ctx } from '../../platform/context.ts';
import { AppError } from '../../platform/errors.ts';
import {
  approveContent,
  pinContent,
  returnContent,
  submitContent,
  withdrawContent,
} from './commands/review-content.ts';
import { createArticle, updateArticle } from './commands/save-article.ts';
import { ContentEditorRoles, ContentReviewerRoles } from './policy.ts';
import { attachedTo, orgNames, presentDetail, presentItem } from './presenter.ts';
import { findItem, listManaged } from './queries.ts';

const tags = ['content'];
const DetailResponse = z.object({ data: ContentDetailView });

async function detailOf(ctx: Ctx, actor: Actor, id: string) {
  const row = await findItem(ctx.db, id);
  if (!row) throw new AppError('NOT_FOUND');
  authorize(actor, 'content.item.edit', { orgPath: row.orgPath });
  return { data: presentDetail(row, actor, await orgNames(ctx, [row.orgId]), await attachedTo(ctx.db, row)) };
}

// The console's side: editors write and submit within their subtree, a second person reviews.
export async function registerManageRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/content/items',
    {
      schema: {
        tags,
        summary: '学习内容列表（管理）',
        description:
          "Content owned within the caller's editing subtrees, newest change first; `toReview=true` lists items others submitted that the caller may approve (待我审核). Org admin or party office.",
        querystring: ListContentQuery,
        response: { 200: Paged(ContentItemView) },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const roots = scopeToOrgs(actor, ContentEditorRoles);
      const { page, pageSize, channel, status, q, toReview } = req.query;
      const toReviewBy =
        toReview === 'true'
          ? { accountId: actor.accountId, roots: scopeToOrgs(actor, ContentReviewerRoles) }
          : undefined;
      const { rows, total } = await listManaged(req.ctx.db, roots, { page, pageSize, channel, status, q, toReviewBy });
      const names = await orgNames(
        req.ctx,
        rows.map((r) => r.orgId),
      );
      return { data: rows.map((row) => presentItem(row, actor, names)), page, pageSize, total };
    },
  );

  r.post(
    '/api/content/items',
    {
      schema: {
        tags,
        summary: '新建文章',
        description:
          "Creates an item as a draft in the given organisation: an article (the body is sanitised: allowed tags only, http(s) links, images uploaded within the caller's subtrees), a document (documentId: an uploaded PDF) or a video (videoId: a ready video of the library within the caller's subtrees). publishAt schedules the publication once approved. Org admin or party office over that organisation.",
        body: CreateArticleRequest,
        response: { 201: DetailResponse },
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const id = await createArticle(req.ctx, actor, req.body);
      return reply.status(201).send(await detailOf(req.ctx, actor, id));
    },
  );

  r.get(
    '/api/content/items/:id',
    {
      schema: {
        tags,
        summary: '学习内容详情（管理）',
        description: 'One item with its body and audience, for the editor and the preview. Org admin or party office.',
        params: IdParam,
        response: { 200: DetailResponse },
      },
    },
    async (req) => detailOf(req.ctx, requireActor(req), req.params.id),
  );

  r.patch(
    '/api/content/items/:id',
    {
      schema: {
        tags,
        summary: '修改文章',
        description:
          'Edits a draft or returned article (a withdrawn one becomes a draft again); submitted and published items cannot be edited. Org admin or party office.',
        params: IdParam,
        body: UpdateArticleRequest,
        response: { 200: DetailResponse },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      await updateArticle(req.ctx, actor, req.params.id, req.body);
      return detailOf(req.ctx, actor, req.params.id);
    },
  );

  const step = (
    path: string,
    summary: string,
    description: string,
    run: (ctx: Ctx, actor: Actor, id: string) => Promise<void>,
  ) =>
    r.post(
      `/api/content/items/:id/${path}`,
      { schema: { tags, summary, description, params: IdParam, response: { 200: DetailResponse } } },
      async (req) => {
        const actor = requireActor(req);
        await run(req.ctx, actor, req.params.id);
        return detailOf(req.ctx, actor, req.params.id);
      },
    );
  step(
    'submit',
    '提交审核',
    'Submits a draft, returned or withdrawn item for review. Org admin or party office.',
    submitContent,
  );
  step(
    'approve',
    '审核通过并发布',
    'Approves a submitted item and publishes it, or, when its publishAt lies ahead, schedules it (status scheduled, published by a cron at that minute). A second person: the author is refused with CONTENT_SELF_APPROVAL. Org admin or party office.',
    approveContent,
  );
  step(
    'withdraw',
    '撤回',
    'Withdraws a published item from readers, or cancels a scheduled one (定时发布) before it goes out. Org admin or party office.',
    withdrawContent,
  );

  r.post(
    '/api/content/items/:id/return',
    {
      schema: {
        tags,
        summary: '退回修改',
        description: 'Returns a submitted item to its author with a note. Org admin or party office.',
        params: IdParam,
        body: ReturnContentRequest,
        response: { 200: DetailResponse },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      await returnContent(req.ctx, actor, req.params.id, req.body.note);
      return detailOf(req.ctx, actor, req.params.id);
    },
  );

  r.put(
    '/api/content/items/:id/pin',
    {
      schema: {
        tags,
        summary: '置顶',
        description: 'Pins an item to the top of its channel, or unpins it. Org admin or party office.',
        params: IdParam,
        body: PinContentRequest,
        response: { 200: DetailResponse },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      await pinContent(req.ctx, actor, req.params.id, req.body.isPinned);
      return detailOf(req.ctx, actor, req.params.id);
    },
  );
}
