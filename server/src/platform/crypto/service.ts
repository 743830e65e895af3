import type { Config } from '../../config.ts';
import { type AuditKeyConfig, createAuditMacs, loadAuditKey } from '../audit/key.ts';
import type { CryptoService } from '../context.ts';
import { createCryptoProfiles } from './profiles.ts';

export function createCryptoService(
  config: Pick<Config, 'DATA_KEY' | 'LOOKUP_KEY' | 'CRYPTO_PROFILE'> & AuditKeyConfig,
): CryptoService {
  const all = createCryptoProfiles(config.DATA_KEY, config.LOOKUP_KEY);
  const active = all[config.CRYPTO_PROFILE];
  return {
    active,
    all,
    decrypt: (token) => active.decrypt(token),
    lookupHashes: (value) => [all.standard.lookupHash(value), all.gm.lookupHash(value)],
    // Read when the audit chain is first touched, so processes that never write it need no key file.
    audit: createAuditMacs(() => loadAuditKey(config)),
  };
}
