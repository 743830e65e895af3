import type { Role } from '@hongyun/contracts';
import type { FastifyBaseLogger } from 'fastify';
import type pg from 'pg';
import type { Config } from '../config.ts';
import type { CryptoProfile, createCryptoProfiles } from './crypto/profiles.ts';
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
};

/** Process-wide services, built once in buildApp() and shared by every request. */
export type Services = {
  config: Config;
  db: Db;
  pool: pg.Pool;
  crypto: CryptoService;
  log: FastifyBaseLogger;
  files: FileStorage;
  jobs: JobQueue;
};

export type Grant = { id: string; role: Role; orgId: number; orgPath: string };

export type Actor = {
  accountId: string;
  personId: string | null;
  displayName: string;
  sessionId: string;
  grants: Grant[];
  /** Set when the session acts for another person through a recorded delegation. */
  actingFor: { personId: string; delegationId: string; scopes: string[] } | null;
  isDemo: boolean;
};

/** Everything a command needs: services, who is acting, and request facts for events and audit. */
export type Ctx = Services & {
  actor: Actor | null;
  requestId: string;
  ip: string | null;
  lang: Lang;
};

/** A context whose writes go through an open transaction. */
export type TxCtx = Omit<Ctx, 'db'> & { db: DbOrTx };
