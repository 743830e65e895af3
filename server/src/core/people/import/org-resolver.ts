import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../../platform/db/client.ts';
import { orgs } from '../../org/schema.ts';
import { inScope } from '../../policy.ts';
import { createOrgSuggester } from './org-suggestions.ts';

export type ImportOrg = { id: number; name: string; path: string; isDissolved: boolean };
export type OrgResolution =
  | { org: ImportOrg }
  | { code: 'org.unknown' | 'org.ambiguous' | 'org.dissolved'; suggestions?: string[] };

// Offices write the branch's name, its short name, or a path of names ("云岩区委/黔灵镇党委/XX支部"),
// with stray spaces and full-width characters; the id from the org list also works.
const normalizeName = (s: string) => s.normalize('NFKC').replace(/[\s\u3000]/g, '');
const PATH_SEPARATORS = /[/\\>＞、]/;

/**
 * Resolves the organisation column of import rows against the import's scope: only organisations in
 * the subtree the importer chose (and is authorised for) can be found at all, so a name or id from
 * elsewhere reads as unknown and reveals nothing. The subtree is loaded once (a province's 70,000
 * orgs are a few MB); the file is never held.
 */
export async function loadOrgResolver(db: DbOrTx, scopePath: string) {
  const rows = await db
    .select({ id: orgs.id, name: orgs.name, shortName: orgs.shortName, path: orgs.path, isDissolved: orgs.isDissolved })
    .from(orgs)
    .where(inScope(orgs.path, [scopePath]))
    .orderBy(sql`${orgs.id}`);
  const byId = new Map<number, ImportOrg>();
  const byName = new Map<string, ImportOrg[]>();
  const named: { org: ImportOrg; names: string[] }[] = [];
  for (const r of rows) {
    const org = { id: r.id, name: r.name, path: r.path, isDissolved: r.isDissolved };
    byId.set(r.id, org);
    const names = [...new Set([r.name, r.shortName].filter((x): x is string => !!x).map(normalizeName))];
    named.push({ org, names });
    for (const n of names) byName.set(n, [...(byName.get(n) ?? []), org]);
  }
  // Built on the first unknown name only: most files name every organisation right.
  let suggester: ReturnType<typeof createOrgSuggester> | null = null;
  const suggest = (name: string) => {
    suggester ??= createOrgSuggester(named);
    return suggester(name);
  };
  const namesOf = (org: ImportOrg) =>
    org.path
      .split('/')
      .filter(Boolean)
      .map((id) => byId.get(Number(id)));

  const pick = (candidates: ImportOrg[]): OrgResolution => {
    if (candidates.length === 0) return { code: 'org.unknown' };
    const live = candidates.filter((c) => !c.isDissolved);
    if (live.length === 1) return { org: live[0] as ImportOrg };
    if (live.length > 1) return { code: 'org.ambiguous' };
    return { code: 'org.dissolved' };
  };

  return {
    size: rows.length,
    resolve(ref: { id: number | null; name: string | null }): OrgResolution {
      if (ref.id !== null) {
        const org = byId.get(ref.id);
        if (!org) return { code: 'org.unknown' };
        return org.isDissolved ? { code: 'org.dissolved' } : { org };
      }
      if (!ref.name) return { code: 'org.unknown' };
      const parts = ref.name.split(PATH_SEPARATORS).map(normalizeName).filter(Boolean);
      const last = parts.at(-1);
      if (!last) return { code: 'org.unknown' };
      let candidates = byName.get(last) ?? [];
      if (candidates.length === 0) return { code: 'org.unknown', suggestions: suggest(last) };
      if (parts.length > 1) {
        // Every earlier name must be an ancestor of the candidate (by name or short name), in order.
        const ancestors = parts.slice(0, -1);
        candidates = candidates.filter((c) => {
          const chain = namesOf(c).slice(0, -1);
          let i = 0;
          for (const a of chain) {
            if (!a) continue;
            const hit = ancestors[i];
            if (hit && byName.get(hit)?.some((o) => o.id === a.id)) i++;
          }
          return i === ancestors.length;
        });
      }
      return pick(candidates);
    },
  };
}
export type OrgResolver = Awaited<ReturnType<typeof loadOrgResolver>>;
