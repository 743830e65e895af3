import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { EventPayloadError, recordEvent } from '../../platform/events/record.ts';
import { createAccount, createOrg, createPerson } from '../../test/factories.ts';
import { useTestApp } from '../../test/harness.ts';

describe('behaviour events', () => {
  const t = useTestApp();

  it('refuses a type outside the catalogue or a payload that does not match its type', async () => {
    const org = await createOrg(t.app.services);
    const at = { orgId: org.id, orgPath: org.path };
    // @ts-expect-error the closed catalogue has no such type
    await expect(recordEvent(t.ctx(), { type: 'test.ad_hoc', ...at })).rejects.toThrow(EventPayloadError);
    await expect(
      // @ts-expect-error the payload's type follows the event type: a count, not a name
      recordEvent(t.ctx(), { type: 'org.org.imported', ...at, data: { name: 'x' } }),
    ).rejects.toThrow(/count/);
    await expect(
      // @ts-expect-error a payload type is strict: unknown fields are refused, not stored
      recordEvent(t.ctx(), { type: 'org.org.dissolved', ...at, data: { name: 'x', secret: 'y' } }),
    ).rejects.toThrow(EventPayloadError);
    const bad = { type: 'org.org.imported', ...at, data: { count: -1 } } as const;
    await expect(recordEvent(t.ctx(), bad)).rejects.toThrow(/count/);
    const n = await t.app.services.db.execute<{ n: number }>(
      sql`select count(*)::int as n from events where org_id = ${org.id}`,
    );
    expect(n.rows[0]?.n).toBe(0);
  });

  it("reads as a sentence in the caller's language, with names resolved", async () => {
    const s = t.app.services;
    const from = await createOrg(s);
    const to = await createOrg(s, { name: '南江社区第一党支部' });
    const person = await createPerson(s, { org: from, name: '张三' });
    const admin = await createAccount(s, { grants: [{ role: 'org_admin', org: from }] });
    const actor = {
      accountId: admin.id,
      personId: null,
      displayName: '王书记',
      sessionId: 't',
      grants: [],
      actingFor: null,
      isDemo: false,
    };
    await s.db.execute(sql`update accounts set display_name = '王书记' where id = ${admin.id}`);
    await recordEvent(t.ctx(actor), {
      type: 'people.person.transferred',
      orgId: from.id,
      orgPath: from.path,
      subjectType: 'person',
      subjectId: person.id,
      data: { transferId: 't1', fromOrgId: from.id, toOrgId: to.id, effectiveDate: '2026-12-01' },
    });
    const zh = await t.app.inject({ url: `/api/events?orgId=${from.id}`, headers: admin.headers });
    expect(zh.json().data[0]).toMatchObject({
      typeLabel: '转接组织关系',
      summary: '王书记 将 张三 转接到 南江社区第一党支部',
    });
    const en = await t.app.inject({
      url: `/api/events?orgId=${from.id}`,
      headers: { ...admin.headers, 'accept-language': 'en' },
    });
    expect(en.json().data[0]).toMatchObject({
      typeLabel: 'Member transferred',
      summary: '王书记 transferred 张三 to 南江社区第一党支部',
    });
  });

  it('lands in a monthly partition created ahead of time, never the default one', async () => {
    const org = await createOrg(t.app.services);
    await recordEvent(t.ctx(), { type: 'org.org.dissolved', orgId: org.id, orgPath: org.path, data: { name: 'x' } });
    const db = t.app.services.db;
    const parts = await db.execute<{ name: string }>(
      sql`select c.relname as name from pg_inherits i join pg_class c on c.oid = i.inhrelid where i.inhparent = 'events'::regclass order by 1`,
    );
    const names = parts.rows.map((r) => r.name);
    expect(names.filter((n) => /^events_\d{6}$/.test(n)).length).toBeGreaterThanOrEqual(4);
    const where = await db.execute<{ part: string }>(sql`select tableoid::regclass::text as part from events`);
    expect(where.rows[0]?.part).toMatch(/^events_\d{6}$/);
    const created = await db.execute<{ n: number }>(sql`select ensure_event_partitions(now(), 3) as n`);
    expect(Number(created.rows[0]?.n)).toBe(0); // idempotent
  });

  it('rolls back with the change it records', async () => {
    const org = await createOrg(t.app.services);
    await t.app.services.db
      .transaction(async (tx) => {
        await recordEvent(
          { ...t.ctx(), db: tx },
          { type: 'org.org.dissolved', orgId: org.id, orgPath: org.path, data: { name: 'rolled back' } },
        );
        throw new Error('change failed');
      })
      .catch(() => {});
    const n = await t.app.services.db.execute<{ n: number }>(
      sql`select count(*)::int as n from events where org_id = ${org.id}`,
    );
    expect(n.rows[0]?.n).toBe(0);
  });

  it('GET /api/events: 401, 400, 404 for another subtree, scoped success and paging', async () => {
    const s = t.app.services;
    const county = await createOrg(s);
    const townA = await createOrg(s, { parent: county, type: 'committee' });
    const townB = await createOrg(s, { parent: county, type: 'committee' });
    const modules = { type: 'org.org.modules_updated', data: { changes: {} } } as const;
    for (let i = 0; i < 3; i++) await recordEvent(t.ctx(), { ...modules, orgId: townA.id, orgPath: townA.path });
    await recordEvent(t.ctx(), {
      type: 'org.org.dissolved',
      orgId: townB.id,
      orgPath: townB.path,
      data: { name: 'B' },
    });
    const adminA = await createAccount(s, { grants: [{ role: 'org_admin', org: townA }] });

    expect((await t.app.inject('/api/events')).statusCode).toBe(401);
    const bad = await t.app.inject({ url: '/api/events?limit=0&personId=x', headers: adminA.headers });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details).toHaveLength(2);
    expect((await t.app.inject({ url: `/api/events?orgId=${townB.id}`, headers: adminA.headers })).statusCode).toBe(
      404,
    );

    const page1 = await t.app.inject({ url: '/api/events?limit=2', headers: adminA.headers });
    expect(page1.statusCode).toBe(200);
    expect(page1.json().data).toHaveLength(2);
    expect(page1.json().data.every((e: { type: string }) => e.type === 'org.org.modules_updated')).toBe(true);
    expect(page1.json().data[0]).toMatchObject({ orgId: townA.id, orgName: townA.name, personName: null });
    const cursor = page1.json().nextCursor;
    const page2 = await t.app.inject({ url: `/api/events?limit=2&cursor=${cursor}`, headers: adminA.headers });
    expect(page2.json().data).toHaveLength(1);
    expect(page2.json().nextCursor).toBeNull();
  });

  it('lets a member read their own record but not a neighbour', async () => {
    const s = t.app.services;
    const branch = await createOrg(s);
    const me = await createPerson(s, { org: branch });
    const other = await createPerson(s, { org: branch });
    const acc = await createAccount(s, { person: me });
    const actor = {
      accountId: acc.id,
      personId: me.id,
      displayName: me.name,
      sessionId: 'test',
      grants: [],
      actingFor: null,
      isDemo: false,
    };
    await recordEvent(t.ctx(actor), {
      type: 'accounts.session.started',
      orgId: branch.id,
      orgPath: branch.path,
      data: { kind: 'cookie', stage: 'active' },
    });
    const mine = await t.app.inject({ url: `/api/events?personId=${me.id}`, headers: acc.headers });
    expect(mine.statusCode).toBe(200);
    expect(mine.json().data.map((e: { type: string }) => e.type)).toEqual(['accounts.session.started']);
    expect(mine.json().data[0]).toMatchObject({ personName: me.name, orgName: branch.name, actorName: me.name });
    const theirs = await t.app.inject({ url: `/api/events?personId=${other.id}`, headers: acc.headers });
    expect(theirs.statusCode).toBe(404);
  });
});
