// CPU profile of the API server during a bench, in 5-second segments:
//   BENCH_SERVER_NODE_OPTIONS='--import=./bench/cpu-profile.mjs' PROF_DIR=/tmp/prof npm run bench -- kernel …
// (Node 20 refuses --cpu-prof in NODE_OPTIONS.) Only the server process (argv[1] ends in main.ts,
// not tsx's launcher) profiles; each segment is written as seg-<n>-<unix seconds at its end>.cpuprofile,
// so the bench's timestamps tell which pair a segment covers. Summarise one with
// `node bench/profile-summary.mjs <file>`. The sampler sees wall time on the JS thread: a write to a
// socket that wakes PostgreSQL on a 2-core machine shows as time in writev.
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';

if (process.argv[1]?.endsWith(process.env.PROF_MATCH || 'main.ts')) {
  const dir = process.env.PROF_DIR || '/tmp';
  const session = new Session();
  session.connect();
  session.post('Profiler.enable');
  session.post('Profiler.setSamplingInterval', { interval: 200 });
  session.post('Profiler.start');
  let n = 0;
  setInterval(() => {
    session.post('Profiler.stop', (err, result) => {
      if (!err) {
        const name = `seg-${String(n++).padStart(2, '0')}-${Math.round(Date.now() / 1000)}.cpuprofile`;
        writeFileSync(`${dir}/${name}`, JSON.stringify(result.profile));
      }
      session.post('Profiler.start');
    });
  }, 5000).unref();
}
