import cluster, { type Worker } from 'node:cluster';
import type { Config } from './config.ts';
import { openDatabase } from './platform/db/bootstrap.ts';
import { releaseSignalsToCaller } from './platform/db/embedded.ts';

// API_PROCESSES > 1: one port, several API processes (node:cluster). The primary opens the database
// (starting the embedded PostgreSQL when DATABASE_URL is unset) and runs the migrations, then forks
// the API processes, which listen on the same port (the primary hands each new connection to one of
// them in turn) and share its database. Only the first runs the start-up seeding and, with WORKER,
// the background work. Each process has its own caches and its own LISTEN connection, exactly like
// processes behind a load balancer (README, "Running several API and worker processes"), so every
// revocation reaches all of them; announcements that skip NOTIFY (the locale) are relayed between
// the siblings by the primary (platform/db/change-feed.ts). A process that dies is started again.

/** Set by the primary in each forked API process: 1 for the first (seeding, background work). */
export const PROCESS_INDEX_ENV = 'HY_API_PROCESS_INDEX';

/** The index of this API process under a cluster (1 = the first), or null without one. */
export function clusterIndex(): number | null {
  return cluster.isWorker ? Number(process.env[PROCESS_INDEX_ENV] ?? 0) || null : null;
}

export async function runPrimary(config: Config, say: (msg: string) => void): Promise<void> {
  // The processes open their own pools; the primary's stays idle (its connections time out).
  const runtime = await openDatabase(config, say);
  releaseSignalsToCaller();

  const byIndex = new Map<number, Worker>();
  let stopping = false;
  const fork = (index: number) => {
    const worker = cluster.fork({ [PROCESS_INDEX_ENV]: String(index) });
    byIndex.set(index, worker);
    worker.on('message', (message: unknown) => {
      // A change-feed announcement of one process, for its siblings (see change-feed.ts).
      for (const other of byIndex.values()) if (other !== worker && other.isConnected()) other.send(message as object);
    });
    worker.on('exit', (code, signal) => {
      if (byIndex.get(index) === worker) byIndex.delete(index);
      if (stopping) return;
      say(`API process ${index} exited (${signal ?? code}); starting it again`);
      setTimeout(() => fork(index), 1000).unref();
    });
  };
  for (let i = 1; i <= config.API_PROCESSES; i++) fork(i);
  say(`${config.API_PROCESSES} API processes on port ${config.PORT}`);

  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    say(`${signal} received, stopping ${byIndex.size} API processes`);
    const exits = [...byIndex.values()].map((w) => new Promise<void>((resolve) => w.once('exit', () => resolve())));
    for (const w of byIndex.values()) w.process.kill('SIGTERM');
    await Promise.all(exits);
    await runtime.shutdown();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}
