// An answer as the route takes it: the paper's facts (cached), the policy, the answer read and
// scored in the process, then one statement (answer-fast.ts). What that statement does not write —
// a challenge, a second answer, a late one, a replayed or reused Idempotency-Key — goes the
// transactional way (answer-question.ts), which tells them apart.
import type { AnswerQuestionInput } from '@hongyun/contracts';
import type { Actor } from '../../../core/context.ts';
import { authorize } from '../../../core/policy.ts';
import type { TxCtx } from '../../../platform/context.ts';
import { isUniqueViolation } from '../../../platform/db/unique-violation.ts';
import { AppError } from '../../../platform/errors.ts';
import { isAnswerCorrect } from '../../question-bank/index.ts';
import { paperFacts } from '../paper-cache.ts';
import { correctInDisplayKeys, presentPaperSummary } from '../presenter.ts';
import { answerInOneStatement, type IdempotencyClaim } from './answer-fast.ts';
import { answerQuestion, readAnswer } from './answer-question.ts';

export async function submitAnswer(
  ctx: TxCtx,
  actor: Actor | null,
  paperId: string,
  input: AnswerQuestionInput,
  claim: IdempotencyClaim | null,
) {
  const facts = await paperFacts(ctx.db, paperId);
  if (!facts) throw new AppError('NOT_FOUND');
  authorize(actor, 'quiz.paper.answer', { orgPath: facts.orgPath, personId: facts.personId });
  const q = facts.kind === 'challenge' ? undefined : facts.questions[input.position];
  if (q) {
    const given = readAnswer(q, input.answer);
    const isCorrect = isAnswerCorrect({ type: q.snapshot.type, answer: q.snapshot.answer }, given.bank);
    const done = await answerInOneStatement(ctx, facts, {
      position: input.position,
      given: given.display,
      isCorrect,
      now: new Date(),
      claim,
    }).catch((e: unknown) => {
      // The key is someone else's (or this request's, committed meanwhile): the other path says which.
      if (isUniqueViolation(e, 'idempotency_keys_account_id_key_pk')) return null;
      throw e;
    });
    if (done) {
      const reply = {
        isCorrect,
        correctAnswer: correctInDisplayKeys(q),
        explanation: q.snapshot.explanation,
        paper: presentPaperSummary(done.paper, done.answered),
      };
      return { reply, replayed: false };
    }
  }
  return answerQuestion(ctx, paperId, input, claim);
}
