import { EventCatalogue, type EventType, EventTypes } from '@hongyun/contracts';
import { and, gte, inArray, lt, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/client.ts';
import { inScope } from '../../platform/db/path-scope.ts';
import { type DeliveredEvent, type EventSubscriber, isEventOf } from '../../platform/events/dispatcher.ts';
import { orgs } from '../org/schema.ts';
import { dailyOrgRollups, dailyPersonRollups } from './schema.ts';

/** Calendar day in China (UTC+8), which is the day a member or office means. */
export function chinaDay(at: Date = new Date()): string {
  return new Date(at.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}

/** The rollup metric an event type counts toward, from the catalogue. */
export function metricOf(type: string): string | undefined {
  return (EventCatalogue as Record<string, { metric?: string }>)[type]?.metric;
}
const metricTypes = EventTypes.filter((t) => metricOf(t) !== undefined);

/**
 * Daily rollups, built after commit from the events (never in the user's transaction, where every
 * quiz answer in the city would queue on the root org's row). An org's row counts what happened at
 * that org only, and carries the org's current path; subtree totals sum over the path prefix.
 * One upsert per batch for orgs and one for people, each row one (day, org|person, metric) group.
 * Idempotent in effect: the counts commit in the same transaction that advances the cursor, so a
 * batch is counted once or not at all.
 */
export const rollupSubscriber: EventSubscriber = {
  id: 'core.rollups',
  label: { zh: '按日汇总行为数据（个人、组织）', en: 'Daily behaviour rollups (people, organisations)' },
  types: [...metricTypes, 'org.org.moved'] satisfies EventType[],
  async handle(services, events) {
    const db = services.db;
    await rewriteMovedPaths(db, events);
    const counted = events.filter((e) => metricOf(e.type) !== undefined);
    if (counted.length === 0) return;
    const current = await currentPaths(db, counted);
    const byOrg = new Map<string, { day: string; orgId: number; orgPath: string; metric: string; value: number }>();
    const byPerson = new Map<string, { day: string; personId: string; metric: string; value: number }>();
    for (const e of counted) {
      const metric = metricOf(e.type) as string;
      const day = chinaDay(e.occurredAt);
      if (e.orgId !== null) {
        const orgPath = current.get(e.orgId) ?? e.orgPath;
        const key = `${day}|${e.orgId}|${metric}`;
        const row = byOrg.get(key);
        if (row) row.value += 1;
        else if (orgPath) byOrg.set(key, { day, orgId: e.orgId, orgPath, metric, value: 1 });
      }
      if (e.personId) {
        const key = `${day}|${e.personId}|${metric}`;
        const row = byPerson.get(key);
        if (row) row.value += 1;
        else byPerson.set(key, { day, personId: e.personId, metric, value: 1 });
      }
    }
    if (byOrg.size > 0) {
      await db
        .insert(dailyOrgRollups)
        .values([...byOrg.values()])
        .onConflictDoUpdate({
          target: [dailyOrgRollups.orgId, dailyOrgRollups.metric, dailyOrgRollups.day],
          // The path is the row's own business (rewritten on moves); a count only adds.
          set: { value: sql`${dailyOrgRollups.value} + excluded.value` },
        });
    }
    if (byPerson.size > 0) {
      await db
        .insert(dailyPersonRollups)
        .values([...byPerson.values()])
        .onConflictDoUpdate({
          target: [dailyPersonRollups.personId, dailyPersonRollups.metric, dailyPersonRollups.day],
          set: { value: sql`${dailyPersonRollups.value} + excluded.value` },
        });
    }
  },
};

/** Orgs' paths as they are now: an event may carry a path its org has since moved away from. */
async function currentPaths(db: DbOrTx, events: DeliveredEvent[]): Promise<Map<number, string>> {
  const ids = [...new Set(events.map((e) => e.orgId).filter((id): id is number => id !== null))];
  if (ids.length === 0) return new Map();
  const rows = await db.select({ id: orgs.id, path: orgs.path }).from(orgs).where(inArray(orgs.id, ids));
  return new Map(rows.map((r) => [r.id, r.path]));
}

/**
 * An org move rewrites the paths of rollup rows in the moved subtree. It takes the orgs' paths as
 * they are now rather than replaying old → new, so moves delivered late or twice still end right.
 */
async function rewriteMovedPaths(db: DbOrTx, events: DeliveredEvent[]): Promise<void> {
  for (const e of events) {
    if (!isEventOf(e, 'org.org.moved')) continue;
    await db.execute(sql`
      update daily_org_rollups r set org_path = o.path
        from orgs o
       where o.id = r.org_id and ${inScope(sql`r.org_path`, [e.data.oldPath])} and r.org_path <> o.path`);
  }
}

/** Total of `metric` over an org's whole subtree for days in [from, to] (China days, 'YYYY-MM-DD'). */
export async function subtreeTotal(
  db: DbOrTx,
  q: { orgPath: string; metric: string; from: string; to: string },
): Promise<number> {
  const [row] = await db
    .select({ total: sql<string | null>`sum(${dailyOrgRollups.value})` })
    .from(dailyOrgRollups)
    .where(
      and(
        sql`${dailyOrgRollups.metric} = ${q.metric}`,
        gte(dailyOrgRollups.day, q.from),
        lt(dailyOrgRollups.day, nextDay(q.to)),
        inScope(dailyOrgRollups.orgPath, [q.orgPath]),
      ),
    );
  return Number(row?.total ?? 0);
}

const nextDay = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
