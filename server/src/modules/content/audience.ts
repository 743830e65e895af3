import type { Role } from '@hongyun/contracts';
import { eq, type SQL, sql } from 'drizzle-orm';
import type { Actor } from '../../core/context.ts';
import { people } from '../../core/people/schema.ts';
import type { DbOrTx } from '../../platform/db/client.ts';
import { contentItems } from './schema.ts';

// Who is reading, as far as an item's audience asks: where they sit in the tree, which roles they
// hold and their cadre rank. Acting for an elderly member, it is the member who reads: their branch,
// the member role and their rank, never the delegate's own grants.
export type Viewer = {
  personId: string | null;
  /** The person's own organisation, where their reading is counted. */
  orgId: number | null;
  orgPath: string | null;
  paths: string[];
  roles: Role[];
  cadreRank: string | null;
};

export async function loadViewer(db: DbOrTx, actor: Actor): Promise<Viewer> {
  const personId = actor.actingFor?.personId ?? actor.personId;
  const [person] = personId
    ? await db
        .select({ orgId: people.orgId, orgPath: people.orgPath, cadreRank: people.cadreRank })
        .from(people)
        .where(eq(people.id, personId))
    : [];
  const own = person?.orgPath ? [person.orgPath] : [];
  const place = { personId: person ? personId : null, orgId: person?.orgId ?? null, orgPath: person?.orgPath ?? null };
  if (actor.actingFor) return { ...place, paths: own, roles: ['member'], cadreRank: person?.cadreRank ?? null };
  return {
    ...place,
    paths: [...new Set([...own, ...actor.grants.map((g) => g.orgPath)])],
    roles: [...new Set(actor.grants.map((g) => g.role))],
    cadreRank: person?.cadreRank ?? null,
  };
}

/** Every ancestor of each path, itself included: "/1/17/" gives "/1/" and "/1/17/". */
export function pathsAbove(paths: readonly string[]): string[] {
  const out = new Set<string>();
  for (const p of paths) {
    const parts = p.split('/').filter(Boolean);
    for (let i = 1; i <= parts.length; i++) out.add(`/${parts.slice(0, i).join('/')}/`);
  }
  return [...out];
}

const textArray = (values: readonly string[]) =>
  sql`array[${sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  )}]::text[]`;

/** SQL: the item is published and its audience includes the viewer (GIN index on audience_paths). */
export function inAudience(v: Viewer): SQL {
  const above = pathsAbove(v.paths);
  if (above.length === 0) return sql`false`;
  const t = contentItems;
  const roles =
    v.roles.length === 0
      ? sql`cardinality(${t.audienceRoles}) = 0`
      : sql`(cardinality(${t.audienceRoles}) = 0 or ${t.audienceRoles} && ${textArray(v.roles)})`;
  const rank =
    v.cadreRank === null
      ? sql`cardinality(${t.audienceCadreRanks}) = 0`
      : sql`(cardinality(${t.audienceCadreRanks}) = 0 or ${v.cadreRank} = any(${t.audienceCadreRanks}))`;
  return sql`(${t.status} = 'published' and ${t.audiencePaths} && ${textArray(above)} and ${roles} and ${rank})`;
}
