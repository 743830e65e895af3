import { displayKey } from './draw.ts';
import type { PaperQuestionRow, PaperRecord, PaperRow } from './queries.ts';
import type { QuestionSnapshot } from './schema.ts';

// What leaves the server of a paper. Options carry display keys in the person's order; the right
// answer and the explanation appear only once the question is answered.

const isChoice = (s: QuestionSnapshot) => s.type === 'single' || s.type === 'multiple';

/** The bank's right answer in this person's display keys. */
export function correctInDisplayKeys(q: Pick<PaperQuestionRow, 'snapshot' | 'optionOrder'>): string[] {
  if (!isChoice(q.snapshot)) return q.snapshot.answer;
  return q.snapshot.answer.map((k) => displayKey(q.optionOrder.indexOf(k))).sort();
}

function presentQuestion(q: PaperQuestionRow) {
  const byKey = new Map(q.snapshot.options.map((o) => [o.key, o.text]));
  const isAnswered = q.answeredAt !== null;
  return {
    position: q.position,
    type: q.snapshot.type,
    stem: q.snapshot.stem,
    options: isChoice(q.snapshot)
      ? q.optionOrder.map((k, i) => ({ key: displayKey(i), text: byKey.get(k) ?? '' }))
      : [],
    given: q.given ?? null,
    isCorrect: isAnswered ? q.isCorrect : null,
    correctAnswer: isAnswered ? correctInDisplayKeys(q) : null,
    explanation: isAnswered ? q.snapshot.explanation : null,
  };
}

export const scoreOf = (correct: number, total: number) => (total === 0 ? 0 : Math.round((100 * correct) / total));

/** A paper's score: out of 100, except a challenge's, which is its streak of right answers. */
export const paperScore = (p: Pick<PaperRow, 'kind' | 'correct' | 'total'>) =>
  p.kind === 'challenge' ? p.correct : scoreOf(p.correct, p.total);

/** Whether a finished paper with a pass mark passed; null while open or without one. */
export const passedOf = (p: Pick<PaperRow, 'kind' | 'correct' | 'total' | 'passMark' | 'completedAt'>) =>
  p.passMark === null || p.completedAt === null ? null : paperScore(p) >= p.passMark;

export function presentPaperSummary(p: PaperRow, answered: number) {
  return {
    id: p.id,
    kind: p.kind,
    day: p.day,
    total: p.total,
    answered,
    correct: p.correct,
    score: paperScore(p),
    startedAt: p.startedAt.toISOString(),
    deadlineAt: p.deadlineAt?.toISOString() ?? null,
    completedAt: p.completedAt?.toISOString() ?? null,
    specialQuizId: p.specialQuizId,
    passMark: p.passMark,
    passed: passedOf(p),
  };
}

export function presentPaper(p: PaperRecord) {
  const answered = p.questions.filter((q) => q.answeredAt !== null).length;
  return { ...presentPaperSummary(p, answered), questions: p.questions.map(presentQuestion) };
}
