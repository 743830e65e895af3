import { DefaultQuizRules, type QuizRules, type QuizRulesInput } from '@hongyun/contracts';
import { desc, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { OrgRecord } from '../../core/org/index.ts';
import { appendAudit } from '../../platform/audit/chain.ts';
import type { Services, TxCtx } from '../../platform/context.ts';
import type { DbOrTx } from '../../platform/db/client.ts';
import { createMemoryCopy } from '../../platform/db/memory-copy.ts';
import { quizRules } from './schema.ts';

export type EffectiveRules = Omit<z.infer<typeof QuizRules>, 'orgId' | 'isOwn'> & { fromOrgId: number | null };

export const QUIZ_RULES_TOPIC = 'quiz-rules';

type RulesRow = typeof quizRules.$inferSelect;

// The quiz_rules table held in memory (a row per organisation that set rules: a few hundred at
// most, well under a MB per process), so opening a paper needs no rules query. setQuizRules
// publishes QUIZ_RULES_TOPIC in its transaction; while the copy is null the table is read.
const stores = new WeakMap<object, () => RulesRow[] | null>();

/** Holds the rules for `services.db`; an API process makes one at start (see index.ts). */
export function createRulesCopy(services: Services): void {
  if (stores.has(services.db)) return;
  const copy = createMemoryCopy<RulesRow[]>(services, {
    topic: QUIZ_RULES_TOPIC,
    what: 'quiz rules',
    loadOnDemand: true,
    read: () => services.db.select().from(quizRules),
  });
  stores.set(services.db, copy.current);
}

function toEffective(row: RulesRow | undefined): EffectiveRules {
  if (!row) return { ...DefaultQuizRules, categoryMix: {}, difficultyMix: {}, fromOrgId: null };
  return {
    questionCount: row.questionCount,
    categoryMix: row.categoryMix,
    difficultyMix: row.difficultyMix as EffectiveRules['difficultyMix'],
    noRepeatDays: row.noRepeatDays,
    weeklyQuestionCount: row.weeklyQuestionCount,
    fromOrgId: row.orgId,
  };
}

/** The rules that apply at `orgPath`: the nearest organisation at or above it that set some. */
export async function effectiveRules(db: DbOrTx, orgPath: string): Promise<EffectiveRules> {
  const held = stores.get(db)?.();
  if (held) {
    // As the SQL: `orgPath like r.org_path || '%'` (paths hold no % or _), the longest path wins.
    let best: RulesRow | undefined;
    for (const r of held)
      if (orgPath.startsWith(r.orgPath) && (!best || r.orgPath.length > best.orgPath.length)) best = r;
    return toEffective(best);
  }
  const [row] = await db
    .select()
    .from(quizRules)
    .where(sql`${orgPath} like ${quizRules.orgPath} || '%'`)
    .orderBy(desc(sql`length(${quizRules.orgPath})`))
    .limit(1);
  return toEffective(row);
}

/**
 * Sets an organisation's own rules (for its subtree), audited. A field the input leaves out keeps
 * the value that applies at the org now: its own rules', else the inherited (or default) one.
 */
export async function setQuizRules(ctx: TxCtx, org: OrgRecord, input: QuizRulesInput): Promise<EffectiveRules> {
  return ctx.db.transaction(async (tx) => {
    await ctx.changes.publish(tx, QUIZ_RULES_TOPIC, String(org.id)); // the rules copy reloads on commit
    // Read in the transaction (so from the table, not the memory copy) and under the row's lock when
    // the org has rules of its own, so a concurrent edit of another field is not undone.
    await tx.select({ orgId: quizRules.orgId }).from(quizRules).where(eq(quizRules.orgId, org.id)).for('update');
    const current = await effectiveRules(tx, org.path);
    const rules = {
      questionCount: input.questionCount,
      categoryMix: input.categoryMix,
      difficultyMix: input.difficultyMix,
      noRepeatDays: input.noRepeatDays,
      weeklyQuestionCount: input.weeklyQuestionCount ?? current.weeklyQuestionCount,
    };
    const values = { ...rules, orgPath: org.path, updatedBy: ctx.actor?.accountId ?? null, updatedAt: new Date() };
    await tx
      .insert(quizRules)
      .values({ orgId: org.id, ...values })
      .onConflictDoUpdate({ target: quizRules.orgId, set: values });
    await appendAudit(
      { ...ctx, db: tx },
      {
        action: 'quiz.rules.updated',
        targetType: 'org',
        targetId: String(org.id),
        orgId: org.id,
        details: { ...rules },
      },
    );
    return { ...rules, fromOrgId: org.id };
  });
}
