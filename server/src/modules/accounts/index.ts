import type { FastifyInstance } from 'fastify';

// Public face of the accounts module: login, sessions, grants, delegations, /api/me.
export async function registerAccountsModule(app: FastifyInstance): Promise<void> {
  void app;
}
