import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type App, buildApp } from '../../app.ts';
import { loadConfig } from '../../config.ts';
import { connect, type Database } from '../../platform/db/client.ts';
import { exampleModule } from '../../test/example-module/index.ts';
import { createAccount, createOrg, createPerson } from '../../test/factories.ts';
import { createTestDatabase } from '../../test/harness.ts';
import { coreModules } from '../index.ts';

// Two API processes on one database, as in production: instance 2 caches a session it has seen,
// and a change made through instance 1 must reach it through LISTEN/NOTIFY, not cache expiry.

type Instance = { app: App; database: Database };
let url = '';
let drop: () => Promise<void> = async () => {};
let filesDir = '';
const instances: Instance[] = [];

async function startInstance(): Promise<Instance> {
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    DATABASE_URL: url,
    FILES_DIR: filesDir,
    WEB_DIR: path.join(filesDir, 'no-web-build'),
  });
  const database = connect(url, 3);
  // With the example module, whose switch ('analytics') stands in for a business module's.
  const app = await buildApp(config, database, { modules: [...coreModules, exampleModule] });
  await app.ready();
  const instance = { app, database };
  instances.push(instance);
  return instance;
}

beforeAll(async () => {
  const created = await createTestDatabase();
  url = created.url;
  drop = created.drop;
  filesDir = await mkdtemp(path.join(os.tmpdir(), 'hongyun-files-'));
});
afterAll(async () => {
  for (const i of instances) {
    await i.app.close();
    await i.database.close();
  }
  await drop();
  await rm(filesDir, { recursive: true, force: true });
});

/** Polls until `check` holds; the NOTIFY takes a moment, never the 30 s of the cache lifetime. */
async function within2s(check: () => Promise<boolean>): Promise<number> {
  const started = Date.now();
  while (!(await check())) {
    if (Date.now() - started > 2000) throw new Error('not seen within 2 s');
    await new Promise((r) => setTimeout(r, 20));
  }
  return Date.now() - started;
}

async function sql(text: string, values: unknown[] = []) {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query(text, values)).rows;
  } finally {
    await c.end();
  }
}

