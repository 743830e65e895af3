import { RegionCodeParam, RegionResponse, RegionsQuery, RegionsResponse } from '@hongyun/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { AppError } from '../../platform/errors.ts';
import { authorize } from '../policy.ts';
import { presentRegion } from './presenter.ts';
import { findRegion, regionAncestors, regionChildren } from './queries.ts';

// Administrative divisions: reference data any signed-in user may browse.
export async function registerRegionRoutes(appBase: FastifyInstance): Promise<void> {
  const app = appBase.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/api/regions',
    {
      schema: {
        tags: ['org'],
        summary: '行政区划：下级',
        description:
          'Lists the regions directly under a parent region code (top level without one). Any signed-in user.',
        querystring: RegionsQuery,
        response: { 200: RegionsResponse },
      },
    },
    async (req) => {
      authorize(req.actor, 'org.region.read');
      const rows = await regionChildren(req.ctx.db, req.query.parent);
      return { data: rows.map(presentRegion) };
    },
  );

  app.get(
    '/api/regions/:code',
    {
      schema: {
        tags: ['org'],
        summary: '行政区划详情',
        description: 'Returns a region by code with its ancestors. Any signed-in user.',
        params: RegionCodeParam,
        response: { 200: RegionResponse },
      },
    },
    async (req) => {
      authorize(req.actor, 'org.region.read');
      const region = await findRegion(req.ctx.db, req.params.code);
      if (!region) throw new AppError('NOT_FOUND');
      const ancestors = await regionAncestors(req.ctx.db, region);
      return { data: { ...presentRegion(region), ancestors: ancestors.map(presentRegion) } };
    },
  );
}
