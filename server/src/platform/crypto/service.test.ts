import { describe, expect, it } from 'vitest';
import { createCryptoService } from './service.ts';

const config = {
  DATA_KEY: Buffer.alloc(32, 7),
  LOOKUP_KEY: Buffer.alloc(32, 9),
  CRYPTO_PROFILE: 'standard' as const,
  AUDIT_KEY: Buffer.alloc(32, 3),
  NODE_ENV: 'test' as const,
  DATA_DIR: '/nonexistent',
};

describe('crypto service decrypt cache', () => {
  it('answers a repeated token from memory with the same text, and still refuses a tampered one', () => {
    const crypto = createCryptoService(config);
    const token = crypto.active.encrypt('520102199003072316');
    expect(crypto.decrypt(token)).toBe('520102199003072316');
    expect(crypto.decrypt(token)).toBe('520102199003072316');
    const raw = Buffer.from(token.slice(3), 'base64');
    raw[raw.length - 20] = (raw[raw.length - 20] ?? 0) ^ 1;
    expect(() => crypto.decrypt(`s1:${raw.toString('base64')}`)).toThrow();
  });

  it('keeps serving correct text past its size bound (older entries are dropped, not mixed up)', () => {
    const crypto = createCryptoService(config);
    const tokens = Array.from({ length: 2500 }, (_, i) => [crypto.active.encrypt(`v${i}`), `v${i}`] as const);
    for (const [token, plain] of tokens) expect(crypto.decrypt(token)).toBe(plain);
    for (const [token, plain] of tokens) expect(crypto.decrypt(token)).toBe(plain);
  });
});
