import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import type { CryptoService, TxCtx } from '../../platform/context.ts';
import type { CryptoProfile } from '../../platform/crypto/profiles.ts';
import { type Cell, copyRows } from '../../platform/db/copy.ts';
import { lockOrgTree } from '../org/index.ts';
import { memberships, people } from './schema.ts';

type PersonInsert = typeof people.$inferInsert;

/** One already-validated person for a bulk load: plain ID number and phone, encrypted here. */
export type BulkPerson = Omit<
  PersonInsert,
  | 'id'
  | 'idNumberEnc'
  | 'idNumberHash'
  | 'idNumberLast4'
  | 'phoneEnc'
  | 'phoneHash'
  | 'phoneLast4'
  | 'addressEnc'
  | 'orgId'
  | 'orgPath'
> & {
  idNumber: string;
  phone: string | null;
  address?: string | null;
  orgId: number;
  orgPath: string;
  membershipFrom: string;
};

/**
 * Inserts validated people and their opening memberships with multi-row statements, encrypting the
 * ID number and phone exactly as a single registration does. For the demo seeder and bulk loaders;
 * callers validate first, run it inside their transaction and write one audit row for the batch.
 */
export async function insertPeopleBatch(
  ctx: TxCtx,
  rows: BulkPerson[],
  openedBy: 'register' | 'import' = 'import',
): Promise<string[]> {
  if (rows.length === 0) return [];
  await lockOrgTree(ctx.db, 'shared'); // org paths copied into people must not be moved meanwhile
  const c = ctx.crypto.active;
  const inserted = await ctx.db
    .insert(people)
    .values(
      rows.map(({ idNumber, phone, address, membershipFrom: _m, ...rest }) => ({
        ...rest,
        addressEnc: address ? c.encrypt(address) : null,
        idNumberEnc: c.encrypt(idNumber),
        idNumberHash: c.lookupHash(idNumber),
        idNumberLast4: idNumber.slice(-4),
        phoneEnc: phone ? c.encrypt(phone) : null,
        phoneHash: phone ? c.lookupHash(phone) : null,
        phoneLast4: phone ? phone.slice(-4) : null,
      })),
    )
    .returning({ id: people.id });
  await ctx.db.insert(memberships).values(
    inserted.map((p, i) => {
      const r = rows[i] as BulkPerson;
      return { personId: p.id, orgId: r.orgId, fromDate: r.membershipFrom, openedBy };
    }),
  );
  return inserted.map((p) => p.id);
}

/** The people columns a COPY writes, in the order personCopyRow gives them. */
export const PEOPLE_COPY_COLUMNS = [
  'id',
  'name',
  'gender',
  'ethnicity',
  'birth_date',
  'id_number_enc',
  'id_number_hash',
  'id_number_last4',
  'phone_enc',
  'phone_hash',
  'phone_last4',
  'education',
  'join_date',
  'full_member_date',
  'party_status',
  'position',
  'native_place',
  'work_unit',
  'address_enc',
  'cadre_rank',
  'is_first_secretary',
  'is_village_stationed',
  'five_person_role',
  'org_id',
  'org_path',
] as const;

export type PersonCopyInput = Omit<BulkPerson, 'membershipFrom'>;

/**
 * One person as a COPY row of PEOPLE_COPY_COLUMNS: ID number and phone encrypted and hashed exactly
 * as a single registration does (for the importer and the data generator alike).
 */
export function personCopyRow(c: CryptoProfile, id: string, r: PersonCopyInput): Cell[] {
  return [
    id,
    r.name,
    r.gender,
    r.ethnicity ?? '汉族',
    r.birthDate ?? null,
    c.encrypt(r.idNumber),
    c.lookupHash(r.idNumber),
    r.idNumber.slice(-4),
    r.phone ? c.encrypt(r.phone) : null,
    r.phone ? c.lookupHash(r.phone) : null,
    r.phone ? r.phone.slice(-4) : null,
    r.education ?? null,
    r.joinDate ?? null,
    r.fullMemberDate ?? null,
    r.partyStatus ?? null,
    r.position ?? null,
    r.nativePlace ?? null,
    r.workUnit ?? null,
    r.address ? c.encrypt(r.address) : null,
    r.cadreRank ?? null,
    r.isFirstSecretary ?? false,
    r.isVillageStationed ?? false,
    r.fivePersonRole ?? null,
    r.orgId,
    r.orgPath,
  ];
}

/**
 * The same write as insertPeopleBatch through COPY, for large imports: several times faster than
 * multi-row INSERTs because nothing is built per parameter. Runs on the caller's raw client inside
 * its transaction (see withClientTransaction), which must already hold the org-tree lock shared.
 * Ids are made here, so the memberships need no round trip.
 */
export async function copyPeopleBatch(
  client: pg.PoolClient,
  crypto: CryptoService,
  rows: readonly BulkPerson[],
  openedBy: 'register' | 'import' = 'import',
): Promise<number> {
  if (rows.length === 0) return 0;
  const ids = rows.map(() => randomUUID());
  const peopleRows = rows.map((r, i) => personCopyRow(crypto.active, ids[i] as string, r));
  const n = await copyRows(client, 'people', PEOPLE_COPY_COLUMNS, peopleRows);
  await copyRows(
    client,
    'memberships',
    ['person_id', 'org_id', 'from_date', 'opened_by'],
    rows.map((r, i) => [ids[i], r.orgId, r.membershipFrom, openedBy]),
  );
  return n;
}
