import { beforeAll, describe, expect, it } from 'vitest';
import { createPerson } from '../../test/factories.ts';
import { useTestApp } from '../../test/harness.ts';
import { seedRegions } from './regions-seed.ts';
import { auditRows, buildTree, eventRows, fieldsOf } from './test-fixtures.ts';

const t = useTestApp();
let w: Awaited<ReturnType<typeof buildTree>>;

beforeAll(async () => {
  await seedRegions(t.app.services.db);
  w = await buildTree(t);
  const s = t.app.services;
  await createPerson(s, { org: w.B1, partyStatus: 'full' });
  await createPerson(s, { org: w.B1, partyStatus: 'probationary' });
  await createPerson(s, { org: w.T, partyStatus: 'full' });
  await createPerson(s, { org: w.B3, partyStatus: 'full' });
});

describe('org routes without a session', () => {
  it.each([
    ['GET', '/api/orgs'],
    ['GET', '/api/orgs/roots'],
    ['POST', '/api/orgs'],
    ['GET', '/api/orgs/1'],
    ['GET', '/api/orgs/1/children'],
    ['PATCH', '/api/orgs/1'],
    ['POST', '/api/orgs/1/move'],
    ['POST', '/api/orgs/1/dissolve'],
    ['GET', '/api/orgs/1/modules'],
    ['PUT', '/api/orgs/1/modules'],
  ] as const)('%s %s → 401', async (method, url) => {
    const res = await t.app.inject({ method, url, payload: method === 'GET' ? undefined : {} });
    expect(res.statusCode).toBe(401);
  });
});

describe('POST /api/orgs', () => {
  it('400 lists every bad field', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/orgs',
      headers: w.townAdmin.headers,
      payload: { parentId: w.T.id, type: 'club', lat: 100, regionCode: '52' },
    });
    expect(res.statusCode).toBe(400);
    expect(fieldsOf(res.json())).toEqual(
      expect.arrayContaining(['body.name', 'body.type', 'body.lat', 'body.regionCode']),
    );
  });

  it('404 under another township, 403 for a role that cannot create', async () => {
    const payload = { parentId: w.T2.id, name: '新支部', type: 'branch' };
    const other = await t.app.inject({ method: 'POST', url: '/api/orgs', headers: w.townAdmin.headers, payload });
    expect(other.statusCode).toBe(404);
    const monitor = await t.app.inject({
      method: 'POST',
      url: '/api/orgs',
      headers: w.townMonitor.headers,
      payload: { ...payload, parentId: w.T.id },
    });
    expect(monitor.statusCode).toBe(403);
    const missing = await t.app.inject({
      method: 'POST',
      url: '/api/orgs',
      headers: w.sysAdmin.headers,
      payload: { ...payload, parentId: 999999 },
    });
    // Even a root system_admin gets the generic code: a missing parent looks like a hidden one.
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.code).toBe('NOT_FOUND');
  });

  it('creates a branch with path and depth, an event and an audit row', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/orgs',
      headers: w.townAdmin.headers,
      payload: {
        parentId: w.T.id,
        name: '黔东第三党支部',
        type: 'branch',
        regionCode: '520102016001',
        contactPhone: '0851-8888888',
        lng: 106.71,
        lat: 26.58,
        sortOrder: 3,
      },
    });
    expect(res.statusCode).toBe(201);
    const org = res.json().data;
    expect(org).toMatchObject({ parentId: w.T.id, depth: w.T.depth + 1, path: `${w.T.path}${org.id}/` });
    expect(org.abilities).toEqual({
      canEdit: true,
      canMove: true,
      canDissolve: true,
      canCreateChild: true,
      canSwitchModules: false,
    });
    expect(await auditRows(t, 'org.created', org.id)).toHaveLength(1);
    const [event] = await eventRows(t, 'org.org.created', org.id);
    expect(event?.orgPath).toBe(org.path);
  });

  it('refuses an unknown region', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/orgs',
      headers: w.townAdmin.headers,
      payload: { parentId: w.T.id, name: 'x', type: 'branch', regionCode: '529999999999' },
    });
    expect(res.json().error.code).toBe('REGION_NOT_FOUND');
  });

  it('roots: only a system_admin at a root org may add one', async () => {
    const payload = { name: '另一省级党委', type: 'committee' };
    const county = await t.app.inject({ method: 'POST', url: '/api/orgs', headers: w.countyOffice.headers, payload });
    expect(county.statusCode).toBe(403);
    const res = await t.app.inject({ method: 'POST', url: '/api/orgs', headers: w.sysAdmin.headers, payload });
    expect(res.statusCode).toBe(201);
    expect(res.json().data).toMatchObject({ parentId: null, depth: 0, path: `/${res.json().data.id}/` });
  });
});

