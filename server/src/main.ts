import cluster from 'node:cluster';
import { buildApp } from './app.ts';
import { seedDemoIfEmpty } from './cli/seed-demo.ts';
import { clusterIndex, runPrimary } from './cluster.ts';
import { loadConfigOrExit } from './config.ts';
import { seedCalendar } from './core/calendar/index.ts';
import { openDatabase } from './platform/db/bootstrap.ts';
import { releaseSignalsToCaller } from './platform/db/embedded.ts';
import { startWorker } from './worker.ts';

// Starts the API (and the background worker unless WORKER=false or --api-only) on one process, or
// with API_PROCESSES > 1 as a node:cluster of API processes on one port (cluster.ts).
async function main() {
  const config = loadConfigOrExit();
  const index = clusterIndex();
  const say = (msg: string) => console.log(`[hongyun${index ? ` ${index}` : ''}] ${msg}`);
  if (config.API_PROCESSES > 1 && cluster.isPrimary) return runPrimary(config, say);
  // Under a cluster only the first process seeds and runs background work.
  const isFirst = index === null || index === 1;
  const runtime = await openDatabase(config, say);
  const app = await buildApp(config, runtime.database);
  // New years of China's holidays arrive with the package: add them at every start (admin edits kept).
  if (isFirst) {
    const calendar = await seedCalendar(app.services.db);
    say(`workday calendar: ${calendar.years[0]}–${calendar.years.at(-1)} from the package`);
  }

  if (isFirst && config.SEED_DEMO && !config.isProduction) {
    const demo = await seedDemoIfEmpty(app.services, say);
    if (demo) printDemo(demo, config.HOST, config.PORT);
  }
  const isWorker = isFirst && config.WORKER && !process.argv.includes('--api-only');
  const worker = isWorker ? startWorker(app.services) : null;

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    say(`${signal} received, shutting down`);
    await worker?.stop();
    await app.close();
    await runtime.shutdown();
    process.exit(0);
  };
  releaseSignalsToCaller();
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));

  let address: string;
  try {
    address = await app.listen({ host: config.HOST, port: config.PORT });
  } catch (e) {
    // The port is taken (or similar): stop the embedded database too, not just this process.
    console.error(e);
    await worker?.stop();
    await runtime.shutdown();
    process.exit(1);
  }
  say(`API ready at ${address}  (docs: ${address}/api/docs)`);
}

function printDemo(
  demo: { accounts: { role: string; label: string; phone: string; password: string; org: string }[] },
  host: string,
  port: number,
) {
  console.log('\n================ 红云 Hongyun demo ================');
  console.log(`URL: http://${host}:${port}/   API docs: http://${host}:${port}/api/docs`);
  console.log('Demo accounts (phone / password):');
  // CJK characters take two columns in a terminal.
  const pad = (text: string, width: number) =>
    text + ' '.repeat(Math.max(1, width - [...text].reduce((w, ch) => w + (ch.charCodeAt(0) > 0x2e80 ? 2 : 1), 0)));
  for (const a of demo.accounts) console.log(`  ${pad(a.label, 20)}${a.phone}  ${a.password}   @ ${a.org}`);
  console.log('===================================================\n');
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
