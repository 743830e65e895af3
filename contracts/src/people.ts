import { z } from 'zod';
import { Limits, PageQuery } from './common.ts';

// zod request/response schemas of the people API (shared by server and web).
// The ID-number and phone checks live here, not in the server, so the web's forms and the server
// reject exactly the same input; the server re-exports them from modules/people/validation.ts.

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

export const PeopleLimits = { ethnicityMax: 20, educationMax: 40, positionMax: 80, reasonMax: 500 } as const;

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

// ---- request schemas --------------------------------------------------------------------------------

const IdNumberInput = z
  .string()
  .max(40)
  .superRefine((v, ctx) => {
    for (const reason of checkIdNumber(v)) ctx.addIssue({ code: 'custom', message: `id_number.${reason}` });
  });
const PhoneInput = z
  .string()
  .max(30)
  .refine((v) => parseMobilePhone(v) !== null, { message: 'phone.invalid' });
export const PlausibleDate = z.iso
  .date({ abort: true })
  .refine((v) => isPlausibleDate(v), { message: 'date.implausible' });

const PersonFields = {
  name: z.string().trim().min(1).max(Limits.nameMax),
  gender: z.enum(Genders),
  ethnicity: z.string().trim().min(1).max(PeopleLimits.ethnicityMax),
  birthDate: PlausibleDate.nullable(),
  idNumber: IdNumberInput,
  phone: PhoneInput.nullable(),
  education: z.string().trim().max(PeopleLimits.educationMax).nullable(),
  joinDate: PlausibleDate.nullable(),
  fullMemberDate: PlausibleDate.nullable(),
  partyStatus: z.enum(PartyStatuses).nullable(),
  position: z.string().trim().max(PeopleLimits.positionMax).nullable(),
  cadreRank: z.enum(CadreRanks).nullable(),
  isFirstSecretary: z.boolean(),
  isVillageStationed: z.boolean(),
  fivePersonRole: z.enum(FivePersonRoles).nullable(),
};

type CrossFields = {
  birthDate?: string | null;
  gender?: Gender;
  idNumber?: string | null;
  joinDate?: string | null;
  fullMemberDate?: string | null;
};

/** Problems between fields: dates in order, ID number agreeing with birth date and gender. */
export function crossFieldProblems(p: CrossFields): { field: string; message: string }[] {
  const out: { field: string; message: string }[] = [];
  if (p.joinDate && p.fullMemberDate && p.fullMemberDate < p.joinDate) {
    out.push({ field: 'fullMemberDate', message: 'date.before_join_date' });
  }
  const facts = p.idNumber ? idNumberFacts(p.idNumber) : null;
  if (facts && p.birthDate && facts.birthDate !== p.birthDate) {
    out.push({ field: 'birthDate', message: 'birth_date.differs_from_id_number' });
  }
  if (facts && p.gender && facts.gender !== p.gender) {
    out.push({ field: 'gender', message: 'gender.differs_from_id_number' });
  }
  return out;
}

const addCrossIssues = (p: CrossFields, ctx: z.RefinementCtx) => {
  for (const x of crossFieldProblems(p)) ctx.addIssue({ code: 'custom', path: [x.field], message: x.message });
};

// Gender and birth date may be left out: they are then read from the ID number.
export const RegisterPersonRequest = z
  .object({
    ...PersonFields,
    gender: PersonFields.gender.optional(),
    ethnicity: PersonFields.ethnicity.optional(),
    birthDate: PersonFields.birthDate.optional(),
    phone: PersonFields.phone.optional(),
    education: PersonFields.education.optional(),
    joinDate: PersonFields.joinDate.optional(),
    fullMemberDate: PersonFields.fullMemberDate.optional(),
    partyStatus: PersonFields.partyStatus.optional(),
    position: PersonFields.position.optional(),
    cadreRank: PersonFields.cadreRank.optional(),
    isFirstSecretary: PersonFields.isFirstSecretary.optional(),
    isVillageStationed: PersonFields.isVillageStationed.optional(),
    fivePersonRole: PersonFields.fivePersonRole.optional(),
    orgId: z.number().int().positive(),
  })
  .strict()
  .superRefine(addCrossIssues)
  .meta({ id: 'RegisterPersonRequest' });
export type RegisterPersonRequest = z.infer<typeof RegisterPersonRequest>;