describe('GET /api/orgs/:id', () => {
  it('400 on a bad id', async () => {
    const res = await t.app.inject({ url: '/api/orgs/abc', headers: w.townAdmin.headers });
    expect(res.statusCode).toBe(400);
    expect(fieldsOf(res.json())).toContain('params.id');
  });

  it('404 outside the viewer’s subtree', async () => {
    expect((await t.app.inject({ url: `/api/orgs/${w.T2.id}`, headers: w.townAdmin.headers })).statusCode).toBe(404);
    expect((await t.app.inject({ url: `/api/orgs/${w.K.id}`, headers: w.townAdmin.headers })).statusCode).toBe(404);
  });

  it('shows counts by party status over the subtree, children, path names and modules', async () => {
    const res = await t.app.inject({ url: `/api/orgs/${w.T.id}`, headers: w.townAdmin.headers });
    expect(res.statusCode).toBe(200);
    const d = res.json().data;
    // B1: buildTree's member + 1 full + 1 probationary; T itself: 1 full.
    expect(d.memberCounts).toEqual({ total: 4, probationary: 1, full: 3 });
    expect(d.childCount).toBeGreaterThanOrEqual(2);
    expect(d.pathNames).toEqual(['贵州省委', '贵阳市委', '云岩区委', '黔东街道党工委']);
    // Only switches of modules this build has (the learning modules answer to 'learning', supervision to its own).
    expect(d.effectiveModules).toEqual(['learning', 'supervision']);
    expect(d.abilities.canDissolve).toBe(false); // decided one level up
    expect(d.abilities.canEdit).toBe(true);
  });

  it('a member without grants reads their own branch only', async () => {
    expect((await t.app.inject({ url: `/api/orgs/${w.B1.id}`, headers: w.member.headers })).statusCode).toBe(200);
    expect((await t.app.inject({ url: `/api/orgs/${w.T.id}`, headers: w.member.headers })).statusCode).toBe(404);
  });
});

describe('GET /api/orgs/:id/children and /api/orgs/roots', () => {
  it('lists direct children with child and subtree member counts', async () => {
    const res = await t.app.inject({ url: `/api/orgs/${w.K.id}/children`, headers: w.countyOffice.headers });
    expect(res.statusCode).toBe(200);
    const rows = res.json().data as { id: number; childCount: number; memberCount: number }[];
    expect(rows.map((r) => r.id)).toEqual([w.T.id, w.T2.id]);
    expect(rows[0]).toMatchObject({ memberCount: 4 });
    expect(rows[0]?.childCount).toBeGreaterThanOrEqual(2);
    expect(rows[1]).toMatchObject({ childCount: 1, memberCount: 1 });
  });

  it('400 on a bad flag, 404 for another township', async () => {
    const bad = await t.app.inject({
      url: `/api/orgs/${w.T.id}/children?includeDissolved=yes`,
      headers: w.townAdmin.headers,
    });
    expect(bad.statusCode).toBe(400);
    expect(fieldsOf(bad.json())).toContain('querystring.includeDissolved');
    const other = await t.app.inject({ url: `/api/orgs/${w.T2.id}/children`, headers: w.townAdmin.headers });
    expect(other.statusCode).toBe(404);
  });

  it('roots are where the grants are, or the member’s own branch', async () => {
    const town = await t.app.inject({ url: '/api/orgs/roots', headers: w.townAdmin.headers });
    expect(town.json().data.map((r: { id: number }) => r.id)).toEqual([w.T.id]);
    const sys = await t.app.inject({ url: '/api/orgs/roots', headers: w.sysAdmin.headers });
    expect(sys.json().data.map((r: { id: number }) => r.id)).toEqual([w.P.id]);
    const member = await t.app.inject({ url: '/api/orgs/roots', headers: w.member.headers });
    expect(member.json().data.map((r: { id: number }) => r.id)).toEqual([w.B1.id]);
  });
});

