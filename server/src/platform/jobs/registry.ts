import type { z } from 'zod';
import type { ActorOf as Actor, Services } from '../context.ts';
import type { jobs } from './schema.ts';

export type JobRow = typeof jobs.$inferSelect;

/** What a handler gets: the job, its checked parameters, the actor who started it (as they are now) and a progress reporter. */
export type JobRun<P = unknown> = {
  job: JobRow;
  params: P;
  actor: Actor;
  /** Records progress; cheap to call per row (writes at most every half second). */
  progress: (done: number, total?: number | null, phase?: string) => Promise<void>;
};

/**
 * A job's outcome: its summary (shown to the user), including the ids of files it produced.
 * `rejected`: the job ran to its end but changed nothing on purpose (an import refused because
 * rows failed); the job shows as rejected, not succeeded, and its result says why.
 */
export type JobOutcome = { result: Record<string, unknown>; isRejected?: boolean };

/**
 * Every kind of job is declared once: its parameters (checked again when it runs, since the row
 * outlives the code that queued it) and its handler. Retries and expiry are the queue's (queue.ts);
 * handlers are idempotent because each writes in one transaction or not at all.
 */
export type JobDefinition<P> = {
  params: z.ZodType<P>;
  run: (services: Services, run: JobRun<P>) => Promise<JobOutcome>;
};

/** Types a definition by its parameters; the registry stores them untyped (params are re-checked at run). */
export const typedJob = <P>(definition: JobDefinition<P>): JobDefinition<unknown> =>
  definition as JobDefinition<unknown>;

// Modules declare their jobs in their manifests, which register them at start; the runner looks
// them up by kind.
const definitions = new Map<string, JobDefinition<unknown>>();

export function defineJob<P>(kind: string, definition: JobDefinition<P>): void {
  definitions.set(kind, definition as JobDefinition<unknown>);
}

export function jobDefinition(kind: string): JobDefinition<unknown> | undefined {
  return definitions.get(kind);
}
