import type { AttendanceWindow } from '@hongyun/contracts';
import { and, desc, inArray, isNull, sql } from 'drizzle-orm';
import { pathIds } from '../../core/org/index.ts';
import { orgs } from '../../core/org/schema.ts';
import type { DbOrTx } from '../../platform/db/client.ts';
import { attendancePlaces, attendanceWindows } from './schema.ts';

// The places and windows that apply to a member of an organisation: places of the org and of every
// org above it (a township's office counts for its villages), and the windows of the nearest org on
// the path that set some, or the default day below.

export const DEFAULT_WINDOWS: AttendanceWindow[] = [
  {
    key: 'morning',
    label: '上午签到',
    kind: 'in',
    opensAt: '06:00',
    dueAt: '09:00',
    closesAt: '12:00',
    graceMinutes: 0,
  },
  {
    key: 'evening',
    label: '下午签退',
    kind: 'out',
    opensAt: '12:00',
    dueAt: '17:30',
    closesAt: '23:59',
    graceMinutes: 0,
  },
];

export type PlaceRow = typeof attendancePlaces.$inferSelect & { orgName: string };

export async function placesOnPath(db: DbOrTx, orgPath: string): Promise<PlaceRow[]> {
  const ids = pathIds(orgPath);
  if (ids.length === 0) return [];
  const rows = await db
    .select({ place: attendancePlaces, orgName: orgs.name })
    .from(attendancePlaces)
    .innerJoin(orgs, sql`${orgs.id} = ${attendancePlaces.orgId}`)
    .where(and(inArray(attendancePlaces.orgId, ids), isNull(attendancePlaces.deletedAt)))
    .orderBy(attendancePlaces.name);
  return rows.map((r) => ({ ...r.place, orgName: r.orgName }));
}

export type EffectiveWindows = { windows: AttendanceWindow[]; fromOrgId: number | null };

export async function windowsOnPath(db: DbOrTx, orgPath: string): Promise<EffectiveWindows> {
  const ids = pathIds(orgPath);
  if (ids.length === 0) return { windows: DEFAULT_WINDOWS, fromOrgId: null };
  const rows = await db
    .select({ orgId: attendanceWindows.orgId, windows: attendanceWindows.windows, depth: orgs.depth })
    .from(attendanceWindows)
    .innerJoin(orgs, sql`${orgs.id} = ${attendanceWindows.orgId}`)
    .where(inArray(attendanceWindows.orgId, ids))
    .orderBy(desc(orgs.depth))
    .limit(1);
  const row = rows[0];
  return row ? { windows: row.windows, fromOrgId: row.orgId } : { windows: DEFAULT_WINDOWS, fromOrgId: null };
}
