import { allCrons, allSubscribers } from './core/kernel/index.ts';
import type { Services } from './platform/context.ts';
import { startEventDispatcher } from './platform/events/dispatcher.ts';
import { redactedError } from './platform/http/errors-handler.ts';
import { runJob } from './platform/jobs/runner.ts';

// Background work, all of it declared by the installed modules' manifests: recurring tasks (crons,
// on pg-boss schedules shared by every worker process), event subscribers (after commit, from the
// outbox) and the job queue users wait on (Excel import and export). Modules must be registered
// first (buildApp or registerModules does it).
export function startWorker(services: Services): { stop: () => Promise<void> } {
  const logFailure = (what: string) => (e: unknown) =>
    services.log.error({ err: e instanceof Error ? redactedError(e) : String(e) }, what);
  void services.jobs
    .runCrons(allCrons().map((c) => ({ ...c, run: () => c.run(services) })))
    .catch(logFailure('scheduling crons failed'));
  void services.jobs
    .work(async (jobId) => {
      await runJob(services, jobId);
    })
    .catch(logFailure('job worker failed'));
  const dispatcher = startEventDispatcher(services, allSubscribers());
  // The queue (and with it the crons) stops with the app (buildApp's onClose stops services.jobs).
  return { stop: () => dispatcher.stop() };
}
