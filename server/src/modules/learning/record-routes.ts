import type { FastifyInstance } from 'fastify';

// A member's own learning record (points, answer rate, study hours) and the learning settings
// of an org (point rules, rankings switch, study-hour targets).
export async function registerRecordRoutes(_app: FastifyInstance): Promise<void> {}
