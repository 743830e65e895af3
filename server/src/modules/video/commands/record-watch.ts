import { and, eq, sql } from 'drizzle-orm';
import type { Ctx } from '../../../platform/context.ts';
import type { Db } from '../../../platform/db/client.ts';
import { queryNamed } from '../../../platform/db/named-query.ts';
import { AppError } from '../../../platform/errors.ts';
import { EVENT_INSERT_COLUMNS, eventSelectList, eventValues, recordEvent } from '../../../platform/events/record.ts';
import { pokeDispatchers } from '../../../platform/events/wake.ts';
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
  const watcher: Watcher = { personId, video, duration, report, now, contentId };
  // Inside a caller's transaction, that transaction's way; else the optimistic one-statement write.
  if (!ctx.afterCommit) {
    for (let attempt = 0; attempt < OPTIMISTIC_ATTEMPTS; attempt++) {
      const done = await writeIfUnchanged(ctx, watcher);
      if (done) return done;
    }
  }
  const run = async (db: Ctx['db']) => {
    const c = { ...ctx, db };
    await db.insert(videoWatches).values({ personId, videoId: video.id }).onConflictDoNothing();
    const [row] = await db
      .select()
      .from(videoWatches)
      .where(and(eq(videoWatches.personId, personId), eq(videoWatches.videoId, video.id)))
      .for('update');
    if (!row) throw new Error('watch row missing');
    const r = reckon(row, watcher);
    if (r.emit) await recordEvent(c, watchedEvent(watcher, r));
    const [after] = await db
      .update(videoWatches)
      .set({
        segments: r.segments,
        watchedSeconds: r.watched,
        positionSeconds: r.position,
        completed: r.completed,
        lastReportAt: now,
        ...(r.emit ? { emittedSeconds: sql`${videoWatches.emittedSeconds} + ${r.credit}`, lastEventAt: now } : {}),
        ...(r.emit && r.completed ? { completedEmitted: true } : {}),
      })
      .where(and(eq(videoWatches.personId, personId), eq(videoWatches.videoId, video.id)))
      .returning();
    if (!after) throw new Error('watch row missing');
    return { watch: after, creditedSeconds: r.newSeconds };
  };
  if (ctx.afterCommit) return run(ctx.db);
  return ctx.db.transaction((tx) => run(tx as unknown as Db));
}

type Watcher = {
  personId: string;
  video: VideoRow;
  duration: number;
  report: WatchReport;
  now: Date;
  contentId: string | null;
};
type WatchState = {
  segments: unknown;
  completed: boolean;
  completedEmitted: boolean;
  emittedSeconds: number;
  lastReportAt: Date | null;
  lastEventAt: Date | null;
};

/** What one report does to a watch row: the merged segments, and whether an event is due. */
function reckon(row: WatchState, w: Watcher) {
  const allowed = allowedByClock(row.lastReportAt, w.now);
  const { segments, newSeconds } = addReport(row.segments as Segment[], w.report, w.duration, allowed);
  const watched = segments.reduce((n, [a, b]) => n + (b - a), 0);
  const completed = row.completed || watched >= w.duration * COMPLETION_SHARE;
  const justCompleted = completed && !row.completedEmitted;
  const credit = Math.floor(watched) - row.emittedSeconds;
  const isDue = !row.lastEventAt || w.now.getTime() - row.lastEventAt.getTime() >= EVENT_INTERVAL_MS;
  const emit = credit > 0 && (isDue || justCompleted);
  const position = Math.min(w.duration, Math.max(0, w.report.positionSeconds ?? w.report.to));
  return { segments, newSeconds, watched, completed, credit, emit, position };
}

const watchedEvent = (w: Watcher, r: ReturnType<typeof reckon>) =>
  ({
    type: 'video.asset.watched',
    orgId: w.video.orgId,
    orgPath: w.video.orgPath,
    personId: w.personId,
    subjectType: 'video',
    subjectId: w.video.id,
    data: {
      videoId: w.video.id,
      contentId: w.contentId,
      title: w.video.title,
      seconds: r.credit,
      completed: r.completed,
    },
  }) as const;

