import type { FastifyInstance } from 'fastify';

// Public face of the org module: routes, and the queries other modules may use.
export async function registerOrgModule(app: FastifyInstance): Promise<void> {
  void app;
}
