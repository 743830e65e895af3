// Opens the person's weekly paper (每周答题) for this ISO week in China time: one per (person,
// week), drawn like the daily paper by the org's rules with the rules' weekly question count,
// answerable until the week ends (the server's deadline). Concurrent opens agree on one paper.
import type { TxCtx } from '../../../platform/context.ts';
import { AppError } from '../../../platform/errors.ts';
import { loadQuestions, questionPool } from '../../question-bank/index.ts';
import { drawQuestions } from '../draw.ts';
import { findPaperOfDay, type PaperRecord, recentlySeen } from '../queries.ts';
import { effectiveRules } from '../rules.ts';
import { chinaWeek } from '../week.ts';
import { insertPaper, type Place } from './insert-paper.ts';

export async function openWeeklyPaper(ctx: TxCtx, person: Place, now: Date = new Date()): Promise<PaperRecord> {
  const { monday, endsAt } = chinaWeek(now);
  const existing = await findPaperOfDay(ctx.db, person.id, 'weekly', monday);
  if (existing) return existing;

  const rules = await effectiveRules(ctx.db, person.orgPath);
  const pool = await questionPool(ctx.db, person.orgPath);
  if (pool.length === 0) throw new AppError('QUIZ_NO_QUESTIONS');
  // Questions of the days before this week's start are avoided as for the daily paper.
  const seen = await recentlySeen(ctx.db, person.id, monday, rules.noRepeatDays);
  const seed = `${person.id}:week:${monday}`;
  const ids = drawQuestions(pool, seen, { ...rules, questionCount: rules.weeklyQuestionCount }, seed);
  const bank = new Map((await loadQuestions(ctx.db, ids)).map((q) => [q.id, q]));
  const created = await insertPaper(ctx.db, {
    person,
    kind: 'weekly',
    day: monday,
    ids,
    bank,
    seed,
    deadlineAt: endsAt,
  });
  const paper = await findPaperOfDay(ctx.db, person.id, 'weekly', monday);
  if (!paper) throw new Error(`weekly paper ${created ?? '(raced)'} not readable`);
  return paper;
}
