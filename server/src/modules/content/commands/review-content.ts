// The review workflow: draft → submitted → published (or returned with a note) → withdrawn; an
// item with a publish_at still ahead is approved into `scheduled`, which the content.publish-scheduled
// cron publishes when the time comes (publish-scheduled.ts), and which withdrawing cancels.
// Each step is one conditional UPDATE (the status it starts from), so two reviewers racing get one
// decision and one CONTENT_WRONG_STATUS. A second person approves: an author never approves their
// own. Review decisions land in the audit log; submissions, publications and withdrawals are events.
import type { ContentStatus } from '@hongyun/contracts';
import { and, eq, inArray } from 'drizzle-orm';
import type { Actor } from '../../../core/context.ts';
import { authorize } from '../../../core/policy.ts';
import { appendAudit } from '../../../platform/audit/chain.ts';
import type { TxCtx } from '../../../platform/context.ts';
import { AppError } from '../../../platform/errors.ts';
import { recordEvent } from '../../../platform/events/record.ts';
import { type ContentRow, findItem } from '../queries.ts';
import { contentItems } from '../schema.ts';

async function loadFor(ctx: TxCtx, actor: Actor, id: string, action: 'content.item.edit' | 'content.item.review') {
  const item = await findItem(ctx.db, id);
  if (!item) throw new AppError('NOT_FOUND');
  authorize(actor, action, { orgPath: item.orgPath });
  return item;
}

/** Moves the item from one of `from` to the new state, or refuses when it has moved on meanwhile. */
async function transition(
  ctx: TxCtx,
  item: ContentRow,
  from: readonly ContentStatus[],
  set: Partial<typeof contentItems.$inferInsert>,
) {
  if (!from.includes(item.status)) throw new AppError('CONTENT_WRONG_STATUS');
  const [row] = await ctx.db
    .update(contentItems)
    .set({ ...set, updatedAt: new Date() })
    .where(and(eq(contentItems.id, item.id), inArray(contentItems.status, [...from])))
    .returning({ id: contentItems.id });
  if (!row) throw new AppError('CONTENT_WRONG_STATUS');
}

const ref = (item: ContentRow) => ({ contentId: item.id, channel: item.channel, title: item.title });
const where = (item: ContentRow) => ({
  orgId: item.orgId,
  orgPath: item.orgPath,
  personId: null,
  subjectType: 'content',
  subjectId: item.id,
});

export async function submitContent(ctx: TxCtx, actor: Actor, id: string) {
  const item = await loadFor(ctx, actor, id, 'content.item.edit');
  await ctx.db.transaction(async (db) => {
    const tx = { ...ctx, db };
    await transition(tx, item, ['draft', 'returned', 'withdrawn'], {
      status: 'submitted',
      submittedAt: new Date(),
      reviewNote: null,
    });
    await recordEvent(tx, { type: 'content.item.submitted', ...where(item), data: ref(item) });
  });
}

export async function approveContent(ctx: TxCtx, actor: Actor, id: string) {
  const item = await loadFor(ctx, actor, id, 'content.item.review');
  if (item.authorAccountId === actor.accountId) throw new AppError('CONTENT_SELF_APPROVAL');
  await ctx.db.transaction(async (db) => {
    const tx = { ...ctx, db };
    const now = new Date();
    const isScheduled = item.publishAt !== null && item.publishAt > now;
    await transition(tx, item, ['submitted'], {
      status: isScheduled ? 'scheduled' : 'published',
      publishedAt: isScheduled ? null : now,
      reviewerAccountId: actor.accountId,
      reviewNote: null,
    });
    if (!isScheduled) {
      await recordEvent(tx, {
        type: 'content.item.published',
        ...where(item),
        data: { ...ref(item), kind: item.kind },
      });
    }
    await appendAudit(tx, {
      action: 'content.approved',
      targetType: 'content',
      targetId: item.id,
      orgId: item.orgId,
      details: {
        title: item.title,
        authorAccountId: item.authorAccountId,
        publishAt: isScheduled ? item.publishAt?.toISOString() : null,
      },
    });
  });
}

export async function returnContent(ctx: TxCtx, actor: Actor, id: string, note: string) {
  const item = await loadFor(ctx, actor, id, 'content.item.review');
  await ctx.db.transaction(async (db) => {
    const tx = { ...ctx, db };
    await transition(tx, item, ['submitted'], {
      status: 'returned',
      reviewerAccountId: actor.accountId,
      reviewNote: note,
    });
    await appendAudit(tx, {
      action: 'content.returned',
      targetType: 'content',
      targetId: item.id,
      orgId: item.orgId,
      details: { title: item.title, note },
    });
  });
}

export async function withdrawContent(ctx: TxCtx, actor: Actor, id: string) {
  const item = await loadFor(ctx, actor, id, 'content.item.edit');
  await ctx.db.transaction(async (db) => {
    const tx = { ...ctx, db };
    // A scheduled item withdrawn is unscheduled: it never goes out unless approved again.
    await transition(tx, item, ['published', 'scheduled'], {
      status: 'withdrawn',
      withdrawnAt: new Date(),
      isPinned: false,
    });
    await recordEvent(tx, { type: 'content.item.withdrawn', ...where(item), data: ref(item) });
    await appendAudit(tx, {
      action: 'content.withdrawn',
      targetType: 'content',
      targetId: item.id,
      orgId: item.orgId,
      details: { title: item.title },
    });
  });
}

export async function pinContent(ctx: TxCtx, actor: Actor, id: string, isPinned: boolean) {
  const item = await loadFor(ctx, actor, id, 'content.item.edit');
  await ctx.db.update(contentItems).set({ isPinned, updatedAt: new Date() }).where(eq(contentItems.id, item.id));
}
