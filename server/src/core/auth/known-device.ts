import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { CryptoService } from '../../platform/context.ts';

// A "known device" for the sign-in lockout: after a successful web sign-in the browser gets the
// HttpOnly cookie `hy_device` = `<random id>.<issued at>.<keyed MAC>`. It proves that this browser
// signed in to THIS account, with its CURRENT password, less than DEVICE_COOKIE_MAX_AGE_SECONDS ago,
// without any table: only the server's lookup key can make the MAC, and the MAC covers the account
// id, the issue time and the stored password hash. So a cookie made for one account says nothing for
// another, a copied cookie stops counting after its lifetime (the browser's max-age alone would not
// stop a copy), and a password change (new salt) ends every device known before it: whoever once
// knew the old password keeps no guessing budget of their own. Each sign-in on the device renews the
// token (same id, new issue time). An attempt from a known device is counted on its own
// (account + device), so strangers guessing at an account lock it for strangers only, while its
// owner's browser still signs in (lockout.ts).

export const DEVICE_COOKIE = 'hy_device';
/** A year: the cookie only marks the browser, it signs nothing in. Also the token's own lifetime. */
export const DEVICE_COOKIE_MAX_AGE_SECONDS = 365 * 24 * 3600;
/** Clock skew tolerated for an issue time in the future (several API processes). */
const FUTURE_SKEW_SECONDS = 300;

const ID = /^[A-Za-z0-9_-]{22,64}$/;
const ISSUED = /^[0-9a-z]{1,10}$/;

/** What the device MAC covers besides the id: the account and its current password hash. */
export type DeviceAccount = { id: string; passwordHash: string };

const macInput = (account: DeviceAccount, id: string, issued: string) =>
  `device:${account.id}:${id}:${issued}:${account.passwordHash}`;

/** A new cookie value naming this browser as a known device of the account. */
export function issueDeviceToken(
  crypto: CryptoService,
  account: DeviceAccount,
  id = randomBytes(18).toString('base64url'),
  now = Date.now(),
) {
  const issued = Math.floor(now / 1000).toString(36);
  return `${id}.${issued}.${crypto.active.lookupHash(macInput(account, id, issued))}`;
}

/** The device id when `token` was issued to this account and password (under any crypto profile) and is still in its lifetime, else null. */
export function knownDeviceId(
  crypto: CryptoService,
  account: DeviceAccount,
  token: string | undefined,
  now = Date.now(),
): string | null {
  const [id, issued, macText, ...rest] = token?.split('.') ?? [];
  if (!id || !issued || !macText || rest.length > 0 || !ID.test(id) || !ISSUED.test(issued)) return null;
  const age = Math.floor(now / 1000) - Number.parseInt(issued, 36);
  if (age > DEVICE_COOKIE_MAX_AGE_SECONDS || age < -FUTURE_SKEW_SECONDS) return null;
  const mac = Buffer.from(macText);
  const ok = crypto.lookupHashes(macInput(account, id, issued)).some((m) => {
    const expected = Buffer.from(m);
    return expected.length === mac.length && timingSafeEqual(expected, mac);
  });
  return ok ? id : null;
}
