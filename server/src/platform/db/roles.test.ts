import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../config.ts';
import { useTestApp } from '../../test/harness.ts';
import { openDatabase } from './bootstrap.ts';
import { checkConnectionRole, roleWarning } from './roles.ts';

// The application connects as a role with row rights only (platform/db/roles.ts): what an injected
// statement or a local process holding the application's password could do with the superuser, it
// cannot do with this role.

const refusal = (q: Promise<unknown>) =>
  q.then(
    () => 'accepted',
    (e: Error) => e.message,
  );

describe('the application database role', () => {
  const t = useTestApp();
  const asApp = (text: string) => refusal(t.app.services.pool.query(text));

  it('is neither a superuser nor the owner of the tables', async () => {
    const check = await checkConnectionRole(t.app.services.pool);
    expect(check).toMatchObject({ isSuperuser: false, ownsTables: false });
    expect(roleWarning(check)).toBeNull();
    const owner = new pg.Pool({ connectionString: t.ownerUrl, max: 1 });
    try {
      const ownerCheck = await checkConnectionRole(owner);
      expect(ownerCheck.isSuperuser).toBe(true);
      expect(roleWarning(ownerCheck)).toMatch(/WARNING: DATABASE_URL connects as a superuser/);
      expect(roleWarning({ ...ownerCheck, isSuperuser: false })).toMatch(/the owner of the tables/);
    } finally {
      await owner.end();
    }
  });

  it('npm start warns in production when DATABASE_URL is the superuser or the owner, not for the application role', async () => {
    const production = (url: string) =>
      loadConfig({
        NODE_ENV: 'production',
        DATABASE_URL: url,
        DATA_KEY: '1'.repeat(64),
        LOOKUP_KEY: '2'.repeat(64),
        AUDIT_KEY: '3'.repeat(64),
      });
    for (const [url, warned] of [
      [t.ownerUrl, true],
      [t.url, false],
    ] as const) {
      const said: string[] = [];
      const rt = await openDatabase(production(url), (m) => said.push(m));
      await rt.shutdown();
      expect(said.some((m) => m.startsWith('WARNING: DATABASE_URL connects as a superuser'))).toBe(warned);
    }
  });

  it('cannot run programs on the server with COPY ... FROM PROGRAM', async () => {
    expect(await asApp(`copy audit_log (action) from program 'id'`)).toMatch(/permission denied|must be superuser/);
    expect(await asApp(`create temp table x (a text)`)).toBe('accepted'); // session-local scratch stays possible
    expect(await asApp(`copy x from program 'id'`)).toMatch(/permission denied|must be superuser/);
    expect(await asApp(`copy x to '/tmp/hongyun-owned'`)).toMatch(/permission denied|must be superuser/);
  });

  it('cannot switch the audit triggers off', async () => {
    expect(await asApp('set session_replication_role = replica')).toMatch(/permission denied/);
    expect(await asApp('alter table audit_log disable trigger user')).toMatch(/must be owner/);
  });

  it('may insert and read the audit log but never update or delete it', async () => {
    expect(
      await asApp(
        `insert into audit_log (seq, at, action, outcome, details, alg, prev_hash, hash)
         values (1000000, now(), 'audit.verified', 'success', '{}', 'sha256', 'x', 'y')`,
      ),
    ).toBe('accepted');
    expect(await asApp('select count(*) from audit_log')).toBe('accepted');
    expect(await asApp(`update audit_log set action = 'x'`)).toMatch(/permission denied for table audit_log/);
    expect(await asApp('delete from audit_log')).toMatch(/permission denied for table audit_log/);
    expect(await asApp('truncate audit_log')).toMatch(/permission denied for table audit_log/);
  });

  it('cannot create, alter or drop tables, schemas, functions or roles', async () => {
    expect(await asApp('create table evil (a int)')).toMatch(/permission denied for schema public/);
    expect(await asApp('create schema evil')).toMatch(/permission denied for database/);
    expect(await asApp('alter table accounts add column evil int')).toMatch(/must be owner/);
    expect(await asApp('drop table sessions')).toMatch(/must be owner/);
    expect(await asApp('create function evil() returns int language sql as $$ select 1 $$')).toMatch(
      /permission denied for schema public/,
    );
    expect(await asApp('create role evil superuser')).toMatch(/permission denied/);
    expect(await asApp('create table pgboss.evil (a int)')).toMatch(/permission denied for schema pgboss/);
  });

  it('still does what the application needs: rows, next months’ event partitions and job queues', async () => {
    expect(await asApp(`select ensure_event_partitions(now() + interval '2 years', 1)`)).toBe('accepted');
    const parts = await t.app.services.pool.query<{ n: number }>(
      `select count(*)::int as n from pg_class where relname like 'events_%' and relispartition`,
    );
    expect(parts.rows[0]?.n).toBeGreaterThan(4);
    expect(await asApp(`select pgboss.create_queue('roles-test', '{"policy":"standard"}'::json)`)).toBe('accepted');
  });
});
