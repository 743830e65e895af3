// Cell → value readers for registers as offices really keep them. Each reader takes an exceljs cell
// value (number, string, boolean, Date, rich text, hyperlink, formula with its cached result, error)
// and either returns a normalised value (null when blank) or a FieldMessages key saying why it cannot
// be read. Nothing here guesses: what could mean two things is reported, not repaired.
import {
  checkIdNumber,
  isPlausibleDate,
  Limits,
  normalizeIdNumber,
  parseMobilePhone as normalizePhone,
  todayInChina,
} from '@hongyun/contracts';

export type CellResult<T> = { ok: true; value: T } | { ok: false; code: string };

const ok = <T>(value: T): CellResult<T> => ({ ok: true, value });
const fail = <T>(code: string): CellResult<T> => ({ ok: false, code });

/** A cell value reduced to one primitive; formulas, rich text and hyperlinks give their text/result. */
export type Scalar =
  | { kind: 'blank' }
  | { kind: 'text'; text: string }
  | { kind: 'number'; value: number }
  | { kind: 'boolean'; value: boolean }
  | { kind: 'date'; value: Date }
  | { kind: 'error' };

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

export function toScalar(v: unknown): Scalar {
  if (v === null || v === undefined) return { kind: 'blank' };
  if (typeof v === 'string') return { kind: 'text', text: v };
  if (typeof v === 'number') return Number.isFinite(v) ? { kind: 'number', value: v } : { kind: 'error' };
  if (typeof v === 'boolean') return { kind: 'boolean', value: v };
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? { kind: 'error' } : { kind: 'date', value: v };
  if (!isRecord(v)) return { kind: 'error' };
  if ('error' in v) return { kind: 'error' };
  if (Array.isArray(v.richText)) {
    const text = v.richText.map((run) => (isRecord(run) && typeof run.text === 'string' ? run.text : '')).join('');
    return { kind: 'text', text };
  }
  if ('formula' in v || 'sharedFormula' in v) {
    // A formula never calculated (written by a program, not Excel) has no result we could trust.
    if (v.result === undefined) return { kind: 'error' };
    return toScalar(v.result);
  }
  if (typeof v.text === 'string') return { kind: 'text', text: v.text }; // hyperlink
  if (isRecord(v.text)) return toScalar(v.text); // hyperlink whose text is rich text
  return { kind: 'error' };
}

/**
 * Text as compared and stored: NFKC (full-width letters, digits and punctuation → half-width; U+3000
 * and NBSP → space), zero-width characters removed, runs of spaces collapsed, trimmed.
 */
