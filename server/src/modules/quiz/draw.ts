import { createHash } from 'node:crypto';

// Drawing a paper: fair (equal chance within each quota) and deterministic (the same person and
// day always get the same paper), with no repeat of a question the person saw within the window,
// falling back to the least recently seen when the pool is too small. Pure: the caller loads the
// pool and the person's recent questions.

export type PoolEntry = { id: string; category: string; difficulty: number };
export type DrawRules = {
  questionCount: number;
  categoryMix: Record<string, number>;
  difficultyMix: Record<string, number>;
};

/** A stable pseudo-random rank of `item` under `seed` (a sha256 prefix). */
export function rankOf(seed: string, item: string): string {
  return createHash('sha256').update(`${seed}\u0000${item}`).digest('hex').slice(0, 16);
}

/** Splits `n` by the weights (largest remainder; ties by name), dropping zero weights. */
export function quotas(n: number, weights: Record<string, number>): Map<string, number> {
  const entries = Object.entries(weights).filter(([, w]) => w > 0);
  const sum = entries.reduce((a, [, w]) => a + w, 0);
  const out = new Map<string, number>();
  if (sum === 0) return out;
  const exact = entries.map(([k, w]) => ({ k, q: (n * w) / sum }));
  for (const e of exact) out.set(e.k, Math.floor(e.q));
  let left = n - [...out.values()].reduce((a, b) => a + b, 0);
  const byRemainder = [...exact].sort(
    (a, b) => b.q - Math.floor(b.q) - (a.q - Math.floor(a.q)) || a.k.localeCompare(b.k),
  );
  for (const e of byRemainder) {
    if (left <= 0) break;
    out.set(e.k, (out.get(e.k) ?? 0) + 1);
    left--;
  }
  return out;
}

/**
 * The ids of the drawn questions, in paper order. `lastSeen` maps a question to the last day
 * (YYYY-MM-DD) the person had it within the no-repeat window.
 */
export function drawQuestions(
  pool: readonly PoolEntry[],
  lastSeen: ReadonlyMap<string, string>,
  rules: DrawRules,
  seed: string,
): string[] {
  const rank = new Map(pool.map((q) => [q.id, rankOf(seed, q.id)]));
  // Fresh first, then the least recently seen, then the seeded rank: equal chance among equals.
  const ordered = [...pool].sort((a, b) => {
    const sa = lastSeen.get(a.id) ?? '';
    const sb = lastSeen.get(b.id) ?? '';
    if (sa !== sb) return sa < sb ? -1 : 1;
    return (rank.get(a.id) ?? '') < (rank.get(b.id) ?? '') ? -1 : 1;
  });
  const difficultyLeft = quotas(rules.questionCount, rules.difficultyMix);
  const taken = new Set<string>();
  const isFresh = (q: PoolEntry) => !lastSeen.has(q.id);
  const fitsDifficulty = (q: PoolEntry) =>
    difficultyLeft.size === 0 || (difficultyLeft.get(String(q.difficulty)) ?? 0) > 0;

  const pick = (candidates: PoolEntry[]): PoolEntry | undefined => {
    const open = candidates.filter((q) => !taken.has(q.id));
    const q =
      open.find((c) => isFresh(c) && fitsDifficulty(c)) ?? open.find(isFresh) ?? open.find(fitsDifficulty) ?? open[0];
    if (!q) return undefined;
    taken.add(q.id);
    const d = String(q.difficulty);
    if (difficultyLeft.has(d)) difficultyLeft.set(d, (difficultyLeft.get(d) ?? 0) - 1);
    return q;
  };

  const categoryQuotas = quotas(rules.questionCount, rules.categoryMix);
  for (const [category, quota] of categoryQuotas) {
    const inCategory = ordered.filter((q) => q.category === category);
    for (let i = 0; i < quota && pick(inCategory); i++);
  }
  // No mix, or a category short of questions: the rest from the whole pool.
  while (taken.size < rules.questionCount && pick(ordered));
  return [...taken].sort((a, b) => ((rank.get(a) ?? '') < (rank.get(b) ?? '') ? -1 : 1));
}

/** This person's order of a question's options (bank keys), seeded like the draw. */
export function shuffleOptions(seed: string, questionId: string, keys: readonly string[]): string[] {
  return [...keys].sort((a, b) => (rankOf(`${seed}:${questionId}`, a) < rankOf(`${seed}:${questionId}`, b) ? -1 : 1));
}

/** Display keys shown on the phone: A, B, C… by position. */
export const displayKey = (index: number) => String.fromCharCode(65 + index);