describe('session cache across two API processes', () => {
  let one: Instance;
  let two: Instance;
  beforeAll(async () => {
    one = await startInstance();
    two = await startInstance();
  });

  const signIn = async (phone: string, password: string) => {
    const res = await one.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { phone, password, client: 'app' },
    });
    expect(res.statusCode).toBe(200);
    return { authorization: `Bearer ${res.json().data.token}` };
  };
  const meOn = (i: Instance, headers: Record<string, string>) => i.app.inject({ url: '/api/me', headers });

  it('instance 2 really serves a seen session from memory', async () => {
    const acc = await createAccount(one.app.services, { withSession: false });
    const headers = await signIn(acc.phone, acc.password);
    expect((await meOn(two, headers)).statusCode).toBe(200);
    // Revoked behind the application's back (no notice): the cached session still answers, which
    // is why every real change must publish one.
    await sql('update sessions set revoked_at = now() where account_id = $1', [acc.id]);
    expect((await meOn(two, headers)).statusCode).toBe(200);
    expect((await meOn(one, headers)).statusCode).toBe(401); // never cached there
  });

  it('logout on instance 1 is refused on instance 2 at once', async () => {
    const acc = await createAccount(one.app.services, { withSession: false });
    const headers = await signIn(acc.phone, acc.password);
    expect((await meOn(two, headers)).statusCode).toBe(200);
    const out = await one.app.inject({ method: 'POST', url: '/api/auth/logout', headers });
    expect(out.statusCode).toBe(200);
    await within2s(async () => (await meOn(two, headers)).statusCode === 401);
    expect((await meOn(two, headers)).json().error.code).toBe('SESSION_EXPIRED');
  });

  it('disabling an account and revoking a grant on instance 1 reach instance 2', async () => {
    const root = await createOrg(one.app.services);
    const admin = await createAccount(one.app.services, { grants: [{ role: 'security_admin', org: root }] });
    const person = await createPerson(one.app.services, { org: root });
    const user = await createAccount(one.app.services, {
      person,
      withSession: false,
      grants: [{ role: 'org_admin', org: root }],
    });
    const headers = await signIn(user.phone, user.password);
    const before = await meOn(two, headers);
    expect(before.json().data.grants).toHaveLength(1);

    const grantId = before.json().data.grants[0].id;
    expect(
      (await one.app.inject({ method: 'DELETE', url: `/api/grants/${grantId}`, headers: admin.headers })).statusCode,
    ).toBe(200);
    await within2s(async () => (await meOn(two, headers)).json().data.grants.length === 0);

    const res = await one.app.inject({
      method: 'POST',
      url: `/api/accounts/${user.id}/disable`,
      headers: admin.headers,
    });
    expect(res.statusCode).toBe(200);
    await within2s(async () => (await meOn(two, headers)).statusCode !== 200);
    expect([401, 403]).toContain((await meOn(two, headers)).statusCode);
  });

  it('a module switched off on instance 1 is off on instance 2', async () => {
    const root = await createOrg(one.app.services);
    const office = await createAccount(one.app.services, { grants: [{ role: 'party_office', org: root }] });
    const has = async (m: string) => ((await meOn(two, office.headers)).json().data.modules as string[]).includes(m);
    expect(await has('analytics')).toBe(true);
    const put = await one.app.inject({
      method: 'PUT',
      url: `/api/orgs/${root.id}/modules`,
      headers: office.headers,
      payload: { analytics: false },
    });
    expect(put.statusCode).toBe(200);
    await within2s(async () => !(await has('analytics')));
  });

  it('a person record on instance 2 shows an org renamed on instance 1, and names come from memory', async () => {
    const root = await createOrg(one.app.services, { name: '甲市委' });
    const branch = await createOrg(one.app.services, { parent: root, name: '第一支部' });
    const office = await createAccount(one.app.services, { grants: [{ role: 'org_admin', org: root }] });
    const person = await createPerson(one.app.services, { org: branch });
    const view = async () =>
      (await two.app.inject({ url: `/api/people/${person.id}`, headers: office.headers })).json().data.org;
    expect(await view()).toEqual({ id: branch.id, name: '第一支部', pathNames: ['甲市委', '第一支部'] });
    // Renamed behind the application's back (no notice): instance 2 still shows the name it holds.
    await sql('update orgs set name = $1 where id = $2', ['改名未通知', root.id]);
    expect((await view()).pathNames).toEqual(['甲市委', '第一支部']);
    const patch = await one.app.inject({
      method: 'PATCH',
      url: `/api/orgs/${root.id}`,
      headers: office.headers,
      payload: { name: '乙市委' },
    });
    expect(patch.statusCode).toBe(200);
    await within2s(async () => (await view()).pathNames[0] === '乙市委');
    expect(await view()).toEqual({ id: branch.id, name: '第一支部', pathNames: ['乙市委', '第一支部'] });
  });

  it('the idle-timeout touch is written in a batch, off the request path', async () => {
    const acc = await createAccount(one.app.services, { withSession: false });
    const headers = await signIn(acc.phone, acc.password);
    await sql(`update sessions set last_seen_at = now() - interval '10 minutes' where account_id = $1`, [acc.id]);
    const seen = async () =>
      (
        await sql(`select last_seen_at > now() - interval '1 minute' as recent from sessions where account_id = $1`, [
          acc.id,
        ])
      )[0]?.recent === true;
    expect((await meOn(two, headers)).statusCode).toBe(200);
    expect(await seen()).toBe(false); // the request did not write it
    const started = Date.now();
    while (!(await seen())) {
      if (Date.now() - started > 7000) throw new Error('touch not flushed within 7 s');
      await new Promise((r) => setTimeout(r, 100));
    }
  });

  it('after the listening connection drops, caches start empty and notices flow again', async () => {
    const acc = await createAccount(one.app.services, { withSession: false });
    const headers = await signIn(acc.phone, acc.password);
    expect((await meOn(two, headers)).statusCode).toBe(200);
    await sql(`select pg_terminate_backend(pid) from pg_stat_activity where application_name = 'hongyun-listen'`);
    await within2s(async () => one.app.services.changes.isLive === false || two.app.services.changes.isLive === false);
    // While down nothing is served from memory; once back, a logout reaches the other instance again.
    await new Promise((r) => setTimeout(r, 1500));
    await within2s(async () => one.app.services.changes.isLive && two.app.services.changes.isLive);
    expect((await meOn(two, headers)).statusCode).toBe(200);
    expect((await one.app.inject({ method: 'POST', url: '/api/auth/logout', headers })).statusCode).toBe(200);
    await within2s(async () => (await meOn(two, headers)).statusCode === 401);
  });
});
