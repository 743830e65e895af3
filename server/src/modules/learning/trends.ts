import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/client.ts';

// A person's recent days as trends need them (the supervision forecast): whether the daily quiz was
// completed and how long they studied. One query for the whole list, over the (person_id, day)
// primary key; days without a row are days without learning.

export type TrendDay = { day: string; dailyCompleted: boolean; studySeconds: number };

/** For each person id, their days with learning in [from, to] (China days, inclusive), in day order. */
export async function personTrendDays(
  db: DbOrTx,
  personIds: readonly string[],
  from: string,
  to: string,
): Promise<Map<string, TrendDay[]>> {
  const result = new Map<string, TrendDay[]>(personIds.map((id) => [id, []]));
  if (personIds.length === 0) return result;
  const rows = await db.execute<{ person_id: string; day: string; done: boolean; seconds: number }>(sql`
    select person_id, day::text as day, daily_completed as done, read_seconds + watch_seconds as seconds
    from learning_person_days
    where person_id = any(${`{${personIds.join(',')}}`}::uuid[]) and day between ${from}::date and ${to}::date
    order by person_id, day`);
  for (const r of rows.rows) {
    result.get(r.person_id)?.push({ day: r.day, dailyCompleted: r.done, studySeconds: Number(r.seconds) });
  }
  return result;
}
