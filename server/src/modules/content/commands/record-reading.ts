// Effective reading. Opening the reader (or its page becoming visible again) sends a start, which
// credits nothing and sets the mark. The phone then beats every ContentLimits.heartbeatSeconds while the page is visible;
// each beat is credited the wall-clock time since the previous one, and never more than two beats'
// worth (a longer gap means the page was hidden or the phone asleep: that time was not reading).
// Credit collects in the progress row and becomes a `content.item.read` event once a minute of
// reading has gathered (at most one event per minute), and once when the end is first reached.
//
// A beat is ONE statement (every reader sends one each 15 s, the busiest write after the quiz):
// the row is read under its lock, the credit and whether an event is due are computed from it in
// SQL, then the row's update, the first beat's insert and the event are CTEs of the same
// autocommit statement. A concurrent beat of the same person waits on the row and computes from
// the row it waited for (READ COMMITTED), so no second is credited twice.
import { ContentLimits } from '@hongyun/contracts';
import type { TxCtx } from '../../../platform/context.ts';
import { queryNamed } from '../../../platform/db/named-query.ts';
import { EVENT_INSERT_COLUMNS, eventSelectList, eventValues } from '../../../platform/events/record.ts';
import { pokeDispatchers } from '../../../platform/events/wake.ts';
import type { Viewer } from '../audience.ts';

/** The most one beat may be credited. */
export const MAX_CREDIT_SECONDS = ContentLimits.heartbeatSeconds * 2;
const EVENT_EVERY_SECONDS = 60;

type Item = { id: string; channel: string; title: string };

// The event's payload was checked with placeholders; the figures only the statement knows replace them.
const readEvent = eventSelectList(8, {
  data: (d) => `${d} || jsonb_build_object('seconds', d.unreported, 'reachedEnd', d.at_end)`,
});

// $1 person, $2 content, $3 now, $4 is a start, $5 reached the end, $6 the most one beat may be
// credited, $7 seconds between events, then the event's values.
const BEAT = `with cur as (
    select unreported_seconds, reached_end, end_reported, last_beat_at, last_event_at
    from content_readings where person_id = $1::uuid and content_id = $2::uuid for update
  ),
  credit as (
    select c.*, case when $4::boolean then 0
      else greatest(0, least(floor(extract(epoch from ($3::timestamptz - c.last_beat_at)))::int, $6::int)) end as credited
    from cur c
  ),
  sums as (
    select k.*, k.unreported_seconds + k.credited as unreported, (k.reached_end or $5::boolean) as at_end,
      (k.last_event_at is null or extract(epoch from ($3::timestamptz - k.last_event_at)) >= $7::int) as is_minute_past
    from credit k
  ),
  d as (
    select s.*, (s.at_end and not s.end_reported and s.unreported > 0) as is_end_due,
      (s.unreported >= $7::int and s.is_minute_past) or (s.at_end and not s.end_reported and s.unreported > 0) as is_reported
    from sums s
  ),
  saved as (
    update content_readings r set
      read_seconds = r.read_seconds + d.credited,
      unreported_seconds = case when d.is_reported then 0 else d.unreported end,
      reached_end = d.at_end,
      end_reported = r.end_reported or d.is_end_due,
      -- A start moves the mark to now; a beat only forward (a clock step back credits nothing later).
      last_beat_at = case when $4::boolean or $3::timestamptz > r.last_beat_at then $3::timestamptz else r.last_beat_at end,
      last_event_at = case when d.is_reported then $3::timestamptz else r.last_event_at end
    from d where r.person_id = $1::uuid and r.content_id = $2::uuid
    returning r.read_seconds, r.reached_end
  ),
  -- The first beat opens the row and credits nothing: there is no earlier beat to measure from.
  opened as (
    insert into content_readings (person_id, content_id, last_beat_at, started_at, reached_end)
    select $1::uuid, $2::uuid, $3::timestamptz, $3::timestamptz, $5::boolean where not exists (select 1 from cur)
    on conflict do nothing
  ),
  read_event as (
    insert into events ${EVENT_INSERT_COLUMNS}
    select ${readEvent.sql} from d where d.is_reported
  )
  select d.credited, s.read_seconds, s.reached_end, d.is_reported from d cross join saved s`;

type Row = { credited: number; read_seconds: number; reached_end: boolean; is_reported: boolean };

export async function recordReading(
  ctx: TxCtx,
  viewer: Viewer & { personId: string },
  item: Item,
  beat: { isStart: boolean; reachedEnd: boolean },
  now = new Date(),
) {
  const event = eventValues(ctx, {
    type: 'content.item.read',
    orgId: viewer.orgId,
    orgPath: viewer.orgPath,
    personId: viewer.personId,
    subjectType: 'content',
    subjectId: item.id,
    // seconds and reachedEnd are placeholders (checked as a valid payload), replaced in SQL.
    data: { contentId: item.id, channel: item.channel, title: item.title, seconds: 1, reachedEnd: false },
  });
  const [row] = await queryNamed<Row>(ctx.db, BEAT, [
    viewer.personId,
    item.id,
    now.toISOString(),
    beat.isStart,
    beat.reachedEnd,
    MAX_CREDIT_SECONDS,
    EVENT_EVERY_SECONDS,
    ...readEvent.params(event),
  ]);
  // No row yet: this beat opened it.
  if (!row) return { readSeconds: 0, credited: 0, reachedEnd: beat.reachedEnd };
  if (row.is_reported) pokeDispatchers();
  return { readSeconds: row.read_seconds, credited: row.credited, reachedEnd: row.reached_end };
}
