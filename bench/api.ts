import { writeFileSync } from 'node:fs';
import pg from 'pg';
import { loadConfig } from '../server/src/config.ts';
import { createCryptoService } from '../server/src/platform/crypto/service.ts';
import {
  fmt,
  freshDataDir,
  type HttpResult,
  login,
  measureHttp,
  parseGenerateOutput,
  runCli,
  type Stats,
  say,
  startServer,
  stats,
} from './lib.ts';

// `npm run bench -- api [--scale city] [--seed 1] [--orgs N] [--searches N] [--keep | --data-dir D --phone P --password W]`: generates a city (or
// province) into a fresh DATA_DIR, starts the API on it, signs in as the root party-building office
// (党建办) and measures, with autocannon on 127.0.0.1:
//   - GET /api/orgs/:id for every org (it runs the subtree member counts), and the same count in SQL;
//   - GET /api/people?q=… with common surnames, 2- and 3-character names, exact ID numbers and phones;
//   - the bare stack: /healthz (no session) and /api/me (session lookup only), with the same tool.

type Opts = {
  scale: string;
  seed: number;
  orgs?: number;
  searches: number;
  keep: boolean;
  /** Measure a data folder kept by an earlier run (--keep) instead of generating one. */
  reuse?: { dataDir: string; password: string; phone: string };
  port: number;
  pgPort: number;
};

const COMMON_SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '黄', '吴'];

export async function benchApi(opts: Opts) {
  const data = opts.reuse ? { dir: opts.reuse.dataDir, remove: () => {} } : freshDataDir(`api-${opts.scale}`);
  say(`data dir ${data.dir}`);
  let generated: Pick<ReturnType<typeof parseGenerateOutput>, 'orgs' | 'people' | 'load' | 'vacuum' | 'total'> | null =
    null;
  let wall = 0;
  let office = opts.reuse ? { phone: opts.reuse.phone, password: opts.reuse.password } : null;
  if (!opts.reuse) {
    const gen = await runCli(['generate', '--scale', opts.scale, '--seed', String(opts.seed)], data.dir, opts.pgPort);
    if (gen.code !== 0) throw new Error(`generate exited ${gen.code}`);
    const parsed = parseGenerateOutput(gen.stdout);
    const account = parsed.accounts.find((a) => a.role === 'party_office');
    if (!account) throw new Error('no party_office account printed');
    generated = parsed;
    wall = gen.seconds;
    office = { phone: account.phone, password: parsed.password };
  }
  if (!office) throw new Error('no account to sign in with');

  const server = await startServer(data.dir, opts.port, opts.pgPort);
  const db = new pg.Client({ connectionString: server.pgUrl });
  await db.connect();
  try {
    const headers = await login(server.url, office.phone, office.password);
    const mix = await queryMix(db);
    const orgRows = (await db.query<{ id: number; path: string }>('select id, path from orgs order by id')).rows;
    // A spread of orgs when not all are wanted: every k-th id keeps every level of the tree.
    const step = opts.orgs ? Math.max(1, Math.floor(orgRows.length / opts.orgs)) : 1;
    const orgs = orgRows.filter((_, i) => i % step === 0);
    const orgPaths = orgs.map((o) => `/api/orgs/${o.id}`);
    const http = async (label: string, paths: string[], connections: number, amount = paths.length) => {
      const r = await measureHttp(server.url, paths, { connections, amount, headers });
      say(`${label} c=${connections}: ${fmt(r)}, ${r.rps} req/s, errors ${r.errors}, non-2xx ${r.non2xx}`);
      return r;
    };

    // Warm the caches and the JIT once, as a running server would be.
    await measureHttp(server.url, orgPaths.slice(0, 500), { connections: 4, amount: 500, headers });
    await measureHttp(server.url, mix.all, { connections: 4, amount: Math.min(500, opts.searches * 5), headers });

    const results: Record<string, HttpResult | Stats> = {};
    results.countsHttp = await http('GET /api/orgs/:id (all orgs)', orgPaths, 1);
    results.countsHttpC8 = await http('GET /api/orgs/:id (all orgs)', orgPaths, 8);
    results.countsSql = await sqlCounts(
      db,
      orgs.map((o) => o.path),
    );
    say(`subtree counts in SQL: ${fmt(results.countsSql)}`);
    for (const [kind, paths] of Object.entries(mix.byKind))
      results[`search_${kind}`] = await http(`GET /api/people?q= (${kind})`, paths, 1, opts.searches);
    results.searchMixed = await http('GET /api/people?q= (mix)', mix.all, 1, opts.searches * 2);
    results.searchMixedC8 = await http('GET /api/people?q= (mix)', mix.all, 8, opts.searches * 4);
    results.healthz = await http('GET /healthz', ['/healthz'], 1, 5000);
    results.healthzC8 = await http('GET /healthz', ['/healthz'], 8, 20000);
    results.me = await http('GET /api/me', ['/api/me'], 1, 3000);
    results.meC8 = await http('GET /api/me', ['/api/me'], 8, 10000);
    const size = await db.query<{ mb: number }>('select (pg_database_size(current_database()) / 1048576)::int as mb');
    const summary = {
      scale: opts.scale,
      orgs: orgRows.length,
      people: (await db.query<{ n: number }>('select count(*)::int as n from people')).rows[0]?.n,
      orgsMeasured: orgs.length,
      databaseMb: size.rows[0]?.mb,
      generate: generated && { load: generated.load, vacuum: generated.vacuum, total: generated.total, wall },
      results,
    };
    const out = `/tmp/hongyun-bench-api-${opts.scale}.json`;
    writeFileSync(out, JSON.stringify(summary, null, 2));
    say(`results written to ${out}`);
    return summary;
  } finally {
    await db.end();
    await server.stop();
    if (opts.keep || opts.reuse) say(`kept ${data.dir}`);
    else data.remove();
  }
}

