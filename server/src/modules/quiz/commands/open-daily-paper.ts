// Opens the person's daily paper for today (China day): the one already drawn, or a new one drawn
// by the rules that apply at their organisation. Concurrent opens agree on one paper: the unique
// index (person, day) lets one insert win; the others read the winner's paper.

import { chinaDay } from '../../../core/events/rollups.ts';
import type { TxCtx } from '../../../platform/context.ts';
import { AppError } from '../../../platform/errors.ts';
import { drawingPool, drawnQuestions } from '../../question-bank/index.ts';
import { drawQuestions } from '../draw.ts';
import { findDailyPaper, type PaperRecord, recentlySeen } from '../queries.ts';
import { effectiveRules } from '../rules.ts';
import { insertPaperRecord, type Place } from './insert-paper.ts';

export async function openDailyPaper(ctx: TxCtx, person: Place, now: Date = new Date()): Promise<PaperRecord> {
  const day = chinaDay(now);
  const existing = await findDailyPaper(ctx.db, person.id, day);
  if (existing) return existing;

  const rules = await effectiveRules(ctx.db, person.orgPath);
  const pool = await drawingPool(ctx.db, person.orgPath);
  if (pool.length === 0) throw new AppError('QUIZ_NO_QUESTIONS');
  const seen = await recentlySeen(ctx.db, person.id, day, rules.noRepeatDays);
  const seed = `${person.id}:${day}`;
  const ids = drawQuestions(pool, seen, rules, seed);
  const bank = new Map((await drawnQuestions(ctx.db, ids)).map((q) => [q.id, q]));
  const created = await insertPaperRecord(ctx.db, { person, kind: 'daily', day, ids, bank, seed });
  if (created) return created;
  // Another open won the race: read its paper.
  const paper = await findDailyPaper(ctx.db, person.id, day);
  if (!paper) throw new Error('daily paper (raced) not readable');
  return paper;
}
