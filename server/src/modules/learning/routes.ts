import type { FastifyInstance } from 'fastify';
import { registerDashboardRoutes } from './dashboard-routes.ts';
import { registerRecordRoutes } from './record-routes.ts';

export async function registerLearningRoutes(app: FastifyInstance): Promise<void> {
  await registerRecordRoutes(app);
  await registerDashboardRoutes(app);
}
