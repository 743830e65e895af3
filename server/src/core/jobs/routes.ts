import { ErrorCatalog, type ErrorCode, IdParam, JobResponse, type JobView, ListJobsResponse } from '@hongyun/contracts';
import { desc, eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Lang } from '../../platform/errors.ts';
import type { JobRow } from '../../platform/jobs/registry.ts';
import { getOwnJob } from '../../platform/jobs/runner.ts';
import { jobs } from '../../platform/jobs/schema.ts';
import { requireActor } from '../auth/auth-hook.ts';

export function presentJob(j: JobRow, lang: Lang): JobView {
  const code = j.errorCode as ErrorCode | null;
  return {
    id: j.id,
    kind: j.kind,
    status: j.status,
    phase: j.phase,
    done: j.done,
    total: j.total,
    result: j.result ?? null,
    error: code ? { code, message: (ErrorCatalog[code] ?? ErrorCatalog.INTERNAL)[lang] } : null,
    createdAt: j.createdAt.toISOString(),
    startedAt: j.startedAt?.toISOString() ?? null,
    finishedAt: j.finishedAt?.toISOString() ?? null,
  };
}

// Polling one's own jobs. A job is private to the account that started it (others get 404).
export async function registerJobRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/api/jobs',
    {
      schema: {
        tags: ['jobs'],
        summary: '我的任务',
        description: 'Your 50 most recent jobs.',
        response: { 200: ListJobsResponse },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const rows = await req.ctx.db
        .select()
        .from(jobs)
        .where(eq(jobs.requestedBy, actor.accountId))
        .orderBy(desc(jobs.createdAt))
        .limit(50);
      return { data: rows.map((r) => presentJob(r, req.ctx.lang)) };
    },
  );

  app.get(
    '/api/jobs/:id',
    {
      schema: {
        tags: ['jobs'],
        summary: '任务进度',
        description: 'Status, progress and result of one of your jobs; poll it until status is succeeded or failed.',
        params: IdParam,
        response: { 200: JobResponse },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      return { data: presentJob(await getOwnJob(req.ctx, actor.accountId, req.params.id), req.ctx.lang) };
    },
  );
}
