import { createHash, randomBytes } from 'node:crypto';
import { and, eq, gt, isNull, or, sql } from 'drizzle-orm';
import type { Services } from '../../platform/context.ts';
import type { DbOrTx } from '../../platform/db/client.ts';
import { AppError } from '../../platform/errors.ts';
import type { Actor } from '../context.ts';
import { loadGrants } from './account-actor.ts';
import { accounts, delegations, sessions } from './schema.ts';

export const SESSION_COOKIE = 'hy_session';

export type SessionKind = 'cookie' | 'bearer';
export type SessionStage = 'active' | 'mfa' | 'password_change' | 'mfa_setup';

/** The error a half-signed-in session gets from a route its stage may not call. */
export function stageError(stage: Exclude<SessionStage, 'active'>): AppError {
  if (stage === 'mfa') return new AppError('MFA_REQUIRED');
  if (stage === 'mfa_setup') return new AppError('MFA_SETUP_REQUIRED');
  return new AppError('PASSWORD_CHANGE_REQUIRED');
}

export const hashToken = (token: string) => createHash('sha256').update(token).digest('base64url');

/** Creates a session and returns the secret token (only its hash is stored). */
export async function createSession(
  db: DbOrTx,
  config: Services['config'],
  input: { accountId: string; kind: SessionKind; stage: SessionStage; ip?: string | null; userAgent?: string | null },
): Promise<{ token: string; sessionId: string; expiresAt: Date }> {
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(Date.now() + config.SESSION_ABSOLUTE_HOURS * 3600_000);
  const [row] = await db
    .insert(sessions)
    .values({
      tokenHash: hashToken(token),
      accountId: input.accountId,
      kind: input.kind,
      stage: input.stage,
      ip: input.ip ?? null,
      userAgent: input.userAgent?.slice(0, 300) ?? null,
      expiresAt,
    })
    .returning({ id: sessions.id });
  if (!row) throw new Error('session insert returned nothing');
  return { token, sessionId: row.id, expiresAt };
}

export async function revokeSession(db: DbOrTx, sessionId: string): Promise<void> {
  await db.update(sessions).set({ revokedAt: new Date() }).where(eq(sessions.id, sessionId));
}

/** Ends every open session of an account (logout everywhere, disabling, password change). */
export async function revokeAccountSessions(db: DbOrTx, accountId: string, exceptSessionId?: string): Promise<void> {
  await db
    .update(sessions)
    .set({ revokedAt: new Date() })
    .where(
      and(
        eq(sessions.accountId, accountId),
        isNull(sessions.revokedAt),
        exceptSessionId ? sql`${sessions.id} <> ${exceptSessionId}` : undefined,
      ),
    );
}

/** Moves a session to another stage (after a password change or enabling TOTP). */
export async function setSessionStage(db: DbOrTx, sessionId: string, stage: SessionStage): Promise<void> {
  await db.update(sessions).set({ stage }).where(eq(sessions.id, sessionId));
}

/** Starts (or with null, stops) acting for a principal through a delegation in this session. */
export async function setSessionActingFor(
  db: DbOrTx,
  sessionId: string,
  acting: { personId: string; delegationId: string } | null,
): Promise<void> {
  await db
    .update(sessions)
    .set({ actingForPersonId: acting?.personId ?? null, delegationId: acting?.delegationId ?? null })
    .where(eq(sessions.id, sessionId));
}

export type LoadedSession = { actor: Actor; stage: SessionStage; kind: SessionKind };

/**
 * Resolves a token to an actor, enforcing the idle and absolute timeouts and the account's state.
 * Throws SESSION_EXPIRED for a token that was valid once, UNAUTHENTICATED for an unknown one.
 */
export async function loadSession(services: Services, token: string): Promise<LoadedSession> {
  const { db, config } = services;
  const [row] = await db
    .select({
      session: sessions,
      account: {
        id: accounts.id,
        personId: accounts.personId,
        displayName: accounts.displayName,
        isDisabled: accounts.isDisabled,
        isDemo: accounts.isDemo,
      },
    })
    .from(sessions)
    .innerJoin(accounts, eq(accounts.id, sessions.accountId))
    .where(eq(sessions.tokenHash, hashToken(token)))
    .limit(1);
  if (!row) throw new AppError('UNAUTHENTICATED');
  const { session, account } = row;
  const now = Date.now();
  const idleLimit = config.SESSION_IDLE_MINUTES * 60_000;
  if (session.revokedAt || session.expiresAt.getTime() <= now || now - session.lastSeenAt.getTime() > idleLimit) {
    throw new AppError('SESSION_EXPIRED');
  }
  if (account.isDisabled) throw new AppError('ACCOUNT_DISABLED');
  if (account.isDemo && config.isProduction) throw new AppError('DEMO_DISABLED');

  // Touch at most once a minute: the idle timeout needs no finer grain, and it saves a write per request.
  if (now - session.lastSeenAt.getTime() > 60_000) {
    await db.update(sessions).set({ lastSeenAt: new Date() }).where(eq(sessions.id, session.id));
  }

  const grants = await loadGrants(db, account.id);

  let actingFor: Actor['actingFor'] = null;
  if (session.actingForPersonId && session.delegationId) {
    const [d] = await db
      .select({ id: delegations.id, scopes: delegations.scopes })
      .from(delegations)
      .where(
        and(
          eq(delegations.id, session.delegationId),
          isNull(delegations.revokedAt),
          or(isNull(delegations.expiresAt), gt(delegations.expiresAt, new Date())),
        ),
      );
    // A revoked delegation silently ends acting-for; the session continues as the delegate.
    if (d) actingFor = { personId: session.actingForPersonId, delegationId: d.id, scopes: d.scopes };
  }

  // Acting for someone, the session is that person's hand, not an administrator's: the delegate's
  // own grants do not apply, so nothing they do under the principal's name uses admin rights.
  const effectiveGrants = actingFor ? [] : grants;

  return {
    stage: session.stage,
    kind: session.kind,
    actor: {
      accountId: account.id,
      personId: account.personId,
      displayName: account.displayName,
      sessionId: session.id,
      grants: effectiveGrants,
      actingFor,
      isDemo: account.isDemo,
    },
  };
}
