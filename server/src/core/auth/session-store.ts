import type { Services } from '../../platform/context.ts';
import { AppError } from '../../platform/errors.ts';
import type { Actor } from '../context.ts';
import { AUTH_TOPIC } from './auth-changes.ts';
import { loadSessionRecord, type SessionRecord } from './session-record.ts';
import { hashToken, type LoadedSession } from './sessions.ts';

// The per-process session cache in front of loadSessionRecord, and the batched idle-timeout touch.
//
// An entry lives CACHE_TTL_MS at most; every change that could make it wrong (revoke, logout, account
// disabled, password, grants, delegations, acting-for, org moves) publishes an 'auth' notice in its
// transaction (see auth-changes.ts), which drops the matching entries in every process. A load that
// started before a notice arrived is not stored (the generation counter), so it cannot put back what
// the notice removed. Without a live listening connection nothing is served from memory.
//
// The idle check on a cached entry uses the last touch this process knows of; when that says idle,
// the row is read again (another process may have seen the session since) before refusing.

const CACHE_TTL_MS = 30_000;
const MAX_ENTRIES = 20_000;
/** last_seen_at needs no finer grain than this for an idle timeout counted in minutes. */
const TOUCH_EVERY_MS = 60_000;
/** Touches are written in one UPDATE this often (and on close). */
const TOUCH_FLUSH_MS = 5_000;

/**
 * `loaded`: the LoadedSession last built from `record`, reused while `loadedUntil` has not passed
 * (a delegation's expiry ends acting-for): every request of a session gets the same actor object,
 * which lets per-actor answers (its modules, its /api/me menu) be memoised on it.
 */
type Entry = { record: SessionRecord; loadedAt: number; loaded?: LoadedSession; loadedUntil?: number };

export type SessionStore = {
  /** The session of a token: at once from the cache, or a promise when the row must be read. */
  load(token: string): LoadedSession | Promise<LoadedSession>;
  /** Writes the pending touches now (tests; close). */
  flush(): Promise<void>;
  close(): Promise<void>;
};

/** Does a notice ('*', 's:<session>', 'a:<account>', 'p:<person>') concern this session? ('l:' patches instead.) */
function concerns(record: SessionRecord, payload: string): boolean {
  if (payload === '*') return true;
  const id = payload.slice(2);
  switch (payload.slice(0, 2)) {
    case 's:':
      return record.sessionId === id;
    case 'a:':
      return record.account.id === id;
    case 'p:':
      return record.account.personId === id || record.actingFor?.personId === id;
    default:
      return true; // unknown notice: drop rather than risk keeping a stale session
  }
}

function toLoaded(record: SessionRecord, now: number): LoadedSession {
  const { account } = record;
  const delegation = record.actingFor;
  // A delegation that expired since the load silently ends acting-for, as a fresh load would.
  const live = delegation && (!delegation.expiresAt || delegation.expiresAt.getTime() > now) ? delegation : null;
  const actingFor: Actor['actingFor'] = live
    ? { personId: live.personId, delegationId: live.delegationId, scopes: live.scopes }
    : null;
  // Acting for someone, the session is that person's hand, not an administrator's: the delegate's
  // own grants do not apply, so nothing they do under the principal's name uses admin rights.
  const grants = actingFor
    ? []
    : record.grants.filter((g) => !g.isDissolved).map(({ id, role, orgId, orgPath }) => ({ id, role, orgId, orgPath }));
  const branch = live ? live.personOrgPath : record.personOrgPath;
  const orgPaths = [...new Set([...grants.map((g) => g.orgPath), ...(branch ? [branch] : [])])];
  return {
    stage: record.stage,
    kind: record.kind,
    record,
    actingForName: live?.personName ?? null,
    actor: {
      accountId: account.id,
      personId: account.personId,
      displayName: account.displayName,
      sessionId: record.sessionId,
      grants,
      actingFor,
      isDemo: account.isDemo,
      orgPaths,
    },
  };
}

