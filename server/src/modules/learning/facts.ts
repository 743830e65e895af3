import type { PointAction } from '@hongyun/contracts';
import { inArray, sql } from 'drizzle-orm';
import { orgs } from '../../core/org/schema.ts';
import { people } from '../../core/people/schema.ts';
import type { DbOrTx } from '../../platform/db/client.ts';
import { type DeliveredEvent, isEventOf } from '../../platform/events/dispatcher.ts';
import { type Candidate, CapTracker, minutesCrossed } from './points.ts';
import { learningPersonDays, learningPoints } from './schema.ts';
import { ruleOf, settingsForPaths } from './settings.ts';

// The first half of the learning subscriber: reads what the batch needs (the person-days it
// touches, the day's points so far, where each person belongs, which articles and videos are
// finished for the first time) and walks the events in order into per person-day deltas and point
// awards. write.ts then applies them in one upsert per table.

/** Calendar day in China (UTC+8), the day a member means. */
export const chinaDay = (at: Date): string => new Date(at.getTime() + 8 * 3600_000).toISOString().slice(0, 10);

export type Award = {
  personId: string;
  day: string;
  orgId: number;
  orgPath: string;
  action: PointAction;
  points: number;
  sourceEventId: number;
  isDelegated: boolean;
};

export type DayDelta = {
  personId: string;
  day: string;
  orgId: number;
  orgPath: string;
  /** Whether the row existed before this batch, and what it held that the org figures depend on. */
  existed: boolean;
  wasDailyCompleted: boolean;
  wasDelegated: boolean;
  readSeconds: number;
  watchSeconds: number;
  articlesRead: number;
  videosWatched: number;
  answers: number;
  correct: number;
  dailyCompleted: boolean;
  delegatedSeconds: number;
  delegatedAnswers: number;
  /** Any reading, watching or answering (a completed paper alone is not studying). */
  studied: boolean;
};

type Place = { orgId: number; orgPath: string };

/**
 * Where each event counts: the org the producer named (the member's org when they acted), at its
 * current path (the event may predate a move). A video's event names the video's owning org, not
 * the watcher's, so watching counts at the person's register org instead; so does an event with no org.
 */
async function placesOf(db: DbOrTx, events: DeliveredEvent[]): Promise<Map<number, Place>> {
  const orgIds = [...new Set(events.map((e) => e.orgId).filter((id): id is number => id !== null))];
  const personIds = [...new Set(events.map((e) => e.personId as string))];
  const [orgRows, personRows] = await Promise.all([
    orgIds.length ? db.select({ id: orgs.id, path: orgs.path }).from(orgs).where(inArray(orgs.id, orgIds)) : [],
    db
      .select({ id: people.id, orgId: people.orgId, orgPath: people.orgPath })
      .from(people)
      .where(inArray(people.id, personIds)),
  ]);
  const orgPath = new Map(orgRows.map((r) => [r.id, r.path]));
  const home = new Map(personRows.map((r) => [r.id, r]));
  const places = new Map<number, Place>();
  for (const e of events) {
    const own = e.type !== 'video.asset.watched' && e.orgId !== null ? orgPath.get(e.orgId) : undefined;
    if (own && e.orgId !== null) {
      places.set(e.id, { orgId: e.orgId, orgPath: own });
      continue;
    }
    const p = home.get(e.personId as string);
    if (p?.orgId != null && p.orgPath) places.set(e.id, { orgId: p.orgId, orgPath: p.orgPath });
  }
  return places;
}

/**
 * The events that first finished an article (reached its end) or a video (completed): the
 * producers keep the flag true on every later event of the same person and item, so the first
 * is the one with the smallest id (one person's events on one item are written one at a time,
 * under the producer's row lock, so id order is their order).
 */
async function firstFinishes(db: DbOrTx, events: DeliveredEvent[]): Promise<Set<number>> {
  const wanted = events.filter(
    (e) =>
      (isEventOf(e, 'content.item.read') && e.data.reachedEnd) ||
      (isEventOf(e, 'video.asset.watched') && e.data.completed),
  );
  if (wanted.length === 0) return new Set();
  const persons = [...new Set(wanted.map((e) => e.personId as string))];
  const subjects = [...new Set(wanted.map((e) => e.subjectId as string))];
  const rows = await db.execute<{ first: string }>(sql`
    select min(id)::text as first from events
     where person_id = any(${pgArray(persons)}::uuid[]) and subject_id = any(${pgArray(subjects)}::text[])
       and ((type = 'content.item.read' and (data->>'reachedEnd')::boolean)
         or (type = 'video.asset.watched' and (data->>'completed')::boolean))
     group by type, person_id, subject_id`);
  const firsts = new Set(rows.rows.map((r) => Number(r.first)));
  return new Set(wanted.filter((e) => firsts.has(e.id)).map((e) => e.id));
}

/** A PostgreSQL array literal, sent as one parameter (drizzle spreads a JS array into a list). */
const pgArray = (values: readonly string[]) =>
  `{${values.map((v) => `"${v.replace(/["\\]/g, (c) => `\\${c}`)}"`).join(',')}}`;

