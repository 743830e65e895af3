import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../config.ts';
import { verifyAuditChain } from '../platform/audit/chain.ts';
import { publishAuditHead } from '../platform/audit/publish.ts';
import { useTestApp } from '../test/harness.ts';
import { commands } from './commands.ts';
import { createAdmin } from './create-admin.ts';
import { DEMO_PASSWORD, seedDemoIfEmpty } from './seed-demo.ts';

describe('create-admin', () => {
  const t = useTestApp();

  it('needs a root organisation, creates one on request, and forces a password change', async () => {
    const s = t.app.services;
    await expect(createAdmin(s, { phone: '13912340001', name: '王管理', role: 'system_admin' })).rejects.toThrow(
      /--org-name/,
    );
    await expect(createAdmin(s, { phone: '13912340001', name: '王管理', role: 'member' })).rejects.toThrow(/--role/);
    const r = await createAdmin(s, {
      phone: '13912340001',
      name: '王管理',
      role: 'system_admin',
      orgName: '中共贵州省委员会',
      regionCode: '520000000000',
    });
    expect(r.password).toMatch(/^.{12}$/);
    const login = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { phone: '13912340001', password: r.password, client: 'app' },
    });
    expect(login.statusCode).toBe(200);
    expect(login.json().data.stage).toBe('password_change');
    expect((await verifyAuditChain(s.db, s.crypto)).ok).toBe(true);
  });
});

describe('demo seed', () => {
  const t = useTestApp();

  it('loads the demo city once, with working accounts that see only their subtree', async () => {
    const s = t.app.services;
    const demo = await seedDemoIfEmpty(s, () => {});
    expect(demo?.people).toBeGreaterThan(2000);
    expect(await seedDemoIfEmpty(s, () => {})).toBeNull();
    // "Today" is China's, as for every date the platform checks (the session's current_date is UTC's).
    const odd = await s.db.execute<{ n: number }>(sql`select count(*)::int as n from people, (select
      (now() at time zone 'Asia/Shanghai')::date as today) c where
      join_date > c.today or full_member_date > c.today or full_member_date < join_date
      or (party_status = 'full') <> (full_member_date is not null)`);
    expect(odd.rows[0]?.n).toBe(0);
    const withSecretary = await s.db.execute<{ n: number }>(
      sql`select count(*)::int as n from orgs where secretary_person_id is not null`,
    );
    expect(withSecretary.rows[0]?.n).toBeGreaterThan(50);
    const regions = await s.db.execute<{ n: number }>(sql`select count(*)::int as n from regions where level = 5`);
    expect(regions.rows[0]?.n).toBe(17964);

    const townAdmin = demo?.accounts.find((a) => a.label === '乡镇组织管理员');
    const login = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { phone: townAdmin?.phone, password: DEMO_PASSWORD, client: 'app' },
    });
    const headers = { authorization: `Bearer ${login.json().data.token}` };
    const list = await t.app.inject({ url: '/api/people?pageSize=200', headers });
    expect(list.statusCode).toBe(200);
    const [town] = (await t.app.inject({ url: '/api/me', headers })).json().data.grants;
    const inTown = await s.db.execute<{ n: number }>(
      sql`select count(*)::int as n from people where org_path like ${`${town.orgPath}%`}`,
    );
    expect(list.json().total).toBe(inTown.rows[0]?.n);
    // The supervision demo: the signed-in leading cadre was reminded, then reported to his branch secretary.
    const leader = demo?.accounts.find((a) => a.label === '领导干部(县处级)');
    const signIn = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { phone: leader?.phone, password: DEMO_PASSWORD, client: 'app' },
    });
    const mine = await t.app.inject({
      url: '/api/supervision/alerts?scope=mine',
      headers: { authorization: `Bearer ${signIn.json().data.token}` },
    });
    expect(mine.json().data).toEqual([
      expect.objectContaining({ stage: 'reported', can: { explain: true, close: false } }),
    ]);
    expect((await verifyAuditChain(s.db, s.crypto)).ok).toBe(true);
    // Every module's demo data on top of the city: a minute and a half even on a busy 2-core machine.
  }, 90_000);
});

describe('verify-audit command', () => {
  const t = useTestApp();

  it('exits 0 on an intact chain, 2 when rows were cut off after the published head, and 2 at a row edited in SQL', async () => {
    const s = t.app.services;
    await createAdmin(s, { phone: '13912340002', name: '审计测试', role: 'audit_admin', orgName: '中共测试委员会' });
    await createAdmin(s, { phone: '13912340003', name: '审计测试二', role: 'security_admin' });
    // The command reads the same head file (under DATA_DIR) as the app's worker writes.
    const config = loadConfig({
      DATABASE_URL: t.url,
      LOG_LEVEL: 'silent',
      NODE_ENV: 'test',
      DATA_DIR: s.config.DATA_DIR,
    });
    const verify = commands['verify-audit'];
    if (!verify) throw new Error('verify-audit missing');
    const log = console.log;
    const err = console.error;
    const printed: string[] = [];
    console.log = (m: string) => printed.push(m);
    console.error = (m: string) => printed.push(m);
    try {
      expect(await verify.run(config, {})).toBe(0);
      expect(printed.join('\n')).toMatch(/no head published/);
      const head = printed.join('\n').match(/head (\d+):([0-9a-f]{64})/);
      expect(head).not.toBeNull();
      const recorded = `${head?.[1]}:${head?.[2]}`;
      expect(await verify.run(config, { expect: recorded })).toBe(0);
      // The worker's cron publishes the head outside the database.
      expect(await publishAuditHead(s)).toMatchObject({ seq: Number(head?.[1]) });
      expect(await verify.run(config, {})).toBe(0);
      expect(printed.join('\n')).toMatch(/the last published head \(seq \d+/);
      // Cutting off the newest row leaves a valid-looking chain; the published head alone catches it.
      await t.asOwner('alter table audit_log disable trigger user');
      await t.asOwner(`delete from audit_log where seq = ${head?.[1]}`);
      await t.asOwner('alter table audit_log enable trigger user');
      printed.length = 0;
      expect(await verify.run(config, {})).toBe(2);
      expect(printed.join('\n')).toMatch(/TRUNCATED OR REWRITTEN: the head published in .*audit-heads\.jsonl/);
      await t.asOwner('alter table audit_log disable trigger user');
      await t.asOwner(`update audit_log set action = 'accounts.nothing' where seq = 2`);
      await t.asOwner('alter table audit_log enable trigger user');
      expect(await verify.run(config, {})).toBe(2);
    } finally {
      console.log = log;
      console.error = err;
    }
    expect(printed.join('\n')).toMatch(/BROKEN at seq 2/);
  });
});
