// Sets the signed-in account's interface language; records 'accounts.account.locale_changed'.
import { eq } from 'drizzle-orm';
import type { Ctx } from '../../../platform/context.ts';
import { recordEvent } from '../../../platform/events/record.ts';
import { accountLocaleChanged } from '../../auth/auth-changes.ts';
import { accounts } from '../../auth/schema.ts';
import type { Actor } from '../../context.ts';

export async function updateLocale(ctx: Ctx & { actor: Actor }, input: { locale: 'zh-CN' | 'en' }): Promise<void> {
  const { actor } = ctx;
  await ctx.db.transaction(async (tx) => {
    await tx
      .update(accounts)
      .set({ locale: input.locale, updatedAt: new Date() })
      .where(eq(accounts.id, actor.accountId));
    await recordEvent(
      { ...ctx, db: tx },
      {
        type: 'accounts.account.locale_changed',
        subjectType: 'account',
        subjectId: actor.accountId,
        data: { locale: input.locale },
      },
    );
  });
  accountLocaleChanged(ctx.changes, actor.accountId, input.locale);
}
