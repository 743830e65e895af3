import type { FastifyInstance } from 'fastify';

// Each business module exposes register(app); they are mounted here in one list.
export async function registerModules(app: FastifyInstance): Promise<void> {
  void app;
}
