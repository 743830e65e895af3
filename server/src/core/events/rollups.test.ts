import { and, eq, inArray, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { deliverPending } from '../../platform/events/dispatcher.ts';
import { recordEvent } from '../../platform/events/record.ts';
import { createAccount, createOrg, createPerson, type OrgRow } from '../../test/factories.ts';
import { useTestApp } from '../../test/harness.ts';
import { chinaDay, rollupSubscriber, subtreeTotal } from './rollups.ts';
import { dailyOrgRollups, dailyPersonRollups } from './schema.ts';

describe('daily rollups', () => {
  const t = useTestApp();
  const subs = [rollupSubscriber];
  const signIn = (org: OrgRow, personId: string) =>
    recordEvent(t.ctx(), {
      type: 'accounts.session.started',
      orgId: org.id,
      orgPath: org.path,
      personId,
      data: { kind: 'bearer', stage: 'active' },
    });

  it('uses the China calendar day', () => {
    expect(chinaDay(new Date('2026-11-28T17:00:00Z'))).toBe('2026-11-29');
    expect(chinaDay(new Date('2026-11-28T15:59:00Z'))).toBe('2026-11-28');
  });

  it('equal a direct count over the events, at each org only, and sum over a subtree by path', async () => {
    const s = t.app.services;
    const city = await createOrg(s);
    const town = await createOrg(s, { parent: city });
    const branchA = await createOrg(s, { parent: town });
    const branchB = await createOrg(s, { parent: city });
    const p = await createPerson(s, { org: branchA });
    const q = await createPerson(s, { org: branchB });
    for (let i = 0; i < 7; i++) await signIn(branchA, p.id);
    for (let i = 0; i < 3; i++) await signIn(branchB, q.id);
    await signIn(town, p.id);
    // Not a metric event: counted nowhere.
    await recordEvent(t.ctx(), { type: 'org.org.imported', orgId: town.id, orgPath: town.path, data: { count: 1 } });
    // Small batches: a group that spans batches still adds up.
    await deliverPending(s, subs, { batchSize: 4 });

    const orgIds = [city.id, town.id, branchA.id, branchB.id];
    const direct = await s.db.execute<{ org_id: number; n: number }>(sql`
      select org_id, count(*)::int as n from events
       where type = 'accounts.session.started' and org_id in (${sql.join(orgIds, sql`, `)}) group by org_id`);
    const rows = await s.db
      .select()
      .from(dailyOrgRollups)
      .where(and(eq(dailyOrgRollups.metric, 'sessions.started'), inArray(dailyOrgRollups.orgId, orgIds)));
    expect(Object.fromEntries(rows.map((r) => [r.orgId, r.value]))).toEqual(
      Object.fromEntries(direct.rows.map((r) => [r.org_id, r.n])),
    );
    // No ancestor row was written: the city has none of its own.
    expect(rows.find((r) => r.orgId === city.id)).toBeUndefined();
    const day = chinaDay();
    const total = (org: OrgRow) =>
      subtreeTotal(s.db, { orgPath: org.path, metric: 'sessions.started', from: day, to: day });
    expect(await total(city)).toBe(11);
    expect(await total(town)).toBe(8);
    const mine = await s.db.select().from(dailyPersonRollups).where(eq(dailyPersonRollups.personId, p.id));
    expect(mine.map((r) => r.value)).toEqual([8]);
    // Delivered once: running again adds nothing.
    await deliverPending(s, subs);
    expect(await total(city)).toBe(11);
  });

  it('follows an org move: the moved subtree rows take the new path', async () => {
    const s = t.app.services;
    const city = await createOrg(s);
    const townA = await createOrg(s, { parent: city });
    const townB = await createOrg(s, { parent: city });
    const branch = await createOrg(s, { parent: townA });
    const group = await createOrg(s, { parent: branch });
    const p = await createPerson(s, { org: group });
    for (let i = 0; i < 2; i++) await signIn(branch, p.id);
    await signIn(group, p.id);
    await deliverPending(s, subs);

    const admin = await createAccount(s, { grants: [{ role: 'org_admin', org: city }] });
    const moved = await t.app.inject({
      method: 'POST',
      url: `/api/orgs/${branch.id}/move`,
      headers: admin.headers,
      payload: { newParentId: townB.id },
    });
    expect(moved.statusCode).toBe(200);
    // Written with the path from before the move, delivered after it: counted at the new place.
    await signIn(branch, p.id);
    await deliverPending(s, subs);

    const day = chinaDay();
    const total = (org: OrgRow) =>
      subtreeTotal(s.db, { orgPath: org.path, metric: 'sessions.started', from: day, to: day });
    expect(await total(townA)).toBe(0);
    expect(await total(townB)).toBe(4);
    const paths = await s.db
      .select({ orgId: dailyOrgRollups.orgId, path: dailyOrgRollups.orgPath })
      .from(dailyOrgRollups)
      .where(inArray(dailyOrgRollups.orgId, [branch.id, group.id]));
    const newBranchPath = `${townB.path}${branch.id}/`;
    expect(Object.fromEntries(paths.map((r) => [r.orgId, r.path]))).toEqual({
      [branch.id]: newBranchPath,
      [group.id]: `${newBranchPath}${group.id}/`,
    });
  });
});
