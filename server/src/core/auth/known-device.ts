import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { CryptoService } from '../../platform/context.ts';

// A "known device" for the sign-in lockout: after a successful web sign-in the browser gets the
// HttpOnly cookie `hy_device` = `<random id>.<keyed MAC of account id and random id>`. It proves that
// this browser signed in to THIS account before, without any table: only the server's lookup key
// can make the MAC, and a cookie made for one account says nothing for another. An attempt from a
// known device is counted on its own (account + device), so strangers guessing at an account lock
// it for strangers only, while its owner's browser still signs in (lockout.ts).

export const DEVICE_COOKIE = 'hy_device';
/** A year: the cookie only marks the browser, it signs nothing in. */
export const DEVICE_COOKIE_MAX_AGE_SECONDS = 365 * 24 * 3600;

const ID = /^[A-Za-z0-9_-]{22,64}$/;

const macOf = (crypto: CryptoService, accountId: string, id: string) =>
  crypto.lookupHashes(`device:${accountId}:${id}`);

/** A new cookie value naming this browser as a known device of the account. */
export function issueDeviceToken(crypto: CryptoService, accountId: string, id = randomBytes(18).toString('base64url')) {
  return `${id}.${crypto.active.lookupHash(`device:${accountId}:${id}`)}`;
}

/** The device id when `token` was issued to this account (under any crypto profile), else null. */
export function knownDeviceId(crypto: CryptoService, accountId: string, token: string | undefined): string | null {
  if (!token) return null;
  const dot = token.indexOf('.');
  const id = token.slice(0, dot);
  const mac = Buffer.from(token.slice(dot + 1));
  if (dot < 0 || !ID.test(id)) return null;
  const ok = macOf(crypto, accountId, id).some((m) => {
    const expected = Buffer.from(m);
    return expected.length === mac.length && timingSafeEqual(expected, mac);
  });
  return ok ? id : null;
}
