import { freshDataDir, median, parseGenerateOutput, runCli, say } from './lib.ts';

// `npm run bench -- generate [--scale city] [--runs 3] [--seed 1] [--days 30]`: runs the generator on a fresh
// DATA_DIR under /tmp each time (the embedded cluster is created, migrated and filled, then removed)
// and prints the generator's own load/vacuum times, the command's wall time and rows per second.

/** What `generate --days N` printed about the learning days (see modules/learning/data.ts). */
export function parseLearningLine(stdout: string) {
  const m = stdout.match(
    /learning: (\d+) days, (\d+) person-days \((\d+) active a day\), (\d+) ledger rows, (\d+) org-days, (\d+) person-years; (\d+) leading cadres .* in ([\d.]+) s/,
  );
  if (!m) return null;
  const [days, personDays, activePerDay, ledger, orgDays, personYears, laggards, seconds] = m.slice(1).map(Number);
  return { days, personDays, activePerDay, ledger, orgDays, personYears, laggards, seconds };
}

/** `generate --scale city --days N` on `dir`: the generator's figures, the learning part's and the wall time. */
export async function generateWithDays(dir: string, pgPort: number, seed: number, days: number) {
  const r = await runCli(['generate', '--scale', 'city', '--seed', String(seed), '--days', String(days)], dir, pgPort);
  if (r.code !== 0) throw new Error(`generate exited ${r.code}`);
  const g = parseGenerateOutput(r.stdout);
  return {
    load: g.load,
    vacuum: g.vacuum,
    total: g.total,
    databaseMb: g.databaseMb,
    wall: Math.round(r.seconds * 10) / 10,
    learning: parseLearningLine(r.stdout),
  };
}

export async function benchGenerate(opts: { scale: string; runs: number; seed: number; pgPort: number; days: number }) {
  const runs: ReturnType<typeof parseGenerateOutput>[] = [];
  const walls: number[] = [];
  const learning: ReturnType<typeof parseLearningLine>[] = [];
  for (let i = 0; i < opts.runs; i++) {
    const data = freshDataDir(`gen-${opts.scale}`);
    try {
      say(`generate --scale ${opts.scale} run ${i + 1}/${opts.runs} in ${data.dir}`);
      const args = ['generate', '--scale', opts.scale, '--seed', String(opts.seed), '--days', String(opts.days)];
      const r = await runCli(args, data.dir, opts.pgPort);
      learning.push(parseLearningLine(r.stdout));
      if (r.code !== 0) throw new Error(`generate exited ${r.code}`);
      runs.push(parseGenerateOutput(r.stdout));
      walls.push(r.seconds);
    } finally {
      data.remove();
    }
  }
  const pick = (f: (r: (typeof runs)[number]) => number) => runs.map(f);
  const last = runs[runs.length - 1];
  const summary = {
    scale: opts.scale,
    runs: runs.length,
    orgs: last?.orgs,
    people: last?.people,
    rows: last?.rows,
    databaseMb: last?.databaseMb,
    loadSeconds: pick((r) => r.load),
    vacuumSeconds: pick((r) => r.vacuum),
    generatorSeconds: pick((r) => r.total),
    commandWallSeconds: walls.map((w) => Math.round(w * 10) / 10),
    medianGeneratorSeconds: median(pick((r) => r.total)),
    medianCommandWallSeconds: Math.round(median(walls) * 10) / 10,
    medianRowsPerSecond: median(pick((r) => r.rowsPerSecond)),
    days: opts.days,
    learning,
    medianLearningSeconds: opts.days > 0 ? median(learning.map((l) => l?.seconds ?? 0)) : undefined,
  };
  console.log(JSON.stringify(summary, null, 2));
  return summary;
}
