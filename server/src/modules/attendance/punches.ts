import type { Punch } from '@hongyun/contracts';
import { and, desc, eq, type SQL, sql } from 'drizzle-orm';
import { orgs } from '../../core/org/schema.ts';
import { people } from '../../core/people/schema.ts';
import { inScope } from '../../core/policy.ts';
import type { DbOrTx } from '../../platform/db/client.ts';
import type { PunchRow } from './commands/record-punch.ts';
import { attendancePunches } from './schema.ts';

// Reading punches with the names a screen shows, and presenting them. Positions are presented only
// when the caller asked for them and may see them (the route audits that view).

export type PunchWithNames = { punch: PunchRow; personName: string; orgName: string; orgPath: string };

const withNames = (db: DbOrTx) =>
  db
    .select({ punch: attendancePunches, personName: people.name, orgName: orgs.name, orgPath: orgs.path })
    .from(attendancePunches)
    .innerJoin(people, eq(people.id, attendancePunches.personId))
    .innerJoin(orgs, eq(orgs.id, attendancePunches.orgId));

export async function findPunch(db: DbOrTx, id: string): Promise<PunchWithNames | null> {
  const [row] = await withNames(db).where(eq(attendancePunches.id, id));
  return row ?? null;
}

export async function punchesOfDay(db: DbOrTx, personId: string, day: string): Promise<PunchWithNames[]> {
  return withNames(db)
    .where(and(eq(attendancePunches.personId, personId), eq(attendancePunches.day, day)))
    .orderBy(attendancePunches.punchedAt);
}

export type PunchFilter = {
  roots: string[];
  orgPath: string;
  from?: string | undefined;
  to?: string | undefined;
  personId?: string | undefined;
  pending?: 'approval' | 'review' | undefined;
};

export function punchWhere(f: PunchFilter): SQL {
  const parts: SQL[] = [inScope(orgs.path, f.roots), sql`${orgs.path} like ${`${f.orgPath}%`}`];
  if (f.from) parts.push(sql`${attendancePunches.day} >= ${f.from}`);
  if (f.to) parts.push(sql`${attendancePunches.day} <= ${f.to}`);
  if (f.personId) parts.push(eq(attendancePunches.personId, f.personId));
  if (f.pending === 'approval') parts.push(eq(attendancePunches.approval, 'pending'));
  if (f.pending === 'review') parts.push(eq(attendancePunches.review, 'pending'));
  return and(...parts) as SQL;
}

export async function listPunches(
  db: DbOrTx,
  where: SQL,
  page: { page: number; pageSize: number },
): Promise<{ rows: PunchWithNames[]; total: number }> {
  const [rows, [count]] = await Promise.all([
    withNames(db)
      .where(where)
      .orderBy(desc(attendancePunches.punchedAt), desc(attendancePunches.id))
      .limit(page.pageSize)
      .offset((page.page - 1) * page.pageSize),
    db
      .select({ n: sql<number>`count(*)::int` })
      .from(attendancePunches)
      .innerJoin(orgs, eq(orgs.id, attendancePunches.orgId))
      .where(where),
  ]);
  return { rows, total: count?.n ?? 0 };
}

export function presentPunch(r: PunchWithNames, withPosition: boolean): Punch {
  const p = r.punch;
  return {
    id: p.id,
    personId: p.personId,
    personName: r.personName,
    orgId: p.orgId,
    orgName: r.orgName,
    day: p.day,
    punchedAt: p.punchedAt.toISOString(),
    receivedAt: p.receivedAt.toISOString(),
    windowKey: p.windowKey,
    windowLabel: p.windowLabel,
    timing: p.timing,
    inside: p.inside,
    placeName: p.placeName,
    distanceM: p.distanceM,
    accuracyM: p.accuracyM,
    method: p.method,
    source: p.source,
    remark: p.remark,
    approval: p.approval,
    flags: p.flags,
    review: p.review,
    position: withPosition ? { lat: p.lat, lng: p.lng, coarsened: p.coarsenedAt !== null } : null,
  };
}