export function normalizeText(raw: string): string {
  return raw
    .normalize('NFKC')
    .replace(/[\u200b-\u200d\u2060\ufeff]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Any cell as display text (numbers in plain digits), or null when blank or an error. For headers. */
export function cellText(v: unknown): string | null {
  const s = toScalar(v);
  switch (s.kind) {
    case 'text': {
      const t = normalizeText(s.text);
      return t === '' ? null : t;
    }
    case 'number':
      return plainNumber(s.value);
    case 'boolean':
      return s.value ? 'TRUE' : 'FALSE';
    case 'date':
      return utcDate(s.value);
    default:
      return null;
  }
}

/** Whether a cell holds nothing (blank, or only spaces). Error cells are not blank. */
export function isBlankCell(v: unknown): boolean {
  const s = toScalar(v);
  return s.kind === 'blank' || (s.kind === 'text' && normalizeText(s.text) === '');
}

// Integers in plain digits (String(1e21) would say "1e+21"); other numbers as JS prints them.
function plainNumber(n: number): string {
  return Number.isInteger(n) && Math.abs(n) < 1e21 ? n.toFixed(0) : String(n);
}

const utcDate = (d: Date): string => d.toISOString().slice(0, 10);

/** Free text up to `max` characters (after normalising); numbers read as their digits. */
export function readText(v: unknown, max: number): CellResult<string | null> {
  const s = toScalar(v);
  if (s.kind === 'error') return fail('cell.error');
  const text = cellText(v);
  if (text === null) return ok(null);
  // U+FFFD means the bytes were garbled before they reached us (a broken encoding, or a reader bug
  // like exceljs's split characters): never store a name or org name with holes in it.
  if (text.includes('\ufffd')) return fail('text.garbled');
  return [...text].length > max ? fail('value.too_long') : ok(text);
}

// Middle dots people type in names of minority nationalities and foreigners (阿卜杜·热合曼): the
// interpunct, bullet, hyphenation point, katakana middle dot, dot operators; in a Chinese name also a
// plain full stop (a Latin name keeps its initials: "J. Smith").
const NAME_DOTS = /[\u00b7\u2022\u2027\u2219\u22c5\u30fb\uff65\u318d]/g;
const HAN = /\p{Script=Han}/u;

/** A person's name: a Chinese name loses every inner space ("张　三" → "张三"); dots unified to "·". */
export function readName(v: unknown): CellResult<string | null> {
  const r = readText(v, Number.POSITIVE_INFINITY);
  if (!r.ok || r.value === null) return r;
  let name = r.value.replace(NAME_DOTS, '·');
  if (HAN.test(name)) name = name.replace(/[.。]/g, '·').replace(/\s/g, '');
  return [...name].length > Limits.nameMax ? fail('value.too_long') : ok(name);
}

// ---- ID numbers -------------------------------------------------------------------------------------

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10X98765432';

/**
 * A first-generation (1984–2004) 15-digit ID number upgraded to 18 digits as GB 11643-1999 does it:
 * "19" inserted before the 2-digit birth year, check digit appended. Those numbers were issued to people
 * born in the 1900s only, so the century is not a guess.
 */
export function upgradeIdNumber15(id15: string): string {
  const body = `${id15.slice(0, 6)}19${id15.slice(6)}`;
  const sum = ID_WEIGHTS.reduce((s, w, i) => s + w * Number(body[i]), 0);
  return body + ID_CHECK[sum % 11];
}

const SCIENTIFIC = /^[+-]?\d+(\.\d+)?e[+-]?\d+$/i;

/**
 * An ID number typed as text or as a number. Excel keeps only 15 significant digits of a number, so an
 * 18-digit ID stored as a number (≥ 1e15) or shown in scientific form has lost its last digits: that is
 * `id_number.rounded`, never repaired. A 15-digit number is exact and may be a first-generation ID.
 */
export function readIdNumber(v: unknown, today: string = todayInChina()): CellResult<string | null> {
  const s = toScalar(v);
  let raw: string;
  switch (s.kind) {
    case 'blank':
      return ok(null);
    case 'error':
      return fail('cell.error');
    case 'number':
      if (s.value >= 1e15) return fail('id_number.rounded');
      if (!Number.isInteger(s.value) || s.value < 0) return fail('id_number.format');
      raw = plainNumber(s.value);
      break;
    case 'text':
      raw = normalizeIdNumber(s.text.normalize('NFKC'));
      if (raw === '') return ok(null);
      if (SCIENTIFIC.test(raw)) return fail('id_number.rounded');
      break;
    default:
      return fail('id_number.format');
  }
  // Only upgrade when the result is a valid 18-digit number; otherwise say what is wrong with it.
  const id = /^\d{15}$/.test(raw) ? upgradeIdNumber15(raw) : raw;
  const problems = checkIdNumber(id, today);
  return problems.length === 0 ? ok(id) : fail(`id_number.${problems[0]}`);
}

// ---- phones -----------------------------------------------------------------------------------------

/** A mainland mobile number typed as a number or text, with +86, spaces or dashes → 11 digits. */
export function readPhone(v: unknown): CellResult<string | null> {
  const s = toScalar(v);
  if (s.kind === 'error') return fail('cell.error');
  if (s.kind === 'blank') return ok(null);
  if (s.kind === 'number' && !Number.isInteger(s.value)) return fail('phone.invalid');
  if (s.kind !== 'number' && s.kind !== 'text') return fail('phone.invalid');
  const text = s.kind === 'number' ? plainNumber(s.value) : normalizeText(s.text);
  if (text === '') return ok(null);
  const phone = normalizePhone(text);
  return phone ? ok(phone) : fail('phone.invalid');
}

// ---- dates ------------------------------------------------------------------------------------------

const pad = (n: number, w: number) => String(n).padStart(w, '0');
const DAY_MS = 86_400_000;
const MAX_SERIAL = 2_958_465; // 9999-12-31

/**
 * Excel's 1900 date system: serial 1 = 1900-01-01. Excel also counts a 29 February 1900 that never
 * was (serial 60, kept from Lotus 1-2-3), so from serial 61 on the epoch is 1899-12-30; serial 60 → null.
 */
export function excelSerialToDate(serial: number): string | null {
  const day = Math.floor(serial);
  if (day < 1 || day > MAX_SERIAL || day === 60) return null;
  const epoch = day < 60 ? Date.UTC(1899, 11, 31) : Date.UTC(1899, 11, 30);
  return utcDate(new Date(epoch + day * DAY_MS));
}

function ymd(y: number, m: number, d: number): string {
  return `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
}

function isRealDate(y: number, m: number, d: number): boolean {
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

type DateRead = { date: string } | { code: 'date.incomplete' | 'date.unreadable' | 'date.implausible' };

function fromParts(y: number, m: number, d: number): DateRead {
  return isRealDate(y, m, d) ? { date: ymd(y, m, d) } : { code: 'date.implausible' };
}

// Numbers: yyyymmdd (8 digits), yyyymm / yyyy / yyyy.mm typed as a number (month or year only, not
// guessed), otherwise an Excel serial. No real register date is a serial in 1905, where years and
// yyyy.mm numbers would land, so the readings cannot collide.
function dateFromNumber(n: number): DateRead {
  if (Number.isInteger(n) && n >= 10_000_000 && n <= 99_999_999) {
    return fromParts(Math.floor(n / 10_000), Math.floor(n / 100) % 100, n % 100);
  }
  if (Number.isInteger(n) && n >= 190_001 && n <= 299_912 && n % 100 >= 1 && n % 100 <= 12) {
    return { code: 'date.incomplete' };
  }
  if (n >= 1900 && n < 2100) return { code: 'date.incomplete' };
  const date = excelSerialToDate(n);
  return date ? { date } : { code: 'date.unreadable' };
}

const FULL_DATE =
  /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;
const MONTH_ONLY = /^(\d{4})\s*(?:[-/.年]\s*(\d{1,2})\s*月?|(\d{2})|年)?$/;

function dateFromText(raw: string): DateRead {
  const t = normalizeText(raw);
  const full = FULL_DATE.exec(t) ?? COMPACT.exec(t);
  if (full) return fromParts(Number(full[1]), Number(full[2]), Number(full[3]));
  if (MONTH_ONLY.test(t)) return { code: 'date.incomplete' };
  return { code: 'date.unreadable' }; // two-digit years, US order, words: not guessed
}

/**
 * A date cell, serial number, yyyymmdd, or text in the forms offices type ("2020-1-5", "2020/01/05",
 * "2020.1.5", "2020年1月5日", full-width digits) → YYYY-MM-DD. Month-only dates are `date.incomplete`;
 * two-digit years and other forms `date.unreadable`; impossible or future dates `date.implausible`.
 */
export function readDate(v: unknown, today: string = todayInChina()): CellResult<string | null> {
  const s = toScalar(v);
  let r: DateRead;
  switch (s.kind) {
    case 'blank':
      return ok(null);
    case 'error':
      return fail('cell.error');
    case 'date':
      // exceljs gives date cells as a Date at UTC midnight of the calendar day Excel shows.
      r = { date: utcDate(s.value) };
      break;
    case 'number':
      r = dateFromNumber(s.value);
      break;
    case 'text':
      if (normalizeText(s.text) === '' || isPlaceholder(s.text)) return ok(null);
      r = dateFromText(s.text);
      break;
    default:
      return fail('date.unreadable');
  }
  if ('code' in r) return fail(r.code);
  return isPlausibleDate(r.date, today) ? ok(r.date) : fail('date.implausible');
}

// "无", "/" or a dash in an optional column means "none" in registers, not a value.
const PLACEHOLDERS = new Set(['无', '/', '-', '--', '—', '——', 'n/a', 'none']);
export function isPlaceholder(raw: string): boolean {
  return PLACEHOLDERS.has(normalizeText(raw).toLowerCase());
}

// ---- enumerations -----------------------------------------------------------------------------------

/** Value text as looked up in an enum table: normalised, no spaces, ASCII lowercased. */
export function enumKey(raw: string): string {
  return normalizeText(raw).replace(/\s/g, '').toLowerCase();
}

/** Builds a lookup table; keys are normalised with enumKey. */
export function enumTable<T extends string>(entries: Record<T, readonly string[]>): ReadonlyMap<string, T> {
  const m = new Map<string, T>();
  for (const [value, names] of Object.entries(entries) as [T, readonly string[]][]) {
    m.set(enumKey(value), value);
    for (const n of names) m.set(enumKey(n), value);
  }
  return m;
}

/** One of a closed list of values (Chinese or English names); unknown → `value.unknown`. */
export function readEnum<T extends string>(v: unknown, table: ReadonlyMap<string, T>): CellResult<T | null> {
  const s = toScalar(v);
  if (s.kind === 'error') return fail('cell.error');
  const text = cellText(v);
  if (text === null || isPlaceholder(text)) return ok(null);
  const value = table.get(enumKey(text));
  return value ? ok(value) : fail('value.unknown');
}

const BOOLEANS = enumTable<'true' | 'false'>({
  true: ['是', 'y', 'yes', '√', '✓', '✔', '1', '对'],
  false: ['否', 'n', 'no', '×', '✗', '✘', 'x', '0', '不是', '无'],
});

/** 是/否, Y/N, √/×, 1/0, TRUE/FALSE (text or a boolean cell); blank is false. */
export function readBoolean(v: unknown): CellResult<boolean> {
  const s = toScalar(v);
  if (s.kind === 'error') return fail('cell.error');
  if (s.kind === 'boolean') return ok(s.value);
  const text = cellText(v);
  if (text === null) return ok(false);
  const value = BOOLEANS.get(enumKey(text));
  return value ? ok(value === 'true') : fail('value.unknown');
}

/** A positive whole number typed as a number or as digits (组织编号). */
export function readPositiveInt(v: unknown): CellResult<number | null> {
  const s = toScalar(v);
  if (s.kind === 'error') return fail('cell.error');
  if (s.kind === 'blank') return ok(null);
  if (s.kind === 'number') {
    return Number.isSafeInteger(s.value) && s.value > 0 ? ok(s.value) : fail('value.unknown');
  }
  const text = cellText(v);
  if (text === null) return ok(null);
  if (!/^\d{1,15}$/.test(text) || Number(text) === 0) return fail('value.unknown');
  return ok(Number(text));
}
