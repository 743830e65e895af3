import { type AnyColumn, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/client.ts';
import type { Award, DayDelta } from './facts.ts';
import {
  learningOrgDays,
  learningPersonDays,
  learningPersonStatus,
  learningPersonYears,
  learningPoints,
} from './schema.ts';

// The second half of the learning subscriber: the awards go into the ledger first (a source event
// and action are unique, so an award already written is skipped), and only the points actually
// written are added to the day, year and status rows. Then one upsert per fact table.

const add = (column: AnyColumn) => sql`${column} + excluded.${sql.identifier(column.name)}`;

export async function writeFacts(db: DbOrTx, days: Map<string, DayDelta>, awards: Award[]): Promise<void> {
  const pointsByDay = new Map<string, number>();
  if (awards.length > 0) {
    const written = await db
      .insert(learningPoints)
      .values(awards)
      .onConflictDoNothing()
      .returning({ personId: learningPoints.personId, day: learningPoints.day, points: learningPoints.points });
    for (const w of written) {
      const key = `${w.personId}|${w.day}`;
      pointsByDay.set(key, (pointsByDay.get(key) ?? 0) + w.points);
    }
  }
  const rows = [...days.values()].map((d) => ({ ...d, points: pointsByDay.get(`${d.personId}|${d.day}`) ?? 0 }));
  if (rows.length === 0) return;

  const t = learningPersonDays;
  await db
    .insert(t)
    .values(
      rows.map((d) => ({
        personId: d.personId,
        day: d.day,
        orgId: d.orgId,
        orgPath: d.orgPath,
        readSeconds: d.readSeconds,
        watchSeconds: d.watchSeconds,
        articlesRead: d.articlesRead,
        videosWatched: d.videosWatched,
        answers: d.answers,
        correct: d.correct,
        dailyCompleted: d.dailyCompleted,
        points: d.points,
        delegatedSeconds: d.delegatedSeconds,
        delegatedAnswers: d.delegatedAnswers,
      })),
    )
    .onConflictDoUpdate({
      target: [t.personId, t.day],
      set: {
        readSeconds: add(t.readSeconds),
        watchSeconds: add(t.watchSeconds),
        articlesRead: add(t.articlesRead),
        videosWatched: add(t.videosWatched),
        answers: add(t.answers),
        correct: add(t.correct),
        dailyCompleted: sql`${t.dailyCompleted} or excluded.daily_completed`,
        points: add(t.points),
        delegatedSeconds: add(t.delegatedSeconds),
        delegatedAnswers: add(t.delegatedAnswers),
      },
    });

  // The org's day: sums at the person-day's org only. A person counts once among the active
  // (their day row is new) and once among the completed and the delegated (the flag turned on).
  const byOrg = new Map<string, typeof learningOrgDays.$inferInsert>();
  for (const d of rows) {
    const key = `${d.orgId}|${d.day}`;
    const o = byOrg.get(key) ?? {
      orgId: d.orgId,
      day: d.day,
      orgPath: d.orgPath,
      activePeople: 0,
      dailyCompleted: 0,
      readSeconds: 0,
      watchSeconds: 0,
      answers: 0,
      correct: 0,
      points: 0,
      delegatedSeconds: 0,
      delegatedAnswers: 0,
      delegatedPeople: 0,
    };
    byOrg.set(key, o);
    o.activePeople = (o.activePeople ?? 0) + (d.existed ? 0 : 1);
    o.dailyCompleted = (o.dailyCompleted ?? 0) + (d.dailyCompleted && !d.wasDailyCompleted ? 1 : 0);
    o.readSeconds = (o.readSeconds ?? 0) + d.readSeconds;
    o.watchSeconds = (o.watchSeconds ?? 0) + d.watchSeconds;
    o.answers = (o.answers ?? 0) + d.answers;
    o.correct = (o.correct ?? 0) + d.correct;
    o.points = (o.points ?? 0) + d.points;
    o.delegatedSeconds = (o.delegatedSeconds ?? 0) + d.delegatedSeconds;
    o.delegatedAnswers = (o.delegatedAnswers ?? 0) + d.delegatedAnswers;
    const isDelegatedNow = d.delegatedSeconds + d.delegatedAnswers > 0;
    o.delegatedPeople = (o.delegatedPeople ?? 0) + (isDelegatedNow && !d.wasDelegated ? 1 : 0);
  }
  const od = learningOrgDays;
  await db
    .insert(od)
    .values([...byOrg.values()])
    .onConflictDoUpdate({
      target: [od.orgId, od.day],
      set: {
        activePeople: add(od.activePeople),
        dailyCompleted: add(od.dailyCompleted),
        readSeconds: add(od.readSeconds),
        watchSeconds: add(od.watchSeconds),
        answers: add(od.answers),
        correct: add(od.correct),
        points: add(od.points),
        delegatedSeconds: add(od.delegatedSeconds),
        delegatedAnswers: add(od.delegatedAnswers),
        delegatedPeople: add(od.delegatedPeople),
      },
    });

  // Study hours and points per person and year (of the China day).
  const byYear = new Map<string, typeof learningPersonYears.$inferInsert>();
  for (const d of rows) {
    const year = Number(d.day.slice(0, 4));
    const key = `${d.personId}|${year}`;
    const y = byYear.get(key) ?? { personId: d.personId, year, readSeconds: 0, watchSeconds: 0, points: 0 };
    byYear.set(key, y);
    y.readSeconds = (y.readSeconds ?? 0) + d.readSeconds;
    y.watchSeconds = (y.watchSeconds ?? 0) + d.watchSeconds;
    y.points = (y.points ?? 0) + d.points;
  }
  const py = learningPersonYears;
  await db
    .insert(py)
    .values([...byYear.values()])
    .onConflictDoUpdate({
      target: [py.personId, py.year],
      set: { readSeconds: add(py.readSeconds), watchSeconds: add(py.watchSeconds), points: add(py.points) },
    });

  // Running totals and the last days (a later batch may carry an earlier day: greatest keeps the max).
  const byPerson = new Map<
    string,
    { personId: string; pointsTotal: number; lastStudiedOn: string | null; lastDailyQuizOn: string | null }
  >();
  const later = (a: string | null, b: string | null) => (a === null ? b : b === null ? a : a > b ? a : b);
  for (const d of rows) {
    const p = byPerson.get(d.personId) ?? {
      personId: d.personId,
      pointsTotal: 0,
      lastStudiedOn: null,
      lastDailyQuizOn: null,
    };
    byPerson.set(d.personId, p);
    p.pointsTotal += d.points;
    if (d.studied) p.lastStudiedOn = later(p.lastStudiedOn, d.day);
    if (d.dailyCompleted) p.lastDailyQuizOn = later(p.lastDailyQuizOn, d.day);
  }
  const ps = learningPersonStatus;
  await db
    .insert(ps)
    .values([...byPerson.values()])
    .onConflictDoUpdate({
      target: ps.personId,
      set: {
        pointsTotal: add(ps.pointsTotal),
        lastStudiedOn: sql`greatest(${ps.lastStudiedOn}, excluded.last_studied_on)`,
        lastDailyQuizOn: sql`greatest(${ps.lastDailyQuizOn}, excluded.last_daily_quiz_on)`,
      },
    });
}
