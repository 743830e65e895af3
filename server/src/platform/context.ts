import type { FastifyBaseLogger } from 'fastify';
import type pg from 'pg';
import type { Config } from '../config.ts';
import type { AuditMacs } from './audit/key.ts';
import type { CryptoProfile, createCryptoProfiles } from './crypto/profiles.ts';
import type { ChangeFeed } from './db/change-feed.ts';
import type { Db, DbOrTx } from './db/client.ts';
import type { Lang } from './errors.ts';
import type { FileStorage } from './files/storage.ts';
import type { JobQueue } from './jobs/queue.ts';

export type CryptoService = {
  /** The configured profile: new data is written with it. */
  active: CryptoProfile;
  all: ReturnType<typeof createCryptoProfiles>;
  /** Decrypts data written under any profile. */
  decrypt(token: string): string;
  /** Lookup hashes under every profile, so a search finds rows written before a profile change. */
  lookupHashes(value: string): string[];
  /** The audit chain's MACs, under a key the database never holds (platform/audit/key.ts). */
  audit: AuditMacs;
};

/** Process-wide services, built once in buildApp() and shared by every request. */
export type Services = {
  config: Config;
  db: Db;
  /**
   * The process's own handle, also while a request's writes run in a transaction (an
   * Idempotency-Key's: there `ctx.db` is that transaction): for what must be recorded even when the
   * request fails and its transaction rolls back, such as the audit of a refusal or a rate-limit count.
   */
  outsideDb: Db;
  pool: pg.Pool;
  crypto: CryptoService;
  log: FastifyBaseLogger;
  files: FileStorage;
  jobs: JobQueue;
  identity: Identity;
  /** Cross-process change notices for in-memory caches (LISTEN/NOTIFY). */
  changes: ChangeFeed;
};

/**
 * Who is calling, as far as the platform's mechanics need to know (events and audit name the
 * account, the person and a delegation). The core layer defines the full actor (grants, session,
 * …) and registers it through `PlatformTypes`, so the platform never imports the core.
 */
export type ActorShape = {
  accountId: string;
  personId: string | null;
  actingFor: { personId: string; delegationId: string } | null;
};

/** Filled in by the core layer with declaration merging: `interface PlatformTypes { actor: Actor }`. */
// biome-ignore lint/suspicious/noEmptyInterface: augmented by the core layer
export interface PlatformTypes {}

/** The actor type of this build: the core's actor once the core augments PlatformTypes. */
export type ActorOf = PlatformTypes extends { actor: infer A extends ActorShape } ? A : ActorShape;

/** What the platform asks of the identity layer, injected at start (see core/services.ts). */
export type Identity = {
  /** The account as an actor right now (background jobs run with the grants it holds today). */
  loadActor(db: DbOrTx, accountId: string, sessionId: string): Promise<ActorOf | null>;
};

/** Everything a command needs: services, who is acting, and request facts for events and audit. */
export type Ctx = Services & {
  actor: ActorOf | null;
  requestId: string;
  ip: string | null;
  lang: Lang;
  /**
   * Set while the request's writes run in a transaction that commits after the handler returns
   * (idempotent routes): work another process must not see before that commit, such as queueing a
   * job whose row the handler inserted, is handed here and runs after the commit.
   */
  afterCommit?: (fn: (db: Db) => Promise<void>) => void;
};

/** A context whose writes go through an open transaction. */
export type TxCtx = Omit<Ctx, 'db'> & { db: DbOrTx };
