import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createOrg, createPerson } from '../../test/factories.ts';
import { useTestApp } from '../../test/harness.ts';
import { bumpRollups, chinaDay } from './rollups.ts';
import { dailyOrgRollups, dailyPersonRollups } from './schema.ts';

describe('daily rollups', () => {
  const t = useTestApp();

  it('uses the China calendar day', () => {
    expect(chinaDay(new Date('2026-11-28T17:00:00Z'))).toBe('2026-11-29');
    expect(chinaDay(new Date('2026-11-28T15:59:00Z'))).toBe('2026-11-28');
  });

  it('adds to the person and to every organisation up the path', async () => {
    const s = t.app.services;
    const city = await createOrg(s);
    const branch = await createOrg(s, { parent: city });
    const p = await createPerson(s, { org: branch });
    for (let i = 0; i < 3; i++)
      await bumpRollups(s.db, { metric: 'quiz.answers', personId: p.id, orgPath: branch.path });
    const [mine] = await s.db.select().from(dailyPersonRollups).where(eq(dailyPersonRollups.personId, p.id));
    expect(mine?.value).toBe(3);
    const orgRows = await s.db
      .select()
      .from(dailyOrgRollups)
      .where(and(eq(dailyOrgRollups.metric, 'quiz.answers')));
    expect(Object.fromEntries(orgRows.map((r) => [r.orgId, r.value]))).toEqual({ [city.id]: 3, [branch.id]: 3 });
  });
});
