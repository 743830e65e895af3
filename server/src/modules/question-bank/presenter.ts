import { DifficultyLabels, type Lang, QuestionTypeLabels } from '@hongyun/contracts';
import type { QuestionRow } from './queries.ts';

/** A question as the bank's keepers see it (answers included: only keepers read the bank). */
export function presentQuestion(q: QuestionRow, orgNames: Map<number, string>, lang: Lang) {
  const difficulty = (q.difficulty in DifficultyLabels ? q.difficulty : 2) as keyof typeof DifficultyLabels;
  return {
    id: q.id,
    orgId: q.orgId,
    orgName: orgNames.get(q.orgId) ?? null,
    type: q.type,
    typeLabel: QuestionTypeLabels[q.type][lang],
    stem: q.stem,
    options: q.options,
    answer: q.answer,
    explanation: q.explanation,
    category: q.category,
    tags: q.tags,
    difficulty: q.difficulty,
    difficultyLabel: DifficultyLabels[difficulty][lang],
    source: q.source,
    isDisabled: q.isDisabled,
    createdAt: q.createdAt.toISOString(),
    updatedAt: q.updatedAt.toISOString(),
  };
}
