import type { Lang, SupervisionRule } from '@hongyun/contracts';
import { and, desc, eq, isNull, or, type SQL, sql } from 'drizzle-orm';
import type { Actor } from '../../../core/context.ts';
import { orgNamesByIds } from '../../../core/org/index.ts';
import { can, inScope } from '../../../core/policy.ts';
import type { Services } from '../../../platform/context.ts';
import type { DbOrTx } from '../../../platform/db/client.ts';
import { metricLabel } from '../metrics.ts';
import { supervisionAlerts, supervisionRules } from '../schema.ts';
import { describeRule } from './describe.ts';

export type RuleRow = typeof supervisionRules.$inferSelect;

/** "/1/17/230/" → ["/1/", "/1/17/"]: the paths of the organisations above. */
export function ancestorPaths(path: string): string[] {
  const ids = path.split('/').filter(Boolean);
  return ids.slice(0, -1).map((_, i) => `/${ids.slice(0, i + 1).join('/')}/`);
}

/**
 * Rules that watch people in the given subtrees: those of organisations within them, and those of
 * the organisations above them (a city's rule also watches a county's cadres), never deleted ones.
 */
export function rulesReaching(roots: string[]): SQL {
  const above = [...new Set(roots.flatMap(ancestorPaths))];
  const parts = [inScope(supervisionRules.orgPath, roots)];
  if (above.length > 0) parts.push(sql`${supervisionRules.orgPath} = any(${`{${above.join(',')}}`}::text[])`);
  return and(isNull(supervisionRules.deletedAt), or(...parts)) as SQL;
}

export async function listRules(db: DbOrTx, roots: string[], page: { page: number; pageSize: number }) {
  const where = rulesReaching(roots);
  const [rows, [count]] = await Promise.all([
    db
      .select()
      .from(supervisionRules)
      .where(where)
      .orderBy(supervisionRules.orgPath, desc(supervisionRules.isBuiltIn), supervisionRules.createdAt)
      .limit(page.pageSize)
      .offset((page.page - 1) * page.pageSize),
    db.select({ n: sql<number>`count(*)::int` }).from(supervisionRules).where(where),
  ]);
  return { rows, total: count?.n ?? 0 };
}

export async function findRule(db: DbOrTx, id: string): Promise<RuleRow | null> {
  const [row] = await db
    .select()
    .from(supervisionRules)
    .where(and(eq(supervisionRules.id, id), isNull(supervisionRules.deletedAt)));
  return row ?? null;
}

/** Unclosed alerts per rule, counted only within the caller's subtrees (a city rule's count stays the caller's). */
async function openAlertCounts(db: DbOrTx, ruleIds: string[], roots: string[]): Promise<Map<string, number>> {
  if (ruleIds.length === 0) return new Map();
  const rows = await db
    .select({ ruleId: supervisionAlerts.ruleId, n: sql<number>`count(*)::int` })
    .from(supervisionAlerts)
    .where(
      and(
        sql`${supervisionAlerts.ruleId} = any(${`{${ruleIds.join(',')}}`}::uuid[])`,
        sql`${supervisionAlerts.status} <> 'closed'`,
        inScope(supervisionAlerts.orgPath, roots),
      ),
    )
    .groupBy(supervisionAlerts.ruleId);
  return new Map(rows.map((r) => [r.ruleId, r.n]));
}

export async function presentRules(
  ctx: Pick<Services, 'db' | 'changes'> & { lang: Lang },
  actor: Actor,
  rows: RuleRow[],
  roots: string[],
): Promise<SupervisionRule[]> {
  const orgIds = new Set<number>();
  for (const r of rows) {
    orgIds.add(r.orgId);
    if (r.recipients.officeOrgId !== null) orgIds.add(r.recipients.officeOrgId);
  }
  const [names, open] = await Promise.all([
    orgNamesByIds(ctx, [...orgIds]),
    openAlertCounts(
      ctx.db,
      rows.map((r) => r.id),
      roots,
    ),
  ]);
  return rows.map((r) => {
    const label = metricLabel(r.metric, ctx.lang);
    return {
      id: r.id,
      orgId: r.orgId,
      orgName: names.get(r.orgId) ?? '',
      name: r.name,
      description: r.description,
      isEnabled: r.isEnabled,
      isBuiltIn: r.isBuiltIn,
      metric: r.metric,
      metricLabel: label,
      population: r.population,
      condition: r.condition,
      recipients: {
        ...r.recipients,
        officeOrgName: r.recipients.officeOrgId === null ? null : (names.get(r.recipients.officeOrgId) ?? null),
      },
      severity: r.severity,
      summary: describeRule(r, label, ctx.lang),
      canEdit: can(actor, 'supervision.rule.manage', { orgPath: r.orgPath }),
      lastRunDay: r.lastRunDay,
      openAlerts: open.get(r.id) ?? 0,
      updatedAt: r.updatedAt.toISOString(),
    };
  });
}
