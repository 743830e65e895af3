// Sign-in limits and languages, with no zod, so the web's sign-in screens stay small.
export const PasswordLimits = { min: 8, max: 128 } as const;
export const Locales = ['zh-CN', 'en'] as const;
