import cluster from 'node:cluster';
import { sql } from 'drizzle-orm';
import type { FastifyBaseLogger } from 'fastify';
import pg from 'pg';
import type { DbOrTx } from './client.ts';

// Cross-process change notices over PostgreSQL LISTEN/NOTIFY, for in-process caches (sessions,
// module switches) that must drop what another API process has just changed.
//
// A writer publishes inside the transaction of its change: pg_notify is delivered on commit, so a
// rolled-back change notifies no one, and a committed one reaches every listening process. The
// publishing process is also told at once, in memory, so its next request already misses its cache
// (its own NOTIFY arrives a moment later and is handled again, which is harmless).
//
// Each process holds ONE dedicated listening connection. While it is down, notices may be lost:
// subscribers are reset (caches cleared) when it drops and again when it is back, and `isLive` is
// false in between so caches serve nothing from memory.

const PG_CHANNEL = 'hongyun_changes';

/**
 * A notice sent with the caller's transaction and delivered to every process (this one included)
 * on commit, for a writer that holds only a transaction (an org move's path rewrite): until the
 * commit, this process's copies stay as they were, which is still true until then.
 */
export async function notifyOnCommit(db: DbOrTx, topic: string, payload = ''): Promise<void> {
  await db.execute(sql`select pg_notify(${PG_CHANNEL}, ${`${topic}|${payload}`})`);
}
const RECONNECT_MS = 1000;

export type ChangeHandler = {
  /** `local`: published by this process, before its commit (the NOTIFY follows on commit). */
  onChange: (payload: string, local: boolean) => void;
  onReset: () => void;
};

export type ChangeFeed = {
  /** Notifies every process (on commit of `db`'s transaction) and this one (now). */
  publish(db: DbOrTx, topic: string, payload: string): Promise<void>;
  /**
   * Tells this process (and its node:cluster siblings) only, with no NOTIFY: for changes that other processes may learn from their
   * cache lifetime, where the NOTIFY's commit-time lock (one notifying commit at a time in the whole
   * cluster) would cost a hot write more than a short staleness elsewhere is worth.
   */
  announceLocally(topic: string, payload: string): void;
  subscribe(topic: string, handler: ChangeHandler): void;
  /** True while the listening connection is up: only then may caches answer from memory. */
  readonly isLive: boolean;
  /** Opens the listening connection (API processes; workers and the CLI only publish). */
  start(): Promise<void>;
  stop(): Promise<void>;
};

export function createChangeFeed(connection: pg.ClientConfig, log: FastifyBaseLogger): ChangeFeed {
  const handlers = new Map<string, ChangeHandler[]>();
  let client: pg.Client | null = null;
  let live = false;
  let stopped = true;
  let retry: NodeJS.Timeout | null = null;

  const deliver = (topic: string, payload: string, local: boolean) => {
    for (const h of handlers.get(topic) ?? []) h.onChange(payload, local);
  };
  // Under node:cluster (API_PROCESSES > 1, server/src/cluster.ts) a local announcement also reaches
  // the sibling processes, relayed by the primary over IPC: no NOTIFY, but no staleness on one host.
  const IPC_KIND = 'hongyun-change';
  const siblings = cluster.isWorker && typeof process.send === 'function';
  if (siblings) {
    process.on('message', (m: { kind?: string; topic?: string; payload?: string }) => {
      if (m?.kind === IPC_KIND && typeof m.topic === 'string' && typeof m.payload === 'string') {
        deliver(m.topic, m.payload, false);
      }
    });
  }
  const resetAll = () => {
    for (const list of handlers.values()) for (const h of list) h.onReset();
  };

  const lost = (c: pg.Client) => {
    if (client !== c) return;
    client = null;
    live = false;
    resetAll();
    c.end().catch(() => {});
    if (!stopped && !retry) {
      retry = setTimeout(() => {
        retry = null;
        void connect();
      }, RECONNECT_MS);
      retry.unref();
    }
  };

  async function connect(): Promise<void> {
    const c = new pg.Client({ ...connection, application_name: 'hongyun-listen' });
    c.on('error', (e) => {
      log.warn({ err: e }, 'change feed connection lost; reconnecting');
      lost(c);
    });
    c.on('end', () => lost(c));
    c.on('notification', (n) => {
      const text = n.payload ?? '';
      const bar = text.indexOf('|');
      if (bar > 0) deliver(text.slice(0, bar), text.slice(bar + 1), false);
    });
    client = c;
    try {
      await c.connect();
      await c.query(`listen ${PG_CHANNEL}`);
      if (stopped || client !== c) {
        await c.end();
        return;
      }
      // Whatever changed while we were not listening is unknown: start from empty caches.
      resetAll();
      live = true;
    } catch (e) {
      log.warn({ err: e }, 'change feed could not listen; retrying');
      lost(c);
    }
  }

  return {
    async publish(db, topic, payload) {
      await db.execute(sql`select pg_notify(${PG_CHANNEL}, ${`${topic}|${payload}`})`);
      deliver(topic, payload, true);
    },
    announceLocally(topic, payload) {
      deliver(topic, payload, true);
      if (siblings) process.send?.({ kind: IPC_KIND, topic, payload });
    },
    subscribe(topic, handler) {
      handlers.set(topic, [...(handlers.get(topic) ?? []), handler]);
    },
    get isLive() {
      return live;
    },
    async start() {
      if (!stopped) return;
      stopped = false;
      await connect();
    },
    async stop() {
      stopped = true;
      live = false;
      if (retry) clearTimeout(retry);
      retry = null;
      const c = client;
      client = null;
      await c?.end().catch(() => {});
    },
  };
}
