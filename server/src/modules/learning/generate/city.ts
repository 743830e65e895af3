import { workdaysBetween } from '../../../core/calendar/index.ts';
import type { Services } from '../../../platform/context.ts';
import type { DbOrTx } from '../../../platform/db/client.ts';
import { withClientTransaction } from '../../../platform/db/copy.ts';
import {
  LEADING_RANKS,
  laggardCount,
  type PersonDay,
  pickLaggards,
  type SimDay,
  type SimPerson,
  simulatePerson,
} from './simulate.ts';
import { type WrittenCounts, writeLearningDays } from './write.ts';

// `generate --days N`: N days of learning for every generated member, ending the day before the
// as-of date (today stays untouched, so today's first paper opens are still first opens).

const DAY_MS = 86_400_000;
export const addDays = (day: string, n: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);

/** The `n` days before `asOf` with their working-day flag from the workday calendar. */
export async function learningDays(db: DbOrTx, asOf: string, n: number): Promise<SimDay[]> {
  const from = addDays(asOf, -n);
  const to = addDays(asOf, -1);
  const work = new Set((await workdaysBetween(db, from, to)).days);
  return Array.from({ length: n }, (_, i) => addDays(from, i)).map((day) => ({ day, isWorkday: work.has(day) }));
}

/** Elderly members whose relative learns for them: a share of those 75 and over. */
const delegatedShare = 0.3;

/**
 * Reads the register as the simulation needs it, in id order (the generator's ids are the seed's).
 * 'city': a seeded share of members 75 and over learn through a relative. 'demo': those with a
 * live learning delegation do, and members with an account (the demo sign-ins) study nearly daily,
 * so "my points" is never empty.
 */
export async function loadPeople(
  pool: Services['pool'],
  asOf: string,
  seed: number,
  mode: 'city' | 'demo' = 'city',
): Promise<SimPerson[]> {
  const { rows } = await pool.query<{
    id: string;
    orgId: number;
    orgPath: string;
    isLeader: boolean | null;
    isOld: boolean | null;
    hasDelegation: boolean;
    hasAccount: boolean;
  }>(
    `select p.id, p.org_id as "orgId", p.org_path as "orgPath", p.cadre_rank = any($1) as "isLeader",
       p.birth_date <= ($2::date - interval '75 years') as "isOld",
       exists (select 1 from delegations d where d.principal_person_id = p.id and d.revoked_at is null
         and d.scopes ? 'learning') as "hasDelegation",
       exists (select 1 from accounts a where a.person_id = p.id) as "hasAccount"
     from people p order by p.id`,
    [LEADING_RANKS, asOf],
  );
  return rows.map((p) => ({
    id: p.id,
    orgId: p.orgId,
    orgPath: p.orgPath,
    isLeader: p.isLeader === true,
    isDelegated:
      mode === 'demo' ? p.hasDelegation : p.isOld === true && hashShare(`${seed}:delegated:${p.id}`) < delegatedShare,
    ...(mode === 'demo' && (p.hasAccount || p.hasDelegation) ? { habit: 0.9 } : {}),
  }));
}

function hashShare(key: string): number {
  let h = 2166136261;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 16777619);
  return (h >>> 0) / 4294967296;
}

export type LearningPlan = {
  people: SimPerson[];
  days: SimDay[];
  laggards: Set<string>;
  /** Per laggard, the first day without a quiz: 5 to 8 working days before the end. */
  lagFrom: Map<string, string>;
};

/** Who lags and from when; everything else follows from the seed and the person. */
export function planLearning(
  people: SimPerson[],
  days: SimDay[],
  seed: number,
  laggards = laggardCount(people.filter((p) => p.isLeader).length),
  /** Leading cadres to pick first (the demo's signed-in cadre, so its supervision case has an account). */
  prefer: readonly string[] = [],
): LearningPlan {
  const leaders = people.filter((p) => p.isLeader).map((p) => p.id);
  const workdays = days.filter((d) => d.isWorkday).map((d) => d.day);
  const first = prefer.filter((id) => leaders.includes(id)).slice(0, laggards);
  const rest = leaders.filter((id) => !first.includes(id));
  // With fewer than 5 working days nobody can go 5 without a quiz.
  const picked =
    workdays.length >= 5
      ? new Set([...first, ...pickLaggards(rest, laggards - first.length, seed)])
      : new Set<string>();
  const lagFrom = new Map<string, string>();
  let i = 0;
  for (const id of picked) {
    const back = Math.min(workdays.length, 5 + (i++ % 4));
    lagFrom.set(id, workdays[workdays.length - back] as string);
  }
  return { people, days, laggards: picked, lagFrom };
}

export function* simulateAll(plan: LearningPlan, seed: number): Generator<PersonDay> {
  for (const p of plan.people) yield* simulatePerson(p, plan.days, seed, { lagFrom: plan.lagFrom.get(p.id) });
}

export type GeneratedLearning = WrittenCounts & { days: number; laggards: number; seconds: number };

/** The generator hook: `days` days of learning for the whole register, in one transaction. */
export async function generateLearningDays(
  services: Services,
  input: { seed: number; days: number; asOf: string },
): Promise<GeneratedLearning | null> {
  if (input.days <= 0) return null;
  const started = Date.now();
  const days = await learningDays(services.db, input.asOf, input.days);
  const plan = planLearning(await loadPeople(services.pool, input.asOf, input.seed), days, input.seed);
  const range = { from: days[0]?.day as string, to: days.at(-1)?.day as string };
  const counts = await withClientTransaction(services.pool, (_db, client) =>
    writeLearningDays(client, () => simulateAll(plan, input.seed), range),
  );
  await services.pool.query(
    'vacuum (analyze) learning_person_days, learning_org_days, learning_points, learning_person_years, learning_person_status',
  );
  return { ...counts, days: days.length, laggards: plan.laggards.size, seconds: (Date.now() - started) / 1000 };
}
