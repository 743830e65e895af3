// What happens after the sign-in form is sent, shared by the console and the phone: the next
// step (done, one-time code owed, password change owed) or the words to show for a refusal.
import { ErrorCatalog } from '@hongyun/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { ApiError } from '../api/client.ts';
import { login, ME_KEY } from '../api/session.ts';
import { i18n, setLang } from '../i18n/index.ts';

export type SignInOutcome =
  | { step: 'done' }
  | { step: 'totp' }
  | { step: 'password_change' }
  | { step: 'error'; message: string; field?: 'phone' | 'password' | 'totp' };

/**
 * A local page path to return to after sign-in; anything else is dropped: other sites, `//host`,
 * backslashes and control characters (browsers strip tabs and newlines, so `/\t/evil` would leave).
 */
export function safeNext(raw: string | null, fallback: string): string {
  const hasControlOrBackslash = [...(raw ?? '')].some(
    (ch) => ch === '\\' || ch.charCodeAt(0) < 0x20 || ch === '\u007f',
  );
  if (!raw?.startsWith('/') || hasControlOrBackslash) return fallback;
  try {
    const base = 'http://hongyun.invalid';
    const url = new URL(raw, base);
    if (url.origin !== base) return fallback;
    return url.pathname + url.search + url.hash;
  } catch {
    return fallback;
  }
}

export function useSignIn() {
  const client = useQueryClient();
  return async (values: { phone: string; password: string; totp?: string }): Promise<SignInOutcome> => {
    try {
      const res = await login(values);
      client.clear();
      // The account's remembered language wins over this device's.
      if (res.data.account.locale !== i18n.language) await setLang(res.data.account.locale);
      await client.invalidateQueries({ queryKey: ME_KEY });
      if (res.data.stage === 'mfa') return { step: 'totp' };
      if (res.data.stage === 'password_change') return { step: 'password_change' };
      if (res.data.stage === 'mfa_setup') {
        // Only under the 等保 policy; enrolment is done from the API until its screen exists.
        return { step: 'error', message: ErrorCatalog.MFA_SETUP_REQUIRED[i18n.language === 'en' ? 'en' : 'zh'] };
      }
      return { step: 'done' };
    } catch (e) {
      if (!(e instanceof ApiError)) return { step: 'error', message: i18n.t('common:error.unknown') };
      if (e.code === 'MFA_REQUIRED') return { step: 'totp' };
      if (e.code === 'ACCOUNT_LOCKED') {
        const seconds = Number((e.details as { retryAfterSeconds?: number } | null)?.retryAfterSeconds);
        const message = Number.isFinite(seconds) ? i18n.t('common:login.lockedFor', { seconds }) : e.message;
        return { step: 'error', message };
      }
      if (e.code === 'MFA_INVALID') return { step: 'error', message: e.message, field: 'totp' };
      return { step: 'error', message: e.message };
    }
  };
}
