import type { AttendanceWindow, SheetDayStatus, SheetRow } from '@hongyun/contracts';
import { and, asc, eq, inArray, or, type SQL, sql } from 'drizzle-orm';
import { workdaysBetween } from '../../core/calendar/index.ts';
import { chinaDay } from '../../core/events/rollups.ts';
import { orgs } from '../../core/org/schema.ts';
import { people } from '../../core/people/schema.ts';
import { inScope } from '../../core/policy.ts';
import type { DbOrTx } from '../../platform/db/client.ts';
import { attendancePunches } from './schema.ts';
import { windowsOnPath } from './setup.ts';

// The monthly attendance sheet (考勤表), the allowance's basis: per cadre, each day of the month
// judged from the punches that count. A check-in window counts its first punch, a check-out window
// its last; a rejected outside punch and one confirmed irregular on review do not count. Who is on
// the sheet: the village-stationed cadres and five-person group members of the subtree, and
// anyone else of it who punched that month.

type CountedPunch = Pick<
  typeof attendancePunches.$inferSelect,
  'personId' | 'day' | 'windowKey' | 'timing' | 'punchedAt' | 'approval' | 'review'
>;

const counts = (p: CountedPunch) => p.approval !== 'rejected' && p.review !== 'confirmed';

/** One working day of one person: the windows' punches judged together. */
export function dayStatus(windows: readonly AttendanceWindow[], punches: readonly CountedPunch[]): SheetDayStatus {
  const valid = punches.filter(counts);
  const perWindow = windows.map((w) => {
    const ps = valid.filter((p) => p.windowKey === w.key).sort((a, b) => +a.punchedAt - +b.punchedAt);
    return w.kind === 'in' ? ps[0] : ps[ps.length - 1];
  });
  const got = perWindow.filter((p): p is CountedPunch => p !== undefined);
  if (got.length === 0) return 'absent';
  if (got.length < windows.length) return 'missing';
  if (got.some((p) => p.approval === 'pending')) return 'outside';
  if (got.some((p) => p.timing === 'late')) return 'late';
  if (got.some((p) => p.timing === 'early')) return 'early';
  return 'present';
}

export function monthRange(month: string): { from: string; to: string; days: string[] } {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const days = Array.from({ length: last }, (_, i) => `${month}-${String(i + 1).padStart(2, '0')}`);
  return { from: days[0] as string, to: days[last - 1] as string, days };
}

export type SheetScope = { roots: string[]; orgPath: string; month: string };

function subjectsWhere(s: SheetScope, from: string, to: string): SQL {
  const punched = sql`exists (select 1 from ${attendancePunches} p where p.person_id = ${people.id} and p.day between ${from} and ${to})`;
  return and(
    inScope(people.orgPath, s.roots),
    sql`${people.orgPath} like ${`${s.orgPath}%`}`,
    or(eq(people.isVillageStationed, true), sql`${people.fivePersonRole} is not null`, punched),
  ) as SQL;
}

export async function attendanceSheet(
  db: DbOrTx,
  scope: SheetScope,
  page: { page: number; pageSize: number },
): Promise<{ rows: SheetRow[]; total: number }> {
  const { from, to, days } = monthRange(scope.month);
  const where = subjectsWhere(scope, from, to);
  const [subjects, [count]] = await Promise.all([
    db
      .select({ id: people.id, name: people.name, orgPath: people.orgPath, orgName: orgs.name })
      .from(people)
      .innerJoin(orgs, eq(orgs.id, people.orgId))
      .where(where)
      .orderBy(asc(orgs.path), asc(people.name), asc(people.id))
      .limit(page.pageSize)
      .offset((page.page - 1) * page.pageSize),
    db.select({ n: sql<number>`count(*)::int` }).from(people).where(where),
  ]);
  if (subjects.length === 0) return { rows: [], total: count?.n ?? 0 };

  const today = chinaDay();
  const upTo = to < today ? to : today;
  const [work, punches] = await Promise.all([
    from <= upTo ? workdaysBetween(db, from, upTo) : Promise.resolve({ days: [] as string[] }),
    db
      .select({
        personId: attendancePunches.personId,
        day: attendancePunches.day,
        windowKey: attendancePunches.windowKey,
        timing: attendancePunches.timing,
        punchedAt: attendancePunches.punchedAt,
        approval: attendancePunches.approval,
        review: attendancePunches.review,
      })
      .from(attendancePunches)
      .where(
        and(
          inArray(
            attendancePunches.personId,
            subjects.map((s) => s.id),
          ),
          sql`${attendancePunches.day} between ${from} and ${to}`,
        ),
      ),
  ]);
  const workdays = new Set(work.days);
  const windowsByPath = new Map<string, AttendanceWindow[]>();
  for (const path of new Set(subjects.map((s) => s.orgPath ?? ''))) {
    windowsByPath.set(path, (await windowsOnPath(db, path)).windows);
  }

  const rows = subjects.map((s): SheetRow => {
    const mine = punches.filter((p) => p.personId === s.id);
    const windows = windowsByPath.get(s.orgPath ?? '') ?? [];
    const row: SheetRow = {
      personId: s.id,
      personName: s.name,
      orgName: s.orgName,
      workdays: workdays.size,
      attended: 0,
      present: 0,
      late: 0,
      early: 0,
      missing: 0,
      absent: 0,
      outside: 0,
      flagged: mine.filter((p) => p.review === 'pending').length,
      days: [],
    };
    for (const day of days) {
      const status: SheetDayStatus =
        day > today
          ? 'future'
          : workdays.has(day)
            ? dayStatus(
                windows,
                mine.filter((p) => p.day === day),
              )
            : 'rest';
      row.days.push({ day, status });
      if (status === 'present' || status === 'late' || status === 'early') row.attended++;
      if (status !== 'future' && status !== 'rest') row[status]++;
    }
    return row;
  });
  return { rows, total: count?.n ?? 0 };
}
