import type { ChangeFeed } from '../../platform/db/change-feed.ts';
import type { DbOrTx } from '../../platform/db/client.ts';

// Notices that drop cached sessions in every API process (session-store.ts). Call them with the
// transaction of the change: they are delivered on its commit. Whatever changes what a session
// resolves to must send one, or other processes keep the old answer for up to the cache lifetime.

export const AUTH_TOPIC = 'auth';

export type Publisher = { db: DbOrTx; changes: ChangeFeed };

/** One session changed (revoked, stage, acting-for). */
export const sessionChanged = (ctx: Publisher, sessionId: string) =>
  ctx.changes.publish(ctx.db, AUTH_TOPIC, `s:${sessionId}`);

/** Every session of an account (disabled, password, grants, delegations, account fields). */
export const accountChanged = (ctx: Publisher, accountId: string) =>
  ctx.changes.publish(ctx.db, AUTH_TOPIC, `a:${accountId}`);

/**
 * The account's interface language, after its commit: this process's cached sessions take the new
 * value (the next /api/me of the user who changed it needs no reload). Other processes show the old
 * one for at most the cache lifetime: no NOTIFY, whose cluster-wide commit lock would serialise every
 * language change for a setting that is no security matter.
 */
export const accountLocaleChanged = (changes: ChangeFeed, accountId: string, locale: 'zh-CN' | 'en') =>
  changes.announceLocally(AUTH_TOPIC, `l:${locale}:${accountId}`);

/** Sessions of a person's account and those acting for them (their branch or name changed). */
export const personChanged = (ctx: Publisher, personId: string) =>
  ctx.changes.publish(ctx.db, AUTH_TOPIC, `p:${personId}`);

/** Every cached session (an org moved, was renamed or dissolved: grant paths and names change). */
export const allSessionsChanged = (ctx: Publisher) => ctx.changes.publish(ctx.db, AUTH_TOPIC, '*');
