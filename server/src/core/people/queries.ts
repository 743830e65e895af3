import type { ListPeopleQuery } from '@hongyun/contracts';
import { and, asc, count, desc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { CryptoService, Ctx } from '../../platform/context.ts';
import type { DbOrTx } from '../../platform/db/client.ts';
import { nameContains } from '../../platform/db/name-search.ts';
import { AppError } from '../../platform/errors.ts';
import { findOrg, type OrgRecord, orgNamesByIds } from '../org/index.ts';
// Org rows are read straight from the org module's table for now (names, paths, dissolved flag);
// this should move to an exported org query once that module offers one.
import { orgs } from '../org/schema.ts';
import { inScope } from '../policy.ts';
import { memberships, people, transfers } from './schema.ts';
import { normalizeIdNumber, normalizePhone } from './validation.ts';

// Read functions of the people module, each with explicit columns.

export const personColumns = {
  id: people.id,
  name: people.name,
  gender: people.gender,
  ethnicity: people.ethnicity,
  birthDate: people.birthDate,
  idNumberEnc: people.idNumberEnc,
  idNumberLast4: people.idNumberLast4,
  phoneEnc: people.phoneEnc,
  phoneLast4: people.phoneLast4,
  education: people.education,
  joinDate: people.joinDate,
  fullMemberDate: people.fullMemberDate,
  partyStatus: people.partyStatus,
  position: people.position,
  nativePlace: people.nativePlace,
  workUnit: people.workUnit,
  addressEnc: people.addressEnc,
  cadreRank: people.cadreRank,
  isFirstSecretary: people.isFirstSecretary,
  isVillageStationed: people.isVillageStationed,
  fivePersonRole: people.fivePersonRole,
  orgId: people.orgId,
  orgPath: people.orgPath,
  orgName: orgs.name,
  updatedAt: people.updatedAt,
};

// The current org is a left join: a person who has left every org still has a record.
const selectPeople = (db: DbOrTx) => db.select(personColumns).from(people).leftJoin(orgs, eq(orgs.id, people.orgId));
export type PersonRow = Awaited<ReturnType<typeof selectPeople>>[number];

// The reads behind every record view, prepared once per database handle and named, so PostgreSQL
// plans them once per connection instead of on every request.
const prepareById = (db: DbOrTx) =>
  selectPeople(db)
    .where(eq(people.id, sql.placeholder('id')))
    .limit(1)
    .prepare('hy_person_by_id');
const prepareOrgNames = (db: DbOrTx) =>
  db
    .select({ id: orgs.id, name: orgs.name })
    .from(orgs)
    .where(sql`${orgs.id} = any(${sql.placeholder('ids')}::int[])`)
    .prepare('hy_org_names');
// The record view reads the person's row alone, by primary key; the names of their org and of the
// levels above come from the org module's in-memory name cache (one query for names it lacks).
const { orgName: _joined, ...personRowColumns } = personColumns;
const prepareView = (db: DbOrTx) =>
  db
    .select(personRowColumns)
    .from(people)
    .where(eq(people.id, sql.placeholder('id')))
    .limit(1)
    .prepare('hy_person_row');
const viewStatements = new WeakMap<DbOrTx, ReturnType<typeof prepareView>>();
const byIdStatements = new WeakMap<DbOrTx, ReturnType<typeof prepareById>>();
const orgNameStatements = new WeakMap<DbOrTx, ReturnType<typeof prepareOrgNames>>();

function prepared<T>(cache: WeakMap<DbOrTx, T>, db: DbOrTx, make: (db: DbOrTx) => T): T {
  let statement = cache.get(db);
  if (!statement) {
    statement = make(db);
    cache.set(db, statement);
  }
  return statement;
}

export async function findPerson(db: DbOrTx, id: string): Promise<PersonRow | null> {
  const [row] = await prepared(byIdStatements, db, prepareById).execute({ id });
  return row ?? null;
}

/** One person for the record view: the row, their org's name and the names along their path. */
export async function findPersonView(
  ctx: Pick<Ctx, 'db' | 'changes'>,
  id: string,
): Promise<(PersonRow & { pathNames: string[] }) | null> {
  const [row] = await prepared(viewStatements, ctx.db, prepareView).execute({ id });
  if (!row) return null;
  const ids = (row.orgPath ?? '').split('/').filter(Boolean).map(Number);
  const names = await orgNamesByIds(ctx, row.orgId === null || ids.includes(row.orgId) ? ids : [...ids, row.orgId]);
  const pathNames = ids.map((i) => names.get(i)).filter((n): n is string => n !== undefined);
  return { ...row, orgName: row.orgId === null ? null : (names.get(row.orgId) ?? null), pathNames };
}

/** Loads one person with their current org name; throws NOT_FOUND (for internal callers; never a more specific code, see routes.ts). */
export async function getPerson(db: DbOrTx, id: string): Promise<PersonRow> {
  const row = await findPerson(db, id);
  if (!row) throw new AppError('NOT_FOUND');
  return row;
}

/** The org ids of the people already holding this ID number (under any crypto profile). */
export async function orgsHoldingIdNumber(db: DbOrTx, crypto: CryptoService, idNumber: string) {
  return db
    .select({ personId: people.id, orgId: people.orgId, orgPath: people.orgPath })
    .from(people)
    .where(inArray(people.idNumberHash, crypto.lookupHashes(idNumber)));
}

export type OrgRef = Pick<OrgRecord, 'id' | 'name' | 'path' | 'isDissolved'>;
export { findOrg };

/** Names of the orgs along a person's path, root first; none for a person without an org. */
export async function orgPathNames(db: DbOrTx, path: string | null): Promise<string[]> {
  const ids = (path ?? '').split('/').filter(Boolean).map(Number);
  if (ids.length === 0) return [];
  const rows = await prepared(orgNameStatements, db, prepareOrgNames).execute({ ids });
  const byId = new Map(rows.map((r) => [r.id, r.name]));
  return ids.map((id) => byId.get(id)).filter((n): n is string => n !== undefined);
}

/**
 * Where the list may look, as org-path roots from scopeToOrgs(): `read` for the list itself,
 * `idNumber`/`phone` for an exact search by those numbers. An exact hit is itself a disclosure (it
 * confirms a guessed number), so it is allowed only where the viewer could see the number anyway.
 */
export type PeopleScope = { read: string[]; idNumber: string[]; phone: string[] };

/**
 * The search predicate: an exact lookup when q is an ID or phone number and the viewer may search by
 * it (limited to the subtrees where they may), else a name substring, which a number never matches.
 */
function searchPredicate(q: string, crypto: CryptoService, scope: PeopleScope): SQL | undefined {
  const id = normalizeIdNumber(q);
  if (/^\d{17}[\dX]$/.test(id) && scope.idNumber.length > 0) {
    return and(inArray(people.idNumberHash, crypto.lookupHashes(id)), inScope(people.orgPath, scope.idNumber));
  }
  const phone = normalizePhone(q);
  if (phone && scope.phone.length > 0) {
    return and(inArray(people.phoneHash, crypto.lookupHashes(phone)), inScope(people.orgPath, scope.phone));
  }
  // One character is a surname (people_surname_pinyin_idx, which also gives the list's order); more
  // match anywhere in the name (name_grams index).
  return [...q].length === 1 ? sql`left(${people.name}, 1) = ${q}` : nameContains(people.name, q);
}

export type PeopleFilter = Omit<ListPeopleQuery, 'page' | 'pageSize'>;

/** The list's condition: the scope, the search and the filters (also used by the Excel export). */
export function peopleWhere(crypto: CryptoService, scope: PeopleScope, f: PeopleFilter): SQL | undefined {
  const where: (SQL | undefined)[] = [inScope(people.orgPath, scope.read)];
  if (f.q) where.push(searchPredicate(f.q, crypto, scope));
  if (f.orgId !== undefined) {
    // The org and its descendants; an unknown org yields null, so nothing matches.
    where.push(sql`${people.orgPath} like (select ${orgs.path} from ${orgs} where ${orgs.id} = ${f.orgId}) || '%'`);
  }
  if (f.partyStatus) where.push(eq(people.partyStatus, f.partyStatus));
  if (f.cadreRank) where.push(eq(people.cadreRank, f.cadreRank));
  if (f.isFirstSecretary) where.push(eq(people.isFirstSecretary, f.isFirstSecretary === 'true'));
  if (f.isVillageStationed) where.push(eq(people.isVillageStationed, f.isVillageStationed === 'true'));
  if (f.fivePersonRole) where.push(eq(people.fivePersonRole, f.fivePersonRole));
  if (f.gender) where.push(eq(people.gender, f.gender));
  return and(...where);
}

/**
 * Pinyin order, as offices read a register: name_sort_key() reads a polyphonic surname with its
 * surname sound, hy_pinyin is ICU's pinyin collation (migration 0009). people_name_pinyin_idx and
 * people_surname_pinyin_idx hold this order, so a whole-scope list or a surname search reads its
 * first page straight off an index instead of sorting every match.
 */
export const pinyinOrder = sql`name_sort_key(${people.name}) collate hy_pinyin`;

/** A scoped page of people, by pinyin. Empty `scope.read` roots list nothing. */
export async function listPeople(
  db: DbOrTx,
  crypto: CryptoService,
  scope: PeopleScope,
  f: ListPeopleQuery,
): Promise<{ rows: PersonRow[]; total: number }> {
  const cond = peopleWhere(crypto, scope, f);
  const [rows, [totalRow]] = await Promise.all([
    selectPeople(db)
      .where(cond)
      .orderBy(pinyinOrder, asc(people.id))
      .limit(f.pageSize)
      .offset((f.page - 1) * f.pageSize),
    db.select({ n: count() }).from(people).where(cond),
  ]);
  return { rows, total: totalRow?.n ?? 0 };
}

/** People of these orgs matching `where`, by org then pinyin: the export reads the register in tree order. */
export function peopleOfOrgs(db: DbOrTx, where: SQL | undefined, orgIds: number[]) {
  return selectPeople(db)
    .where(and(where, inArray(people.orgId, orgIds)))
    .orderBy(asc(orgs.path), pinyinOrder, asc(people.id));
}

export async function countPeople(db: DbOrTx, where: SQL | undefined): Promise<number> {
  const [row] = await db.select({ n: count() }).from(people).where(where);
  return row?.n ?? 0;
}

const transferIn = alias(transfers, 'transfer_in');
const transferOut = alias(transfers, 'transfer_out');

/** A person's membership history, newest first, with the reason of each transfer in or out. */
export async function listMemberships(db: DbOrTx, personId: string) {
  return db
    .select({
      id: memberships.id,
      orgId: memberships.orgId,
      orgName: orgs.name,
      fromDate: memberships.fromDate,
      toDate: memberships.toDate,
      openedBy: memberships.openedBy,
      closedBy: memberships.closedBy,
      transferInId: transferIn.id,
      transferInReason: transferIn.reason,
      transferOutId: transferOut.id,
      transferOutReason: transferOut.reason,
    })
    .from(memberships)
    .innerJoin(orgs, eq(orgs.id, memberships.orgId))
    .leftJoin(transferIn, eq(transferIn.id, memberships.transferInId))
    .leftJoin(transferOut, eq(transferOut.id, memberships.transferOutId))
    .where(eq(memberships.personId, personId))
    .orderBy(desc(memberships.fromDate), desc(memberships.createdAt));
}
export type MembershipRow = Awaited<ReturnType<typeof listMemberships>>[number];
