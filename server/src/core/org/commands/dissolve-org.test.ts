import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { createOrg, type OrgRow } from '../../../test/factories.ts';
import { useTestApp } from '../../../test/harness.ts';
import { people } from '../../people/schema.ts';
import { auditRows, buildTree, eventRows } from '../test-fixtures.ts';

const t = useTestApp();
let w: Awaited<ReturnType<typeof buildTree>>;
let G: OrgRow;
const dissolve = (id: number | string, headers: Record<string, string>) =>
  t.app.inject({ method: 'POST', url: `/api/orgs/${id}/dissolve`, headers });

beforeAll(async () => {
  w = await buildTree(t);
  G = await createOrg(t.app.services, { parent: w.B2, name: '待撤销党小组', type: 'group' });
});

describe('POST /api/orgs/:id/dissolve', () => {
  it('400 on a bad id, 404 elsewhere, 403 at the grant’s own org', async () => {
    expect((await dissolve('x', w.townAdmin.headers)).statusCode).toBe(400);
    expect((await dissolve(w.B3.id, w.townAdmin.headers)).statusCode).toBe(404);
    expect((await dissolve(w.T.id, w.townAdmin.headers)).statusCode).toBe(403);
    expect((await dissolve(w.B2.id, w.townMonitor.headers)).statusCode).toBe(403);
  });

  it('refuses while live children or members remain', async () => {
    const children = await dissolve(w.B2.id, w.townAdmin.headers);
    expect(children.statusCode).toBe(409);
    expect(children.json().error.code).toBe('ORG_HAS_CHILDREN');
    const members = await dissolve(w.B1.id, w.townAdmin.headers);
    expect(members.json().error.code).toBe('ORG_HAS_MEMBERS');
  });

  it('dissolves bottom-up; dissolved orgs leave trees and search unless asked for', async () => {
    expect((await dissolve(G.id, w.townAdmin.headers)).statusCode).toBe(200);
    const res = await dissolve(w.B2.id, w.townAdmin.headers);
    expect(res.statusCode).toBe(200);
    expect(res.json().data).toMatchObject({ isDissolved: true, abilities: { canEdit: false, canDissolve: false } });
    expect(res.json().data.dissolvedAt).toBeTruthy();
    expect(await auditRows(t, 'org.dissolved', w.B2.id)).toHaveLength(1);
    expect(await eventRows(t, 'org.org.dissolved', w.B2.id)).toHaveLength(1);

    const h = w.townAdmin.headers;
    const kids = await t.app.inject({ url: `/api/orgs/${w.T.id}/children`, headers: h });
    expect(kids.json().data.map((k: { id: number }) => k.id)).toEqual([w.B1.id]);
    const all = await t.app.inject({ url: `/api/orgs/${w.T.id}/children?includeDissolved=true`, headers: h });
    expect(all.json().data.map((k: { id: number }) => k.id)).toEqual([w.B1.id, w.B2.id]);
    const search = await t.app.inject({ url: '/api/orgs?q=第二', headers: h });
    expect(search.json().total).toBe(0);
    const withDissolved = await t.app.inject({ url: '/api/orgs?q=第二&includeDissolved=true', headers: h });
    expect(withDissolved.json().total).toBe(1);

    expect((await dissolve(w.B2.id, h)).json().error.code).toBe('ORG_DISSOLVED');
    const child = await t.app.inject({
      method: 'POST',
      url: '/api/orgs',
      headers: h,
      payload: { parentId: w.B2.id, name: '新小组', type: 'group' },
    });
    expect(child.json().error.code).toBe('ORG_DISSOLVED');
  });

  it('allows dissolving once the members have left', async () => {
    await t.app.services.db.update(people).set({ orgId: null, orgPath: null }).where(eq(people.orgId, w.B1.id));
    expect((await dissolve(w.B1.id, w.townAdmin.headers)).statusCode).toBe(200);
  });
});
