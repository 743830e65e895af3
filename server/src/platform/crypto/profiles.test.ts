import { describe, expect, it } from 'vitest';
import { createCryptoProfiles, profileOf } from './profiles.ts';

const key = Buffer.alloc(32, 7);
const lookup = Buffer.alloc(32, 9);

describe('crypto profiles', () => {
  const { standard, gm } = createCryptoProfiles(key, lookup);

  it.each([standard, gm])('$name round-trips Chinese text and ID numbers', (p) => {
    for (const plain of ['520102199003072316', '13812345678', '王小明 贵阳市']) {
      const token = p.encrypt(plain);
      expect(token).not.toContain(plain);
      expect(p.decrypt(token)).toBe(plain);
    }
  });

  it('tells the profiles apart by their tag, and each decrypts the other', () => {
    const s = standard.encrypt('x');
    const g = gm.encrypt('x');
    expect(profileOf(s)).toBe('standard');
    expect(profileOf(g)).toBe('gm');
    expect(standard.decrypt(g)).toBe('x');
    expect(gm.decrypt(s)).toBe('x');
    expect(profileOf(standard.lookupHash('x'))).toBe('standard');
    expect(profileOf(gm.lookupHash('x'))).toBe('gm');
  });

  it('uses random IVs but deterministic lookup hashes', () => {
    expect(standard.encrypt('a')).not.toBe(standard.encrypt('a'));
    expect(gm.lookupHash('a')).toBe(gm.lookupHash('a'));
    expect(gm.lookupHash('a')).not.toBe(standard.lookupHash('a').replace('s1:', 'g1:'));
  });

  it('rejects tampered ciphertext under both profiles', () => {
    for (const p of [standard, gm]) {
      const token = p.encrypt('520102199003072316');
      const raw = Buffer.from(token.slice(3), 'base64');
      raw[raw.length - 20] = (raw[raw.length - 20] ?? 0) ^ 1;
      expect(() => p.decrypt(`${token.slice(0, 3)}${raw.toString('base64')}`)).toThrow();
    }
  });

  it('digests with SHA-256 and SM3 respectively', () => {
    expect(standard.digest('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(gm.digest('abc')).toBe('66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0');
  });
});