describe('GET /api/orgs (search)', () => {
  it('400 on bad paging', async () => {
    const res = await t.app.inject({ url: '/api/orgs?page=0&pageSize=1000', headers: w.townAdmin.headers });
    expect(res.statusCode).toBe(400);
    expect(fieldsOf(res.json())).toEqual(expect.arrayContaining(['querystring.page', 'querystring.pageSize']));
  });

  it('a township admin finds nothing outside the township', async () => {
    const res = await t.app.inject({ url: '/api/orgs?q=支部&pageSize=50', headers: w.townAdmin.headers });
    expect(res.statusCode).toBe(200);
    const items = res.json().data as { path: string; pathLabel: string }[];
    expect(items.length).toBeGreaterThanOrEqual(2);
    expect(items.every((i) => i.path.startsWith(w.T.path))).toBe(true);
    expect(items[0]?.pathLabel).toMatch(/^贵州省委 \/ 贵阳市委 \/ 云岩区委 \/ 黔东街道党工委 \/ /);
    const outside = await t.app.inject({ url: '/api/orgs?q=威清门', headers: w.townAdmin.headers });
    expect(outside.json()).toMatchObject({ data: [], total: 0 });
  });

  it('the province admin finds every match, paged', async () => {
    const res = await t.app.inject({ url: '/api/orgs?q=党支部&page=1&pageSize=2', headers: w.sysAdmin.headers });
    expect(res.json()).toMatchObject({ page: 1, pageSize: 2 });
    expect(res.json().data).toHaveLength(2);
    expect(res.json().total).toBeGreaterThanOrEqual(4);
    const none = await t.app.inject({ url: '/api/orgs?q=%25', headers: w.sysAdmin.headers });
    expect(none.json().total).toBe(0); // '%' is a literal, not a wildcard
  });
});

describe('PATCH /api/orgs/:id', () => {
  it('400 lists the bad fields, including unknown ones', async () => {
    const res = await t.app.inject({
      method: 'PATCH',
      url: `/api/orgs/${w.B1.id}`,
      headers: w.townAdmin.headers,
      payload: { name: '', lng: 500, path: '/1/' },
    });
    expect(res.statusCode).toBe(400);
    expect(fieldsOf(res.json())).toEqual(expect.arrayContaining(['body.name', 'body.lng']));
  });

  it('404 in another township, 403 for a monitor', async () => {
    const payload = { name: '改名' };
    const other = await t.app.inject({
      method: 'PATCH',
      url: `/api/orgs/${w.B3.id}`,
      headers: w.townAdmin.headers,
      payload,
    });
    expect(other.statusCode).toBe(404);
    const mon = await t.app.inject({
      method: 'PATCH',
      url: `/api/orgs/${w.B1.id}`,
      headers: w.townMonitor.headers,
      payload,
    });
    expect(mon.statusCode).toBe(403);
  });

  it('edits fields and sets a secretary from the branch, with event and audit', async () => {
    const res = await t.app.inject({
      method: 'PATCH',
      url: `/api/orgs/${w.B1.id}`,
      headers: w.townAdmin.headers,
      payload: { shortName: '黔东一支', secretaryPersonId: w.memberPerson.id, address: '黔东路1号' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().data).toMatchObject({ shortName: '黔东一支', secretaryPersonId: w.memberPerson.id });
    const detail = await t.app.inject({ url: `/api/orgs/${w.B1.id}`, headers: w.townAdmin.headers });
    expect(detail.json().data.secretary).toEqual({ id: w.memberPerson.id, name: w.memberPerson.name });
    const [audit] = await auditRows(t, 'org.updated', w.B1.id);
    expect(audit?.details).toMatchObject({ changes: { shortName: { from: null, to: '黔东一支' } } });
    expect(await eventRows(t, 'org.org.updated', w.B1.id)).toHaveLength(1);
  });

  it('refuses a secretary from outside the organisation', async () => {
    const stranger = await createPerson(t.app.services, { org: w.B3 });
    const res = await t.app.inject({
      method: 'PATCH',
      url: `/api/orgs/${w.B1.id}`,
      headers: w.townAdmin.headers,
      payload: { secretaryPersonId: stranger.id },
    });
    expect(res.statusCode).toBe(400);
    expect(fieldsOf(res.json())).toEqual(['body.secretaryPersonId']);
  });
});
