import type { Actor, Services } from '../context.ts';
import type { jobs } from './schema.ts';

export type JobRow = typeof jobs.$inferSelect;

/** What a handler gets: the job, the actor who started it (as they are now) and a progress reporter. */
export type JobRun = {
  job: JobRow;
  actor: Actor;
  /** Records progress; cheap to call per row (writes at most every half second). */
  progress: (done: number, total?: number | null, phase?: string) => Promise<void>;
};

/** A job's outcome: its summary (shown to the user) and, optionally, the ids of files it produced. */
export type JobOutcome = { result: Record<string, unknown> };

export type JobHandler = (services: Services, run: JobRun) => Promise<JobOutcome>;

// Modules register their handlers at import time (their index.ts); the runner looks them up by kind.
const handlers = new Map<string, JobHandler>();

export function defineJobHandler(kind: string, handler: JobHandler): void {
  handlers.set(kind, handler);
}

export function jobHandler(kind: string): JobHandler | undefined {
  return handlers.get(kind);
}
