// Signs in with phone + password (+ TOTP): creates a session; audits 'auth.login' (success or
// failure, failures in their own transaction so they persist) and records 'accounts.session.started'.
// Every attempt first reserves a failure in the lockout (see core/auth/lockout.ts): on the account's
// own counter, shared by strangers, or, from a browser that signed in to this account before (the
// `hy_device` cookie, known-device.ts), on that device's own counter, so guessing from elsewhere
// never locks the owner's browser out.
import { normalizePhone } from '@hongyun/contracts';
import { eq } from 'drizzle-orm';
import { appendAudit, appendAuditNow } from '../../../platform/audit/chain.ts';
import type { Ctx } from '../../../platform/context.ts';
import { AppError } from '../../../platform/errors.ts';
import { recordEvent } from '../../../platform/events/record.ts';
import { issueDeviceToken, knownDeviceId } from '../../auth/known-device.ts';
import {
  releaseKnownDeviceAttempt,
  releaseLoginAttempt,
  reserveKnownDeviceAttempt,
  reserveLoginAttempt,
  reserveUnknownPhoneAttempt,
  resetKnownDeviceFailures,
} from '../../auth/lockout.ts';
import { DUMMY_HASH, verifyPassword } from '../../auth/password-hash.ts';
import { accounts } from '../../auth/schema.ts';
import { createSession, type SessionKind } from '../../auth/sessions.ts';
import { activeRoles, findAccountForLogin } from '../queries.ts';
import { consumeTotpCode } from './consume-totp-code.ts';
import { type StageReason, stageFor } from './session-stage.ts';

export type LogInInput = {
  phone: string;
  password: string;
  totp?: string;
  kind: SessionKind;
  userAgent?: string | null;
  /** The `hy_device` cookie the browser sent, if any. */
  deviceToken?: string;
};

/**
 * A phone without an account locks through `login_throttles` (shared by every process, see
 * lockout.ts), so an unknown phone is answered exactly like a known one, lock included.
 */
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

  // Reserve this attempt's failure before the (slow) password check: parallel guesses cannot all
  // slip past the lock. While locked, refuse without looking at the password.
  const deviceId = account ? knownDeviceId(ctx.crypto, account, input.deviceToken) : null;
  const reservation = !account
    ? await reserveUnknownPhoneAttempt(ctx.db, ctx.config, ctx.crypto.active.lookupHash(phone))
    : deviceId
      ? await reserveKnownDeviceAttempt(ctx.db, ctx.config, account.id, deviceId)
      : await reserveLoginAttempt(ctx.db, ctx.config, account.id);
  if (reservation.locked) {
    await audit('failure', account ? 'locked' : 'unknown_account_locked', {
      retryAfterSeconds: reservation.retryAfterSeconds,
      ...(deviceId ? { knownDevice: true } : {}),
    });
    throw lockedError(reservation.retryAfterSeconds);
  }
  const counted = { failures: reservation.failures, lockSeconds: reservation.lockSeconds };

  if (!account) {
    // Spend the same scrypt time as a real check, so response time does not reveal who has an account.
    await verifyPassword(input.password, DUMMY_HASH);
    await audit('failure', 'unknown_account', lockDetails(counted));
    throw new AppError('INVALID_CREDENTIALS');
  }
  // The password was right but no session follows: give the reserved failure back.
  const release = () =>
    deviceId
      ? releaseKnownDeviceAttempt(ctx.db, account.id, deviceId, counted.failures)
      : releaseLoginAttempt(ctx.db, account.id, counted.failures);
  const where = deviceId ? { knownDevice: true } : {};

  if (!(await verifyPassword(input.password, account.passwordHash))) {
    await audit('failure', 'bad_password', { ...lockDetails(counted), ...where });
    throw new AppError('INVALID_CREDENTIALS');
  }
  if (account.isDisabled) {
    await release();
    await audit('failure', 'disabled');
    throw new AppError('ACCOUNT_DISABLED');
  }
  if (account.isDemo && ctx.config.isProduction) {
    await release();
    await audit('failure', 'demo_disabled');
    throw new AppError('DEMO_DISABLED');
  }
  if (account.isTotpEnabled) {
    if (!input.totp) {
      // The password was right: no failure is counted, but no session exists until the code comes.
      await release();
      await audit('failure', 'mfa_required');
      throw new AppError('MFA_REQUIRED');
    }
    const ok = await consumeTotpCode(ctx.db, ctx.crypto, account, input.totp);
    if (!ok) {
      // The reserved failure stands: wrong codes count toward the lock like wrong passwords.
      await audit('failure', 'mfa_invalid', { ...lockDetails(counted), ...where });
      throw new AppError('MFA_INVALID');
    }
  }

  const roles = await activeRoles(ctx.db, account.id);
  const { stage, reason } = stageFor(ctx.config, account, roles);

  return ctx.db.transaction(async (tx) => {
    const txCtx = { ...ctx, db: tx };
    if (deviceId) {
      // The owner on their own browser: strangers' failures (and their lock) on the account stand.
      await resetKnownDeviceFailures(tx, account.id, deviceId);
      await tx.update(accounts).set({ lastLoginAt: new Date() }).where(eq(accounts.id, account.id));
    } else {
      await tx
        .update(accounts)
        .set({ failedLogins: 0, lockedUntil: null, firstFailedAt: null, lastLoginAt: new Date() })
        .where(eq(accounts.id, account.id));
    }
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
      details: { reason: 'ok', stage, kind: input.kind, ...where },
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
    // The browser is (still) a known device of this account for the next sign-in: a known device
    // keeps its id (its throttle row) and gets a new issue time, so its lifetime starts again.
    const deviceToken = issueDeviceToken(ctx.crypto, account, deviceId ?? undefined);
    return { account, stage, reason: reason as StageReason | null, ...session, deviceToken };
  });
}

function lockedError(seconds: number): AppError {
  return new AppError('ACCOUNT_LOCKED', { retryAfterSeconds: seconds }, { 'retry-after': String(seconds) });
}

function lockDetails(c: { failures: number; lockSeconds: number }) {
  return { failures: c.failures, ...(c.lockSeconds > 0 ? { lockedForSeconds: c.lockSeconds } : {}) };
}
