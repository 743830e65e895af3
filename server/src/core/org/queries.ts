import { and, asc, eq, inArray, isNull, or, type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/client.ts';
import { nameContains } from '../../platform/db/name-search.ts';
import { AppError } from '../../platform/errors.ts';
import type { Actor } from '../context.ts';
import { people } from '../people/schema.ts';
import { inScope } from '../policy.ts';
import { pathIds } from './module-switches.ts';
import { regionCodeAtLevel } from './regions-seed.ts';
import { orgs, regions } from './schema.ts';

// Read functions of the org module, with explicit columns.

export const orgColumns = {
  id: orgs.id,
  parentId: orgs.parentId,
  path: orgs.path,
  depth: orgs.depth,
  name: orgs.name,
  shortName: orgs.shortName,
  type: orgs.type,
  regionCode: orgs.regionCode,
  secretaryPersonId: orgs.secretaryPersonId,
  contactPhone: orgs.contactPhone,
  address: orgs.address,
  lng: orgs.lng,
  lat: orgs.lat,
  sortOrder: orgs.sortOrder,
  isDissolved: orgs.isDissolved,
  dissolvedAt: orgs.dissolvedAt,
  createdAt: orgs.createdAt,
  updatedAt: orgs.updatedAt,
};
export type OrgRecord = { [K in keyof typeof orgColumns]: (typeof orgs.$inferSelect)[K] };

export async function findOrg(db: DbOrTx, id: number): Promise<OrgRecord | null> {
  const [row] = await db.select(orgColumns).from(orgs).where(eq(orgs.id, id));
  return row ?? null;
}

/** The org, or NOT_FOUND (404, the same answer as for an org outside the caller's subtrees). */
export async function getOrg(db: DbOrTx, id: number): Promise<OrgRecord> {
  const row = await findOrg(db, id);
  if (!row) throw new AppError('NOT_FOUND');
  return row;
}

export async function getOrgsByIds(db: DbOrTx, ids: readonly number[]): Promise<OrgRecord[]> {
  if (ids.length === 0) return [];
  return db
    .select(orgColumns)
    .from(orgs)
    .where(inArray(orgs.id, [...new Set(ids)]));
}

/** Names of every org on each path, root first, keyed by path; one query for all paths. */
export async function orgPathNamesMany(db: DbOrTx, paths: readonly string[]): Promise<Map<string, string[]>> {
  const ids = [...new Set(paths.flatMap(pathIds))];
  const rows = ids.length
    ? await db.select({ id: orgs.id, name: orgs.name }).from(orgs).where(inArray(orgs.id, ids))
    : [];
  const nameOf = new Map(rows.map((r) => [r.id, r.name]));
  return new Map(paths.map((p) => [p, pathIds(p).map((id) => nameOf.get(id) ?? `#${id}`)]));
}

/** ["贵阳市委", "云岩区委", …] for "/1/17/230/". */
export async function orgPathNames(db: DbOrTx, path: string): Promise<string[]> {
  return (await orgPathNamesMany(db, [path])).get(path) ?? [];
}

/** The org of the viewer's own current membership (or of the person they act for). */
export async function viewerOwnOrgPath(db: DbOrTx, actor: Actor): Promise<string | null> {
  const personId = actor.actingFor?.personId ?? actor.personId;
  if (!personId) return null;
  const [row] = await db.select({ orgPath: people.orgPath }).from(people).where(eq(people.id, personId));
  return row?.orgPath ?? null;
}

// People whose org_path lies under `pathCol`, as an index range on the text_pattern_ops index:
// paths hold only digits and '/', so the subtree of "/1/17/" is ["/1/17/", "/1/170") in byte order.
// A LIKE with a per-row pattern could not use the index; this range can.
const subtreeRange = (col: SQL, pathCol: SQL) =>
  sql`${col} ~>=~ ${pathCol} and ${col} ~<~ (left(${pathCol}, -1) || '0')`;

// Drizzle leaves columns unqualified in a one-table select, which inside these correlated
// subqueries would bind to the inner table; name the outer row explicitly.
const outerId = sql.raw('"orgs"."id"');
const outerPath = sql.raw('"orgs"."path"');
const childCountSql = sql<number>`(select count(*)::int from ${orgs} as c where c.parent_id = ${outerId} and not c.is_dissolved)`;
const memberCountSql = sql<number>`(select count(*)::int from ${people} as p where ${subtreeRange(sql`p.org_path`, outerPath)})`;

export type OrgNode = OrgRecord & { childCount: number; memberCount: number };

/** Orgs with their undissolved child count and subtree member count, in one query. */
async function orgNodes(db: DbOrTx, where: SQL | undefined): Promise<OrgNode[]> {
  return db
    .select({ ...orgColumns, childCount: childCountSql, memberCount: memberCountSql })
    .from(orgs)
    .where(where)
    .orderBy(asc(orgs.sortOrder), asc(orgs.id));
}

export function childrenOf(db: DbOrTx, parentId: number, includeDissolved = false): Promise<OrgNode[]> {
  return orgNodes(db, and(eq(orgs.parentId, parentId), includeDissolved ? undefined : eq(orgs.isDissolved, false)));
}

export function orgNodesByPaths(db: DbOrTx, paths: readonly string[]): Promise<OrgNode[]> {
  if (paths.length === 0) return Promise.resolve([]);
  return orgNodes(db, and(inArray(orgs.path, [...paths]), eq(orgs.isDissolved, false)));
}

export type MemberCountsRow = { total: number; probationary: number; full: number };

export async function subtreeMemberCounts(db: DbOrTx, path: string): Promise<MemberCountsRow> {
  const rows = await db
    .select({ status: people.partyStatus, n: sql<number>`count(*)::int` })
    .from(people)
    .where(inScope(people.orgPath, [path]))
    .groupBy(people.partyStatus);
  const of = (s: string) => rows.find((r) => r.status === s)?.n ?? 0;
  return { total: rows.reduce((s, r) => s + r.n, 0), probationary: of('probationary'), full: of('full') };
}

/** The live organisations of a subtree, the org itself included: what a module switch there reaches. */
export async function countSubtreeOrgs(db: DbOrTx, path: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(orgs)
    .where(and(inScope(orgs.path, [path]), eq(orgs.isDissolved, false)));
  return row?.n ?? 0;
}

export async function countChildren(db: DbOrTx, id: number): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(orgs)
    .where(and(eq(orgs.parentId, id), eq(orgs.isDissolved, false)));
  return row?.n ?? 0;
}

