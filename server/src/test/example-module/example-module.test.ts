import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { seedDemoIfEmpty } from '../../cli/seed-demo.ts';
import { coreModules } from '../../core/index.ts';
import { allSubscribers } from '../../core/kernel/index.ts';
import { can } from '../../core/policy.ts';
import { deliverPending } from '../../platform/events/dispatcher.ts';
import { runJob } from '../../platform/jobs/runner.ts';
import { startWorker } from '../../worker.ts';
import { createAccount, createOrg, createPerson } from '../factories.ts';
import { useTestApp } from '../harness.ts';
import { exampleModule, exampleState } from './index.ts';

const waitFor = async (check: () => Promise<boolean> | boolean, ms = 15_000) => {
  for (const end = Date.now() + ms; Date.now() < end; await new Promise((r) => setTimeout(r, 100))) {
    if (await check()) return true;
  }
  return false;
};

// A module that exists only in its manifest (plus its own files) gets everything the kernel offers:
// routes stamped with its switch, a typed policy, a job, a cron, an event subscriber, abilities, a
// menu entry and a home tile.
describe('a module plugged in through its manifest alone', () => {
  const t = useTestApp({}, { modules: [...coreModules, exampleModule] });

  it('contributes abilities, a menu entry, a home tile and its switch to /api/me, by policy', async () => {
    const s = t.app.services;
    const town = await createOrg(s, { type: 'committee' });
    const admin = await createAccount(s, { grants: [{ role: 'org_admin', org: town }] });
    const member = await createAccount(s, { person: await createPerson(s, { org: town }) });
    const me = (await t.app.inject({ url: '/api/me', headers: admin.headers })).json().data;
    expect(me.abilities.canSeeExample).toBe(true);
    expect(me.modules).toEqual(['analytics']);
    expect(me.nav.map((n: { key: string }) => n.key)).toContain('example');
    expect(me.nav.at(-1)).toMatchObject({ key: 'example', module: 'example', label: { zh: '示例', en: 'Example' } });
    expect(me.tiles).toEqual([expect.objectContaining({ key: 'example', path: 'example' })]);
    const theirs = (await t.app.inject({ url: '/api/me', headers: member.headers })).json().data;
    expect(theirs.abilities.canSeeExample).toBe(false);
    expect(theirs.nav.map((n: { key: string }) => n.key)).not.toContain('example');
    expect(theirs.tiles).toEqual([]);
  });

  it('its routes answer 401, 400, 404 outside the subtree, 200 inside, and 403 where its switch is off', async () => {
    const s = t.app.services;
    const county = await createOrg(s);
    const town = await createOrg(s, { parent: county, type: 'committee' });
    const other = await createOrg(s, { type: 'committee' });
    const officer = await createAccount(s, { grants: [{ role: 'party_office', org: county }] });
    const admin = await createAccount(s, { grants: [{ role: 'org_admin', org: town }] });
    const url = (id: number | string) => `/api/example/orgs/${id}/greeting`;
    expect((await t.app.inject(url(town.id))).statusCode).toBe(401);
    expect((await t.app.inject({ url: url('x'), headers: admin.headers })).statusCode).toBe(400);
    const outside = await t.app.inject({ url: url(other.id), headers: admin.headers });
    expect(outside.statusCode).toBe(404);
    const ok = await t.app.inject({ url: url(town.id), headers: admin.headers });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().data.orgName).toBe(town.name);

    // The route never names its switch: the manifest's `switch` was stamped on it.
    const off = await t.app.inject({
      method: 'PUT',
      url: `/api/orgs/${town.id}/modules`,
      headers: officer.headers,
      payload: { analytics: false },
    });
    expect(off.statusCode).toBe(200);
    const refused = await t.app.inject({ url: url(town.id), headers: admin.headers });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error).toMatchObject({ code: 'MODULE_DISABLED', details: { module: 'analytics' } });
    const me = (await t.app.inject({ url: '/api/me', headers: admin.headers })).json().data;
    expect(me.modules).toEqual([]);
    expect(me.nav.map((n: { key: string }) => n.key)).not.toContain('example');
    // The switch applies to the township's subtree only.
    expect((await t.app.inject({ url: url(town.id), headers: officer.headers })).statusCode).toBe(200);
  });

  it('its subscriber receives the events it subscribed to, after commit', async () => {
    const s = t.app.services;
    const county = await createOrg(s);
    const officer = await createAccount(s, { grants: [{ role: 'org_admin', org: county }] });
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/orgs',
      headers: officer.headers,
      payload: { name: '示例镇党委', type: 'committee', parentId: county.id },
    });
    expect(created.statusCode).toBe(201);
    await deliverPending(s, allSubscribers());
    expect(exampleState.seenEvents).toContainEqual({ type: 'org.org.created', orgId: created.json().data.id });
    // A rejected create records nothing, and delivers nothing.
    const before = exampleState.seenEvents.length;
    const refused = await t.app.inject({
      method: 'POST',
      url: '/api/orgs',
      headers: officer.headers,
      payload: { name: '', type: 'committee', parentId: county.id },
    });
    expect(refused.statusCode).toBe(400);
    await deliverPending(s, allSubscribers());
    expect(exampleState.seenEvents.length).toBe(before);
  });

  it('its demo seed runs after the core has seeded the demo city', async () => {
    const s = t.app.services;
    // The demo seed fills only an empty database: this file's orgs go first (TRUNCATE is the owner's).
    await t.asOwner('truncate orgs, people, memberships, accounts, role_grants, delegations, sessions cascade');
    const demo = await seedDemoIfEmpty(s, () => {});
    expect(demo?.orgs).toBeGreaterThan(200);
    expect(exampleState.seededAfterOrgs).toBe(demo?.orgs);
  });

  it('its policy is typed: a misspelt action fails the type-check', () => {
    // @ts-expect-error 'peple.person.read' is no action any module defines
    expect(() => can(null, 'peple.person.read')).not.toThrow();
    expect(can(null, 'example.greeting.read')).toBe(false);
  });

  it('its job runs through the queue runner, and its cron is a pg-boss schedule that a worker runs', async () => {
    const s = t.app.services;
    const town = await createOrg(s, { type: 'committee' });
    const admin = await createAccount(s, { grants: [{ role: 'org_admin', org: town }] });
    const started = await t.app.inject({
      method: 'POST',
      url: '/api/example/echo-jobs',
      headers: admin.headers,
      payload: { text: 'hongyun' },
    });
    expect(started.statusCode).toBe(202);
    const done = await runJob(s, started.json().data.id);
    expect(done).toMatchObject({ status: 'succeeded', result: { echoed: 'HONGYUN' } });

    const before = exampleState.ticks;
    const worker = startWorker(s);
    expect(await waitFor(() => exampleState.ticks > before)).toBe(true);
    const schedules = await s.db.execute<{ name: string; cron: string }>(
      sql`select name, cron from pgboss.schedule where name like 'cron.%' order by name`,
    );
    expect(schedules.rows).toEqual([
      { name: 'cron.audit.publish-head', cron: '*/10 * * * *' },
      { name: 'cron.example.tick', cron: '* * * * *' },
      { name: 'cron.maintenance.hourly', cron: '7 * * * *' },
    ]);
    await worker.stop();
  });
});
