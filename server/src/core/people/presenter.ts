import type { PersonView } from '@hongyun/contracts';
import type { CryptoService } from '../../platform/context.ts';
import type { Actor } from '../context.ts';
import { personAbilities } from './policy.ts';
import type { MembershipRow, PersonRow } from './queries.ts';
import { maskIdNumber, maskPhone } from './validation.ts';

// What leaves the server about a person. The ciphertext columns never do: a viewer allowed to see an
// ID number or phone gets it decrypted, everyone else a mask built from the stored last four
// characters, so showing a list to a masked viewer decrypts nothing. The full birth date is the ID
// number's middle eight digits, so it is held back with the number; the year alone stays.

export const ADDRESS_MASK = '******';

function reveal(crypto: CryptoService, token: string | null, isAllowed: boolean, masked: string | null) {
  if (!isAllowed || !token) return masked;
  return crypto.decrypt(token);
}

export function presentPerson(
  row: PersonRow,
  viewer: Actor | null,
  crypto: CryptoService,
  extra: { pathNames?: string[] } = {},
): PersonView {
  const abilities = personAbilities(viewer, { orgPath: row.orgPath, personId: row.id });
  return {
    id: row.id,
    name: row.name,
    gender: row.gender,
    ethnicity: row.ethnicity,
    birthDate: abilities.canSeeIdNumber ? row.birthDate : null,
    birthYear: row.birthDate ? Number(row.birthDate.slice(0, 4)) : null,
    idNumber: reveal(crypto, row.idNumberEnc, abilities.canSeeIdNumber, maskIdNumber(row.idNumberLast4)),
    phone: reveal(crypto, row.phoneEnc, abilities.canSeePhone, maskPhone(row.phoneLast4)),
    education: row.education,
    joinDate: row.joinDate,
    fullMemberDate: row.fullMemberDate,
    partyStatus: row.partyStatus,
    position: row.position,
    nativePlace: row.nativePlace,
    workUnit: row.workUnit,
    // Masked like the phone; nothing of an address is stored in clear, so the mask is a constant.
    address: reveal(crypto, row.addressEnc, abilities.canSeePhone, row.addressEnc ? ADDRESS_MASK : null),
    cadreRank: row.cadreRank,
    isFirstSecretary: row.isFirstSecretary,
    isVillageStationed: row.isVillageStationed,
    fivePersonRole: row.fivePersonRole,
    org:
      row.orgId !== null && row.orgName !== null
        ? { id: row.orgId, name: row.orgName, ...(extra.pathNames ? { pathNames: extra.pathNames } : {}) }
        : null,
    updatedAt: row.updatedAt.toISOString(),
    abilities,
  };
}

export function presentMembership(row: MembershipRow) {
  return {
    id: row.id,
    org: { id: row.orgId, name: row.orgName },
    fromDate: row.fromDate,
    toDate: row.toDate,
    openedBy: row.openedBy,
    closedBy: row.closedBy,
    transferIn: row.transferInId ? { id: row.transferInId, reason: row.transferInReason } : null,
    transferOut: row.transferOutId ? { id: row.transferOutId, reason: row.transferOutReason } : null,
  };
}
