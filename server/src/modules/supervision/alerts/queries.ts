import type { AlertListQuery } from '@hongyun/contracts';
import { and, desc, eq, gte, lte, ne, type SQL, sql } from 'drizzle-orm';
import { accounts } from '../../../core/auth/schema.ts';
import { people } from '../../../core/people/schema.ts';
import { inScope } from '../../../core/policy.ts';
import type { DbOrTx } from '../../../platform/db/client.ts';
import { supervisionAlerts, supervisionRules } from '../schema.ts';

// Alerts as lists and one by one, with the person's name and post and the rule's definition.

const closer = sql<
  string | null
>`(select display_name from ${accounts} where ${accounts.id} = ${supervisionAlerts.closedBy})`;

const columns = {
  alert: supervisionAlerts,
  personName: people.name,
  position: people.position,
  cadreRank: people.cadreRank,
  rule: {
    name: supervisionRules.name,
    metric: supervisionRules.metric,
    population: supervisionRules.population,
    condition: supervisionRules.condition,
  },
  closedByName: closer,
};

export type AlertRow = {
  alert: typeof supervisionAlerts.$inferSelect;
  personName: string | null;
  position: string | null;
  cadreRank: (typeof people.$inferSelect)['cadreRank'] | null;
  rule: Pick<typeof supervisionRules.$inferSelect, 'name' | 'metric' | 'population' | 'condition'>;
  closedByName: string | null;
};

const base = (db: DbOrTx) =>
  db
    .select(columns)
    .from(supervisionAlerts)
    .innerJoin(supervisionRules, eq(supervisionRules.id, supervisionAlerts.ruleId))
    .leftJoin(people, eq(people.id, supervisionAlerts.personId));

export async function findAlert(db: DbOrTx, id: string): Promise<AlertRow | null> {
  const [row] = await base(db).where(eq(supervisionAlerts.id, id));
  return (row as AlertRow | undefined) ?? null;
}

/** Who the list is for: the subtrees a manager watches, or one person's own alerts. */
export type AlertAudience = { roots: string[] } | { personId: string | null };

export function alertFilter(audience: AlertAudience, q: Partial<AlertListQuery>, orgPath?: string): SQL {
  const parts: (SQL | undefined)[] = [
    'roots' in audience
      ? inScope(supervisionAlerts.orgPath, audience.roots)
      : audience.personId
        ? eq(supervisionAlerts.personId, audience.personId)
        : sql`false`,
    orgPath ? sql`${supervisionAlerts.orgPath} like ${`${orgPath}%`}` : undefined,
    q.ruleId ? eq(supervisionAlerts.ruleId, q.ruleId) : undefined,
    q.personId ? eq(supervisionAlerts.personId, q.personId) : undefined,
    q.status === 'unclosed'
      ? ne(supervisionAlerts.status, 'closed')
      : q.status
        ? eq(supervisionAlerts.status, q.status)
        : undefined,
    q.stage ? eq(supervisionAlerts.stage, q.stage) : undefined,
    q.from ? gte(supervisionAlerts.day, q.from) : undefined,
    q.to ? lte(supervisionAlerts.day, q.to) : undefined,
  ];
  return and(...parts) as SQL;
}

export async function listAlerts(db: DbOrTx, where: SQL, page: { page: number; pageSize: number }) {
  const [rows, [count]] = await Promise.all([
    base(db)
      .where(where)
      // Unclosed first, then the newest.
      .orderBy(
        sql`${supervisionAlerts.status} = 'closed'`,
        desc(supervisionAlerts.day),
        desc(supervisionAlerts.raisedAt),
        supervisionAlerts.id,
      )
      .limit(page.pageSize)
      .offset((page.page - 1) * page.pageSize),
    db.select({ n: sql<number>`count(*)::int` }).from(supervisionAlerts).where(where),
  ]);
  return { rows: rows as AlertRow[], total: count?.n ?? 0 };
}
