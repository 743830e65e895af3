// Decides which stage a freshly authenticated session starts in (no event: a pure rule).
import { AdminRoles, type Role } from '@hongyun/contracts';
import type { Config } from '../../../config.ts';
import { isPasswordExpired } from '../../auth/password-policy.ts';
import type { SessionStage } from '../../auth/sessions.ts';

export type StageReason = 'PASSWORD_CHANGE_REQUIRED' | 'PASSWORD_EXPIRED' | 'MFA_SETUP_REQUIRED';

/**
 * Initial passwords and (under mlps) expired ones must be changed first; then, under mlps, an
 * administrator without TOTP must set it up before doing anything else.
 */
export function stageFor(
  config: Pick<Config, 'PASSWORD_POLICY' | 'PASSWORD_MAX_AGE_DAYS'>,
  account: { mustChangePassword: boolean; passwordChangedAt: Date; isTotpEnabled: boolean },
  roles: readonly string[],
): { stage: SessionStage; reason: StageReason | null } {
  if (account.mustChangePassword) return { stage: 'password_change', reason: 'PASSWORD_CHANGE_REQUIRED' };
  if (isPasswordExpired(config, account.passwordChangedAt))
    return { stage: 'password_change', reason: 'PASSWORD_EXPIRED' };
  return stageAfterPassword(config, account, roles);
}

/** The stage once the password is settled: only the mlps second-factor rule is left. */
export function stageAfterPassword(
  config: Pick<Config, 'PASSWORD_POLICY'>,
  account: { isTotpEnabled: boolean },
  roles: readonly string[],
): { stage: SessionStage; reason: StageReason | null } {
  const isAdmin = roles.some((r) => AdminRoles.includes(r as Role));
  if (config.PASSWORD_POLICY === 'mlps' && isAdmin && !account.isTotpEnabled) {
    return { stage: 'mfa_setup', reason: 'MFA_SETUP_REQUIRED' };
  }
  return { stage: 'active', reason: null };
}
