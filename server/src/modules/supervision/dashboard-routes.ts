import { AlertExportRequest, AlertStatsQuery, AlertStatsResponse, JobResponse } from '@hongyun/contracts';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { requireActor } from '../../core/auth/auth-hook.ts';
import { chinaDay } from '../../core/events/rollups.ts';
import { presentJob } from '../../core/jobs/index.ts';
import { findOrg } from '../../core/org/index.ts';
import { hasRole, scopeToOrgs } from '../../core/policy.ts';
import { AppError } from '../../platform/errors.ts';
import { startJob } from '../../platform/jobs/runner.ts';
import { alertStats, defaultRange } from './alerts/stats.ts';
import { ALERTS_EXPORT } from './jobs/export-alerts.ts';
import { AlertReaderRoles } from './policy.ts';

// The supervision dashboard: counts of a subtree's alerts, and their Excel export.

/** The organisation a dashboard is about: the one asked for (within reach), else the caller's first root. */
async function dashboardOrg(req: FastifyRequest, orgId: number | undefined) {
  const actor = requireActor(req);
  const roots = actor.actingFor ? [] : scopeToOrgs(actor, AlertReaderRoles);
  if (roots.length === 0) throw new AppError('FORBIDDEN');
  if (orgId === undefined) {
    const grant = actor.grants.find((g) => g.orgPath === roots[0]);
    const org = grant ? await findOrg(req.ctx.db, grant.orgId) : null;
    if (!org) throw new AppError('NOT_FOUND');
    return org;
  }
  const org = await findOrg(req.ctx.db, orgId);
  if (!org || !hasRole(actor, AlertReaderRoles, org.path)) throw new AppError('NOT_FOUND');
  return org;
}

export async function registerDashboardRoutes(base: FastifyInstance): Promise<void> {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const tags = ['supervision'];

  app.get(
    '/api/supervision/alerts/stats',
    {
      schema: {
        tags,
        summary: '预警统计',
        description:
          "Counts of the alerts in an organisation's subtree (default: the caller's first one) over a range of evaluation days (default: the last 12 weeks): by status, outcome, rule, child organisation and week.",
        querystring: AlertStatsQuery,
        response: { 200: AlertStatsResponse },
      },
    },
    async (req) => {
      const org = await dashboardOrg(req, req.query.orgId);
      const range = defaultRange(chinaDay());
      return {
        data: await alertStats(req.ctx, org, { from: req.query.from ?? range.from, to: req.query.to ?? range.to }),
      };
    },
  );

  app.post(
    '/api/supervision/alerts/exports',
    {
      schema: {
        tags,
        summary: '导出预警（Excel）',
        description:
          'Starts a background export to .xlsx of the alerts the caller sees in an organisation’s subtree, with the list’s filters. Poll /api/jobs/:id, then download result.fileId. Audited.',
        body: AlertExportRequest,
        response: { 202: JobResponse },
      },
    },
    async (req, reply) => {
      const org = await dashboardOrg(req, req.body.orgId);
      const { orgId: _o, ...filters } = req.body;
      const job = await startJob(req.ctx, {
        kind: ALERTS_EXPORT,
        params: { orgId: org.id, ...filters },
        orgId: org.id,
      });
      return reply.status(202).send({ data: presentJob(job, req.ctx.lang) });
    },
  );
}
