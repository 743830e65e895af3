import type pg from 'pg';
import PgBoss from 'pg-boss';
import { redactedError } from '../http/errors-handler.ts';

// The queue that runs jobs: pg-boss on our own PostgreSQL (schema "pgboss"), so any number of worker
// processes share the work without another server. Only the job id travels through pg-boss; the
// job's parameters, progress and result live in our `jobs` table. pg-boss is started on first use, so
// processes that never queue anything (tests, most CLI commands) never pay for it.

const QUEUE = 'hongyun-jobs';

export type JobQueue = {
  enqueue(jobId: string): Promise<void>;
  /** Starts taking jobs from the queue in this process. */
  work(run: (jobId: string) => Promise<void>, opts?: { pollingIntervalSeconds?: number }): Promise<void>;
  stop(): Promise<void>;
};

type Log = { error: (obj: object, msg: string) => void };

export function createJobQueue(pool: pg.Pool, log: Log, opts: { supervise: boolean }): JobQueue {
  let starting: Promise<PgBoss> | null = null;
  const boss = () => {
    starting ??= (async () => {
      const b = new PgBoss({
        db: { executeSql: (text: string, values: unknown[]) => pool.query(text, values) },
        schema: 'pgboss',
        supervise: opts.supervise,
        schedule: false,
      });
      b.on('error', (e) => log.error({ err: redactedError(e) }, 'job queue error'));
      await b.start();
      // A job interrupted by a crash is delivered again after it expires; handlers resume it.
      await b.createQueue(QUEUE, { name: QUEUE, retryLimit: 2, retryDelay: 30, expireInSeconds: 3600 });
      return b;
    })();
    return starting;
  };
  return {
    async enqueue(jobId) {
      await (await boss()).send(QUEUE, { jobId });
    },
    async work(run, workOpts = {}) {
      const b = await boss();
      await b.work<{ jobId: string }>(
        QUEUE,
        { batchSize: 1, pollingIntervalSeconds: workOpts.pollingIntervalSeconds ?? 1 },
        async ([job]) => {
          if (job) await run(job.data.jobId);
        },
      );
    },
    async stop() {
      if (!starting) return;
      const b = await starting.catch(() => null);
      starting = null;
      await b?.stop({ graceful: true, wait: true, timeout: 10_000 });
    },
  };
}
