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
  /**
   * Runs recurring tasks from pg-boss schedules in this process. pg-boss keeps the schedules in the
   * database and sends each due task once, whatever the number of processes; the queue's
   * 'singleton' policy keeps two runs of one task from overlapping. Schedules of ours no longer in
   * the list are removed.
   */
  runCrons(crons: readonly QueueCron[]): Promise<void>;
  stop(): Promise<void>;
};

export type QueueCron = { name: string; cron: string; run: () => Promise<void>; runAtStart?: boolean };

/** Cron queue names carry this prefix, so ours can be told from any other schedule. */
const CRON_PREFIX = 'cron.';

type Log = { error: (obj: object, msg: string) => void };

/** How long a stop waits for work already taken (a run, or pg-boss's completion of it). */
const STOP_WAIT_MS = 30_000;

export function createJobQueue(pool: pg.Pool, log: Log, opts: { supervise: boolean }): JobQueue {
  let starting: Promise<PgBoss> | null = null;
  // pg-boss's stop returns while a worker's fetch is still in flight: the job it brings back is then
  // run and completed (without an await, in pg-boss) after the stop. Every pg-boss query and every
  // handler run is counted here, so a stop returns only when nothing of the queue is left running
  // and the pool can be closed under it.
  let busy = 0;
  const tracked = async <T>(work: () => Promise<T>): Promise<T> => {
    busy++;
    try {
      return await work();
    } finally {
      busy--;
    }
  };
  const idle = async () => {
    const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));
    for (const until = Date.now() + STOP_WAIT_MS; Date.now() < until; ) {
      if (busy === 0) {
        await pause(25); // a fetch's continuation may start a run (or a run its completion) next
        if (busy === 0) return;
      } else await pause(50);
    }
    log.error({ busy }, 'job queue stopped with work still running');
  };
  const boss = () => {
    starting ??= (async () => {
      const b = new PgBoss({
        db: { executeSql: (text: string, values: unknown[]) => tracked(() => pool.query(text, values)) },
        schema: 'pgboss',
        supervise: opts.supervise,
        // Only a supervising process (a worker) watches the schedules and sends what is due.
        schedule: opts.supervise,
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
        ([job]) =>
          tracked(async () => {
            if (job) await run(job.data.jobId);
          }),
      );
    },
    async runCrons(crons) {
      const b = await boss();
      const wanted = new Set(crons.map((c) => CRON_PREFIX + c.name));
      for (const s of await b.getSchedules()) {
        if (s.name.startsWith(CRON_PREFIX) && !wanted.has(s.name)) await b.unschedule(s.name);
      }
      for (const c of crons) {
        const name = CRON_PREFIX + c.name;
        await b.createQueue(name, { name, policy: 'singleton', retryLimit: 1, expireInSeconds: 3600 });
        await b.schedule(name, c.cron, {}, { tz: 'Asia/Shanghai' });
        await b.work(name, { batchSize: 1, pollingIntervalSeconds: 5 }, () =>
          tracked(async () => {
            try {
              await c.run();
            } catch (e) {
              log.error({ err: e instanceof Error ? redactedError(e) : String(e), cron: c.name }, 'cron failed');
              throw e; // pg-boss records the failure (and retries once)
            }
          }),
        );
        if (c.runAtStart) await b.send(name, {});
      }
    },
    async stop() {
      if (!starting) return;
      const b = await starting.catch(() => null);
      starting = null;
      await b?.stop({ graceful: true, wait: true, timeout: 10_000 });
      await idle();
    },
  };
}
