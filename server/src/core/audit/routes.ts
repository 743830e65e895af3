import {
  auditActionLabel,
  auditRefOrgIds,
  ListAuditRequest,
  ListAuditResponse,
  renderAuditSummary,
  VerifyAuditResponse,
} from '@hongyun/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { appendAuditNow } from '../../platform/audit/chain.ts';
import { verifyAgainstPublishedHead } from '../../platform/audit/verify.ts';
import { resolveNames } from '../events/index.ts';
import { authorize } from '../policy.ts';
import { listAudit } from './queries.ts';

export async function registerAuditRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/api/audit',
    {
      schema: {
        tags: ['audit'],
        summary: '审计日志',
        description:
          'Lists the audit log, newest first, with each action named and summarised in the caller language. Audit administrators, over the whole tree.',
        querystring: ListAuditRequest,
        response: { 200: ListAuditResponse },
      },
    },
    async (req) => {
      authorize(req.actor, 'audit.read');
      const { rows, total } = await listAudit(req.ctx.db, req.actor, req.query);
      const names = await resolveNames(req.ctx.db, auditNameIds(rows));
      const lang = req.ctx.lang;
      return {
        data: rows.map(({ prevHash: _p, at, ...r }) => ({
          ...r,
          at: at.toISOString(),
          actionLabel: auditActionLabel(r.action, lang),
          summary: renderAuditSummary(r, names, lang),
        })),
        page: req.query.page,
        pageSize: req.query.pageSize,
        total,
      };
    },
  );

  // Verifying is itself an audited act: the result is recorded, so a reviewer can see it was checked.
  app.post(
    '/api/audit/verify',
    {
      schema: {
        tags: ['audit'],
        summary: '校验审计日志哈希链',
        description: 'Verifies the audit chain link by link and records that it was checked. Audit administrators.',
        response: { 200: VerifyAuditResponse },
      },
    },
    async (req) => {
      authorize(req.actor, 'audit.verify');
      const result = await verifyAgainstPublishedHead(req.ctx);
      await appendAuditNow(req.ctx, {
        action: 'audit.verified',
        outcome: result.ok ? 'success' : 'failure',
        details: { ...result },
      });
      return { data: { ...result, checkedAt: new Date().toISOString() } };
    },
  );
}

type AuditNamed = Parameters<typeof renderAuditSummary>[0];

/** The names a page of audit rows mentions: actors, targets that are orgs, people or accounts, and orgs in details. */
function auditNameIds(rows: AuditNamed[]) {
  const ids = { org: [] as number[], person: [] as string[], account: [] as string[] };
  for (const r of rows) {
    if (r.orgId !== null) ids.org.push(r.orgId);
    if (r.actorAccountId) ids.account.push(r.actorAccountId);
    if (r.targetId && (r.targetType === 'org' || r.targetType === 'person' || r.targetType === 'account')) {
      if (r.targetType === 'org') ids.org.push(Number(r.targetId));
      else ids[r.targetType].push(r.targetId);
    }
    ids.org.push(...auditRefOrgIds(r));
  }
  return ids;
}
