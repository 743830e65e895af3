import { sql } from 'drizzle-orm';
import { coreSubscribers } from './core/events/subscribers.ts';
import type { Services } from './platform/context.ts';
import { startEventDispatcher } from './platform/events/dispatcher.ts';
import { deleteExpiredFiles } from './platform/files/records.ts';
import { redactedError } from './platform/http/errors-handler.ts';
import { runJob } from './platform/jobs/runner.ts';

// Background work: maintenance every deployment needs, and the job queue. Each task takes a transaction-scoped advisory lock,
// so with several worker processes only one runs it at a time.
export function startWorker(services: Services): { stop: () => Promise<void> } {
  const run = async () => {
    try {
      await services.db.transaction(async (tx) => {
        const [lock] = await tx
          .execute<{ ok: boolean }>(sql`select pg_try_advisory_xact_lock(727003) as ok`)
          .then((r) => r.rows);
        if (!lock?.ok) return;
        await tx.execute(sql`select ensure_event_partitions(now(), 3)`);
        await tx.execute(sql`delete from idempotency_keys where created_at < now() - interval '7 days'`);
        await tx.execute(sql`delete from sessions where expires_at < now() - interval '30 days'`);
        // Sign-in throttles idle for two days count nothing any more (rate windows last a minute,
        // failure runs 24 h); a lock still running is kept until it ends.
        await tx.execute(
          sql`delete from login_throttles where updated_at < now() - interval '2 days' and (locked_until is null or locked_until <= now())`,
        );
      });
      // Uploads, reports and exports hold personal data: they go when they expire.
      while ((await deleteExpiredFiles(services)) > 0);
    } catch (e) {
      services.log.error({ err: e instanceof Error ? redactedError(e) : String(e) }, 'worker maintenance failed');
    }
  };
  void run();
  const timer = setInterval(run, 3600_000);
  timer.unref();
  // Jobs users wait for (Excel import and export) come through the pg-boss queue.
  void services.jobs
    .work(async (jobId) => {
      await runJob(services, jobId);
    })
    .catch((e) => services.log.error({ err: e instanceof Error ? redactedError(e) : String(e) }, 'job worker failed'));
  // Event subscribers run after commit (the outbox); the lead feeds this from the module manifests.
  const dispatcher = startEventDispatcher(services, coreSubscribers);
  return {
    stop: async () => {
      clearInterval(timer);
      await dispatcher.stop();
    },
  };
}