// The optimistic write: the row is read without a lock, the report reckoned in the process, and the
// update applies only if the row is still the version read (its xmin, which every update changes);
// the event, when due, is a CTE of the same statement. A concurrent report of the same person makes
// the update match nothing, and the report is reckoned again from the new row. The player sends one
// report each 15 s, so a clash is rare; after a few the locked transaction above takes over.
const OPTIMISTIC_ATTEMPTS = 3;
const READ = `select segments, completed, completed_emitted, emitted_seconds,
    floor(extract(epoch from last_report_at) * 1000)::float8 as last_report_ms,
    floor(extract(epoch from last_event_at) * 1000)::float8 as last_event_ms, xmin::text as version
  from video_watches where person_id = $1::uuid and video_id = $2::uuid`;
const OPEN = `insert into video_watches (person_id, video_id) values ($1::uuid, $2::uuid) on conflict do nothing`;
// $1 person, $2 video, $3 version read, $4 segments, $5 watched, $6 position, $7 completed, $8 now,
// $9 whether an event is written (its credit added, the completion marked), $10 credit.
const UPDATE = `update video_watches set segments = $4::jsonb, watched_seconds = $5::float8,
      position_seconds = $6::float8, completed = $7::boolean, last_report_at = $8::timestamptz,
      emitted_seconds = emitted_seconds + case when $9::boolean then $10::int else 0 end,
      last_event_at = case when $9::boolean then $8::timestamptz else last_event_at end,
      completed_emitted = completed_emitted or ($9::boolean and $7::boolean)
    where person_id = $1::uuid and video_id = $2::uuid and xmin = $3::text::xid
    returning watched_seconds, position_seconds, completed`;
const eventList = eventSelectList(11);
const UPDATE_WITH_EVENT = `with saved as (${UPDATE}),
  watched_event as (insert into events ${EVENT_INSERT_COLUMNS} select ${eventList.sql} from saved)
  select * from saved`;

type ReadRow = {
  segments: Segment[];
  completed: boolean;
  completed_emitted: boolean;
  emitted_seconds: number;
  last_report_ms: number | null;
  last_event_ms: number | null;
  version: string;
};
type Saved = { watched_seconds: number; position_seconds: number; completed: boolean };

const dateOf = (ms: number | null) => (ms === null ? null : new Date(ms));

async function writeIfUnchanged(ctx: Ctx, w: Watcher) {
  const key = [w.personId, w.video.id];
  let [row] = await queryNamed<ReadRow>(ctx.db, READ, key);
  if (!row) {
    await queryNamed(ctx.db, OPEN, key);
    [row] = await queryNamed<ReadRow>(ctx.db, READ, key);
    if (!row) return null;
  }
  const r = reckon(
    {
      segments: row.segments,
      completed: row.completed,
      completedEmitted: row.completed_emitted,
      emittedSeconds: row.emitted_seconds,
      lastReportAt: dateOf(row.last_report_ms),
      lastEventAt: dateOf(row.last_event_ms),
    },
    w,
  );
  const params = [
    ...key,
    row.version,
    JSON.stringify(r.segments),
    r.watched,
    r.position,
    r.completed,
    w.now.toISOString(),
    r.emit,
    r.credit,
  ];
  const [saved] = r.emit
    ? await queryNamed<Saved>(ctx.db, UPDATE_WITH_EVENT, [
        ...params,
        ...eventList.params(eventValues(ctx, watchedEvent(w, r))),
      ])
    : await queryNamed<Saved>(ctx.db, UPDATE, params);
  if (!saved) return null;
  if (r.emit) pokeDispatchers();
  return {
    watch: {
      watchedSeconds: saved.watched_seconds,
      positionSeconds: saved.position_seconds,
      completed: saved.completed,
    },
    creditedSeconds: r.newSeconds,
  };
}
