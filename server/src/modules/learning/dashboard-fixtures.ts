// Test-only: learning facts written straight into this module's own tables, as the subscriber
// would leave them, so the dashboard tests know every number. learning_org_days is rebuilt from
// the person days by one aggregate, like the subscriber's per-org sums.
import { sql } from 'drizzle-orm';
import type { Services } from '../../platform/context.ts';

type S = Pick<Services, 'db'>;
type Person = { id: string; orgId: number | null; orgPath: string | null };

export type StudyFacts = {
  readSeconds?: number;
  watchSeconds?: number;
  answers?: number;
  correct?: number;
  dailyCompleted?: boolean;
  points?: number;
  delegatedSeconds?: number;
  delegatedAnswers?: number;
};

/** One person's day of learning, at their current org; also their status and year totals. */
export async function studyDay(s: S, p: Person, day: string, f: StudyFacts = {}): Promise<void> {
  const read = f.readSeconds ?? 600;
  const watch = f.watchSeconds ?? 0;
  await s.db.execute(sql`
    insert into learning_person_days (person_id, day, org_id, org_path, read_seconds, watch_seconds, answers,
      correct, daily_completed, points, delegated_seconds, delegated_answers)
    values (${p.id}, ${day}, ${p.orgId}, ${p.orgPath}, ${read}, ${watch}, ${f.answers ?? 0}, ${f.correct ?? 0},
      ${f.dailyCompleted ?? false}, ${f.points ?? 0}, ${f.delegatedSeconds ?? 0}, ${f.delegatedAnswers ?? 0})`);
  await s.db.execute(sql`
    insert into learning_person_status (person_id, points_total, last_studied_on)
    values (${p.id}, ${f.points ?? 0}, ${day})
    on conflict (person_id) do update set points_total = learning_person_status.points_total + excluded.points_total,
      last_studied_on = greatest(learning_person_status.last_studied_on, excluded.last_studied_on)`);
  await studyYear(s, p, Number(day.slice(0, 4)), { readSeconds: read, watchSeconds: watch });
}

/** Adds study seconds to a person's year (学时). */
export async function studyYear(
  s: S,
  p: { id: string },
  year: number,
  f: { readSeconds?: number; watchSeconds?: number; otherSeconds?: number },
): Promise<void> {
  await s.db.execute(sql`
    insert into learning_person_years (person_id, year, read_seconds, watch_seconds, other_seconds)
    values (${p.id}, ${year}, ${f.readSeconds ?? 0}, ${f.watchSeconds ?? 0}, ${f.otherSeconds ?? 0})
    on conflict (person_id, year) do update set
      read_seconds = learning_person_years.read_seconds + excluded.read_seconds,
      watch_seconds = learning_person_years.watch_seconds + excluded.watch_seconds,
      other_seconds = learning_person_years.other_seconds + excluded.other_seconds`);
}

/** learning_org_days as the sums of the person days, per org and day (the org's own people only). */
export async function rebuildOrgDays(s: S): Promise<void> {
  await s.db.execute(sql`delete from learning_org_days`);
  await s.db.execute(sql`
    insert into learning_org_days (org_id, day, org_path, active_people, daily_completed, read_seconds,
      watch_seconds, answers, correct, points, delegated_seconds, delegated_answers, delegated_people)
    select org_id, day, min(org_path), count(*), count(*) filter (where daily_completed), sum(read_seconds),
      sum(watch_seconds), sum(answers), sum(correct), sum(points), sum(delegated_seconds), sum(delegated_answers),
      count(*) filter (where delegated_seconds > 0 or delegated_answers > 0)
      from learning_person_days group by org_id, day`);
}
