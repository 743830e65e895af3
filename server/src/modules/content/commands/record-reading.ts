// Effective reading. Opening the reader (or its page becoming visible again) sends a start, which
// credits nothing and sets the mark. The phone then beats every ContentLimits.heartbeatSeconds while the page is visible;
// each beat is credited the wall-clock time since the previous one, and never more than two beats'
// worth (a longer gap means the page was hidden or the phone asleep: that time was not reading).
// Credit collects in the progress row and becomes a `content.item.read` event once a minute of
// reading has gathered (at most one event per minute), and once when the end is first reached.
import { ContentLimits } from '@hongyun/contracts';
import { and, eq, sql } from 'drizzle-orm';
import type { TxCtx } from '../../../platform/context.ts';
import { recordEvent } from '../../../platform/events/record.ts';
import type { Viewer } from '../audience.ts';
import { contentReadings } from '../schema.ts';

/** The most one beat may be credited. */
export const MAX_CREDIT_SECONDS = ContentLimits.heartbeatSeconds * 2;
const EVENT_EVERY_SECONDS = 60;

type Item = { id: string; channel: string; title: string };

export async function recordReading(
  ctx: TxCtx,
  viewer: Viewer & { personId: string },
  item: Item,
  beat: { isStart: boolean; reachedEnd: boolean },
  now = new Date(),
) {
  return ctx.db.transaction(async (db) => {
    const tx = { ...ctx, db };
    // The first beat opens the row and credits nothing: there is no earlier beat to measure from.
    await db
      .insert(contentReadings)
      .values({ personId: viewer.personId, contentId: item.id, lastBeatAt: now, startedAt: now })
      .onConflictDoNothing();
    const [row] = await db
      .select()
      .from(contentReadings)
      .where(and(eq(contentReadings.personId, viewer.personId), eq(contentReadings.contentId, item.id)))
      .for('update');
    if (!row) throw new Error('reading row missing');
    const elapsed = Math.floor((now.getTime() - row.lastBeatAt.getTime()) / 1000);
    const credited = beat.isStart ? 0 : Math.max(0, Math.min(elapsed, MAX_CREDIT_SECONDS));
    const unreported = row.unreportedSeconds + credited;
    const isAtEnd = row.reachedEnd || beat.reachedEnd;
    const sinceEvent = row.lastEventAt ? (now.getTime() - row.lastEventAt.getTime()) / 1000 : Number.POSITIVE_INFINITY;
    const isMinuteDue = unreported >= EVENT_EVERY_SECONDS && sinceEvent >= EVENT_EVERY_SECONDS;
    const isEndDue = isAtEnd && !row.endReported && unreported > 0;
    const isReported = isMinuteDue || isEndDue;
    if (isReported) {
      await recordEvent(tx, {
        type: 'content.item.read',
        orgId: viewer.orgId,
        orgPath: viewer.orgPath,
        personId: viewer.personId,
        subjectType: 'content',
        subjectId: item.id,
        data: {
          contentId: item.id,
          channel: item.channel,
          title: item.title,
          seconds: unreported,
          reachedEnd: isAtEnd,
        },
      });
    }
    // A start moves the mark to now; a beat only forward (a clock step back credits nothing later).
    const beatAt = beat.isStart || now > row.lastBeatAt ? now : row.lastBeatAt;
    const [saved] = await db
      .update(contentReadings)
      .set({
        readSeconds: sql`${contentReadings.readSeconds} + ${credited}`,
        unreportedSeconds: isReported ? 0 : unreported,
        reachedEnd: isAtEnd,
        endReported: row.endReported || isEndDue,
        lastBeatAt: beatAt,
        lastEventAt: isReported ? now : row.lastEventAt,
      })
      .where(and(eq(contentReadings.personId, viewer.personId), eq(contentReadings.contentId, item.id)))
      .returning({ readSeconds: contentReadings.readSeconds, reachedEnd: contentReadings.reachedEnd });
    return { readSeconds: saved?.readSeconds ?? 0, credited, reachedEnd: saved?.reachedEnd ?? isAtEnd };
  });
}
