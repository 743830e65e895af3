import {
  createCipheriv,
  createDecipheriv,
  createHash,
  createHmac,
  hkdfSync,
  randomFillSync,
  timingSafeEqual,
} from 'node:crypto';

// Two cryptographic profiles, both from Node's built-in OpenSSL:
//   standard: AES-256-GCM, HMAC-SHA-256, SHA-256 chain
//   gm (国密, GB/T 39786): SM4-CTR with HMAC-SM3 (encrypt-then-MAC), SM3 chain
// Every ciphertext starts with its profile tag ("s1:" / "g1:"), so data written under one profile
// stays readable after the configured profile changes, and the two are always told apart.
export type CryptoProfileName = 'standard' | 'gm';

export type CryptoProfile = {
  name: CryptoProfileName;
  hashAlg: 'sha256' | 'sm3';
  encrypt(plain: string): string;
  decrypt(token: string): string;
  /** Keyed hash for exact lookup of an encrypted value (same input → same output). */
  lookupHash(value: string): string;
  /** Plain digest used by the audit hash chain. */
  digest(data: string): string;
};

const TAGS = { standard: 's1', gm: 'g1' } as const;

function subKey(master: Buffer, label: string, length: number): Buffer {
  return Buffer.from(hkdfSync('sha256', master, Buffer.alloc(0), `hongyun:${label}`, length));
}

export class DecryptError extends Error {}

// IVs come from one CSPRNG buffer refilled 64 kB at a time: a bulk import encrypts hundreds of
// thousands of values, and one randomBytes() call per value was a measurable share of it. Every byte
// is handed out once, copied, and never reused.
const POOL = Buffer.alloc(64 * 1024);
let poolOffset = POOL.length;
function freshRandom(size: number): Buffer {
  if (poolOffset + size > POOL.length) {
    randomFillSync(POOL);
    poolOffset = 0;
  }
  const out = Buffer.from(POOL.subarray(poolOffset, poolOffset + size));
  poolOffset += size;
  return out;
}

export function createCryptoProfiles(dataKey: Buffer, lookupKey: Buffer) {
  const aesKey = subKey(dataKey, 'aes-256-gcm', 32);
  const sm4Key = subKey(dataKey, 'sm4-ctr', 16);
  const sm3MacKey = subKey(dataKey, 'hmac-sm3', 32);
  const lookupSha = subKey(lookupKey, 'lookup-sha256', 32);
  const lookupSm3 = subKey(lookupKey, 'lookup-sm3', 32);

  const decryptAny = (token: string): string => {
    const sep = token.indexOf(':');
    const tag = token.slice(0, sep);
    const raw = Buffer.from(token.slice(sep + 1), 'base64');
    try {
      if (tag === TAGS.standard) {
        const iv = raw.subarray(0, 12);
        const authTag = raw.subarray(raw.length - 16);
        const d = createDecipheriv('aes-256-gcm', aesKey, iv);
        d.setAuthTag(authTag);
        return Buffer.concat([d.update(raw.subarray(12, raw.length - 16)), d.final()]).toString('utf8');
      }
      if (tag === TAGS.gm) {
        const iv = raw.subarray(0, 16);
        const mac = raw.subarray(raw.length - 32);
        const body = raw.subarray(16, raw.length - 32);
        const expected = createHmac('sm3', sm3MacKey).update(iv).update(body).digest();
        if (!timingSafeEqual(mac, expected)) throw new DecryptError('MAC mismatch');
        const d = createDecipheriv('sm4-ctr', sm4Key, iv);
        return Buffer.concat([d.update(body), d.final()]).toString('utf8');
      }
    } catch (e) {
      throw e instanceof DecryptError ? e : new DecryptError('ciphertext could not be decrypted');
    }
    throw new DecryptError(`unknown ciphertext profile "${tag}"`);
  };

  const standard: CryptoProfile = {
    name: 'standard',
    hashAlg: 'sha256',
    encrypt(plain) {
      const iv = freshRandom(12);
      const c = createCipheriv('aes-256-gcm', aesKey, iv);
      const body = Buffer.concat([c.update(plain, 'utf8'), c.final()]);
      return `${TAGS.standard}:${Buffer.concat([iv, body, c.getAuthTag()]).toString('base64')}`;
    },
    decrypt: decryptAny,
    lookupHash: (v) => `${TAGS.standard}:${createHmac('sha256', lookupSha).update(v).digest('base64url')}`,
    digest: (d) => createHash('sha256').update(d).digest('hex'),
  };

  const gm: CryptoProfile = {
    name: 'gm',
    hashAlg: 'sm3',
    encrypt(plain) {
      const iv = freshRandom(16);
      const c = createCipheriv('sm4-ctr', sm4Key, iv);
      const body = Buffer.concat([c.update(plain, 'utf8'), c.final()]);
      const mac = createHmac('sm3', sm3MacKey).update(iv).update(body).digest();
      return `${TAGS.gm}:${Buffer.concat([iv, body, mac]).toString('base64')}`;
    },
    decrypt: decryptAny,
    lookupHash: (v) => `${TAGS.gm}:${createHmac('sm3', lookupSm3).update(v).digest('base64url')}`,
    digest: (d) => createHash('sm3').update(d).digest('hex'),
  };

  return { standard, gm } as const;
}

/** Which profile wrote a stored ciphertext or lookup hash. */
export function profileOf(token: string): CryptoProfileName | undefined {
  if (token.startsWith(`${TAGS.standard}:`)) return 'standard';
  if (token.startsWith(`${TAGS.gm}:`)) return 'gm';
  return undefined;
}
