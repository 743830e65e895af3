// Opens the person's daily paper for today (China day): the one already drawn, or a new one drawn
// by the rules that apply at their organisation. Concurrent opens agree on one paper: the unique
// index (person, day) lets one insert win; the others read the winner's paper.

import { chinaDay } from '../../../core/events/rollups.ts';
import type { TxCtx } from '../../../platform/context.ts';
import { AppError } from '../../../platform/errors.ts';
import { loadQuestions, questionPool } from '../../question-bank/index.ts';
import { drawQuestions, shuffleOptions } from '../draw.ts';
import { findDailyPaper, type PaperRecord, recentlySeen } from '../queries.ts';
import { effectiveRules } from '../rules.ts';
import { quizPaperQuestions, quizPapers } from '../schema.ts';

export async function openDailyPaper(
  ctx: TxCtx,
  person: { id: string; orgId: number; orgPath: string },
  now: Date = new Date(),
): Promise<PaperRecord> {
  const day = chinaDay(now);
  const existing = await findDailyPaper(ctx.db, person.id, day);
  if (existing) return existing;

  const rules = await effectiveRules(ctx.db, person.orgPath);
  const pool = await questionPool(ctx.db, person.orgPath);
  if (pool.length === 0) throw new AppError('QUIZ_NO_QUESTIONS');
  const seen = await recentlySeen(ctx.db, person.id, day, rules.noRepeatDays);
  const seed = `${person.id}:${day}`;
  const ids = drawQuestions(pool, seen, rules, seed);
  const bank = new Map((await loadQuestions(ctx.db, ids)).map((q) => [q.id, q]));

  const created = await ctx.db.transaction(async (tx) => {
    const [paper] = await tx
      .insert(quizPapers)
      .values({
        personId: person.id,
        orgId: person.orgId,
        orgPath: person.orgPath,
        kind: 'daily',
        day,
        total: ids.length,
      })
      .onConflictDoNothing()
      .returning({ id: quizPapers.id });
    if (!paper) return null; // another open won the race; its paper has committed
    await tx.insert(quizPaperQuestions).values(
      ids.map((id, position) => {
        const q = bank.get(id);
        if (!q) throw new Error(`question ${id} vanished while drawing`);
        const isChoice = q.type === 'single' || q.type === 'multiple';
        return {
          paperId: paper.id,
          position,
          questionId: id,
          snapshot: { type: q.type, stem: q.stem, options: q.options, answer: q.answer, explanation: q.explanation },
          optionOrder: isChoice
            ? shuffleOptions(
                seed,
                id,
                q.options.map((o) => o.key),
              )
            : [],
        };
      }),
    );
    return paper.id;
  });
  const paper = await findDailyPaper(ctx.db, person.id, day);
  if (!paper) throw new Error(`daily paper ${created ?? '(raced)'} not readable`);
  return paper;
}
