import type { FastifyInstance } from 'fastify';

// Public face of the people module: routes, and the queries other modules may use.
export async function registerPeopleModule(app: FastifyInstance): Promise<void> {
  void app;
}
