import { ListAuditRequest, ListAuditResponse, VerifyAuditResponse } from '@hongyun/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { appendAuditNow, verifyAuditChain } from '../../platform/audit/chain.ts';
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
        querystring: ListAuditRequest,
        response: { 200: ListAuditResponse },
      },
    },
    async (req) => {
      authorize(req.actor, 'audit.read');
      const { rows, total } = await listAudit(req.ctx.db, req.actor, req.query);
      return {
        data: rows.map(({ prevHash: _p, at, ...r }) => ({ ...r, at: at.toISOString() })),
        page: req.query.page,
        pageSize: req.query.pageSize,
        total,
      };
    },
  );

  // Verifying is itself an audited act: the result is recorded, so a reviewer can see it was checked.
  app.post(
    '/api/audit/verify',
    { schema: { tags: ['audit'], summary: '校验审计日志哈希链', response: { 200: VerifyAuditResponse } } },
    async (req) => {
      authorize(req.actor, 'audit.verify');
      const result = await verifyAuditChain(req.ctx.db, req.ctx.crypto);
      await appendAuditNow(req.ctx, {
        action: 'audit.verified',
        outcome: result.ok ? 'success' : 'failure',
        details: { ...result },
      });
      return { data: { ...result, checkedAt: new Date().toISOString() } };
    },
  );
}
