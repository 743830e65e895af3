import { DefaultQuizRules, type QuizRulesInput } from '@hongyun/contracts';
import { desc, sql } from 'drizzle-orm';
import type { OrgRecord } from '../../core/org/index.ts';
import { appendAudit } from '../../platform/audit/chain.ts';
import type { TxCtx } from '../../platform/context.ts';
import type { DbOrTx } from '../../platform/db/client.ts';
import { quizRules } from './schema.ts';

export type EffectiveRules = QuizRulesInput & { fromOrgId: number | null };

/** The rules that apply at `orgPath`: the nearest organisation at or above it that set some. */
export async function effectiveRules(db: DbOrTx, orgPath: string): Promise<EffectiveRules> {
  const [row] = await db
    .select()
    .from(quizRules)
    .where(sql`${orgPath} like ${quizRules.orgPath} || '%'`)
    .orderBy(desc(sql`length(${quizRules.orgPath})`))
    .limit(1);
  if (!row) return { ...DefaultQuizRules, categoryMix: {}, difficultyMix: {}, fromOrgId: null };
  return {
    questionCount: row.questionCount,
    categoryMix: row.categoryMix,
    difficultyMix: row.difficultyMix as QuizRulesInput['difficultyMix'],
    noRepeatDays: row.noRepeatDays,
    weeklyQuestionCount: row.weeklyQuestionCount,
    fromOrgId: row.orgId,
  };
}

/** Sets an organisation's own rules (for its subtree), audited. */
export async function setQuizRules(ctx: TxCtx, org: OrgRecord, input: QuizRulesInput): Promise<EffectiveRules> {
  return ctx.db.transaction(async (tx) => {
    const values = { ...input, orgPath: org.path, updatedBy: ctx.actor?.accountId ?? null, updatedAt: new Date() };
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
        details: { ...input },
      },
    );
    return { ...input, fromOrgId: org.id };
  });
}
