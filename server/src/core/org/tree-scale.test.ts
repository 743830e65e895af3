import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { createAccount, createOrg, type OrgRow } from '../../test/factories.ts';
import { useTestApp } from '../../test/harness.ts';

// The lazy tree must not degrade into N+1 queries or per-child scans of people: a county with
// 2,000 branches (10,000 groups below) and 60,000 members answers in one query.
const t = useTestApp();
let root: OrgRow;
let headers: Record<string, string>;

beforeAll(async () => {
  const s = t.app.services;
  root = await createOrg(s, { name: '规模测试县委' });
  headers = (await createAccount(s, { grants: [{ role: 'org_admin', org: root }] })).headers;
  await s.db.execute(sql`
    insert into orgs (parent_id, path, depth, name, type, sort_order)
    select ${root.id}, 'tmp' || g, 1, '支部' || g, 'branch', g from generate_series(1, 2000) g`);
  await s.db.execute(sql`update orgs set path = ${root.path} || id || '/' where parent_id = ${root.id}`);
  await s.db.execute(sql`
    insert into orgs (parent_id, path, depth, name, type)
    select b.id, 'tmp' || b.id || '-' || g, 2, '小组' || g, 'group' from orgs b, generate_series(1, 5) g
    where b.parent_id = ${root.id}`);
  await s.db.execute(
    sql`update orgs c set path = b.path || c.id || '/' from orgs b where c.parent_id = b.id and b.parent_id = ${root.id}`,
  );
  await s.db.execute(sql`
    with g as (
      select array_agg(id order by id) as ids, array_agg(path order by id) as paths
      from orgs where depth = 2 and path like ${`${root.path}%`})
    insert into people (name, gender, party_status, org_id, org_path)
    select '党员' || n, 'M', 'full', g.ids[1 + n % 10000], g.paths[1 + n % 10000]
    from g, generate_series(1, 60000) n`);
  await s.db.execute(sql`analyze orgs; analyze people`);
});

describe('GET /api/orgs/:id/children at scale', () => {
  // Speed is measured in bench/, not here; this checks the counts are right at this size.
  it('returns 2,000 children with their counts', async () => {
    const res = await t.app.inject({ url: `/api/orgs/${root.id}/children`, headers });
    expect(res.statusCode).toBe(200);
    const rows = res.json().data as { childCount: number; memberCount: number }[];
    expect(rows).toHaveLength(2000);
    expect(rows.every((r) => r.childCount === 5)).toBe(true);
    expect(rows.reduce((s, r) => s + r.memberCount, 0)).toBe(60000);
  });

  it('counts members through the path index, not a scan of people', async () => {
    const plan = await t.app.services.db.execute(sql`explain
      select (select count(*) from people p where p.org_path ~>=~ o.path and p.org_path ~<~ (left(o.path, -1) || '0'))
      from orgs o where o.parent_id = ${root.id}`);
    const text = plan.rows.map((r) => Object.values(r)[0]).join('\n');
    expect(text).toMatch(/people_org_path_idx/);
  });
});
