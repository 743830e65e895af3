import { chinaDay } from '../../../core/events/rollups.ts';
import type { Services } from '../../../platform/context.ts';
import { withClientTransaction } from '../../../platform/db/copy.ts';
import { learningDays, loadPeople, planLearning, simulateAll } from './city.ts';
import { GENERATED_POINTS, LEADING_RANKS } from './simulate.ts';
import { writeLearningDays } from './write.ts';

// Two weeks of learning history for the demo city (`npm start`), so the dashboards and "my points"
// are not empty: every member by their own habit, the demo sign-ins nearly daily, the 80-year-old
// member through her daughter-in-law (delegated), and one leading cadre who has gone five working
// days without the daily quiz (a case for the supervision rules). Days end yesterday: today is
// left to what people really do, which the subscriber records.

export const DEMO_DAYS = 14;
const DEMO_SEED = 20190101;

/**
 * Seeds once: generated ledger rows have no source event, so their presence marks a seeded
 * database and a second start adds nothing.
 */
export async function seedLearningDemo(services: Services, say: (msg: string) => void): Promise<void> {
  const marked = await services.pool.query(
    'select 1 from learning_points where source_event_id is null and action = any($1) limit 1',
    [Object.keys(GENERATED_POINTS)],
  );
  if (marked.rowCount) return;
  const today = chinaDay();
  const days = await learningDays(services.db, today, DEMO_DAYS);
  const people = await loadPeople(services.pool, today, DEMO_SEED, 'demo');
  if (people.length === 0) return;
  // The leading cadre with a demo sign-in is the one who lapses, so the supervision demo can be
  // tried from both ends (the cadre's reminder, the unit head's report).
  const signedIn = await services.pool.query<{ id: string }>(
    'select p.id from people p join accounts a on a.person_id = p.id where p.cadre_rank = any($1) order by p.id',
    [LEADING_RANKS],
  );
  const plan = planLearning(
    people,
    days,
    DEMO_SEED,
    1,
    signedIn.rows.map((r) => r.id),
  );
  const range = { from: days[0]?.day as string, to: days.at(-1)?.day as string };
  const r = await withClientTransaction(services.pool, (_db, client) =>
    writeLearningDays(client, () => simulateAll(plan, DEMO_SEED), range),
  );
  say(`demo learning: ${DEMO_DAYS} days, ${r.personDays} person-days, ${r.ledger} ledger rows`);
}