export async function personBrief(
  db: DbOrTx,
  id: string,
): Promise<{ id: string; name: string; orgPath: string | null } | null> {
  const [row] = await db
    .select({ id: people.id, name: people.name, orgPath: people.orgPath })
    .from(people)
    .where(eq(people.id, id));
  return row ?? null;
}

export type SearchOrgsParams = {
  roots: string[];
  ownPath: string | null;
  q?: string;
  includeDissolved: boolean;
  page: number;
  pageSize: number;
};

/** Orgs in scope whose name contains q (name_grams index), with the total for paging. */
export async function searchOrgs(db: DbOrTx, p: SearchOrgsParams): Promise<{ rows: OrgRecord[]; total: number }> {
  const scope = p.ownPath ? or(inScope(orgs.path, p.roots), eq(orgs.path, p.ownPath)) : inScope(orgs.path, p.roots);
  const where = and(
    scope,
    p.includeDissolved ? undefined : eq(orgs.isDissolved, false),
    p.q ? nameContains(orgs.name, p.q) : undefined,
  );
  const rows = await db
    .select({ ...orgColumns, total: sql<number>`count(*) over ()::int` })
    .from(orgs)
    .where(where)
    .orderBy(asc(orgs.depth), asc(orgs.sortOrder), asc(orgs.id))
    .limit(p.pageSize)
    .offset((p.page - 1) * p.pageSize);
  const total = rows[0]?.total ?? (p.page > 1 ? await countOrgs(db, where) : 0);
  return { rows: rows.map(({ total: _t, ...r }) => r), total };
}

async function countOrgs(db: DbOrTx, where: SQL | undefined): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(orgs).where(where);
  return row?.n ?? 0;
}

// ---- regions ------------------------------------------------------------------------------------

const regionColumns = { code: regions.code, name: regions.name, level: regions.level, parentCode: regions.parentCode };
export type RegionRecord = { code: string; name: string; level: number; parentCode: string | null };

export function regionChildren(db: DbOrTx, parent?: string): Promise<RegionRecord[]> {
  return db
    .select(regionColumns)
    .from(regions)
    .where(parent ? eq(regions.parentCode, parent) : isNull(regions.parentCode))
    .orderBy(asc(regions.code));
}

export async function findRegion(db: DbOrTx, code: string): Promise<RegionRecord | null> {
  const [row] = await db.select(regionColumns).from(regions).where(eq(regions.code, code));
  return row ?? null;
}

/** Province first; the parents of a code are fixed by its digits, so one query finds them all. */
export async function regionAncestors(db: DbOrTx, region: RegionRecord): Promise<RegionRecord[]> {
  const codes: string[] = [];
  for (let level = region.level - 1; level >= 1; level--) codes.push(regionCodeAtLevel(region.code, level));
  if (codes.length === 0) return [];
  return db.select(regionColumns).from(regions).where(inArray(regions.code, codes)).orderBy(asc(regions.level));
}
