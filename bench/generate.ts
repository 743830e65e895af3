import { freshDataDir, median, parseGenerateOutput, runCli, say } from './lib.ts';

// `npm run bench -- generate [--scale city] [--runs 3] [--seed 1]`: runs the generator on a fresh
// DATA_DIR under /tmp each time (the embedded cluster is created, migrated and filled, then removed)
// and prints the generator's own load/vacuum times, the command's wall time and rows per second.

export async function benchGenerate(opts: { scale: string; runs: number; seed: number; pgPort: number }) {
  const runs: ReturnType<typeof parseGenerateOutput>[] = [];
  const walls: number[] = [];
  for (let i = 0; i < opts.runs; i++) {
    const data = freshDataDir(`gen-${opts.scale}`);
    try {
      say(`generate --scale ${opts.scale} run ${i + 1}/${opts.runs} in ${data.dir}`);
      const r = await runCli(['generate', '--scale', opts.scale, '--seed', String(opts.seed)], data.dir, opts.pgPort);
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
  };
  console.log(JSON.stringify(summary, null, 2));
  return summary;
}
