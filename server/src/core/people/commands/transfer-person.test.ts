import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../../platform/audit/schema.ts';
import { createOrg, superSql } from '../../../test/factories.ts';
import { useTestApp } from '../../../test/harness.ts';
import { memberships, transfers } from '../schema.ts';
import { buildCounty } from '../test-world.ts';

describe('POST /api/people/:id/transfer', () => {
  const t = useTestApp();
  let w: Awaited<ReturnType<typeof buildCounty>>;
  beforeAll(async () => {
    w = await buildCounty(t.app.services);
  });
  const transfer = (id: string, headers: Record<string, string> | undefined, body: object) =>
    t.app.inject({ method: 'POST', url: `/api/people/${id}/transfer`, headers, payload: body });
  const body = (toOrgId: number) => ({ toOrgId, effectiveDate: '2024-03-01', reason: '工作调动' });

  it('401 without a session, 400 listing bad fields', async () => {
    const p = await w.person(w.branchA);
    expect((await transfer(p.id, undefined, body(w.branchB.id))).statusCode).toBe(401);
    const res = await transfer(p.id, w.adminA.headers, { toOrgId: 'x', effectiveDate: '2024-13-01', reason: '' });
    expect(res.statusCode).toBe(400);
    expect(
      res
        .json()
        .error.details.map((d: { field: string }) => d.field)
        .sort(),
    ).toEqual(['body.effectiveDate', 'body.reason', 'body.toOrgId']);
  });

  it('404 for a person in another township, 403 for a branch secretary', async () => {
    const p = await w.person(w.branchA);
    expect((await transfer(p.id, w.adminB.headers, body(w.branchB.id))).statusCode).toBe(404);
    expect((await transfer(p.id, w.secretaryA.headers, body(w.branchA2.id))).statusCode).toBe(403);
  });

  it('refuses the same org, a dissolved or missing target, and a person without a membership', async () => {
    const p = await w.person(w.branchA);
    const code = async (b: object) => (await transfer(p.id, w.adminA.headers, b)).json().error.code;
    expect(await code(body(w.branchA.id))).toBe('TRANSFER_SAME_ORG');
    const gone = await createOrg(t.app.services, { parent: w.townA, name: '已撤销支部' });
    await superSql(t.app.services, `update orgs set is_dissolved = true where id = ${gone.id}`);
    expect(await code(body(gone.id))).toBe('ORG_DISSOLVED');
    // A missing target, and a dissolved one the actor cannot see, look alike.
    const goneB = await createOrg(t.app.services, { parent: w.townB, name: '乙镇已撤销支部' });
    await superSql(t.app.services, `update orgs set is_dissolved = true where id = ${goneB.id}`);
    const hidden = await transfer(p.id, w.adminA.headers, body(goneB.id));
    const missing = await transfer(p.id, w.adminA.headers, body(999999));
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.code).toBe('NOT_FOUND');
    expect([hidden.statusCode, hidden.json()]).toEqual([missing.statusCode, missing.json()]);
    expect(await code({ ...body(w.branchA2.id), effectiveDate: '2001-01-01' })).toBe('VALIDATION_FAILED');
    await superSql(t.app.services, `update memberships set to_date = '2020-01-01' where person_id = '${p.id}'`);
    expect(await code(body(w.branchA2.id))).toBe('NO_ACTIVE_MEMBERSHIP');
  });

  it('closes one membership, opens the next and moves the person out of the old admin’s sight', async () => {
    const p = await w.person(w.branchA, { name: '孙转接' });
    const res = await transfer(p.id, w.adminA.headers, body(w.branchB.id));
    expect(res.statusCode).toBe(200);
    expect(res.json().data.org).toMatchObject({ id: w.branchB.id, name: '乙村支部' });
    expect(res.json().transfer).toMatchObject({ fromOrgId: w.branchA.id, toOrgId: w.branchB.id });
    // The old township admin can no longer see the person: for them it does not exist.
    expect(res.json().data.abilities.canEdit).toBe(false);

    const history = await t.app.inject({ url: `/api/people/${p.id}/memberships`, headers: w.adminB.headers });
    expect(history.json().data).toMatchObject([
      {
        org: { id: w.branchB.id },
        fromDate: '2024-03-01',
        toDate: null,
        openedBy: 'transfer',
        transferIn: { reason: '工作调动' },
      },
      { org: { id: w.branchA.id }, toDate: '2024-03-01', closedBy: 'transfer', transferOut: { reason: '工作调动' } },
    ]);
    const rows = await t.app.services.db.select().from(memberships).where(eq(memberships.personId, p.id));
    expect(rows).toHaveLength(2);
    const [tr] = await t.app.services.db.select().from(transfers).where(eq(transfers.personId, p.id));
    expect(tr).toMatchObject({ fromOrgId: w.branchA.id, toOrgId: w.branchB.id, createdBy: w.adminA.id });

    const listB = await t.app.inject({ url: `/api/people?orgId=${w.branchB.id}`, headers: w.adminB.headers });
    expect(listB.json().data.map((x: { id: string }) => x.id)).toContain(p.id);
    const listA = await t.app.inject({ url: '/api/people?pageSize=200', headers: w.adminA.headers });
    expect(listA.json().data.map((x: { id: string }) => x.id)).not.toContain(p.id);
    expect((await t.app.inject({ url: `/api/people/${p.id}`, headers: w.adminA.headers })).statusCode).toBe(404);

    const [audit] = await t.app.services.db.select().from(auditLog).where(eq(auditLog.targetId, p.id));
    expect(audit).toMatchObject({
      action: 'people.transferred',
      details: { fromOrgId: w.branchA.id, toOrgId: w.branchB.id },
    });
  });

  it('lets only one of two concurrent transfers succeed', async () => {
    const p = await w.person(w.branchA);
    const results = await Promise.all([
      transfer(p.id, w.officeCounty.headers, body(w.branchA2.id)),
      transfer(p.id, w.officeCounty.headers, body(w.branchB.id)),
    ]);
    const codes = results.map((r) => r.statusCode).sort();
    expect(codes).toEqual([200, 409]);
    const rows = await t.app.services.db.select().from(memberships).where(eq(memberships.personId, p.id));
    expect(rows).toHaveLength(2);
    expect(rows.filter((m) => m.toDate === null)).toHaveLength(1);
  });
});
