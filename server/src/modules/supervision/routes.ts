import { SupervisionMetricListResponse } from '@hongyun/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { requireActor } from '../../core/auth/auth-hook.ts';
import { atAnyGrant } from '../../core/kernel/index.ts';
import { AppError } from '../../platform/errors.ts';
import { listMetrics } from './metrics.ts';

// Warning rules: the metrics they may watch, the rules of the caller's subtree (and the rules above
// it that also watch their people), editing and running them.

export async function registerSupervisionRoutes(base: FastifyInstance): Promise<void> {
  const app = base.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/api/supervision/metrics',
    {
      schema: {
        tags: ['supervision'],
        summary: '可监督的指标',
        description: 'The behaviour metrics rules may watch, as the installed modules declare them.',
        response: { 200: SupervisionMetricListResponse },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      if (!atAnyGrant(actor, 'supervision.rule.read')) throw new AppError('FORBIDDEN');
      return { data: listMetrics(req.ctx.lang) };
    },
  );
}
