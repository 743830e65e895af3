import {
  InactiveListResponse,
  InactiveQuery,
  JobResponse,
  LearningDashboardQuery,
  LearningDashboardResponse,
  OrgIdParam,
  StartLearningExportRequest,
} from '@hongyun/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { requireActor } from '../../core/auth/auth-hook.ts';
import { presentJob } from '../../core/jobs/index.ts';
import { findOrg } from '../../core/org/index.ts';
import { authorize } from '../../core/policy.ts';
import type { DbOrTx } from '../../platform/db/client.ts';
import { AppError } from '../../platform/errors.ts';
import { startJob } from '../../platform/jobs/runner.ts';
import { buildDashboard, resolvePeriod } from './dashboard.ts';
import { inactiveSince, listInactive, presentInactive } from './inactive.ts';
import { LEARNING_EXPORT } from './jobs/export-learning.ts';

const tags = ['learning'];

// The learning dashboards of an org subtree (学习统计), its list of people who have not studied
// and their Excel exports. Party office or org admin over the org; another subtree's org answers
// NOT_FOUND like a missing one (authorize hides what lies outside the caller's reach).
export async function registerDashboardRoutes(base: FastifyInstance): Promise<void> {
  const app = base.withTypeProvider<ZodTypeProvider>();

  const loadOrg = async (db: DbOrTx, id: number) => {
    const org = await findOrg(db, id);
    if (!org) throw new AppError('NOT_FOUND');
    return org;
  };

  app.get(
    '/api/orgs/:id/learning/dashboard',
    {
      schema: {
        tags,
        summary: '学习统计',
        description:
          "Learning figures of the org and every org below it over from–to (China days, default this month to today, at most a year): participation and answer rates over the period's working days, study minutes, points, the share relatives did acting for members, study-hour progress against the year's targets, a daily series, and the direct child orgs ranked by rankBy, each with its figures. Distinct participants today, this week and this month. isProvisional when a day lies in a year whose holidays are unconfirmed. Party office or org admin over the org.",
        params: OrgIdParam,
        querystring: LearningDashboardQuery,
        response: { 200: LearningDashboardResponse },
      },
    },
    async (req) => {
      const org = await loadOrg(req.ctx.db, req.params.id);
      authorize(req.actor, 'learning.dashboard.read', { orgPath: org.path });
      const period = resolvePeriod(req.query);
      return { data: await buildDashboard(req.ctx.db, org, { ...period, rankBy: req.query.rankBy }) };
    },
  );

  app.get(
    '/api/orgs/:id/learning/inactive',
    {
      schema: {
        tags,
        summary: '未学习名单',
        description:
          'Active party members of the org and every org below it who have not studied in the last N working days (today included when it is one; never studied counts): never studied first, then the longest ago. Phones are masked unless the caller may see them. Party office or org admin over the org.',
        params: OrgIdParam,
        querystring: InactiveQuery,
        response: { 200: InactiveListResponse },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const org = await loadOrg(req.ctx.db, req.params.id);
      authorize(actor, 'learning.dashboard.read', { orgPath: org.path });
      const { workdays, page, pageSize } = req.query;
      const { since, isProvisional } = await inactiveSince(req.ctx.db, workdays);
      const { rows, total } = await listInactive(req.ctx.db, {
        prefix: org.path,
        since,
        limit: pageSize,
        offset: (page - 1) * pageSize,
      });
      return {
        data: rows.map((r) => presentInactive(r, actor, req.ctx.crypto)),
        page,
        pageSize,
        total,
        since,
        workdays,
        isProvisional,
      };
    },
  );

  app.post(
    '/api/orgs/:id/learning/exports',
    {
      config: { isIdempotent: true },
      schema: {
        tags,
        summary: '导出学习统计（Excel）',
        description:
          "Starts a background export to .xlsx: kind 'dashboard' the child-org table of the period (from, to, rankBy as on the dashboard), kind 'inactive' the whole not-studied list (workdays). Poll /api/jobs/:id, then download result.fileId. Party office or org admin over the org; audited.",
        params: OrgIdParam,
        body: StartLearningExportRequest,
        response: { 202: JobResponse },
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const org = await loadOrg(req.ctx.db, req.params.id);
      authorize(actor, 'learning.dashboard.export', { orgPath: org.path });
      // A bad period is refused now, not after the job has queued.
      if (req.body.kind === 'dashboard') resolvePeriod(req.body, 'body');
      const job = await startJob(req.ctx, {
        kind: LEARNING_EXPORT,
        params: { orgId: org.id, request: req.body },
        orgId: org.id,
      });
      return reply.status(202).send({ data: presentJob(job, req.ctx.lang) });
    },
  );
}