// Membership changes go through the transfer command, so orgId is not editable here.
export const UpdatePersonRequest = z
  .object(PersonFields)
  .partial()
  .strict()
  .superRefine(addCrossIssues)
  .meta({ id: 'UpdatePersonRequest' });
export type UpdatePersonRequest = z.infer<typeof UpdatePersonRequest>;

export const TransferPersonRequest = z
  .object({
    toOrgId: z.number().int().positive(),
    effectiveDate: PlausibleDate,
    reason: z.string().trim().min(1).max(PeopleLimits.reasonMax),
  })
  .strict()
  .meta({ id: 'TransferPersonRequest' });
export type TransferPersonRequest = z.infer<typeof TransferPersonRequest>;

const Flag = z.enum(['true', 'false']);
export const ListPeopleQuery = PageQuery.extend({
  q: z.string().trim().min(1).max(Limits.searchMax).optional(),
  orgId: z.coerce.number().int().positive().optional(),
  partyStatus: z.enum(PartyStatuses).optional(),
  cadreRank: z.enum(CadreRanks).optional(),
  isFirstSecretary: Flag.optional(),
  isVillageStationed: Flag.optional(),
  fivePersonRole: z.enum(FivePersonRoles).optional(),
  gender: z.enum(Genders).optional(),
});
export type ListPeopleQuery = z.infer<typeof ListPeopleQuery>;

// ---- response schemas -------------------------------------------------------------------------------

export const PersonAbilities = z.object({
  canEdit: z.boolean(),
  canTransfer: z.boolean(),
  canSeeIdNumber: z.boolean(),
  canSeePhone: z.boolean(),
});

// idNumber/phone are either in full or masked (e.g. "**************2316", "1*******5678"), as the
// viewer's abilities say; the stored ciphertext never leaves the server. The full birthDate goes only
// to viewers who may see the ID number (canSeeIdNumber): with the region code and the last four
// characters it would rebuild the number. Everyone gets birthYear.
export const PersonView = z
  .object({
    id: z.uuid(),
    name: z.string(),
    gender: z.enum(Genders),
    ethnicity: z.string(),
    birthDate: z.string().nullable(),
    birthYear: z.number().int().nullable(),
    idNumber: z.string().nullable(),
    phone: z.string().nullable(),
    education: z.string().nullable(),
    joinDate: z.string().nullable(),
    fullMemberDate: z.string().nullable(),
    partyStatus: z.enum(PartyStatuses).nullable(),
    position: z.string().nullable(),
    cadreRank: z.enum(CadreRanks).nullable(),
    isFirstSecretary: z.boolean(),
    isVillageStationed: z.boolean(),
    fivePersonRole: z.enum(FivePersonRoles).nullable(),
    org: z.object({ id: z.number(), name: z.string(), pathNames: z.array(z.string()).optional() }).nullable(),
    updatedAt: z.string(),
    abilities: PersonAbilities,
  })
  .meta({ id: 'Person' });
export type PersonView = z.infer<typeof PersonView>;

export const PersonResponse = z.object({ data: PersonView }).meta({ id: 'PersonResponse' });
export const ListPeopleResponse = z
  .object({ data: z.array(PersonView), page: z.number(), pageSize: z.number(), total: z.number() })
  .meta({ id: 'ListPeopleResponse' });

export const MembershipView = z
  .object({
    id: z.uuid(),
    org: z.object({ id: z.number(), name: z.string() }),
    fromDate: z.string(),
    toDate: z.string().nullable(),
    openedBy: z.enum(['register', 'transfer', 'import']),
    closedBy: z.enum(['transfer', 'leave', 'death', 'dissolve']).nullable(),
    transferIn: z.object({ id: z.uuid(), reason: z.string().nullable() }).nullable(),
    transferOut: z.object({ id: z.uuid(), reason: z.string().nullable() }).nullable(),
  })
  .meta({ id: 'Membership' });
export const ListMembershipsResponse = z
  .object({ data: z.array(MembershipView) })
  .meta({ id: 'ListMembershipsResponse' });

export const TransferPersonResponse = z
  .object({
    data: PersonView,
    transfer: z.object({ id: z.uuid(), fromOrgId: z.number(), toOrgId: z.number(), effectiveDate: z.string() }),
  })
  .meta({ id: 'TransferPersonResponse' });
