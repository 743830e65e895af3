import type pg from 'pg';
import { type Cell, copyRows } from '../../../platform/db/copy.ts';
import type { PersonDay } from './simulate.ts';

// Writes simulated learning days the way the subscriber would have left them, in the caller's
// transaction: learning_person_days and learning_points by COPY, then the org days, person years
// and person status derived from those rows in SQL (set-based, so they are exactly the sums of
// the person days, as the subscriber keeps them).
//
// The ledger is aggregated per person, day and action: the subscriber writes one row per award
// (an article read, a minute block, a correct answer), about 15 a day for an active member; a
// city's 30 days would be ~25 million rows, of which only the sums are ever read. One row per
// person-day-action keeps the same totals in ~5 million. Generated rows have no source event
// (source_event_id null), so they never collide with the once-per-event index.

const PERSON_DAY_COLUMNS = [
  'person_id',
  'day',
  'org_id',
  'org_path',
  'read_seconds',
  'watch_seconds',
  'articles_read',
  'videos_watched',
  'answers',
  'correct',
  'daily_completed',
  'points',
  'delegated_seconds',
  'delegated_answers',
] as const;
const LEDGER_COLUMNS = [
  'person_id',
  'org_id',
  'org_path',
  'day',
  'action',
  'points',
  'is_delegated',
  'created_at',
] as const;

function* personDayRows(days: Iterable<PersonDay>): Generator<Cell[]> {
  for (const d of days)
    yield [
      d.personId,
      d.day,
      d.orgId,
      d.orgPath,
      d.readSeconds,
      d.watchSeconds,
      d.articlesRead,
      d.videosWatched,
      d.answers,
      d.correct,
      d.dailyCompleted,
      d.points,
      d.delegatedSeconds,
      d.delegatedAnswers,
    ];
}

function* ledgerRows(days: Iterable<PersonDay>): Generator<Cell[]> {
  for (const d of days) {
    const delegated = d.delegatedSeconds > 0 || d.delegatedAnswers > 0;
    for (const a of d.awards) yield [d.personId, d.orgId, d.orgPath, d.day, a.action, a.points, delegated, a.at];
  }
}

export type WrittenCounts = { personDays: number; ledger: number; orgDays: number; personYears: number };

/**
 * Writes the days `simulate()` yields (called twice: once per COPY, so nothing is held in
 * memory; the simulation is deterministic) and derives the aggregate tables for [from, to].
 * The caller guarantees nothing was recorded for these people in that range before.
 */
export async function writeLearningDays(
  client: pg.PoolClient,
  simulate: () => Iterable<PersonDay>,
  range: { from: string; to: string },
): Promise<WrittenCounts> {
  const personDays = await copyRows(client, 'learning_person_days', PERSON_DAY_COLUMNS, personDayRows(simulate()));
  const ledger = await copyRows(client, 'learning_points', LEDGER_COLUMNS, ledgerRows(simulate()));
  const params = [range.from, range.to];
  const org = await client.query(
    `insert into learning_org_days (org_id, day, org_path, active_people, daily_completed, read_seconds,
       watch_seconds, answers, correct, points, delegated_seconds, delegated_answers, delegated_people)
     select org_id, day, min(org_path), count(*), count(*) filter (where daily_completed), sum(read_seconds),
       sum(watch_seconds), sum(answers), sum(correct), sum(points), sum(delegated_seconds), sum(delegated_answers),
       count(*) filter (where delegated_seconds > 0 or delegated_answers > 0)
     from learning_person_days where day between $1 and $2 group by org_id, day`,
    params,
  );
  const years = await client.query(
    `insert into learning_person_years as y (person_id, year, read_seconds, watch_seconds, points)
     select person_id, extract(year from day)::int, sum(read_seconds), sum(watch_seconds), sum(points)
     from learning_person_days where day between $1 and $2 group by person_id, extract(year from day)
     on conflict (person_id, year) do update set read_seconds = y.read_seconds + excluded.read_seconds,
       watch_seconds = y.watch_seconds + excluded.watch_seconds, points = y.points + excluded.points`,
    params,
  );
  await client.query(
    `insert into learning_person_status as s (person_id, points_total, last_studied_on, last_daily_quiz_on)
     select person_id, sum(points), max(day), max(day) filter (where daily_completed)
     from learning_person_days where day between $1 and $2 group by person_id
     on conflict (person_id) do update set points_total = s.points_total + excluded.points_total,
       last_studied_on = greatest(s.last_studied_on, excluded.last_studied_on),
       last_daily_quiz_on = greatest(s.last_daily_quiz_on, excluded.last_daily_quiz_on)`,
    params,
  );
  return { personDays, ledger, orgDays: org.rowCount ?? 0, personYears: years.rowCount ?? 0 };
}
