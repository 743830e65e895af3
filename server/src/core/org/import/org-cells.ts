// Cell readers the organisation register needs beyond the member register's (people/import/cells.ts):
// organisation names, contact phones that may be landlines, decimal degrees, sort numbers and region
// references. Same contract: a normalised value (null when blank) or a FieldMessages key.
import { Limits } from '@hongyun/contracts';
import {
  type CellResult,
  isPlaceholder,
  normalizeText,
  readPhone,
  readText,
  toScalar,
} from '../../../platform/spreadsheet/cells.ts';

const ok = <T>(value: T): CellResult<T> => ({ ok: true, value });
const fail = <T>(code: string): CellResult<T> => ({ ok: false, code });

const HAN = /\p{Script=Han}/u;

/** An organisation's name: a Chinese name loses inner spaces ("中共 XX 镇委员会" → "中共XX镇委员会"). */
export function readOrgName(v: unknown, max: number = Limits.nameMax): CellResult<string | null> {
  const r = readText(v, Number.POSITIVE_INFINITY);
  if (!r.ok || r.value === null) return r;
  const name = HAN.test(r.value) ? r.value.replace(/\s/g, '') : r.value;
  return [...name].length > max ? fail('value.too_long') : ok(name);
}

// Mainland area codes: 010 and 02x have three digits, every other (03xx–09xx) four. That rule is what
// lets a landline typed without a separator, or stored as a number, be split without guessing.
const AREA_CODE = /^0(10|2\d|[3-9]\d{2})$/;
const LOCAL = /^[1-9]\d{6,7}$/;

function areaCodeLength(digits: string): number {
  return /^0(10|2)/.test(digits) ? 3 : 4;
}

/** "0851-12345678", "(0851)12345678", "0851 1234 5678", "085112345678转123" → "0851-12345678[-123]". */
export function parseLandline(raw: string): string | null {
  let text = normalizeText(raw).replace(/^\+?86[-\s]?(?=[1-9])/, '0'); // +86 851 … drops the trunk 0
  let ext: string | null = null;
  const extAt = text.search(/(转|ext\.?|x)\s*\d{1,6}$/i);
  if (extAt > 0) {
    ext = text.slice(extAt).replace(/\D/g, '');
    text = text.slice(0, extAt).trim();
  }
  const parts = text
    .replace(/[()（）]/g, ' ')
    .trim()
    .split(/[\s-]+/)
    .filter(Boolean);
  let area: string;
  let local: string;
  if (parts.length === 1) {
    const digits = parts[0] ?? '';
    area = digits.slice(0, areaCodeLength(digits));
    local = digits.slice(area.length);
  } else {
    area = parts[0] ?? '';
    // "0851-1234-5678" is one local number in groups; in "0851-12345678-123" the last group is an
    // extension: the groups before it already make a complete local number and all of them would not.
    const rest = parts.slice(1);
    const head = rest.slice(0, -1).join('');
    const last = rest.at(-1) ?? '';
    if (!ext && rest.length > 1 && LOCAL.test(head) && !LOCAL.test(head + last) && /^\d{1,6}$/.test(last)) {
      ext = last;
      rest.pop();
    }
    local = rest.join('');
  }
  if (!AREA_CODE.test(area) || !LOCAL.test(local)) return null;
  return `${area}-${local}${ext ? `-${ext}` : ''}`;
}

/**
 * A contact phone: a mainland mobile (as people/import/cells.ts reads it) or a landline with its area
 * code. A landline stored as a number has lost its leading 0 (Excel drops it); every mainland area code
 * starts with 0, so putting it back is not a guess.
 */
export function readContactPhone(v: unknown): CellResult<string | null> {
  const s = toScalar(v);
  if (s.kind === 'error') return fail('cell.error');
  if (s.kind === 'blank') return ok(null);
  const mobile = readPhone(v);
  if (mobile.ok) return mobile;
  if (s.kind === 'number') {
    if (!Number.isInteger(s.value) || s.value <= 0) return fail('contact_phone.invalid');
    const landline = parseLandline(`0${s.value.toFixed(0)}`);
    return landline ? ok(landline) : fail('contact_phone.invalid');
  }
  if (s.kind !== 'text') return fail('contact_phone.invalid');
  if (normalizeText(s.text) === '' || isPlaceholder(s.text)) return ok(null);
  const landline = parseLandline(s.text);
  return landline ? ok(landline) : fail('contact_phone.invalid');
}

const DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

/** A decimal number typed as a number or as text ("106.71", "106.71°"); anything else is not guessed. */
export function readDecimal(v: unknown): CellResult<number | null> {
  const s = toScalar(v);
  if (s.kind === 'error') return fail('cell.error');
  if (s.kind === 'blank') return ok(null);
  if (s.kind === 'number') return ok(s.value);
  if (s.kind !== 'text') return fail('value.not_a_number');
  const text = normalizeText(s.text).replace(/\s*°$/, '');
  if (text === '' || isPlaceholder(text)) return ok(null);
  return DECIMAL.test(text) ? ok(Number(text)) : fail('value.not_a_number');
}

/** A whole number in [min, max] (排序). */
export function readIntInRange(v: unknown, min: number, max: number): CellResult<number | null> {
  const r = readDecimal(v);
  if (!r.ok || r.value === null) return r;
  if (!Number.isInteger(r.value)) return fail('value.not_a_number');
  return r.value < min || r.value > max ? fail('value.out_of_range') : ok(r.value);
}

/** A region as written: a division code (12 digits; 6 or 9 digits are the same code unpadded) or a name. */
export type RegionRef = { code: string } | { name: string };

/**
 * 行政区划代码: a code typed as digits or as a number (12 digits are below Excel's 15-digit limit, so
 * they survive as a number), or the division's name. GB/T 2260 county (6) and township (9) codes are
 * the 12-digit code without its zero padding, so they are padded, not guessed.
 */
export function readRegionRef(v: unknown): CellResult<RegionRef | null> {
  const s = toScalar(v);
  if (s.kind === 'error') return fail('cell.error');
  if (s.kind === 'blank') return ok(null);
  let text: string;
  if (s.kind === 'number') {
    if (!Number.isInteger(s.value) || s.value <= 0) return fail('region.unknown');
    text = s.value.toFixed(0);
  } else if (s.kind === 'text') {
    text = normalizeText(s.text).replace(/\s/g, '');
    if (text === '' || isPlaceholder(text)) return ok(null);
  } else {
    return fail('region.unknown');
  }
  if (/^\d+$/.test(text)) {
    return text.length === 6 || text.length === 9 || text.length === 12
      ? ok({ code: text.padEnd(12, '0') })
      : fail('region.unknown');
  }
  if (!HAN.test(text) || [...text].length > Limits.nameMax) return fail('region.unknown');
  return ok({ name: text });
}
