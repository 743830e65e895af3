import type { FastifyInstance } from 'fastify';

// The learning dashboards of an org subtree, its lists of people and their Excel exports.
export async function registerDashboardRoutes(_app: FastifyInstance): Promise<void> {}
