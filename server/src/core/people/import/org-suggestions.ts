// "找不到该党组织" is a dead end for an office that wrote the everyday name of its branch
// (中山社区党支部) where the register holds the formal one (中共中山社区支部委员会). These helpers find
// the closest names to offer in the message. They only ever see the organisations the resolver
// loaded, i.e. the importer's own subtree, so a suggestion can never reveal an outside organisation.

// Formal wrappers around the part of a name that tells organisations apart: 中共…委员会, …党支部,
// …党总支, …党委. Longest first, so 支部委员会 is taken off before 委员会.
const PREFIXES = ['中国共产党', '中共'];
const SUFFIXES = [
  '党总支部委员会',
  '总支部委员会',
  '党支部委员会',
  '支部委员会',
  '党工作委员会',
  '工作委员会',
  '党委员会',
  '委员会',
  '党总支部',
  '党总支',
  '总支部',
  '总支',
  '党支部',
  '支部',
  '党工委',
  '党委',
  '党组',
  '党小组',
  '小组',
];

/** A name reduced to its distinguishing part: "中共中山社区支部委员会" and "中山社区党支部" → "中山社区". */
export function nameCore(normalized: string): string {
  let s = normalized;
  for (const p of PREFIXES) if (s.startsWith(p) && s.length > p.length) s = s.slice(p.length);
  for (const x of SUFFIXES) {
    if (s.endsWith(x) && s.length > x.length) {
      s = s.slice(0, -x.length);
      break;
    }
  }
  return s;
}

function bigrams(s: string): Set<string> {
  const out = new Set<string>();
  const chars = [...s];
  for (let i = 0; i + 1 < chars.length; i++) out.add(`${chars[i]}${chars[i + 1]}`);
  if (chars.length === 1) out.add(s);
  return out;
}

/** Dice coefficient over character pairs (Chinese names have no word breaks to compare). */
function similarity(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const g of a) if (b.has(g)) shared++;
  return (2 * shared) / (a.size + b.size);
}

const MAX_SUGGESTIONS = 3;
const MIN_SIMILARITY = 0.5;
// A fuzzy scan compares the name with every organisation in scope (a province has ~74,000); a file
// full of one misspelling asks once (cached), and a file of thousands of different unknown names
// stops getting fuzzy suggestions after this many, keeping the check's time bounded.
const MAX_FUZZY_LOOKUPS = 500;

export type SuggestibleOrg = { id: number; name: string; isDissolved: boolean };

/**
 * A suggester over the organisations of one scope. `names` are the normalised names (and short
 * names) of each organisation. Dissolved organisations are never suggested.
 */
export function createOrgSuggester(orgs: readonly { org: SuggestibleOrg; names: readonly string[] }[]) {
  const live = orgs.filter((o) => !o.org.isDissolved);
  const byCore = new Map<string, SuggestibleOrg[]>();
  const grams: { org: SuggestibleOrg; grams: Set<string>[] }[] = [];
  for (const o of live) {
    const cores = new Set(o.names.map(nameCore));
    for (const c of cores) byCore.set(c, [...(byCore.get(c) ?? []), o.org]);
    grams.push({ org: o.org, grams: [...cores].map(bigrams) });
  }
  const cache = new Map<string, string[]>();
  let fuzzyLookups = 0;

  /** Up to three names (as registered) close to `normalized`, best first; [] when none is close. */
  return (normalized: string): string[] => {
    const cached = cache.get(normalized);
    if (cached) return cached;
    const core = nameCore(normalized);
    const exact = byCore.get(core) ?? [];
    let found: SuggestibleOrg[] = exact.slice(0, MAX_SUGGESTIONS);
    if (found.length === 0 && fuzzyLookups < MAX_FUZZY_LOOKUPS) {
      fuzzyLookups++;
      const mine = bigrams(core);
      const scored: { org: SuggestibleOrg; score: number }[] = [];
      for (const g of grams) {
        const score = Math.max(...g.grams.map((x) => similarity(mine, x)));
        if (score >= MIN_SIMILARITY) scored.push({ org: g.org, score });
      }
      scored.sort((a, b) => b.score - a.score || a.org.id - b.org.id);
      found = scored.slice(0, MAX_SUGGESTIONS).map((s) => s.org);
    }
    const names = [...new Set(found.map((o) => o.name))];
    cache.set(normalized, names);
    return names;
  };
}
