import type { Role } from '@hongyun/contracts';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { createOrg, type OrgRow } from '../../test/factories.ts';
import { useTestApp } from '../../test/harness.ts';
import type { Actor } from '../context.ts';
import { dissolveOrg } from './commands/dissolve-org.ts';
import { moveOrg } from './commands/move-org.ts';
import { orgs } from './schema.ts';
import { buildTree } from './test-fixtures.ts';

// Findings of the security review: a missing org id must answer exactly like one outside the
// caller's reach (ids are sequential), and tree commands re-check authority under the tree lock.

const t = useTestApp();
let w: Awaited<ReturnType<typeof buildTree>>;
beforeAll(async () => {
  w = await buildTree(t);
});

const MISSING = 999999;
type Method = 'GET' | 'POST' | 'PATCH' | 'PUT';
const call = (method: Method, url: string, headers: Record<string, string>, payload?: object) =>
  t.app.inject({ method, url, headers, payload });

function actorOf(accountId: string, grants: { role: Role; org: OrgRow }[]): Actor {
  return {
    accountId,
    personId: null,
    displayName: 'test',
    sessionId: 'test',
    grants: grants.map((g, i) => ({ id: String(i), role: g.role, orgId: g.org.id, orgPath: g.org.path })),
    actingFor: null,
    isDemo: false,
  };
}

describe('a missing org answers like one outside the caller’s reach', () => {
  const byId: [string, Method, (id: number) => string, object | undefined][] = [
    ['GET /api/orgs/:id', 'GET', (id) => `/api/orgs/${id}`, undefined],
    ['GET /api/orgs/:id/children', 'GET', (id) => `/api/orgs/${id}/children`, undefined],
    ['PATCH /api/orgs/:id', 'PATCH', (id) => `/api/orgs/${id}`, { name: '改名' }],
    ['POST /api/orgs/:id/move', 'POST', (id) => `/api/orgs/${id}/move`, { newParentId: 1 }],
    ['POST /api/orgs/:id/dissolve', 'POST', (id) => `/api/orgs/${id}/dissolve`, {}],
    ['GET /api/orgs/:id/modules', 'GET', (id) => `/api/orgs/${id}/modules`, undefined],
    ['PUT /api/orgs/:id/modules', 'PUT', (id) => `/api/orgs/${id}/modules`, { learning: false }],
  ];

  it.each(byId)('%s', async (_label, method, url, body) => {
    // A move targets the township admin's own township, so only the moved org's id decides.
    const payload = body && 'newParentId' in body ? { newParentId: w.T.id } : body;
    const hidden = await call(method, url(w.B3.id), w.townAdmin.headers, payload);
    const missing = await call(method, url(MISSING), w.townAdmin.headers, payload);
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.code).toBe('NOT_FOUND');
    expect([hidden.statusCode, hidden.json()]).toEqual([missing.statusCode, missing.json()]);
  });

  it('for the new parent of a move and the parent of a new org', async () => {
    const move = (newParentId: number) =>
      call('POST', `/api/orgs/${w.B2.id}/move`, w.townAdmin.headers, { newParentId });
    const [hiddenMove, missingMove] = [await move(w.T2.id), await move(MISSING)];
    expect(missingMove.json().error.code).toBe('NOT_FOUND');
    expect([hiddenMove.statusCode, hiddenMove.json()]).toEqual([missingMove.statusCode, missingMove.json()]);

    const create = (parentId: number) =>
      call('POST', '/api/orgs', w.townAdmin.headers, { parentId, name: '新支部', type: 'branch' });
    const [hiddenCreate, missingCreate] = [await create(w.T2.id), await create(MISSING)];
    expect(missingCreate.json().error.code).toBe('NOT_FOUND');
    expect([hiddenCreate.statusCode, hiddenCreate.json()]).toEqual([missingCreate.statusCode, missingCreate.json()]);
  });
});

describe('tree commands re-check authority on the rows read under the lock', () => {
  const townAdminActor = () => actorOf(w.townAdmin.id, [{ role: 'org_admin', org: w.T }]);
  const moveAway = async (org: OrgRow) => {
    const res = await call('POST', `/api/orgs/${org.id}/move`, w.countyOffice.headers, { newParentId: w.T2.id });
    expect(res.statusCode).toBe(200);
  };
  const parentOf = async (id: number) =>
    (await t.app.services.db.select({ parentId: orgs.parentId }).from(orgs).where(eq(orgs.id, id)))[0]?.parentId;

  it('moveOrg refuses an org moved out of reach after the route checked', async () => {
    const org = await createOrg(t.app.services, { parent: w.T, name: '待移支部' });
    await moveAway(org); // the route saw it under T; now it sits under T2
    await expect(moveOrg(t.ctx(townAdminActor()), { orgId: org.id, newParentId: w.B1.id })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    expect(await parentOf(org.id)).toBe(w.T2.id);
  });

  it('moveOrg refuses a new parent moved out of reach after the route checked', async () => {
    const org = await createOrg(t.app.services, { parent: w.T, name: '待移支部二' });
    const parent = await createOrg(t.app.services, { parent: w.T, name: '新上级', type: 'general_branch' });
    await moveAway(parent);
    await expect(moveOrg(t.ctx(townAdminActor()), { orgId: org.id, newParentId: parent.id })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    expect(await parentOf(org.id)).toBe(w.T.id);
  });

  it('dissolveOrg refuses an org moved out of reach after the route checked', async () => {
    const org = await createOrg(t.app.services, { parent: w.T, name: '待撤支部' });
    await moveAway(org);
    await expect(dissolveOrg(t.ctx(townAdminActor()), { orgId: org.id })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    const [row] = await t.app.services.db.select({ d: orgs.isDissolved }).from(orgs).where(eq(orgs.id, org.id));
    expect(row?.d).toBe(false);
  });
});
