import { and, eq, gte, inArray, sql } from 'drizzle-orm';
import type { Ctx, Services } from '../context.ts';
import type { DbOrTx } from '../db/client.ts';
import { AppError, type Lang } from '../errors.ts';
import { redactedError } from '../http/errors-handler.ts';
import { type JobRow, jobDefinition } from './registry.ts';
import { jobs } from './schema.ts';

type NewJob = { kind: string; params: Record<string, unknown>; orgId: number | null };

/** Starts of one job before it is given up as one that kills its process (recovery.ts). */
export const MAX_JOB_ATTEMPTS = 3;

/** The session advisory lock a run holds for its whole length: free means no process runs the job. */
export const jobLockKey = (jobId: string) => `job:${jobId}`;

/** The job row alone, for callers that run it themselves (the CLI runs jobs in its own process). */
export async function createJobRow(db: DbOrTx, input: NewJob & { requestedBy: string; lang: Lang }): Promise<JobRow> {
  const [job] = await db.insert(jobs).values(input).returning();
  return job as JobRow;
}

/**
 * An upload whose reading had to be stopped (out of memory or time) is never read again: a job on
 * the same file by the same account is refused at once with the same clear message, so checking it
 * again cannot take a reader worker down twice. Jobs name their upload `params.fileId`.
 */
async function refuseUnreadableUpload(db: DbOrTx, requestedBy: string, params: Record<string, unknown>) {
  const fileId = params.fileId;
  if (typeof fileId !== 'string') return;
  const [earlier] = await db
    .select({ id: jobs.id })
    .from(jobs)
    .where(
      and(
        eq(jobs.requestedBy, requestedBy),
        sql`${jobs.params}->>'fileId' = ${fileId}`,
        eq(jobs.errorCode, 'SPREADSHEET_UNREADABLE'),
      ),
    )
    .limit(1);
  if (earlier) throw new AppError('SPREADSHEET_UNREADABLE', { reason: 'earlier', jobId: earlier.id });
}

/** Creates the job row and queues it. The caller has already authorised the request. */
export async function startJob(ctx: Ctx, input: NewJob): Promise<JobRow> {
  if (!ctx.actor) throw new AppError('UNAUTHENTICATED');
  await refuseUnreadableUpload(ctx.db, ctx.actor.accountId, input.params);
  const row = await createJobRow(ctx.db, { ...input, requestedBy: ctx.actor.accountId, lang: ctx.lang });
  const enqueue = async (db: DbOrTx) => {
    try {
      await ctx.jobs.enqueue(row.id);
    } catch (e) {
      await finish({ db }, row.id, { status: 'failed', errorCode: 'INTERNAL' });
      throw e;
    }
  };
  // Inside a request transaction the worker could take the job before its row is committed.
  if (ctx.afterCommit) ctx.afterCommit(enqueue);
  else await enqueue(ctx.db);
  return row;
}

async function finish(
  services: { db: DbOrTx },
  id: string,
  f: { status: 'succeeded' | 'rejected' | 'failed'; result?: Record<string, unknown>; errorCode?: string },
) {
  await services.db
    .update(jobs)
    .set({ ...f, phase: null, finishedAt: new Date(), updatedAt: new Date() })
    .where(eq(jobs.id, id));
}

/**
 * Runs one job to its end and records the outcome. Safe to call again for the same job (a queue
 * redelivery after a crash): a finished job is left alone, a running or interrupted one starts over
 * (up to MAX_JOB_ATTEMPTS starts), which is
 * correct because every handler writes in one transaction or not at all. A job still running
 * elsewhere is left alone too (null): pg-boss hands out again a job that outlives expireInSeconds,
 * and two runs of one import would both write. The run holds a session advisory lock on its own
 * connection, so a crashed run's lock goes with its connection and the redelivery takes over.
 */
export async function runJob(services: Services, jobId: string): Promise<JobRow | null> {
  const lock = await services.pool.connect();
  const key = jobLockKey(jobId);
  let isBroken = false;
  try {
    const { rows } = await lock.query<{ ok: boolean }>('select pg_try_advisory_lock(hashtextextended($1, 0)) as ok', [
      key,
    ]);
    if (!rows[0]?.ok) return null;
    try {
      return await runClaimedJob(services, jobId);
    } finally {
      await lock.query('select pg_advisory_unlock(hashtextextended($1, 0))', [key]).catch(() => {
        isBroken = true;
      });
    }
  } finally {
    lock.release(isBroken);
  }
}

async function runClaimedJob(services: Services, jobId: string): Promise<JobRow | null> {
  // A redelivery of a job that has already been started as often as allowed (its runs died with
  // their process) is given up, not run again.
  await services.db
    .update(jobs)
    .set({ status: 'failed', errorCode: 'JOB_INTERRUPTED', phase: null, finishedAt: new Date(), updatedAt: new Date() })
    .where(
      and(eq(jobs.id, jobId), inArray(jobs.status, ['running', 'interrupted']), gte(jobs.attempts, MAX_JOB_ATTEMPTS)),
    );
  const [job] = await services.db
    .update(jobs)
    .set({
      status: 'running',
      startedAt: new Date(),
      updatedAt: new Date(),
      attempts: sql`${jobs.attempts} + 1`,
      done: 0,
    })
    .where(and(eq(jobs.id, jobId), inArray(jobs.status, ['queued', 'running', 'interrupted'])))
    .returning();
  if (!job) return null;
  const definition = jobDefinition(job.kind);
  const actor = await services.identity.loadActor(services.db, job.requestedBy, `job:${job.id}`);
  try {
    if (!definition) throw new AppError('BAD_REQUEST', { kind: job.kind });
    const params = definition.params.safeParse(job.params);
    if (!params.success) throw new AppError('BAD_REQUEST', { kind: job.kind });
    if (!actor) throw new AppError('FORBIDDEN');
    let lastWrite = 0;
    const progress = async (done: number, total?: number | null, phase?: string) => {
      const now = Date.now();
      if (now - lastWrite < 500) return;
      lastWrite = now;
      await services.db
        .update(jobs)
        .set({ done, ...(total !== undefined ? { total } : {}), ...(phase ? { phase } : {}), updatedAt: new Date() })
        .where(eq(jobs.id, job.id));
    };
    const outcome = await definition.run(services, { job, params: params.data, actor, progress });
    await finish(services, job.id, { status: outcome.isRejected ? 'rejected' : 'succeeded', result: outcome.result });
  } catch (e) {
    const isApp = e instanceof AppError;
    if (!isApp) services.log.error({ err: e instanceof Error ? redactedError(e) : String(e), jobId }, 'job failed');
    await finish(services, job.id, {
      status: 'failed',
      errorCode: isApp ? e.code : 'INTERNAL',
      result: isApp && e.details ? { details: e.details } : undefined,
    });
  }
  const [after] = await services.db.select().from(jobs).where(eq(jobs.id, jobId));
  return after ?? null;
}

/** A job the actor started, or NOT_FOUND: jobs and their files are private to their requester. */
export async function getOwnJob(services: Pick<Services, 'db'>, accountId: string, id: string): Promise<JobRow> {
  const [row] = await services.db
    .select()
    .from(jobs)
    .where(and(eq(jobs.id, id), eq(jobs.requestedBy, accountId)));
  if (!row) throw new AppError('NOT_FOUND');
  return row;
}
