import { and, eq, sql } from 'drizzle-orm';
import type { Ctx } from '../../../platform/context.ts';
import type { Db } from '../../../platform/db/client.ts';
import { AppError } from '../../../platform/errors.ts';
import { recordEvent } from '../../../platform/events/record.ts';
import type { VideoRow } from '../presenter.ts';
import { videoWatches } from '../schema.ts';
import { addReport, allowedByClock, type Segment } from '../segments.ts';

/** Share of a video watched that completes it. */
export const COMPLETION_SHARE = 0.9;
/** Watch events are at most one a minute per person and video (plus the one that completes it). */
export const EVENT_INTERVAL_MS = 60_000;

export type WatchReport = { from: number; to: number; positionSeconds?: number };

/**
 * Credits one report of played media to the watcher (the person acted for, when a relative acts for
 * an elderly member: the event row then names the delegation). One row per person and video,
 * locked for the report, so two reports at once cannot both claim the same seconds.
 */
export async function recordWatch(
  ctx: Ctx,
  video: VideoRow,
  report: WatchReport,
  now = new Date(),
  /** The content item the video was watched in (its channel's player), carried by the event. */
  contentId: string | null = null,
) {
  const actor = ctx.actor;
  if (!actor) throw new AppError('UNAUTHENTICATED');
  const personId = actor.actingFor?.personId ?? actor.personId;
  // An account with no member record (a pure administrator) previews but does not study.
  if (!personId) throw new AppError('FORBIDDEN');
  if (video.status !== 'ready' || !video.durationSeconds) throw new AppError('VIDEO_NOT_READY');
  const duration = video.durationSeconds;
  const run = async (db: Ctx['db']) => {
    const c = { ...ctx, db };
    await db.insert(videoWatches).values({ personId, videoId: video.id }).onConflictDoNothing();
    const [row] = await db
      .select()
      .from(videoWatches)
      .where(and(eq(videoWatches.personId, personId), eq(videoWatches.videoId, video.id)))
      .for('update');
    if (!row) throw new Error('watch row missing');
    const allowed = allowedByClock(row.lastReportAt, now);
    const { segments, newSeconds } = addReport(row.segments as Segment[], report, duration, allowed);
    const watched = segments.reduce((n, [a, b]) => n + (b - a), 0);
    const completed = row.completed || watched >= duration * COMPLETION_SHARE;
    const justCompleted = completed && !row.completedEmitted;
    const credit = Math.floor(watched) - row.emittedSeconds;
    const isDue = !row.lastEventAt || now.getTime() - row.lastEventAt.getTime() >= EVENT_INTERVAL_MS;
    const emit = credit > 0 && (isDue || justCompleted);
    if (emit) {
      await recordEvent(c, {
        type: 'video.asset.watched',
        orgId: video.orgId,
        orgPath: video.orgPath,
        personId,
        subjectType: 'video',
        subjectId: video.id,
        data: { videoId: video.id, contentId, title: video.title, seconds: credit, completed },
      });
    }
    const position = Math.min(duration, Math.max(0, report.positionSeconds ?? report.to));
    const [after] = await db
      .update(videoWatches)
      .set({
        segments,
        watchedSeconds: watched,
        positionSeconds: position,
        completed,
        lastReportAt: now,
        ...(emit ? { emittedSeconds: sql`${videoWatches.emittedSeconds} + ${credit}`, lastEventAt: now } : {}),
        ...(emit && completed ? { completedEmitted: true } : {}),
      })
      .where(and(eq(videoWatches.personId, personId), eq(videoWatches.videoId, video.id)))
      .returning();
    if (!after) throw new Error('watch row missing');
    return { watch: after, creditedSeconds: newSeconds };
  };
  if (ctx.afterCommit) return run(ctx.db);
  return ctx.db.transaction((tx) => run(tx as unknown as Db));
}
