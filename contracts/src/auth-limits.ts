// Sign-in limits and languages, with no zod, so the web's sign-in screens stay small.
export const PasswordLimits = { min: 8, max: 128 } as const;
export const Locales = ['zh-CN', 'en'] as const;
/** A TOTP code as the authenticator app shows it. */
export const TotpLimits = { digits: 6, pattern: /^\d{6}$/ } as const;
/** What an account holder may write about their relation to the principal (子女, 配偶…). */
export const DelegationLimits = { relationMax: 20 } as const;
