import type { QuestionType } from './schema.ts';

/** What scoring needs of a question: its type and its right answer (see schema.ts for the shape). */
export type Scorable = { type: QuestionType; answer: string[] };

/** Normalises a fill-in answer: full-width to half-width, spaces and end punctuation dropped, case folded. */
export function normaliseFill(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/[。．.，,；;！!？?、]+$/u, '')
    .toLowerCase();
}

/**
 * Whether `given` answers the question right. Choice answers are option keys (order ignored,
 * duplicates ignored; multiple choice needs exactly the right set); judge is ['true'] or ['false'];
 * fill gives one text per blank, each matched after normalising against that blank's accepted forms.
 */
export function isAnswerCorrect(q: Scorable, given: readonly string[]): boolean {
  if (q.type === 'fill') {
    if (given.length !== q.answer.length) return false;
    return q.answer.every((accepted, i) =>
      accepted
        .split('|')
        .map(normaliseFill)
        .includes(normaliseFill(given[i] ?? '')),
    );
  }
  const want = new Set(q.answer.map((k) => k.toUpperCase()));
  const got = new Set(given.map((k) => k.trim().toUpperCase()));
  if (q.type === 'single' || q.type === 'judge')
    return got.size === 1 && want.size === 1 && [...got][0] === [...want][0];
  return got.size === want.size && [...got].every((k) => want.has(k));
}
