import {
  type ChildRankBy,
  type LearningDashboard,
  LearningDashboardLimits,
  type LearningFigures,
} from '@hongyun/contracts';
import { workdaysBetween } from '../../core/calendar/index.ts';
import { chinaDay } from '../../core/events/rollups.ts';
import type { OrgRecord } from '../../core/org/index.ts';
import type { DbOrTx } from '../../platform/db/client.ts';
import { AppError } from '../../platform/errors.ts';
import {
  addSums,
  childOrgs,
  emptySums,
  type FactSums,
  factsByChild,
  factsByDay,
  type MemberSums,
  membersByChild,
  targetsAt,
} from './dashboard-queries.ts';
import { activeOnDay, readMemberStats, refreshMemberStats } from './member-stats.ts';
import { yearShare } from './targets.ts';

// The dashboard of an org's subtree over a period: the rates divide by the members of the subtree
// times the period's working days up to today (core/calendar), so a weekend or a holiday neither
// lowers nor raises them; a period in a year whose holidays are unconfirmed is marked provisional.

const DAY_MS = 86_400_000;
const addDays = (day: string, n: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);
/** Monday of the China week of `day`. */
const weekStart = (day: string) => addDays(day, -((new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7));
const monthStart = (day: string) => `${day.slice(0, 8)}01`;
const ratio = (a: number, b: number) => (b > 0 ? a / b : null);
const minutes = (seconds: number) => Math.round(seconds / 60);

export type Period = { from: string; to: string };

/** The period asked, defaulting to this month up to today; refused when reversed or over a year. */
export function resolvePeriod(
  q: { from?: string | undefined; to?: string | undefined },
  where: 'querystring' | 'body' = 'querystring',
  today = chinaDay(),
): Period {
  const to = q.to ?? today;
  const from = q.from ?? (q.to ? monthStart(q.to) : monthStart(today));
  if (to < from) throw new AppError('VALIDATION_FAILED', [{ field: `${where}.to`, message: 'range.reversed' }]);
  const span = (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS;
  if (span >= LearningDashboardLimits.rangeDaysMax) {
    throw new AppError('VALIDATION_FAILED', [{ field: `${where}.to`, message: 'range.too_long' }]);
  }
  return { from, to };
}

const noMembers: MemberSums = { members: 0, sinceToday: 0, sinceWeek: 0, sinceMonth: 0, studySeconds: 0, onTrack: 0 };

export function figures(f: FactSums, members: number, workdays: number): LearningFigures {
  const seconds = f.readSeconds + f.watchSeconds;
  return {
    members,
    activePersonDays: f.activePersonDays,
    participationRate: ratio(f.activeOnWorkdays, members * workdays),
    answerRate: ratio(f.completedOnWorkdays, members * workdays),
    dailyCompleted: f.dailyCompleted,
    answers: f.answers,
    correct: f.correct,
    correctRate: ratio(f.correct, f.answers),
    readMinutes: minutes(f.readSeconds),
    watchMinutes: minutes(f.watchSeconds),
    points: f.points,
    delegated: {
      minutes: minutes(f.delegatedSeconds),
      answers: f.delegatedAnswers,
      personDays: f.delegatedPeople,
      timeShare: ratio(f.delegatedSeconds, seconds),
      answerShare: ratio(f.delegatedAnswers, f.answers),
      personDayShare: ratio(f.delegatedPeople, f.activePersonDays),
    },
  };
}

function sumMembers(rows: Iterable<MemberSums>): MemberSums {
  const out = { ...noMembers };
  for (const r of rows) for (const k of Object.keys(out) as (keyof MemberSums)[]) out[k] += r[k];
  return out;
}

/**
 * The register side per child org. A period that reaches today reads the snapshot (counted for
 * this subtree now if it has none for today yet: a fresh install, the minutes after midnight);
 * another period counts live, its on-track share being for its own end. Who studied today is
 * always live, from learning_org_days.
 */
async function registerSide(
  db: DbOrTx,
  org: OrgRecord,
  q: { today: string; rateTo: string; year: number; share: number },
): Promise<{ members: Map<number, MemberSums>; computedAt: Date }> {
  const { today } = q;
  const todayActive = activeOnDay(db, { prefix: org.path, day: today });
  let members: Map<number, MemberSums>;
  let computedAt = new Date();
  if (q.rateTo === today && q.year === Number(today.slice(0, 4))) {
    const read = () => readMemberStats(db, { orgId: org.id, prefix: org.path, day: today });
    let snap = await read();
    if (!snap) {
      await refreshMemberStats(db, { day: today, prefix: org.path });
      snap = await read();
    }
    members = new Map();
    for (const [child, m] of snap?.byChild ?? []) members.set(child, { ...m, sinceToday: 0 });
    computedAt = snap?.computedAt ?? computedAt;
  } else {
    members = await membersByChild(db, {
      prefix: org.path,
      today,
      weekStart: weekStart(today),
      monthStart: monthStart(today),
      year: q.year,
      share: q.share,
    });
  }
  for (const m of members.values()) m.sinceToday = 0;
  for (const [child, n] of await todayActive) {
    const m = members.get(child);
    if (m) m.sinceToday = n;
    else members.set(child, { ...noMembers, sinceToday: n });
  }
  return { members, computedAt };
}

const rankValue = (f: LearningFigures, by: ChildRankBy) => (by === 'answerRate' ? f.answerRate : f.participationRate);

export async function buildDashboard(
  db: DbOrTx,
  org: OrgRecord,
  q: Period & { rankBy: ChildRankBy },
  today = chinaDay(),
): Promise<LearningDashboard> {
  // The rates count working days up to today: a day still to come has had no chance to learn.
  const rateTo = [q.to, today].sort()[0] as string;
  const calendar = q.from <= rateTo ? await workdaysBetween(db, q.from, rateTo) : { days: [], unconfirmed: [] };
  const allDays = await workdaysBetween(db, q.from, q.to);
  const workdaySet = new Set(allDays.days);
  const year = Number(q.to.slice(0, 4));
  const share = yearShare(rateTo < `${year}-01-01` ? `${year}-01-01` : rateTo);

  const [facts, byDay, register, children, targets] = await Promise.all([
    factsByChild(db, { prefix: org.path, from: q.from, to: q.to, workdays: calendar.days }),
    factsByDay(db, { prefix: org.path, from: q.from, to: q.to }),
    registerSide(db, org, { today, rateTo, year, share }),
    childOrgs(db, org.id),
    targetsAt(db, org.path),
  ]);

  const members = register.members;
  const n = calendar.days.length;
  const totalFacts = addSums(emptySums(), emptySums());
  for (const f of facts.values()) addSums(totalFacts, f);
  const totalMembers = sumMembers(members.values());

  const rows: LearningDashboard['children'] = [];
  for (const c of children) {
    const f = facts.get(c.id);
    const m = members.get(c.id);
    // A dissolved child stays listed only while it has figures in the period (its history).
    // (The snapshot holds a zero row for every org: an empty one is no history.)
    if (c.isDissolved && !f && !(m && (m.members > 0 || m.sinceToday > 0))) continue;
    rows.push({
      ...figures(f ?? emptySums(), m?.members ?? 0, n),
      org: { id: c.id, name: c.name, hasChildren: c.hasChildren },
      isSelf: false,
      rank: null,
    });
  }
  rows.sort((a, b) => (rankValue(b, q.rankBy) ?? -1) - (rankValue(a, q.rankBy) ?? -1));
  rows.forEach((r, i) => {
    r.rank = i + 1;
  });
  // The org's own members and facts, and any under a child no longer listed, so the rows add up.
  const listed = new Set(rows.map((r) => r.org.id));
  const selfFacts = emptySums();
  const selfMembers: MemberSums[] = [];
  for (const [id, f] of facts) if (!listed.has(id)) addSums(selfFacts, f);
  for (const [id, m] of members) if (!listed.has(id)) selfMembers.push(m);
  const self = sumMembers(selfMembers);
  if (self.members > 0 || selfFacts.activePersonDays > 0) {
    rows.push({
      ...figures(selfFacts, self.members, n),
      org: { id: org.id, name: org.name, hasChildren: false },
      isSelf: true,
      rank: null,
    });
  }

  const series: LearningDashboard['series'] = [];
  for (let day = q.from; day <= q.to; day = addDays(day, 1)) {
    const d = byDay.get(day);
    const active = d?.activePeople ?? 0;
    const done = d?.dailyCompleted ?? 0;
    const isPast = day <= today;
    series.push({
      day,
      isWorkday: workdaySet.has(day),
      activePeople: active,
      dailyCompleted: done,
      participationRate: isPast ? ratio(active, totalMembers.members) : null,
      answerRate: isPast ? ratio(done, totalMembers.members) : null,
      minutes: minutes(d?.seconds ?? 0),
    });
  }

  const part = (people: number, since: string) => ({ people, rate: ratio(people, totalMembers.members), since });
  return {
    org: { id: org.id, name: org.name, parentId: org.parentId },
    from: q.from,
    to: q.to,
    today,
    workdays: n,
    isProvisional: allDays.unconfirmed.length > 0,
    totals: figures(totalFacts, totalMembers.members, n),
    participation: {
      today: part(totalMembers.sinceToday, today),
      week: part(totalMembers.sinceWeek, weekStart(today)),
      month: part(totalMembers.sinceMonth, monthStart(today)),
    },
    studyHours: {
      year,
      yearShare: share,
      memberTargetHours: targets.memberHours,
      leaderTargetHours: targets.leaderHours,
      onTrack: totalMembers.onTrack,
      onTrackRate: ratio(totalMembers.onTrack, totalMembers.members),
      averageHours: totalMembers.members > 0 ? totalMembers.studySeconds / 3600 / totalMembers.members : 0,
    },
    membersComputedAt: register.computedAt.toISOString(),
    series,
    rankBy: q.rankBy,
    children: rows,
  };
}
