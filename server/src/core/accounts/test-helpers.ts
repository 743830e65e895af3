import { randomInt } from 'node:crypto';
import type { TestEnv } from '../../test/harness.ts';

// Helpers shared by this module's tests (not a test file itself).

/** A fresh client address per call, so the per-IP login limiter only bites the test about it. */
export const randomIp = () => `10.${randomInt(0, 255)}.${randomInt(0, 255)}.${randomInt(1, 254)}`;

export function login(
  t: TestEnv,
  body: { phone: string; password: string; totp?: string; client?: 'web' | 'app' },
  ip = randomIp(),
) {
  return t.app.inject({
    method: 'POST',
    url: '/api/auth/login',
    remoteAddress: ip,
    payload: { client: 'app', ...body },
  });
}

export const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

/** Runs a parameterised query as the application role (t.asOwner for what only the owner may do). */
export async function q<T = Record<string, unknown>>(t: TestEnv, text: string, values: unknown[] = []): Promise<T[]> {
  const res = await t.app.services.pool.query(text, values);
  return res.rows as T[];
}
