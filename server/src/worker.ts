import { allCrons, allSubscribers } from './core/kernel/index.ts';
import type { Services } from './platform/context.ts';
import { startEventDispatcher } from './platform/events/dispatcher.ts';
import { redactedError } from './platform/http/errors-handler.ts';
import { recoverInterruptedJobs } from './platform/jobs/recovery.ts';
import { runJob } from './platform/jobs/runner.ts';

// Background work, all of it declared by the installed modules' manifests: recurring tasks (crons,
// on pg-boss schedules shared by every worker process), event subscribers (after commit, from the
// outbox) and the job queue users wait on (Excel import and export). Spreadsheets are parsed in
// reader worker threads (platform/spreadsheet/sheet-reader.ts), so no job can starve or kill the API
// running in the same process. Modules must be registered first (buildApp or registerModules does it).
export function startWorker(services: Services): { stop: () => Promise<void> } {
  const logFailure = (what: string) => (e: unknown) =>
    services.log.error({ err: e instanceof Error ? redactedError(e) : String(e) }, what);
  const scheduling = services.jobs
    .runCrons(allCrons().map((c) => ({ ...c, run: () => c.run(services) })))
    .catch(logFailure('scheduling crons failed'));
  // Jobs whose process died mid-run are queued again (or given up) before new work is taken.
  void recoverInterruptedJobs(services)
    .catch(logFailure('recovering interrupted jobs failed'))
    .then(() =>
      services.jobs.work(async (jobId) => {
        await runJob(services, jobId);
      }),
    )
    .catch(logFailure('job worker failed'));
  const dispatcher = startEventDispatcher(services, allSubscribers());
  // The queue (and with it the crons) stops with the app (buildApp's onClose stops services.jobs).
  // A stop waits for the crons' scheduling to finish: a queue still being set up when the app
  // closes would start a run-at-start task on a closed pool.
  return {
    stop: async () => {
      await scheduling;
      await dispatcher.stop();
    },
  };
}
