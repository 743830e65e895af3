// HTTP byte ranges for streaming (RFC 9110 §14): the one range a <video> element asks for,
// `bytes=start-end`, `bytes=start-` or the suffix `bytes=-n`. Several ranges at once are answered
// with the first only (browsers never ask for more). null: the header asks for nothing satisfiable.

export type ByteRange = { start: number; end: number };

export function parseRange(header: string | undefined, size: number): ByteRange | 'whole' | null {
  if (header === undefined || header.trim() === '') return 'whole';
  const m = /^\s*bytes\s*=\s*(\d*)\s*-\s*(\d*)\s*(?:,.*)?$/i.exec(header);
  if (!m) return null;
  const [, a = '', b = ''] = m;
  if (a === '' && b === '') return null;
  if (a === '') {
    const n = Number(b);
    if (n === 0 || size === 0) return null;
    return { start: Math.max(0, size - n), end: size - 1 };
  }
  const start = Number(a);
  const end = b === '' ? size - 1 : Math.min(Number(b), size - 1);
  if (!Number.isSafeInteger(start) || start >= size || end < start) return null;
  return { start, end };
}
