import { chmod, mkdtemp, rm, stat } from 'node:fs/promises';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { APP_ROLE, keysDirOf, startEmbeddedPostgres } from './embedded.ts';

// The embedded cluster: a random superuser password per data folder, kept 0600 inside it, and an
// application role; a data folder made before (superuser password `postgres`) is moved over.

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      srv.close(() => (typeof addr === 'object' && addr ? resolve(addr.port) : reject(new Error('no port'))));
    });
  });

async function opens(url: string): Promise<boolean> {
  const c = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await c.connect();
    return true;
  } catch {
    return false;
  } finally {
    await c.end().catch(() => {});
  }
}

async function query(url: string, text: string) {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query(text)).rows;
  } finally {
    await c.end();
  }
}

describe('embedded PostgreSQL credentials', { timeout: 120_000 }, () => {
  const dirs: string[] = [];
  afterAll(async () => {
    for (const d of dirs) await rm(d, { recursive: true, force: true });
  });

  it('gives each data folder its own superuser password (0600) and an application role, and upgrades an old folder', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'hongyun-embedded-'));
    dirs.push(dir);
    await chmod(dir, 0o755); // as root, the server runs as another OS user that must enter it
    const port = await freePort();
    const legacy = (db: string) => `postgres://postgres:postgres@127.0.0.1:${port}/${db}`;

    let server = await startEmbeddedPostgres({ dataDir: dir, port });
    try {
      const keys = keysDirOf(dir);
      expect((await stat(keys)).mode & 0o777).toBe(0o700);
      for (const f of ['pg-superuser.password', 'pg-app.password']) {
        expect((await stat(path.join(keys, f))).mode & 0o777).toBe(0o600);
      }
      expect(await opens(legacy('postgres'))).toBe(false);
      expect(await opens(server.adminUrl)).toBe(true);
      const [me] = await query(
        server.url,
        'select current_user as role, usesuper from pg_user where usename = current_user',
      );
      expect(me).toEqual({ role: APP_ROLE, usesuper: false });
      // Make it look like a folder from before: the well-known password, no keys, no application role.
      await query(server.adminUrl, `drop role ${APP_ROLE}`);
      await query(server.adminUrl, `alter role postgres password 'postgres'`);
    } finally {
      await server.stop();
    }
    await rm(keysDirOf(dir), { recursive: true, force: true });

    server = await startEmbeddedPostgres({ dataDir: dir, port });
    try {
      expect(await opens(legacy('hongyun'))).toBe(false);
      expect(await opens(server.ownerUrl)).toBe(true);
      expect(await query(server.url, 'select current_user as role')).toEqual([{ role: APP_ROLE }]);
      expect((await stat(path.join(keysDirOf(dir), 'pg-superuser.password'))).mode & 0o777).toBe(0o600);
      // A second process on the same folder shares the running server with the same credentials.
      const shared = await startEmbeddedPostgres({ dataDir: dir, port: await freePort() });
      expect(shared.isShared).toBe(true);
      expect(shared.url).toBe(server.url);
    } finally {
      await server.stop();
    }
  });
});
