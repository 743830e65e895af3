import type { FastifyInstance } from 'fastify';

export async function registerAuditRoutes(app: FastifyInstance): Promise<void> {
  void app;
}
