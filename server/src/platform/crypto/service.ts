import type { Config } from '../../config.ts';
import { type AuditKeyConfig, createAuditMacs, loadAuditKey } from '../audit/key.ts';
import type { CryptoService } from '../context.ts';
import { createCryptoProfiles } from './profiles.ts';

// Decrypting one value costs several microseconds (OpenSSL builds a cipher context for each), and a
// record view decrypts two or three: the largest single cost of the hot read path in the kernel
// bench. Every ciphertext carries its own random IV, so a token always decrypts to the same text and
// a cache of token → text can never be stale. It is small and short-lived (two generations of at
// most HOLD_MS each, dropped by a timer), so a decrypted value stays in memory about as long as the
// garbage of an ordinary request would; the data key itself is in the same process anyway.
const HOLD_MS = 30_000;
const MAX_ENTRIES = 2_000;

export function createCryptoService(
  config: Pick<Config, 'DATA_KEY' | 'LOOKUP_KEY' | 'CRYPTO_PROFILE'> & AuditKeyConfig,
): CryptoService {
  const all = createCryptoProfiles(config.DATA_KEY, config.LOOKUP_KEY);
  const active = all[config.CRYPTO_PROFILE];
  let current = new Map<string, string>();
  let previous = new Map<string, string>();
  const rotate = () => {
    previous = current;
    current = new Map();
  };
  setInterval(rotate, HOLD_MS).unref();
  return {
    active,
    all,
    decrypt: (token) => {
      let plain = current.get(token);
      if (plain !== undefined) return plain;
      plain = previous.get(token) ?? active.decrypt(token);
      if (current.size >= MAX_ENTRIES) rotate();
      current.set(token, plain);
      return plain;
    },
    lookupHashes: (value) => [all.standard.lookupHash(value), all.gm.lookupHash(value)],
    // Read when the audit chain is first touched, so processes that never write it need no key file.
    audit: createAuditMacs(() => loadAuditKey(config)),
  };
}
