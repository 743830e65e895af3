import { createHash, randomBytes } from 'node:crypto';
import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Services } from '../../platform/context.ts';
import type { DbOrTx } from '../../platform/db/client.ts';
import { AppError } from '../../platform/errors.ts';
import type { Actor } from '../context.ts';
import { accountChanged, type Publisher, sessionChanged } from './auth-changes.ts';
import { sessions } from './schema.ts';
import type { SessionRecord } from './session-record.ts';

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

export async function revokeSession(ctx: Publisher, sessionId: string): Promise<void> {
  await ctx.db.update(sessions).set({ revokedAt: new Date() }).where(eq(sessions.id, sessionId));
  await sessionChanged(ctx, sessionId);
}

/** Ends every open session of an account (logout everywhere, disabling, password change). */
export async function revokeAccountSessions(
  ctx: Publisher,
  accountId: string,
  exceptSessionId?: string,
): Promise<void> {
  await ctx.db
    .update(sessions)
    .set({ revokedAt: new Date() })
    .where(
      and(
        eq(sessions.accountId, accountId),
        isNull(sessions.revokedAt),
        exceptSessionId ? sql`${sessions.id} <> ${exceptSessionId}` : undefined,
      ),
    );
  await accountChanged(ctx, accountId);
}

/** Moves a session to another stage (after a password change or enabling TOTP). */
export async function setSessionStage(ctx: Publisher, sessionId: string, stage: SessionStage): Promise<void> {
  await ctx.db.update(sessions).set({ stage }).where(eq(sessions.id, sessionId));
  await sessionChanged(ctx, sessionId);
}

/** Starts (or with null, stops) acting for a principal through a delegation in this session. */
export async function setSessionActingFor(
  ctx: Publisher,
  sessionId: string,
  acting: { personId: string; delegationId: string } | null,
): Promise<void> {
  await ctx.db
    .update(sessions)
    .set({ actingForPersonId: acting?.personId ?? null, delegationId: acting?.delegationId ?? null })
    .where(eq(sessions.id, sessionId));
  await sessionChanged(ctx, sessionId);
}

/** What the auth hook resolves a token to (session-store.ts): the actor, plus what /api/me shows. */
export type LoadedSession = {
  actor: Actor;
  stage: SessionStage;
  kind: SessionKind;
  /** The loaded row set, shared with the cache: read it, never change it. */
  record: SessionRecord;
  /** The principal's name while acting for someone. */
  actingForName: string | null;
};