/** The same query as subtreeMemberCounts, timed one by one on one connection. */
async function sqlCounts(db: pg.Client, paths: string[]): Promise<Stats> {
  const times: number[] = [];
  const q = {
    name: 'subtree-counts',
    text: 'select party_status, count(*)::int as n from people where org_path like $1 group by party_status',
  };
  for (const p of paths.slice(0, 200)) await db.query({ ...q, values: [`${p}%`] }); // warm-up
  for (const p of paths) {
    const t = performance.now();
    await db.query({ ...q, values: [`${p}%`] });
    times.push(performance.now() - t);
  }
  return stats(times);
}

/**
 * Realistic searches: common one-character surnames, two- and three-character full names, exact ID
 * numbers and exact phones (decrypted with the development keys the generator used), in equal shares.
 */
async function queryMix(db: pg.Client) {
  const crypto = createCryptoService(loadConfig({ NODE_ENV: 'development' }));
  const names = async (len: number) =>
    (
      await db.query<{ name: string }>(
        'select distinct name from people where char_length(name) = $1 order by name limit 2000',
        [len],
      )
    ).rows
      .filter((_, i) => i % 20 === 0)
      .map((r) => r.name);
  const sample = (
    await db.query<{ id_number_enc: string; phone_enc: string | null }>(
      `select id_number_enc, phone_enc from people where phone_enc is not null order by md5(id::text) limit 100`,
    )
  ).rows;
  const url = (q: string) => `/api/people?q=${encodeURIComponent(q)}`;
  const byKind: Record<string, string[]> = {
    surname1: COMMON_SURNAMES.map(url),
    name2: (await names(2)).map(url),
    name3: (await names(3)).map(url),
    idNumber: sample.map((r) => url(crypto.decrypt(r.id_number_enc))),
    phone: sample.map((r) => url(crypto.decrypt(r.phone_enc as string))),
  };
  // Interleave the kinds so a cycle through `all` is an even mix.
  const all: string[] = [];
  const longest = Math.max(...Object.values(byKind).map((v) => v.length));
  for (let i = 0; i < longest; i++) for (const v of Object.values(byKind)) all.push(v[i % v.length] as string);
  return { byKind, all };
}