const dayOf = (e: DeliveredEvent): string =>
  isEventOf(e, 'quiz.paper.completed') ? e.data.day : chinaDay(e.occurredAt);

export async function buildDeltas(
  db: DbOrTx,
  events: DeliveredEvent[],
): Promise<{ days: Map<string, DayDelta>; awards: Award[] }> {
  const places = await placesOf(db, events);
  const counted = events.filter((e) => places.has(e.id));
  const days = new Map<string, DayDelta>();
  const awards: Award[] = [];
  if (counted.length === 0) return { days, awards };
  const keys = [...new Set(counted.map((e) => `${e.personId}|${dayOf(e)}`))];
  const persons = keys.map((k) => k.split('|')[0] as string);
  const dates = keys.map((k) => k.split('|')[1] as string);
  const pairs = sql`(select * from unnest(${pgArray(persons)}::uuid[], ${pgArray(dates)}::date[]) as k(person_id, day))`;
  const [existing, earned, finishes] = await Promise.all([
    db.execute<typeof learningPersonDays.$inferSelect & { person_id: string; day: string }>(sql`
      select d.person_id, d.day::text as day, d.org_id as "orgId", d.org_path as "orgPath",
             d.read_seconds as "readSeconds", d.watch_seconds as "watchSeconds",
             d.daily_completed as "dailyCompleted", d.delegated_seconds as "delegatedSeconds",
             d.delegated_answers as "delegatedAnswers"
        from ${learningPersonDays} d join ${pairs} k using (person_id, day)`),
    db.execute<{ personId: string; day: string; action: string; points: number }>(sql`
      select p.person_id as "personId", p.day::text as day, p.action, sum(p.points)::int as points
        from ${learningPoints} p join ${pairs} k using (person_id, day)
       group by 1, 2, 3`),
    firstFinishes(db, counted),
  ]);
  const before = new Map(existing.rows.map((r) => [`${r.person_id}|${r.day}`, r]));
  const caps = new CapTracker(earned.rows);
  // The day's org: the row's own when it exists (a person counts at one org per day), else the first event's.
  const settings = await settingsForPaths(db, [
    ...new Set([...existing.rows.map((r) => r.orgPath), ...[...places.values()].map((p) => p.orgPath)]),
  ]);

  for (const e of counted) {
    const personId = e.personId as string;
    const day = dayOf(e);
    const key = `${personId}|${day}`;
    let d = days.get(key);
    if (!d) {
      const old = before.get(key);
      const place = old ? { orgId: old.orgId, orgPath: old.orgPath } : (places.get(e.id) as Place);
      d = {
        personId,
        day,
        ...place,
        existed: old !== undefined,
        wasDailyCompleted: old?.dailyCompleted ?? false,
        wasDelegated: (old?.delegatedSeconds ?? 0) + (old?.delegatedAnswers ?? 0) > 0,
        readSeconds: 0,
        watchSeconds: 0,
        articlesRead: 0,
        videosWatched: 0,
        answers: 0,
        correct: 0,
        dailyCompleted: false,
        delegatedSeconds: 0,
        delegatedAnswers: 0,
        studied: false,
      };
      days.set(key, d);
    }
    const old = before.get(key);
    const isDelegated = e.delegationId !== null;
    const candidates: Candidate[] = [];
    if (isEventOf(e, 'content.item.read')) {
      const prior = (old?.readSeconds ?? 0) + d.readSeconds;
      d.readSeconds += e.data.seconds;
      if (finishes.has(e.id)) {
        d.articlesRead += 1;
        candidates.push({ action: 'article.read', units: 1 });
      }
      candidates.push({ action: 'reading.minutes', units: minutesCrossed(prior, e.data.seconds) });
      if (isDelegated) d.delegatedSeconds += e.data.seconds;
      d.studied = true;
    } else if (isEventOf(e, 'video.asset.watched')) {
      const prior = (old?.watchSeconds ?? 0) + d.watchSeconds;
      d.watchSeconds += e.data.seconds;
      if (finishes.has(e.id)) {
        d.videosWatched += 1;
        candidates.push({ action: 'video.watched', units: 1 });
      }
      candidates.push({ action: 'watching.minutes', units: minutesCrossed(prior, e.data.seconds) });
      if (isDelegated) d.delegatedSeconds += e.data.seconds;
      d.studied = true;
    } else if (isEventOf(e, 'quiz.question.answered')) {
      d.answers += 1;
      if (e.data.isCorrect) {
        d.correct += 1;
        candidates.push({ action: `quiz.${e.data.kind}.correct`, units: 1 });
      }
      if (isDelegated) d.delegatedAnswers += 1;
      d.studied = true;
    } else if (isEventOf(e, 'quiz.paper.completed') && e.data.kind === 'daily') {
      d.dailyCompleted = true;
    }
    const s = settings.get(d.orgPath);
    if (!s) continue;
    for (const c of candidates) {
      const points = caps.award(personId, day, ruleOf(s, c.action), c);
      if (points > 0) {
        awards.push({
          personId,
          day,
          orgId: d.orgId,
          orgPath: d.orgPath,
          action: c.action,
          points,
          sourceEventId: e.id,
          isDelegated,
        });
      }
    }
  }
  return { days, awards };
}
