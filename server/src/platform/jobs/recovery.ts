import { and, eq, inArray } from 'drizzle-orm';
import type { Services } from '../context.ts';
import { jobLockKey, MAX_JOB_ATTEMPTS } from './runner.ts';
import { jobs } from './schema.ts';

export type Recovery = { requeued: string[]; failed: string[] };

/**
 * At a worker's start: jobs that say `running` (or `interrupted`) although no process runs them. A
 * run holds a session advisory lock on its own connection (runner.ts), so a job whose lock is free
 * has lost its process — a crash, a kill, the machine going down. Without this it would say
 * `running` until the queue's expiry an hour later. Such a job is marked `interrupted` and queued
 * again while it has attempts left; after MAX_JOB_ATTEMPTS starts it is failed (JOB_INTERRUPTED),
 * since a job that takes its process down every time must not take it down forever. Jobs still
 * locked run in another live process and are left alone.
 */
export async function recoverInterruptedJobs(services: Services): Promise<Recovery> {
  const stale = await services.db
    .select({ id: jobs.id, attempts: jobs.attempts })
    .from(jobs)
    .where(inArray(jobs.status, ['running', 'interrupted']));
  const out: Recovery = { requeued: [], failed: [] };
  if (stale.length === 0) return out;
  const lock = await services.pool.connect();
  let isBroken = false;
  try {
    for (const job of stale) {
      const key = jobLockKey(job.id);
      const { rows } = await lock.query<{ ok: boolean }>('select pg_try_advisory_lock(hashtextextended($1, 0)) as ok', [
        key,
      ]);
      if (!rows[0]?.ok) continue; // its run is alive elsewhere
      let requeue = false;
      try {
        // Decided while holding the lock, so a redelivery cannot start the job in between.
        const isSpent = job.attempts >= MAX_JOB_ATTEMPTS;
        const [changed] = await services.db
          .update(jobs)
          .set(
            isSpent
              ? {
                  status: 'failed',
                  errorCode: 'JOB_INTERRUPTED',
                  phase: null,
                  finishedAt: new Date(),
                  updatedAt: new Date(),
                }
              : { status: 'interrupted', phase: null, updatedAt: new Date() },
          )
          .where(and(eq(jobs.id, job.id), inArray(jobs.status, ['running', 'interrupted'])))
          .returning({ id: jobs.id });
        if (changed) (isSpent ? out.failed : out.requeued).push(job.id);
        requeue = !!changed && !isSpent;
      } finally {
        await lock.query('select pg_advisory_unlock(hashtextextended($1, 0))', [key]).catch(() => {
          isBroken = true;
        });
      }
      if (requeue) await services.jobs.enqueue(job.id);
    }
  } finally {
    lock.release(isBroken);
  }
  if (out.requeued.length || out.failed.length) {
    services.log.error({ requeued: out.requeued, failed: out.failed }, 'jobs interrupted by a dead process');
  }
  return out;
}
