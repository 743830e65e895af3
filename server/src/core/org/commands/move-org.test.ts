import { eq, inArray } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { createOrg, createPerson, type OrgRow } from '../../../test/factories.ts';
import { useTestApp } from '../../../test/harness.ts';
import { people } from '../../people/schema.ts';
import { orgs } from '../schema.ts';
import { auditRows, buildTree, eventRows, fieldsOf } from '../test-fixtures.ts';

const t = useTestApp();
let w: Awaited<ReturnType<typeof buildTree>>;
let G: OrgRow; // a group under B1
const move = (id: number, newParentId: unknown, headers: Record<string, string>) =>
  t.app.inject({ method: 'POST', url: `/api/orgs/${id}/move`, headers, payload: { newParentId } });

beforeAll(async () => {
  w = await buildTree(t);
  G = await createOrg(t.app.services, { parent: w.B1, name: '第一党小组', type: 'group' });
  await createPerson(t.app.services, { org: G });
});

describe('POST /api/orgs/:id/move', () => {
  it('400 on a missing or malformed target', async () => {
    const res = await move(w.B1.id, 'x', w.countyOffice.headers);
    expect(res.statusCode).toBe(400);
    expect(fieldsOf(res.json())).toContain('body.newParentId');
  });

  it('404 for an org outside the subtree; 403 when the grant sits at the org itself', async () => {
    expect((await move(w.B3.id, w.T.id, w.townAdmin.headers)).statusCode).toBe(404);
    // The township admin may edit T but moving T away is decided one level up.
    expect((await move(w.T.id, w.T2.id, w.townAdmin.headers)).statusCode).toBe(403);
    // Authority over the new parent is needed too: T2 is outside the township admin's reach.
    expect((await move(w.B1.id, w.T2.id, w.townAdmin.headers)).statusCode).toBe(404);
  });

  it('refuses a move under itself or its own descendant', async () => {
    const self = await move(w.T.id, w.T.id, w.countyOffice.headers);
    expect(self.statusCode).toBe(400);
    expect(self.json().error.code).toBe('ORG_MOVE_INTO_SELF');
    const below = await move(w.T.id, G.id, w.countyOffice.headers);
    expect(below.json().error.code).toBe('ORG_MOVE_INTO_SELF');
    const [still] = await t.app.services.db.select({ path: orgs.path }).from(orgs).where(eq(orgs.id, w.T.id));
    expect(still?.path).toBe(w.T.path);
  });

  it('rewrites the whole subtree’s paths, depths and people.org_path, and records it', async () => {
    const db = t.app.services.db;
    const res = await move(w.B1.id, w.T2.id, w.countyOffice.headers);
    expect(res.statusCode).toBe(200);
    const newB1 = `${w.T2.path}${w.B1.id}/`;
    expect(res.json().data).toMatchObject({ parentId: w.T2.id, path: newB1, depth: w.T2.depth + 1 });

    const rows = await db
      .select()
      .from(orgs)
      .where(inArray(orgs.id, [w.B1.id, G.id, w.B2.id]));
    const byId = new Map(rows.map((r) => [r.id, r]));
    expect(byId.get(G.id)).toMatchObject({ path: `${newB1}${G.id}/`, depth: w.T2.depth + 2, parentId: w.B1.id });
    expect(byId.get(w.B2.id)?.path).toBe(w.B2.path); // a sibling stays

    const moved = await db
      .select({ orgPath: people.orgPath })
      .from(people)
      .where(inArray(people.orgId, [w.B1.id, G.id]));
    expect(moved).toHaveLength(2);
    expect(moved.every((p) => p.orgPath?.startsWith(newB1))).toBe(true);
    const stale = await db.select({ id: people.id }).from(people).where(eq(people.orgPath, w.B1.path));
    expect(stale).toHaveLength(0);

    const [audit] = await auditRows(t, 'org.moved', w.B1.id);
    expect(audit?.details).toMatchObject({ oldParentId: w.T.id, newParentId: w.T2.id, orgCount: 2, peopleCount: 2 });
    const [event] = await eventRows(t, 'org.org.moved', w.B1.id);
    expect(event?.orgPath).toBe(newB1);

    // The township admin no longer sees the branch; the other township's tree shows it with its members.
    expect((await t.app.inject({ url: `/api/orgs/${w.B1.id}`, headers: w.townAdmin.headers })).statusCode).toBe(404);
    const kids = await t.app.inject({ url: `/api/orgs/${w.T2.id}/children`, headers: w.countyOffice.headers });
    expect(kids.json().data.find((k: { id: number }) => k.id === w.B1.id)).toMatchObject({
      memberCount: 2,
      childCount: 1,
    });
  });

  it('rolls everything back when the transaction fails part-way', async () => {
    const db = t.app.services.db;
    const before = await db.select({ id: orgs.id, path: orgs.path }).from(orgs).where(eq(orgs.id, G.id));
    // A dissolved new parent is refused after the lock and before any write.
    const target = await createOrg(t.app.services, { parent: w.T2, type: 'branch' });
    await db.update(orgs).set({ isDissolved: true }).where(eq(orgs.id, target.id));
    const res = await move(w.B1.id, target.id, w.countyOffice.headers);
    expect(res.json().error.code).toBe('ORG_DISSOLVED');
    expect(await db.select({ id: orgs.id, path: orgs.path }).from(orgs).where(eq(orgs.id, G.id))).toEqual(before);
  });
});
