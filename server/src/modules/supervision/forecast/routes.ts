import { ForecastLimits, ForecastListQuery, ForecastListResponse } from '@hongyun/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { requireActor } from '../../../core/auth/auth-hook.ts';
import { chinaDay } from '../../../core/events/rollups.ts';
import { findOrg } from '../../../core/org/index.ts';
import { authorize, scopeToOrgs } from '../../../core/policy.ts';
import { AppError } from '../../../platform/errors.ts';
import { mondayOf } from './forecast.ts';
import { ForecastReaderRoles } from './policy.ts';
import { latestWeek, listForecast, ruleInReach } from './queries.ts';

// The risk forecast of the caller's subtree (or one org's, within it) for a week: who is likely to
// meet a streak rule, with the reasons in the caller's language. Read-only: a forecast is a hint,
// never an alert. Another subtree's org or rule answers NOT_FOUND like a missing one.
export async function registerForecastRoutes(base: FastifyInstance): Promise<void> {
  const app = base.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/api/supervision/forecast',
    {
      schema: {
        tags: ['supervision'],
        summary: '风险预测',
        description:
          "People of the caller's subtree (or orgId's, within it) likely to meet a streak rule on the daily quiz in the week starting `week` (a Monday; default the latest forecast week), from the weekly forecast job: score 0–1, its band, and the reasons (answer rate falling, recent gaps, a gap under way, shorter reading) as sentences in the caller's language; highest score first, `bands` counts the whole list. A forecast never raises an alert. Party office, org admin, monitor or branch secretary.",
        querystring: ForecastListQuery,
        response: { 200: ForecastListResponse },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const roots = actor.actingFor ? [] : scopeToOrgs(actor, ForecastReaderRoles);
      if (roots.length === 0) throw new AppError('FORBIDDEN');
      const { orgId, ruleId, page, pageSize } = req.query;
      let scope = roots;
      if (orgId !== undefined) {
        const org = await findOrg(req.ctx.db, orgId);
        if (!org) throw new AppError('NOT_FOUND');
        authorize(actor, 'supervision.forecast.read', { orgPath: org.path });
        scope = [org.path];
      }
      if (ruleId !== undefined && !(await ruleInReach(req.ctx.db, ruleId, scope))) throw new AppError('NOT_FOUND');
      const week = req.query.week ?? (await latestWeek(req.ctx.db, { roots: scope, ruleId })) ?? mondayOf(chinaDay());
      const list = await listForecast(
        req.ctx.db,
        { roots: scope, ruleId, week, limit: pageSize, offset: (page - 1) * pageSize },
        req.ctx.lang,
      );
      return {
        data: list.rows,
        page,
        pageSize,
        total: list.total,
        week,
        computedAt: list.computedAt,
        threshold: ForecastLimits.threshold,
        bands: list.bands,
      };
    },
  );
}
