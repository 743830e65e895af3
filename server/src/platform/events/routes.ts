import type { FastifyInstance } from 'fastify';

export async function registerEventRoutes(app: FastifyInstance): Promise<void> {
  void app;
}
