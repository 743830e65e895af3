// Signs in with phone + password (+ TOTP): creates a session; audits 'auth.login' (success or
// failure, failures in their own transaction so they persist) and records 'accounts.session.started'.
import { normalizePhone } from '@hongyun/contracts';
import { eq } from 'drizzle-orm';
import { appendAudit, appendAuditNow } from '../../../platform/audit/chain.ts';
import { registerLoginFailure, retryAfterSeconds } from '../../../platform/auth/lockout.ts';
import { DUMMY_HASH, verifyPassword } from '../../../platform/auth/password-hash.ts';
import { accounts } from '../../../platform/auth/schema.ts';
import { createSession, type SessionKind } from '../../../platform/auth/sessions.ts';
import type { Ctx } from '../../../platform/context.ts';
import { AppError } from '../../../platform/errors.ts';
import { recordEvent } from '../../../platform/events/record.ts';
import { activeRoles, findAccountForLogin } from '../queries.ts';
import { consumeTotpCode } from './consume-totp-code.ts';
import { type StageReason, stageFor } from './session-stage.ts';

export type LogInInput = {
  phone: string;
  password: string;
  totp?: string;
  kind: SessionKind;
  userAgent?: string | null;
};

type Found = NonNullable<Awaited<ReturnType<typeof findAccountForLogin>>>;

export async function logIn(ctx: Ctx, input: LogInInput) {
  const phone = normalizePhone(input.phone);
  const account = await findAccountForLogin(ctx.db, ctx.crypto, phone);

  const audit = (outcome: 'success' | 'failure', reason: string, extra: Record<string, unknown> = {}) =>
    appendAuditNow(
      { ...ctx, actor: null },
      {
        action: 'auth.login',
        outcome,
        actorAccountId: account?.id ?? null,
        targetType: 'account',
        targetId: account?.id,
        orgId: account?.orgId ?? null,
        details: { reason, phoneLast4: phone.slice(-4), ...extra },
      },
    );

  if (!account) {
    // Spend the same scrypt time as a real check, so response time does not reveal who has an account.
    await verifyPassword(input.password, DUMMY_HASH);
    await audit('failure', 'unknown_account');
    throw new AppError('INVALID_CREDENTIALS');
  }

  // While locked, refuse before looking at the password: guesses neither count nor extend the lock.
  const wait = retryAfterSeconds(account.lockedUntil);
  if (wait > 0) {
    await audit('failure', 'locked', { retryAfterSeconds: wait });
    throw lockedError(wait);
  }

  if (!(await verifyPassword(input.password, account.passwordHash))) {
    await fail(ctx, account, 'bad_password');
    throw new AppError('INVALID_CREDENTIALS');
  }
  if (account.isDisabled) {
    await audit('failure', 'disabled');
    throw new AppError('ACCOUNT_DISABLED');
  }
  if (account.isDemo && ctx.config.isProduction) {
    await audit('failure', 'demo_disabled');
    throw new AppError('DEMO_DISABLED');
  }
  if (account.isTotpEnabled) {
    if (!input.totp) {
      // The password was right: no failure is counted, but no session exists until the code comes.
      await audit('failure', 'mfa_required');
      throw new AppError('MFA_REQUIRED');
    }
    const ok = await consumeTotpCode(ctx.db, ctx.crypto, account, input.totp);
    if (!ok) {
      await fail(ctx, account, 'mfa_invalid');
      throw new AppError('MFA_INVALID');
    }
  }

  const roles = await activeRoles(ctx.db, account.id);
  const { stage, reason } = stageFor(ctx.config, account, roles);

  return ctx.db.transaction(async (tx) => {
    const txCtx = { ...ctx, db: tx };
    await tx
      .update(accounts)
      .set({ failedLogins: 0, lockedUntil: null, lastLoginAt: new Date() })
      .where(eq(accounts.id, account.id));
    const session = await createSession(tx, ctx.config, {
      accountId: account.id,
      kind: input.kind,
      stage,
      ip: ctx.ip,
      userAgent: input.userAgent,
    });
    await appendAudit(txCtx, {
      action: 'auth.login',
      outcome: 'success',
      actorAccountId: account.id,
      targetType: 'account',
      targetId: account.id,
      orgId: account.orgId ?? null,
      details: { reason: 'ok', stage, kind: input.kind },
    });
    await recordEvent(
      {
        ...txCtx,
        actor: {
          accountId: account.id,
          personId: account.personId,
          displayName: account.displayName,
          sessionId: session.sessionId,
          grants: [],
          actingFor: null,
          isDemo: account.isDemo,
        },
      },
      {
        type: 'accounts.session.started',
        orgId: account.orgId ?? null,
        orgPath: account.orgPath ?? null,
        subjectType: 'account',
        subjectId: account.id,
        data: { kind: input.kind, stage },
      },
    );
    return { account, stage, reason: reason as StageReason | null, ...session };
  });
}

function lockedError(seconds: number): AppError {
  return new AppError('ACCOUNT_LOCKED', { retryAfterSeconds: seconds }, { 'retry-after': String(seconds) });
}

/** Counts the failure and audits it in one transaction of its own, committed before the error. */
async function fail(ctx: Ctx, account: Found, reason: string): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const { failures, lockSeconds } = await registerLoginFailure(tx, ctx.config, account.id);
    await appendAudit(
      { ...ctx, db: tx, actor: null },
      {
        action: 'auth.login',
        outcome: 'failure',
        actorAccountId: account.id,
        targetType: 'account',
        targetId: account.id,
        orgId: account.orgId ?? null,
        details: { reason, failures, ...(lockSeconds > 0 ? { lockedForSeconds: lockSeconds } : {}) },
      },
    );
  });
}
