import { Secret, TOTP } from 'otpauth';

// RFC 6238 TOTP as every authenticator app does it: SHA-1, 6 digits, 30-second steps. A code is
// accepted one step either side (clock drift); the step it matched is stored so it can never be used
// again (the caller refuses any step not greater than the last one used).

const ISSUER = 'Hongyun 红云';

function totpFor(secretBase32: string, label = 'account'): TOTP {
  return new TOTP({
    issuer: ISSUER,
    label,
    algorithm: 'SHA1',
    digits: 6,
    period: 30,
    secret: Secret.fromBase32(secretBase32),
  });
}

/** A new random 160-bit secret, its base32 form and the otpauth:// URI an authenticator app scans. */
export function newTotpSecret(label: string): { secret: string; uri: string } {
  const secret = new Secret({ size: 20 }).base32;
  return { secret, uri: totpFor(secret, label).toString() };
}

/** The step (30 s counter) the code matches within ±1 step of now, or null when it matches none. */
export function matchTotpStep(secretBase32: string, code: string, now = Date.now()): number | null {
  const totp = totpFor(secretBase32);
  const delta = totp.validate({ token: code, timestamp: now, window: 1 });
  if (delta === null) return null;
  return totp.counter({ timestamp: now }) + delta;
}

/** The code for a given time (tests and the setup screen's self-check). */
export function totpCodeAt(secretBase32: string, timestamp = Date.now()): string {
  return totpFor(secretBase32).generate({ timestamp });
}
