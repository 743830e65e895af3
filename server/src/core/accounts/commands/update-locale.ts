// Sets the signed-in account's interface language; records 'accounts.account.locale_changed'.
import { sql } from 'drizzle-orm';
import type { Ctx } from '../../../platform/context.ts';
import { changeWithEvent } from '../../../platform/events/record.ts';
import { accountLocaleChanged } from '../../auth/auth-changes.ts';
import { accounts } from '../../auth/schema.ts';
import type { Actor } from '../../context.ts';

export async function updateLocale(ctx: Ctx & { actor: Actor }, input: { locale: 'zh-CN' | 'en' }): Promise<void> {
  const { actor } = ctx;
  // The UPDATE and its event in one autocommit statement: atomic, one round trip.
  await changeWithEvent(
    ctx,
    sql`update ${accounts} set locale = ${input.locale}, updated_at = ${new Date().toISOString()}::timestamptz where id = ${actor.accountId}::uuid`,
    {
      type: 'accounts.account.locale_changed',
      subjectType: 'account',
      subjectId: actor.accountId,
      data: { locale: input.locale },
    },
  );
  // Inside an Idempotency-Key's transaction the change is not committed yet: announce it after.
  const announce = async () => accountLocaleChanged(ctx.changes, actor.accountId, input.locale);
  if (ctx.afterCommit) ctx.afterCommit(announce);
  else await announce();
}
