// Strong initial passwords an administrator reads out or writes down for the holder: letters and
// digits that cannot be mistaken for each other (no 0/O, 1/l/I), always all four character classes,
// so every password policy the server may run (asvs or 等保 complexity) accepts them.
const UPPER = 'ABCDEFGHJKLMNPQRSTUVWXYZ';
const LOWER = 'abcdefghijkmnpqrstuvwxyz';
const DIGITS = '23456789';
const SYMBOLS = '#$%&*+=?@';
const ALL = UPPER + LOWER + DIGITS + SYMBOLS;

/** A uniformly random index below `n` from the browser's CSPRNG (rejection sampling, no modulo bias). */
function randomBelow(n: number): number {
  const limit = Math.floor(0x1_0000_0000 / n) * n;
  const buf = new Uint32Array(1);
  for (;;) {
    crypto.getRandomValues(buf);
    const v = buf[0] ?? 0;
    if (v < limit) return v % n;
  }
}

const pickFrom = (chars: string) => chars[randomBelow(chars.length)] ?? '';

/** A random password of `length` (≥ 8) characters with at least one of each class, shuffled. */
export function generatePassword(length = 14): string {
  const chars = [pickFrom(UPPER), pickFrom(LOWER), pickFrom(DIGITS), pickFrom(SYMBOLS)];
  while (chars.length < Math.max(length, 8)) chars.push(pickFrom(ALL));
  for (let i = chars.length - 1; i > 0; i--) {
    const j = randomBelow(i + 1);
    [chars[i], chars[j]] = [chars[j] ?? '', chars[i] ?? ''];
  }
  return chars.join('');
}
