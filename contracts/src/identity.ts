// Plain facts and checks about people shared by server and web, with no zod: the web's sign-in and
// forms import these without pulling the schema library into their chunks.

export const PartyStatuses = ['probationary', 'full'] as const; // 预备党员 / 正式党员
export const CadreRanks = ['provincial', 'department', 'county', 'section', 'staff'] as const;
export const FivePersonRoles = [
  'first_secretary',
  'branch_head',
  'committee_head',
  'township_contact',
  'work_team',
] as const;
export const Genders = ['M', 'F'] as const;
export type Gender = (typeof Genders)[number];

// The *InputMax limits bound what a field accepts before normalisation (spaces, dashes, +86, full-width
// digits), not the normalised value.
export const PeopleLimits = {
  ethnicityMax: 20,
  educationMax: 40,
  positionMax: 80,
  nativePlaceMax: 40,
  workUnitMax: 100,
  addressMax: 120,
  reasonMax: 500,
  idNumberInputMax: 40,
  phoneInputMax: 30,
} as const;

// ---- GB 11643-1999 citizen ID number --------------------------------------------------------------

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10X98765432';
// Province-level codes of GB/T 2260 plus 71 (Taiwan), 81/82 (HK, Macao) and 83 (Taiwan residents'
// residence permit); a first pair outside this list is a typo, not a real region.
const PROVINCES = new Set([
  11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52, 53, 54, 61, 62, 63,
  64, 65, 71, 81, 82, 83,
]);

export type IdNumberProblem = 'length' | 'format' | 'region' | 'birth_date' | 'checksum';

/** Full-width digits and Ｘ become ASCII, x becomes X, every space (incl. U+3000) goes. */
export function normalizeIdNumber(raw: string): string {
  return raw
    .replace(/[\uFF10-\uFF19]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xff10 + 48))
    .replace(/[xＸｘ]/g, 'X')
    .replace(/[\s\u3000]/g, '');
}

/** Today's date in China (YYYY-MM-DD): a birth date is "in the future" by Beijing time. */
// Built once: constructing an Intl formatter costs ~150 µs, which per imported row adds up.
const CHINA_DATE = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' });
export function todayInChina(now: Date = new Date()): string {
  return CHINA_DATE.format(now);
}

/** A real calendar date in YYYY-MM-DD form between 1900-01-01 and today (China time). */
export function isPlausibleDate(value: string, today: string = todayInChina()): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  const isReal = date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
  return isReal && value >= '1900-01-01' && value <= today;
}

/** Reason codes for an invalid ID number (empty when valid). Accepts raw input; normalises first. */
export function checkIdNumber(raw: string, today: string = todayInChina()): IdNumberProblem[] {
  const id = normalizeIdNumber(raw);
  if (id.length !== 18) return ['length'];
  if (!/^\d{17}[\dX]$/.test(id)) return ['format'];
  const problems: IdNumberProblem[] = [];
  if (!PROVINCES.has(Number(id.slice(0, 2))) || id.slice(2, 6) === '0000') problems.push('region');
  if (!isPlausibleDate(`${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`, today)) {
    problems.push('birth_date');
  }
  const sum = ID_WEIGHTS.reduce((s, w, i) => s + w * Number(id[i]), 0);
  if (ID_CHECK[sum % 11] !== id[17]) problems.push('checksum');
  return problems;
}

/** Birth date and gender encoded in a valid ID number (17th digit odd = male); null when invalid. */
export function idNumberFacts(raw: string): { birthDate: string; gender: Gender } | null {
  const id = normalizeIdNumber(raw);
  if (checkIdNumber(id).length > 0) return null;
  return {
    birthDate: `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`,
    gender: Number(id[16]) % 2 === 1 ? 'M' : 'F',
  };
}

/** A mainland mobile number as 11 digits, or null. Accepts +86/86/0086 prefixes, spaces and dashes. */
export function parseMobilePhone(raw: string): string | null {
  let p = raw
    .replace(/[\uFF10-\uFF19]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xff10 + 48))
    .replace(/[\s\u3000\-()（）]/g, '')
    .replace(/^＋/, '+');
  if (p.startsWith('+86')) p = p.slice(3);
  else if (p.startsWith('0086')) p = p.slice(4);
  else if (p.startsWith('86') && p.length === 13) p = p.slice(2);
  return /^1[3-9]\d{9}$/.test(p) ? p : null;
}
