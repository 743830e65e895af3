import { and, count, desc, eq, gte, isNull, lt, or, type SQL, sql } from 'drizzle-orm';
import { auditLog } from '../../platform/audit/schema.ts';
import type { DbOrTx } from '../../platform/db/client.ts';
import { accounts } from '../auth/schema.ts';
import type { Actor } from '../context.ts';
import { orgs } from '../org/schema.ts';
import { inScope, scopeToOrgs } from '../policy.ts';

export type AuditFilter = {
  action?: string;
  actorAccountId?: string;
  targetId?: string;
  outcome?: 'success' | 'failure';
  from?: Date;
  to?: Date;
  page: number;
  pageSize: number;
};

/**
 * Audit rows the actor may read: rows about organisations in their audit_admin subtrees, and rows
 * with no organisation (logins, system actions) only for an audit admin at a root organisation.
 */
export async function listAudit(db: DbOrTx, actor: Actor, f: AuditFilter) {
  const roots = scopeToOrgs(actor, ['audit_admin']);
  const seesGlobal = roots.some((r) => r.split('/').filter(Boolean).length === 1);
  const where: (SQL | undefined)[] = [
    or(inScope(orgs.path, roots), seesGlobal ? isNull(auditLog.orgId) : sql`false`),
    f.action ? sql`${auditLog.action} like ${`${f.action.replace(/[%_\\]/g, '\\$&')}%`}` : undefined,
    f.actorAccountId ? eq(auditLog.actorAccountId, f.actorAccountId) : undefined,
    f.targetId ? eq(auditLog.targetId, f.targetId) : undefined,
    f.outcome ? eq(auditLog.outcome, f.outcome) : undefined,
    f.from ? gte(auditLog.at, f.from) : undefined,
    f.to ? lt(auditLog.at, f.to) : undefined,
  ];
  const base = db
    .select({ audit: auditLog, orgName: orgs.name, actorName: accounts.displayName })
    .from(auditLog)
    .leftJoin(orgs, eq(orgs.id, auditLog.orgId))
    .leftJoin(accounts, eq(accounts.id, auditLog.actorAccountId))
    .where(and(...where));
  const [rows, totals] = await Promise.all([
    base
      .orderBy(desc(auditLog.seq))
      .limit(f.pageSize)
      .offset((f.page - 1) * f.pageSize),
    db
      .select({ n: count() })
      .from(auditLog)
      .leftJoin(orgs, eq(orgs.id, auditLog.orgId))
      .where(and(...where)),
  ]);
  return {
    rows: rows.map((r) => ({ ...r.audit, orgName: r.orgName ?? null, actorName: r.actorName ?? null })),
    total: totals[0]?.n ?? 0,
  };
}