export function createSessionStore(services: Services): SessionStore {
  const { config, changes } = services;
  const entries = new Map<string, Entry>();
  const touches = new Set<string>();
  let generation = 0;
  let localeSeq = 0;
  const localeChanges = new Map<string, number>();

  changes.subscribe(AUTH_TOPIC, {
    onChange: (payload) => {
      const locale = /^l:(zh-CN|en):(.+)$/.exec(payload);
      if (locale) {
        // Only this account's loads in flight must not be stored (they may hold the old value): a
        // global generation bump here would stop the cache from filling under a stream of writes.
        const accountId = locale[2] as string;
        localeSeq += 1;
        if (localeChanges.size >= MAX_ENTRIES) {
          localeChanges.clear();
          generation += 1;
        }
        localeChanges.set(accountId, localeSeq);
        for (const e of entries.values())
          if (e.record.account.id === accountId) e.record.account.locale = locale[1] as 'zh-CN' | 'en';
        return;
      }
      generation += 1;
      if (payload === '*') entries.clear();
      else for (const [hash, e] of entries) if (concerns(e.record, payload)) entries.delete(hash);
    },
    onReset: () => {
      generation += 1;
      entries.clear();
    },
  });

  const idleLimit = config.SESSION_IDLE_MINUTES * 60_000;
  const isCurrent = (r: SessionRecord, now: number) =>
    !r.revokedAt && r.expiresAt.getTime() > now && now - r.lastSeenAt.getTime() <= idleLimit;

  async function fetchRecord(hash: string, now: number): Promise<SessionRecord> {
    const gen = generation;
    const seq = localeSeq;
    const record = await loadSessionRecord(services.pool, hash);
    if (!record) throw new AppError('UNAUTHENTICATED');
    if (!isCurrent(record, now)) throw new AppError('SESSION_EXPIRED');
    const localeMoved = (localeChanges.get(record.account.id) ?? 0) > seq;
    if (changes.isLive && gen === generation && !localeMoved) {
      if (entries.size >= MAX_ENTRIES) entries.delete(entries.keys().next().value as string);
      entries.set(hash, { record, loadedAt: now });
    }
    return record;
  }

  async function flush(): Promise<void> {
    if (touches.size === 0) return;
    const ids = [...touches];
    touches.clear();
    await services.pool.query({
      name: 'hy_touch_sessions',
      text: 'update sessions set last_seen_at = now() where id = any($1::uuid[])',
      values: [ids],
    });
  }
  const timer = setInterval(() => {
    flush().catch((e) => services.log.warn({ err: e }, 'session touch failed'));
  }, TOUCH_FLUSH_MS);
  timer.unref();

  /** The checks and the shared actor, for a record from the cache (`cached`) or just read. */
  function resolve(hash: string, record: SessionRecord, cached: Entry | undefined, now: number): LoadedSession {
    if (record.account.isDisabled) throw new AppError('ACCOUNT_DISABLED');
    if (record.account.isDemo && config.isProduction) throw new AppError('DEMO_DISABLED');
    if (now - record.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
      touches.add(record.sessionId);
      record.lastSeenAt = new Date(now);
    }
    if (cached?.loaded && now < (cached.loadedUntil ?? 0)) return cached.loaded;
    const loaded = toLoaded(record, now);
    const entry = cached ?? entries.get(hash);
    if (entry?.record === record) {
      entry.loaded = loaded;
      entry.loadedUntil = record.actingFor?.expiresAt?.getTime() ?? Number.POSITIVE_INFINITY;
    }
    return loaded;
  }

  return {
    // A fresh cache entry answers synchronously (no promise, no microtask on the hot path); errors
    // are thrown then, and rejected when the row had to be read.
    load(token) {
      const hash = hashToken(token);
      const now = Date.now();
      const cached = changes.isLive ? entries.get(hash) : undefined;
      if (cached && now - cached.loadedAt <= CACHE_TTL_MS && isCurrent(cached.record, now)) {
        return resolve(hash, cached.record, cached, now);
      }
      return fetchRecord(hash, now).then((record) => resolve(hash, record, undefined, now));
    },
    flush,
    async close() {
      clearInterval(timer);
      await flush();
    },
  };
}
