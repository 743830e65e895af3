import { and, desc, eq, gte, inArray, lte, sql } from 'drizzle-orm';
import { workdaysBetween } from '../../core/calendar/index.ts';
import { pathIds } from '../../core/org/index.ts';
import { orgs } from '../../core/org/schema.ts';
import { people } from '../../core/people/schema.ts';
import type { DbOrTx } from '../../platform/db/client.ts';
import { inScope } from '../../platform/db/path-scope.ts';
import { learningPersonDays, learningPersonStatus, learningPersonYears, learningPoints } from './schema.ts';

// A member's own learning record, read from the learning facts: points, study hours, answer rates.

export type RatePeriod = {
  from: string;
  to: string;
  rate: number | null;
  completedDays: number;
  workingDays: number;
  isProvisional: boolean;
};

/** The days in [from, to] on which each person completed their daily quiz (any day, working or not). */
export async function dailyQuizDays(
  db: DbOrTx,
  personIds: readonly string[],
  from: string,
  to: string,
): Promise<Map<string, string[]>> {
  const result = new Map<string, string[]>(personIds.map((id) => [id, []]));
  if (personIds.length === 0) return result;
  const rows = await db
    .select({ personId: learningPersonDays.personId, day: learningPersonDays.day })
    .from(learningPersonDays)
    .where(
      and(
        inArray(learningPersonDays.personId, [...personIds]),
        gte(learningPersonDays.day, from),
        lte(learningPersonDays.day, to),
        eq(learningPersonDays.dailyCompleted, true),
      ),
    )
    .orderBy(learningPersonDays.day);
  for (const r of rows) result.get(r.personId)?.push(r.day);
  return result;
}

/**
 * 答题率: working days in [from, to] with the daily quiz completed ÷ working days, by the workday
 * calendar (a quiz done on a holiday is not counted: the rate asks about working days). Provisional
 * when part of the period lies in a year whose holidays are not confirmed.
 */
export async function answerRate(db: DbOrTx, personId: string, from: string, to: string): Promise<RatePeriod> {
  const [work, done] = await Promise.all([workdaysBetween(db, from, to), dailyQuizDays(db, [personId], from, to)]);
  const completed = new Set(done.get(personId) ?? []);
  const completedDays = work.days.filter((d) => completed.has(d)).length;
  const workingDays = work.days.length;
  return {
    from,
    to,
    rate: workingDays === 0 ? null : completedDays / workingDays,
    completedDays,
    workingDays,
    isProvisional: work.unconfirmed.length > 0,
  };
}

export type PersonPlace = { id: string; name: string; orgId: number; orgPath: string; position: string | null };

export async function personPlace(db: DbOrTx, personId: string): Promise<PersonPlace | null> {
  const [row] = await db
    .select({
      id: people.id,
      name: people.name,
      orgId: people.orgId,
      orgPath: people.orgPath,
      position: people.position,
    })
    .from(people)
    .where(eq(people.id, personId));
  if (!row || row.orgId === null || row.orgPath === null) return null;
  return { ...row, orgId: row.orgId, orgPath: row.orgPath };
}

/** Points and study seconds: all time, the year, and the day; today's points by action. */
export async function pointsAndHours(db: DbOrTx, personId: string, today: string) {
  const year = Number(today.slice(0, 4));
  const [[status], [years], [day], byAction] = await Promise.all([
    db.select().from(learningPersonStatus).where(eq(learningPersonStatus.personId, personId)),
    db
      .select()
      .from(learningPersonYears)
      .where(and(eq(learningPersonYears.personId, personId), eq(learningPersonYears.year, year))),
    db
      .select({ points: learningPersonDays.points })
      .from(learningPersonDays)
      .where(and(eq(learningPersonDays.personId, personId), eq(learningPersonDays.day, today))),
    db
      .select({ action: learningPoints.action, points: sql<number>`sum(${learningPoints.points})::int` })
      .from(learningPoints)
      .where(and(eq(learningPoints.personId, personId), eq(learningPoints.day, today)))
      .groupBy(learningPoints.action),
  ]);
  return {
    year,
    total: status?.pointsTotal ?? 0,
    thisYear: years?.points ?? 0,
    today: day?.points ?? 0,
    todayByAction: new Map(byAction.map((r) => [r.action, r.points])),
    seconds: { read: years?.readSeconds ?? 0, watch: years?.watchSeconds ?? 0, other: years?.otherSeconds ?? 0 },
    lastStudiedOn: status?.lastStudiedOn ?? null,
  };
}

export async function pointsLedger(db: DbOrTx, personId: string, page: number, pageSize: number) {
  const where = eq(learningPoints.personId, personId);
  const [rows, [count]] = await Promise.all([
    db
      .select()
      .from(learningPoints)
      .where(where)
      .orderBy(desc(learningPoints.day), desc(learningPoints.id))
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    db.select({ n: sql<number>`count(*)::int` }).from(learningPoints).where(where),
  ]);
  return { rows, total: count?.n ?? 0 };
}

/**
 * The person's place by this year's points among the people registered in their own org (the
 * branch) and in the nearest party committee above it (the township): 1 + how many have more.
 */
export async function rankingPlaces(db: DbOrTx, person: PersonPlace, year: number) {
  const [mine] = await db
    .select({ points: learningPersonYears.points })
    .from(learningPersonYears)
    .where(and(eq(learningPersonYears.personId, person.id), eq(learningPersonYears.year, year)));
  const points = mine?.points ?? 0;
  const ancestry = await db
    .select({ id: orgs.id, name: orgs.name, path: orgs.path, type: orgs.type, depth: orgs.depth })
    .from(orgs)
    .where(inArray(orgs.id, pathIds(person.orgPath)));
  const own = ancestry.find((o) => o.id === person.orgId);
  const township = ancestry
    .filter((o) => o.id !== person.orgId && o.type === 'committee')
    .sort((a, b) => b.depth - a.depth)[0];
  const place = async (scope: 'branch' | 'township', org: { name: string; path: string }) => {
    const [r] = await db
      .select({
        of: sql<number>`count(*)::int`,
        above: sql<number>`count(*) filter (where coalesce(${learningPersonYears.points}, 0) > ${points})::int`,
      })
      .from(people)
      .leftJoin(
        learningPersonYears,
        and(eq(learningPersonYears.personId, people.id), eq(learningPersonYears.year, year)),
      )
      .where(inScope(people.orgPath, [org.path]));
    return { scope, orgName: org.name, rank: (r?.above ?? 0) + 1, of: r?.of ?? 0 };
  };
  const places = [];
  if (own) places.push(await place('branch', own));
  if (township) places.push(await place('township', township));
  return { year, points, places };
}
