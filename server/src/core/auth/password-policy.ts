import { PasswordLimits } from '@hongyun/contracts';
import type { Config } from '../../config.ts';

// Two selectable password policies (DESIGN §6):
//   asvs — OWASP ASVS 5 / NIST 800-63B: length is what matters, no composition rules, no rotation.
//   mlps — 等保2.0: length plus three of four character classes, and rotation after a maximum age.

// A short list of the passwords tried first in every guessing attack; refused under both policies.
const COMMON = new Set([
  '12345678',
  '123456789',
  '1234567890',
  '87654321',
  '11111111',
  '88888888',
  '00000000',
  '66666666',
  'password',
  'password1',
  'passw0rd',
  'qwerty123',
  'qwertyuiop',
  '1qaz2wsx',
  'abc12345',
  'abcd1234',
  'a1234567',
  'iloveyou',
  'woaini1314',
  'admin123',
  'admin@123',
  'p@ssw0rd',
  'hongyun123',
  'hongyun@2026', // the demo accounts' password: never a real one
  'hongyun#2026',
  'hy@123456',
]);

export type PasswordProblem = 'too_short' | 'too_long' | 'equals_phone' | 'too_common' | 'needs_three_classes';

/** Lists every rule the password breaks under the configured policy (empty = acceptable). */
export function checkPassword(
  config: Pick<Config, 'PASSWORD_POLICY'>,
  password: string,
  context: { phone?: string | null } = {},
): PasswordProblem[] {
  const problems: PasswordProblem[] = [];
  const length = [...password].length;
  if (length < PasswordLimits.min) problems.push('too_short');
  if (length > PasswordLimits.max) problems.push('too_long');
  if (context.phone && password.includes(context.phone)) problems.push('equals_phone');
  if (COMMON.has(password.toLowerCase())) problems.push('too_common');
  if (config.PASSWORD_POLICY === 'mlps') {
    const classes = [/[a-z]/, /[A-Z]/, /\d/, /[^A-Za-z0-9]/].filter((re) => re.test(password)).length;
    if (classes < 3) problems.push('needs_three_classes');
  }
  return problems;
}

/** Under mlps a password older than PASSWORD_MAX_AGE_DAYS must be changed; asvs never forces rotation. */
export function isPasswordExpired(
  config: Pick<Config, 'PASSWORD_POLICY' | 'PASSWORD_MAX_AGE_DAYS'>,
  changedAt: Date,
  now = Date.now(),
): boolean {
  if (config.PASSWORD_POLICY !== 'mlps') return false;
  return now - changedAt.getTime() > config.PASSWORD_MAX_AGE_DAYS * 86_400_000;
}
