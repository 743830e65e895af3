import { describe, expect, it } from 'vitest';
import { parseRange } from './byte-range.ts';

describe('byte ranges', () => {
  it('reads the forms a <video> element and pdf.js send and refuses the rest', () => {
    expect(parseRange(undefined, 1000)).toBe('whole');
    expect(parseRange('bytes=0-99', 1000)).toEqual({ start: 0, end: 99 });
    expect(parseRange('bytes=900-5000', 1000)).toEqual({ start: 900, end: 999 });
    expect(parseRange('bytes=-100', 1000)).toEqual({ start: 900, end: 999 });
    expect(parseRange('bytes=-5000', 1000)).toEqual({ start: 0, end: 999 });
    expect(parseRange('bytes=0-1,5-9', 1000)).toEqual({ start: 0, end: 1 });
    for (const bad of ['bytes=1000-', 'bytes=5-1', 'bytes=-', 'bytes=-0', 'lines=0-1', 'bytes=x-y']) {
      expect(parseRange(bad, 1000), bad).toBeNull();
    }
  });
});
