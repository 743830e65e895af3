import { sql } from 'drizzle-orm';
import type { Services } from '../../platform/context.ts';

// Positions are sensitive personal information (PIPL art. 28): a punch keeps its exact position
// for ATTENDANCE_POSITION_DAYS (default 90) — long enough for the month's sheet, its approvals and
// reviews — and is then coarsened to two decimals (about a kilometre), enough to say which village
// and no more. The judgement (inside, distance) stays.

const DEFAULT_DAYS = 90;

export function retentionDays(env: NodeJS.ProcessEnv = process.env): number {
  const raw = Number(env.ATTENDANCE_POSITION_DAYS);
  return Number.isInteger(raw) && raw >= 1 && raw <= 3650 ? raw : DEFAULT_DAYS;
}

/** Coarsens the positions past retention, a batch at a time; returns how many. */
export async function coarsenPositions(services: Pick<Services, 'db'>, days = retentionDays()): Promise<number> {
  let total = 0;
  for (;;) {
    const r = await services.db.execute(sql`
      update attendance_punches set lat = round(lat::numeric, 2)::float8, lng = round(lng::numeric, 2)::float8,
        coarsened_at = now()
      where id in (select id from attendance_punches
                   where coarsened_at is null and punched_at < now() - make_interval(days => ${days})
                   limit 5000)`);
    total += r.rowCount ?? 0;
    if ((r.rowCount ?? 0) < 5000) return total;
  }
}
