// Resolves the 上级组织 column of organisation rows: to an organisation in the subtree the importer
// chose (and is authorised for), or to a row earlier in the same file, so a whole township tree can
// be imported top down. Also knows the names already used under each parent, for duplicate checks.
import { asc } from 'drizzle-orm';
import type { DbOrTx } from '../../../platform/db/client.ts';
import { inScope } from '../../policy.ts';
import { type OrgType, orgs } from '../schema.ts';

/** An organisation a row may hang under: one in the database, or an earlier row of the file. */
export type ParentNode = {
  /** Set for organisations in the database, and for file rows once their id is allocated. */
  id: number | null;
  /** Materialised path and depth, known with the id. */
  path: string | null;
  depth: number | null;
  /** The file row that declares it (null for organisations already in the database). */
  rowNumber: number | null;
  name: string;
  type: OrgType | null;
  isDissolved: boolean;
  parent: ParentNode | null;
};

export type ParentResolution =
  | { node: ParentNode }
  | { code: 'org.parent_unknown' | 'org.parent_ambiguous' | 'org.dissolved' };

/** Names as compared: NFKC (full-width → half-width), no spaces of any kind. */
export const normalizeOrgName = (s: string) => s.normalize('NFKC').replace(/[\s\u3000]/g, '');
const PATH_SEPARATORS = /[/\\>＞、]/;

/**
 * Loads the scope's subtree once (a province's 70,000 organisations are a few MB). Organisations
 * outside the subtree cannot be found at all, so a name or id from elsewhere reads as unknown and
 * reveals nothing about other subtrees.
 */
export async function loadParentResolver(db: DbOrTx, scopePath: string) {
  const rows = await db
    .select({
      id: orgs.id,
      parentId: orgs.parentId,
      path: orgs.path,
      depth: orgs.depth,
      name: orgs.name,
      shortName: orgs.shortName,
      type: orgs.type,
      isDissolved: orgs.isDissolved,
    })
    .from(orgs)
    .where(inScope(orgs.path, [scopePath]))
    .orderBy(asc(orgs.depth), asc(orgs.id));

  const byId = new Map<number, ParentNode>();
  const byName = new Map<string, ParentNode[]>();
  // Live child names per parent node, with the organisation (or file row) holding each name.
  const childNames = new Map<ParentNode, Map<string, ParentNode>>();

  const index = (node: ParentNode, shortName: string | null) => {
    for (const n of new Set([node.name, shortName].filter((x): x is string => !!x).map(normalizeOrgName))) {
      const list = byName.get(n);
      if (list) list.push(node);
      else byName.set(n, [node]);
    }
  };
  const claimName = (parent: ParentNode, child: ParentNode) => {
    let names = childNames.get(parent);
    if (!names) {
      names = new Map();
      childNames.set(parent, names);
    }
    const key = normalizeOrgName(child.name);
    if (!names.has(key)) names.set(key, child);
  };

  // Ordered by depth, so every parent is known before its children.
  for (const r of rows) {
    const parent = r.parentId !== null ? (byId.get(r.parentId) ?? null) : null;
    const node: ParentNode = {
      id: r.id,
      path: r.path,
      depth: r.depth,
      rowNumber: null,
      name: r.name,
      type: r.type,
      isDissolved: r.isDissolved,
      parent,
    };
    byId.set(r.id, node);
    index(node, r.shortName);
    if (parent && !r.isDissolved) claimName(parent, node);
  }

  const pick = (candidates: ParentNode[]): ParentResolution => {
    if (candidates.length === 0) return { code: 'org.parent_unknown' };
    const live = candidates.filter((c) => !c.isDissolved);
    if (live.length === 1) return { node: live[0] as ParentNode };
    if (live.length > 1) return { code: 'org.parent_ambiguous' };
    return { code: 'org.dissolved' };
  };

  const ancestorsOf = (node: ParentNode): ParentNode[] => {
    const chain: ParentNode[] = [];
    for (let p = node.parent; p; p = p.parent) chain.unshift(p);
    return chain;
  };

  return {
    size: rows.length,

    /** An id (database organisations only) or a name, short name or path "a/b/c" of names. */
    resolve(ref: { id: number | null; name: string | null }): ParentResolution {
      if (ref.id !== null) {
        const node = byId.get(ref.id);
        if (!node) return { code: 'org.parent_unknown' };
        return node.isDissolved ? { code: 'org.dissolved' } : { node };
      }
      const parts = (ref.name ?? '').split(PATH_SEPARATORS).map(normalizeOrgName).filter(Boolean);
      const last = parts.at(-1);
      if (!last) return { code: 'org.parent_unknown' };
      let candidates = byName.get(last) ?? [];
      if (parts.length > 1) {
        // Every earlier name must name an ancestor of the candidate (by name or short name), in order.
        const wanted = parts.slice(0, -1);
        candidates = candidates.filter((c) => {
          let i = 0;
          for (const a of ancestorsOf(c)) {
            const hit = wanted[i];
            if (hit && byName.get(hit)?.includes(a)) i++;
          }
          return i === wanted.length;
        });
      }
      return pick(candidates);
    },

    /** The organisation (in the database, or an earlier row) already named `name` under `parent`. */
    nameTakenBy(parent: ParentNode, name: string): ParentNode | undefined {
      return childNames.get(parent)?.get(normalizeOrgName(name));
    },

    /** Makes a file row findable by later rows (by name or short name) and claims its name. */
    addRow(input: {
      rowNumber: number;
      name: string;
      shortName: string | null;
      type: OrgType | null;
      parent: ParentNode | null;
    }): ParentNode {
      const node: ParentNode = {
        id: null,
        path: null,
        depth: null,
        rowNumber: input.rowNumber,
        name: input.name,
        type: input.type,
        isDissolved: false,
        parent: input.parent,
      };
      index(node, input.shortName);
      if (input.parent) claimName(input.parent, node);
      return node;
    },
  };
}
export type ParentResolver = Awaited<ReturnType<typeof loadParentResolver>>;
