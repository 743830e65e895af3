// Sets the signed-in account's interface language; records 'accounts.account.locale_changed'.
import type { Ctx } from '../../../platform/context.ts';
import { changeWithEvent } from '../../../platform/events/record.ts';
import { accountLocaleChanged } from '../../auth/auth-changes.ts';
import type { Actor } from '../../context.ts';

const SET_LOCALE = 'update "accounts" set locale = $1, updated_at = $2::timestamptz where id = $3::uuid';

export async function updateLocale(ctx: Ctx & { actor: Actor }, input: { locale: 'zh-CN' | 'en' }): Promise<void> {
  const { actor } = ctx;
  // The UPDATE and its event in one autocommit statement: atomic, one round trip; its text is
  // written once (no query building per request).
  await changeWithEvent(
    ctx,
    { text: SET_LOCALE, params: [input.locale, new Date().toISOString(), actor.accountId] },
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
