// 定时发布: every minute the content.publish-scheduled cron publishes the approved items whose time
// has come. One UPDATE … WHERE status = 'scheduled' claims them, so a second run (or a second worker,
// or a withdrawal racing it) finds nothing left to publish and writes no second event.
import { and, eq, lte } from 'drizzle-orm';
import type { Services, TxCtx } from '../../../platform/context.ts';
import { recordEvent } from '../../../platform/events/record.ts';
import { contentItems } from '../schema.ts';

export async function publishScheduled(services: Services, now = new Date()): Promise<number> {
  return services.db.transaction(async (db) => {
    const due = await db
      .update(contentItems)
      .set({ status: 'published', publishedAt: contentItems.publishAt, updatedAt: now })
      .where(and(eq(contentItems.status, 'scheduled'), lte(contentItems.publishAt, now)))
      .returning({
        id: contentItems.id,
        orgId: contentItems.orgId,
        orgPath: contentItems.orgPath,
        channel: contentItems.channel,
        title: contentItems.title,
        kind: contentItems.kind,
      });
    const ctx: TxCtx = { ...services, db, actor: null, requestId: 'content.publish-scheduled', ip: null, lang: 'zh' };
    for (const item of due) {
      await recordEvent(ctx, {
        type: 'content.item.published',
        orgId: item.orgId,
        orgPath: item.orgPath,
        personId: null,
        subjectType: 'content',
        subjectId: item.id,
        data: { contentId: item.id, channel: item.channel, title: item.title, kind: item.kind },
      });
    }
    return due.length;
  });
}
