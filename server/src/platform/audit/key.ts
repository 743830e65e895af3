import { createHmac, hkdfSync, randomBytes } from 'node:crypto';
import { chmodSync, closeSync, mkdirSync, openSync, readFileSync, renameSync, statSync, writeSync } from 'node:fs';
import path from 'node:path';
import { type Config, TEST_AUDIT_KEY } from '../../config.ts';

// The audit chain's key. Each link is a MAC under it (HMAC-SHA-256, or HMAC-SM3 in the gm profile),
// so whoever can write the audit table, but does not hold the key, cannot forge a row and recompute
// the chain after it. The key comes from configuration and never enters the database: AUDIT_KEY, or
// a key file (DATA_DIR/keys/audit.key by default) generated 0600 in a 0700 folder when missing.

export type AuditMacAlg = 'hmac-sha256' | 'hmac-sm3';
export type AuditMacs = { mac(alg: AuditMacAlg, data: string): string };
export type AuditKeyConfig = Pick<Config, 'AUDIT_KEY' | 'AUDIT_KEY_FILE' | 'DATA_DIR' | 'NODE_ENV'>;

export const auditKeyFileOf = (config: Pick<Config, 'AUDIT_KEY_FILE' | 'DATA_DIR'>) =>
  path.resolve(config.AUDIT_KEY_FILE ?? path.join(config.DATA_DIR, 'keys', 'audit.key'));

/** Reads the configured key, or the key file (created on first use). Synchronous: called once at start. */
export function loadAuditKey(config: AuditKeyConfig): Buffer {
  if (config.AUDIT_KEY) return config.AUDIT_KEY;
  if (config.NODE_ENV === 'test' && !config.AUDIT_KEY_FILE) return Buffer.from(TEST_AUDIT_KEY, 'hex');
  const file = auditKeyFileOf(config);
  const existing = readKeyFile(file);
  if (existing) return existing;
  mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  const temp = `${file}.${randomBytes(4).toString('hex')}.tmp`;
  const fd = openSync(temp, 'wx', 0o600);
  try {
    writeSync(fd, `${randomBytes(32).toString('hex')}\n`);
  } finally {
    closeSync(fd);
  }
  renameSync(temp, file);
  return readKeyFile(file) as Buffer;
}

function readKeyFile(file: string): Buffer | null {
  let text: string;
  try {
    text = readFileSync(file, 'utf8').trim();
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw e;
  }
  if (!/^[0-9a-fA-F]{64}$/.test(text)) throw new Error(`${file}: the audit key must be 64 hex characters (32 bytes)`);
  if ((statSync(file).mode & 0o077) !== 0) chmodSync(file, 0o600);
  return Buffer.from(text, 'hex');
}

/** The MAC functions over a key; each algorithm gets its own sub-key. The key is read on first use. */
export function createAuditMacs(key: () => Buffer): AuditMacs {
  let keys: Record<AuditMacAlg, Buffer> | null = null;
  const subKey = (master: Buffer, label: string) =>
    Buffer.from(hkdfSync('sha256', master, Buffer.alloc(0), `hongyun:audit-chain:${label}`, 32));
  return {
    mac(alg, data) {
      if (!keys) {
        const master = key();
        keys = { 'hmac-sha256': subKey(master, 'hmac-sha256'), 'hmac-sm3': subKey(master, 'hmac-sm3') };
      }
      return createHmac(alg === 'hmac-sm3' ? 'sm3' : 'sha256', keys[alg])
        .update(data)
        .digest('hex');
    },
  };
}
