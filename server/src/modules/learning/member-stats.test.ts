import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { chinaDay } from '../../core/events/rollups.ts';
import { createAccount, createOrg, createPerson, type OrgRow, type TestAccount } from '../../test/factories.ts';
import { useTestApp } from '../../test/harness.ts';
import { rebuildOrgDays, studyDay, studyYear } from './dashboard-fixtures.ts';
import { refreshMemberStats } from './member-stats.ts';

// The dashboards' register-side snapshot: equal to a direct count, idempotent, counted for a
// subtree on the first dashboard before any cron run, and moved with the tree.

describe('learning member-stats snapshot', () => {
  const t = useTestApp();
  let county: OrgRow;
  let townA: OrgRow;
  let townB: OrgRow;
  let village: OrgRow;
  let office: TestAccount;
  const today = chinaDay();

  const rows = async () =>
    (
      await t.app.services.db.execute<Record<string, string | number>>(sql`
        select org_id, org_path, to_char(day, 'YYYY-MM-DD') as day, year, members, leaders, since_week,
               since_month, study_seconds::text, on_track
          from learning_org_member_stats where org_path like ${`${county.path}%`} order by org_id`)
    ).rows;
  const dashboard = async (org: OrgRow) => {
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/orgs/${org.id}/learning/dashboard`,
      headers: office.headers,
    });
    expect(res.statusCode, res.body).toBe(200);
    return res.json().data;
  };

  beforeAll(async () => {
    const s = t.app.services;
    county = await createOrg(s, { name: '快照测试县委' });
    townA = await createOrg(s, { parent: county, name: '快照甲镇' });
    townB = await createOrg(s, { parent: county, name: '快照乙镇' });
    village = await createOrg(s, { parent: townA, name: '快照甲一村' });
    office = await createAccount(s, { grants: [{ role: 'party_office', org: county }] });
    const people = await Promise.all([
      createPerson(s, { org: village, position: '村党支部书记' }),
      createPerson(s, { org: village }),
      createPerson(s, { org: townA }),
      createPerson(s, { org: townB }),
      createPerson(s, { org: townB, partyStatus: null }),
    ]);
    const [a, b, c, d] = people;
    if (!a || !b || !c || !d) throw new Error('fixture');
    await studyDay(s, a, today, { readSeconds: 7200 });
    await studyDay(s, c, `${today.slice(0, 8)}01`);
    await studyYear(s, b, Number(today.slice(0, 4)), { otherSeconds: 60 * 3600 });
    await studyDay(s, d, '2025-03-03');
    await rebuildOrgDays(s);
  });

  it('answers right before any snapshot, counting only the asked subtree', async () => {
    const d = await dashboard(townA);
    expect(d.totals.members).toBe(3);
    expect(d.participation.today.people).toBe(1);
    expect(d.participation.month.people).toBe(2);
    expect(d.studyHours.onTrack).toBe(1); // b's 60 h pass a member's 32 h at any day of the year
    expect(Date.parse(d.membersComputedAt)).toBeGreaterThan(Date.now() - 60_000);
    // Rows for township A and its village, none yet for the county or township B.
    expect((await rows()).map((r) => r.org_id).sort()).toEqual([townA.id, village.id].sort());
  });

  it('equals a direct count over the register per org, and a rerun rewrites the same rows', async () => {
    await refreshMemberStats(t.app.services.db);
    const first = await rows();
    await refreshMemberStats(t.app.services.db);
    expect(await rows()).toEqual(first);
    const direct = await t.app.services.db.execute<Record<string, string | number>>(sql`
      select o.id as org_id, count(p.id)::int as members,
             count(p.id) filter (where s.last_studied_on >= ${`${today.slice(0, 8)}01`}::date)::int as since_month,
             coalesce(sum(coalesce(y.read_seconds, 0) + coalesce(y.watch_seconds, 0) + coalesce(y.other_seconds, 0)), 0)::text as study_seconds
        from orgs o
        left join people p on p.org_id = o.id and p.party_status is not null
        left join learning_person_status s on s.person_id = p.id
        left join learning_person_years y on y.person_id = p.id and y.year = ${Number(today.slice(0, 4))}
       where o.path like ${`${county.path}%`} group by o.id order by o.id`);
    expect(
      first.map((r) => ({
        org_id: r.org_id,
        members: r.members,
        since_month: r.since_month,
        study_seconds: r.study_seconds,
      })),
    ).toEqual(direct.rows);
    expect(first.every((r) => r.day === today)).toBe(true);
    expect(first.find((r) => r.org_id === village.id)).toMatchObject({ members: 2, leaders: 1, on_track: 1 });
    // The county's dashboard sums the rows: the rows of its children add up to its totals.
    const d = await dashboard(county);
    expect(d.totals.members).toBe(4);
    expect(d.studyHours.averageHours).toBeCloseTo((7200 + 600 + 60 * 3600) / 3600 / 4, 10);
    const byId = new Map(d.children.map((c: { org: { id: number }; members: number }) => [c.org.id, c.members]));
    expect([byId.get(townA.id), byId.get(townB.id)]).toEqual([3, 1]);
  });

  it('moves with the tree in the move’s transaction', async () => {
    const admin = await createAccount(t.app.services, { grants: [{ role: 'org_admin', org: county }] });
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/orgs/${village.id}/move`,
      headers: { ...admin.headers, 'content-type': 'application/json' },
      payload: { newParentId: townB.id },
    });
    expect(res.statusCode, res.body).toBe(200);
    const moved = (await rows()).find((r) => r.org_id === village.id);
    expect(moved?.org_path).toBe(`${townB.path}${village.id}/`);
    // Before the next run, township B already sums the moved village.
    expect((await dashboard(townB)).totals.members).toBe(3);
  });
});
