import pg from 'pg';
import { freshDataDir, login, median, parseGenerateOutput, runCli, say, startServer } from './lib.ts';
import { treeCpu } from './proc-cpu.ts';

// `npm run bench -- supervision [--scale city|province] [--days 30] [--runs 3] [--data-dir D --phone P --password W]`:
// the article's rule (a county-rank cadre five working days without the daily quiz) evaluated for
// a generated city or province with N days of generated learning, through the real route (POST
// /api/supervision/rules/:id/run, as the root's 党建办): a first run that raises the alerts (and
// their notifications and events), then a re-run of the same day that raises nothing. Beside it, in
// the same run, the bare statement a hand-written job would need at least: the population's
// anti-join over the last five working days. Medians of the runs; CPU of the API and of PostgreSQL.

type Opts = {
  scale: string;
  seed: number;
  days: number;
  runs: number;
  port: number;
  pgPort: number;
  reuse?: { dataDir: string; phone: string; password: string } | undefined;
};

export async function benchSupervision(opts: Opts) {
  const data = opts.reuse ? { dir: opts.reuse.dataDir } : freshDataDir(`supervision-${opts.scale}`);
  say(`data dir ${data.dir}`);
  let office = opts.reuse ? { phone: opts.reuse.phone, password: opts.reuse.password } : null;
  if (!office) {
    const t = performance.now();
    const args = ['generate', '--scale', opts.scale, '--seed', String(opts.seed), '--days', String(opts.days)];
    const gen = await runCli(args, data.dir, opts.pgPort);
    if (gen.code !== 0) throw new Error(`generate exited ${gen.code}`);
    const parsed = parseGenerateOutput(gen.stdout);
    const account = parsed.accounts.find((a) => a.role === 'party_office');
    if (!account) throw new Error('no party_office account printed');
    office = { phone: account.phone, password: parsed.password };
    say(`generated in ${Math.round((performance.now() - t) / 1000)} s; office ${office.phone} / ${office.password}`);
  }
  const server = await startServer(data.dir, opts.port, opts.pgPort);
  const db = new pg.Client({ connectionString: server.pgUrl });
  await db.connect();
  try {
    const headers = { ...(await login(server.url, office.phone, office.password)), 'content-type': 'application/json' };
    const rules = (await (await fetch(`${server.url}/api/supervision/rules`, { headers })).json()) as {
      data: { id: string; isBuiltIn: boolean }[];
    };
    const rule = rules.data.find((r) => r.isBuiltIn);
    if (!rule) throw new Error('no built-in rule');
    // The last generated day is the day before the as-of date; its working day is evaluated.
    const last = (await db.query<{ d: string }>('select max(day)::text as d from learning_person_days')).rows[0]?.d;
    const workdays = (
      await db.query<{ d: string }>(
        `select d::date::text as d from generate_series($1::date - 20, $1::date, interval '1 day') d
         where (extract(isodow from d) < 6 and not exists (select 1 from calendar_days c where c.day = d::date and not c.is_workday))
            or exists (select 1 from calendar_days c where c.day = d::date and c.is_workday)
         order by 1 desc limit 5`,
        [last],
      )
    ).rows.map((r) => r.d);
    const day = workdays[0] as string;
    const cutoff = workdays[4] as string;
    const counts = (
      await db.query(`select (select count(*)::int from people) as people,
         (select count(*)::int from people where cadre_rank = any('{provincial,department,county}') and party_status is not null) as leaders,
         (select count(*)::int from learning_person_days) as "personDays"`)
    ).rows[0];
    say(`${opts.scale}: ${JSON.stringify(counts)}; evaluating ${day} (five working days from ${cutoff})`);

    const bare = async () => {
      const t = performance.now();
      const r = await db.query(
        `select count(*)::int as n from people p
         where p.org_path like (select path from orgs where parent_id is null limit 1) || '%' and p.org_id is not null
           and p.cadre_rank = any('{provincial,department,county}') and p.party_status is not null
           and not exists (select 1 from learning_person_days m
                           where m.person_id = p.id and m.daily_completed and m.day between $1::date and $2::date)`,
        [cutoff, day],
      );
      return { ms: performance.now() - t, n: r.rows[0]?.n as number };
    };
    const run = async () => {
      const before = treeCpu(server.pid);
      const t = performance.now();
      const res = await fetch(`${server.url}/api/supervision/rules/${rule.id}/run`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ day }),
      });
      const ms = performance.now() - t;
      const after = treeCpu(server.pid);
      if (!res.ok) throw new Error(`run ${res.status} ${await res.text()}`);
      const body = (await res.json()) as {
        data: { raised: number; escalated: number; unchanged: number; population: number };
      };
      return { ms, ...body.data, appCpu: after.app - before.app, pgCpu: after.postgres - before.postgres };
    };
    const clear = () =>
      db.query(
        `with a as (delete from supervision_alerts where rule_id = $1 returning id)
                delete from notifications where template like 'supervision.%'`,
        [rule.id],
      );

    const first: Awaited<ReturnType<typeof run>>[] = [];
    const again: Awaited<ReturnType<typeof run>>[] = [];
    const bares: Awaited<ReturnType<typeof bare>>[] = [];
    for (let i = 0; i < opts.runs; i++) {
      await clear();
      bares.push(await bare());
      first.push(await run());
      again.push(await run());
      const f = first.at(-1) as (typeof first)[number];
      const a = again.at(-1) as (typeof again)[number];
      say(
        `run ${i + 1}: first ${Math.round(f.ms)} ms (${f.raised} raised of ${f.population}; CPU app ${f.appCpu} ms, pg ${f.pgCpu} ms), ` +
          `re-run ${Math.round(a.ms)} ms (${a.raised} raised, ${a.unchanged} unchanged), bare anti-join ${Math.round((bares.at(-1) as { ms: number }).ms)} ms (${(bares.at(-1) as { n: number }).n} people)`,
      );
    }
    const m = (xs: number[]) => Math.round(median(xs));
    say(
      `median: first run ${m(first.map((r) => r.ms))} ms, re-run ${m(again.map((r) => r.ms))} ms, bare ${m(bares.map((r) => r.ms))} ms; ` +
        `CPU per first run app ${m(first.map((r) => r.appCpu))} ms, pg ${m(first.map((r) => r.pgCpu))} ms`,
    );
  } finally {
    await db.end();
    await server.stop();
  }
}
