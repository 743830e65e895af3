import { z } from 'zod';
import { Limits, OrgId, OrgIdText, PageQuery } from './common.ts';

// zod request/response schemas of the people API (shared by server and web).
// The ID-number and phone checks live here, not in the server, so the web's forms and the server
// reject exactly the same input; the server re-exports them from modules/people/validation.ts.

import {
  CadreRanks,
  checkIdNumber,
  FivePersonRoles,
  type Gender,
  Genders,
  idNumberFacts,
  isPlausibleDate,
  PartyStatuses,
  PeopleLimits,
  parseMobilePhone,
} from './identity.ts';

export * from './identity.ts';

// ---- request schemas --------------------------------------------------------------------------------

const IdNumberInput = z
  .string()
  .max(PeopleLimits.idNumberInputMax)
  .superRefine((v, ctx) => {
    for (const reason of checkIdNumber(v)) ctx.addIssue({ code: 'custom', message: `id_number.${reason}` });
  });
const PhoneInput = z
  .string()
  .max(PeopleLimits.phoneInputMax)
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
  nativePlace: z.string().trim().max(PeopleLimits.nativePlaceMax).nullable(),
  workUnit: z.string().trim().max(PeopleLimits.workUnitMax).nullable(),
  address: z.string().trim().max(PeopleLimits.addressMax).nullable(),
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
    nativePlace: PersonFields.nativePlace.optional(),
    workUnit: PersonFields.workUnit.optional(),
    address: PersonFields.address.optional(),
    cadreRank: PersonFields.cadreRank.optional(),
    isFirstSecretary: PersonFields.isFirstSecretary.optional(),
    isVillageStationed: PersonFields.isVillageStationed.optional(),
    fivePersonRole: PersonFields.fivePersonRole.optional(),
    orgId: OrgId,
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
    toOrgId: OrgId,
    effectiveDate: PlausibleDate,
    reason: z.string().trim().min(1).max(PeopleLimits.reasonMax),
  })
  .strict()
  .meta({ id: 'TransferPersonRequest' });
export type TransferPersonRequest = z.infer<typeof TransferPersonRequest>;

const Flag = z.enum(['true', 'false']);
export const ListPeopleQuery = PageQuery.extend({
  q: z.string().trim().min(1).max(Limits.searchMax).optional(),
  orgId: OrgIdText.optional(),
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
    nativePlace: z.string().nullable(),
    workUnit: z.string().nullable(),
    /** 家庭住址: personal data, in full only to viewers who may see the phone (canSeePhone), else masked. */
    address: z.string().nullable(),
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
