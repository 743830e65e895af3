import type { ModuleName } from '@hongyun/contracts';
import type { SQL } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { Services } from '../../platform/context.ts';
import type { DbOrTx } from '../../platform/db/client.ts';
import type { EventSubscriber } from '../../platform/events/dispatcher.ts';
import type { JobDefinition } from '../../platform/jobs/registry.ts';
import type { Actor } from '../context.ts';
import type { PolicyTable } from '../policy.ts';

// One manifest per module (core areas and business modules alike): everything the platform needs to
// know about a module is declared here, in its index.ts, and nowhere else. docs/architecture.md
// ("Adding a module") walks through one.

export type Label = { zh: string; en: string };

/** A console navigation entry; shown when the ability is true (and the module's switch is on). */
export type NavEntry = {
  key: string;
  path: string;
  label: Label;
  /** An icon name the web knows (web/src/console/nav-icons.tsx); unknown names get a default icon. */
  icon: string;
  /** The ability (from any manifest's `abilities`) that shows the entry; none means always. */
  ability?: string;
  /** Position in the menu, lower first (core entries use 0–99). */
  order: number;
};

/** A tile on the phone app's home grid (same rules as NavEntry; `path` is under /m). */
export type TileEntry = NavEntry;

/** A recurring task: a pg-boss schedule, run by one worker at a time across every process. */
export type CronDefinition = {
  /** Queue name, unique, `<module>.<task>`. */
  name: string;
  /** Five-field cron expression in China time (Asia/Shanghai). */
  cron: string;
  run: (services: Services) => Promise<void>;
  /** Also run once when a worker starts (maintenance the process must not wait an hour for). */
  runAtStart?: boolean;
};

/**
 * A module's copy of organisation paths (a denormalised `org_path` column that scopes rows). The
 * org move calls every copy inside its own transaction, so scoping never lags behind the tree.
 * Returns how many rows it rewrote.
 */
export type OrgPathCopy = (tx: DbOrTx, move: { oldPath: string; newPath: string }) => Promise<number>;

/** Abilities a module contributes to /api/me, computed from the actor's grants by its policies. */
export type AbilityFn = (actor: Actor) => Record<string, boolean>;

/**
 * A behaviour metric a module offers to supervision rules ("daily quiz completed"): per person, the
 * China days on which they did it. `doneDays` returns a SELECT of `(person_id uuid, day date)` rows
 * in [from, to] (SQL parameters or expressions); rules correlate it with the people they watch, so
 * it should be a plain select over an index on (person_id, day) that PostgreSQL can flatten.
 */
export type MetricDefinition = {
  /** `<module>.<name>`, unique. */
  key: string;
  label: Label;
  description: Label;
  doneDays: (range: { from: SQL; to: SQL }) => SQL;
};

export type ModuleManifest = {
  /** Stable id, also the first segment of its actions, events and jobs ('org', 'learning'). */
  id: string;
  /** The org-level switch this module answers to: its routes are refused where it is off. Core areas have none. */
  switch?: ModuleName;
  routes?: (app: FastifyInstance) => Promise<void>;
  policies?: PolicyTable;
  /** Background jobs users start (imports, exports), by kind. */
  jobs?: Record<string, JobDefinition<unknown>>;
  crons?: readonly CronDefinition[];
  /** Domain-event subscribers, run after commit from the outbox (platform/events/dispatcher.ts). */
  subscribers?: readonly EventSubscriber[];
  abilities?: AbilityFn;
  /** Metrics supervision rules may watch (see MetricDefinition). */
  metrics?: readonly MetricDefinition[];
  nav?: readonly NavEntry[];
  tiles?: readonly TileEntry[];
  orgPathCopies?: Record<string, OrgPathCopy>;
  /** Demo data for `npm start` and `npm run seed`, after the core's demo city exists. */
  seed?: (services: Services, say: (msg: string) => void) => Promise<void>;
  /** Generator hook for city/province scale data, after the org tree and people exist. */
  generate?: (services: Services, input: GenerateInput) => Promise<void>;
};

export type GenerateInput = {
  scale: string;
  seed: number;
  /** Days of activity to generate before `asOf` (`generate --days N`); 0: none. */
  days: number;
  /** The generator's as-of date (YYYY-MM-DD, China day). */
  asOf: string;
  say: (msg: string) => void;
};

/** Declares a module. Only a function for the types: the manifest is plain data. */
export function defineModule<const M extends ModuleManifest>(manifest: M): M {
  return manifest;
}
