// Scratch probe (not committed): server CPU per request of the request chain alone, through app.inject.
import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import pg from 'pg';
import { buildApp } from '../server/src/app.ts';
import { loadConfig } from '../server/src/config.ts';
import { hashToken } from '../server/src/core/auth/sessions.ts';
import { connect } from '../server/src/platform/db/client.ts';
import { startEmbeddedPostgres } from '../server/src/platform/db/embedded.ts';
import { freshDataDir, runCli } from './lib.ts';

const N = Number(process.env.N ?? 20000);
const pgPort = 55492;
const data = freshDataDir('inject');
const gen = await runCli(['generate', '--scale', 'test', '--seed', '1'], data.dir, pgPort);
if (gen.code !== 0) throw new Error('generate failed');
const pgServer = await startEmbeddedPostgres({ dataDir: data.dir, port: pgPort });
const url = `postgres://postgres:postgres@127.0.0.1:${pgPort}/hongyun`;
const config = loadConfig({ NODE_ENV: 'development', LOG_LEVEL: 'warn', DATABASE_URL: url, DATA_DIR: data.dir, SEED_DEMO: 'false', WORKER: 'false' });
const database = connect(url, 10);
const app = await buildApp(config, database);
await app.ready();
const db = new pg.Client({ connectionString: url });
await db.connect();
const { rows } = await db.query('select id, person_id from accounts where person_id is not null and not is_disabled order by id limit 74');
const users = [];
for (const r of rows) {
  const token = randomBytes(32).toString('base64url');
  await db.query(`insert into sessions (token_hash, account_id, kind, stage, expires_at) values ($1, $2, 'bearer', 'active', now() + interval '1 day')`, [hashToken(token), r.id]);
  users.push({ personId: r.person_id, headers: { authorization: `Bearer ${token}` } });
}
const kinds = {
  read: (i: number) => ({ method: 'GET' as const, url: `/api/people/${users[i % users.length].personId}`, headers: users[i % users.length].headers }),
  write: (i: number) => ({ method: 'PATCH' as const, url: '/api/me', headers: { ...users[i % users.length].headers, 'content-type': 'application/json' }, payload: JSON.stringify({ locale: i % 2 ? 'en' : 'zh-CN' }) }),
  me: (i: number) => ({ method: 'GET' as const, url: '/api/me', headers: users[i % users.length].headers }),
};
const session = process.env.PROF ? new Session() : null;
for (const [name, make] of Object.entries(kinds)) {
  if (process.env.ONLY && process.env.ONLY !== name) continue;
  // warm-up
  for (let i = 0; i < 3000; i += 10) await Promise.all(Array.from({ length: 10 }, (_, k) => app.inject(make(i + k))));
  if (session) { session.connect(); session.post('Profiler.enable'); session.post('Profiler.setSamplingInterval', { interval: 100 }); session.post('Profiler.start'); }
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  let bad = 0;
  for (let i = 0; i < N; i += 10) {
    const rs = await Promise.all(Array.from({ length: 10 }, (_, k) => app.inject(make(i + k))));
    for (const r of rs) if (r.statusCode !== 200) bad++;
  }
  const c = process.cpuUsage(c0);
  const ms = performance.now() - t0;
  console.log(`${name}: ${((c.user + c.system) / 1000 / N).toFixed(4)} ms CPU/req (incl. pg client), wall ${(ms / N).toFixed(4)} ms/req, non-200 ${bad}`);
  if (session) await new Promise<void>((res) => session.post('Profiler.stop', (_e, r) => { writeFileSync(`/tmp/inject-${name}.cpuprofile`, JSON.stringify(r.profile)); session.disconnect(); res(); }));
}
await db.end();
await app.close();
await database.close();
await pgServer.stop();
data.remove();
