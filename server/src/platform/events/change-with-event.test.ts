import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createAccount } from '../../test/factories.ts';
import { useTestApp } from '../../test/harness.ts';
import type { Ctx } from '../context.ts';
import { changeWithEvent, EventPayloadError } from './record.ts';

// One statement for a change and its event: both are written, or neither.
describe('changeWithEvent', () => {
  const t = useTestApp();
  const locale = async (id: string) =>
    (await t.app.services.db.execute<{ locale: string }>(sql`select locale from accounts where id = ${id}`)).rows[0]
      ?.locale;
  const eventsOf = async (id: string) =>
    (
      await t.app.services.db.execute<{ type: string; person_id: string | null; data: Record<string, unknown> }>(
        sql`select type, person_id, data from events where subject_id = ${id} order by id`,
      )
    ).rows;
  const setLocale = (id: string, value: string) => sql`update accounts set locale = ${value} where id = ${id}::uuid`;

  it('writes the change and its event, with the actor and the request id', async () => {
    const acc = await createAccount(t.app.services);
    const actor = { accountId: acc.id, personId: null, actingFor: null } as unknown as Ctx['actor'];
    const ctx = { ...t.ctx(actor), requestId: 'req-123' };
    await changeWithEvent(ctx, setLocale(acc.id, 'en'), {
      type: 'accounts.account.locale_changed',
      subjectType: 'account',
      subjectId: acc.id,
      data: { locale: 'en' },
    });
    expect(await locale(acc.id)).toBe('en');
    expect(await eventsOf(acc.id)).toEqual([
      { type: 'accounts.account.locale_changed', person_id: null, data: { locale: 'en', requestId: 'req-123' } },
    ]);
  });

  it('a refused payload writes nothing; a failing event insert undoes the change', async () => {
    const acc = await createAccount(t.app.services);
    const before = await locale(acc.id);
    await expect(
      changeWithEvent(t.ctx(), setLocale(acc.id, 'en'), {
        type: 'accounts.account.locale_changed',
        subjectId: acc.id,
        data: { locale: 'fr' } as never,
      }),
    ).rejects.toBeInstanceOf(EventPayloadError);
    // The event row fails in the database (not a uuid): the same statement's update is not kept.
    await expect(
      changeWithEvent(t.ctx(), setLocale(acc.id, 'en'), {
        type: 'accounts.account.locale_changed',
        subjectId: acc.id,
        personId: 'not-a-uuid',
        data: { locale: 'en' },
      }),
    ).rejects.toThrow();
    expect(await locale(acc.id)).toBe(before);
    expect(await eventsOf(acc.id)).toEqual([]);
  });
});
