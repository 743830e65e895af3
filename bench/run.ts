import { parseArgs } from 'node:util';
import { benchApi } from './api.ts';
import { benchGenerate } from './generate.ts';

// Entry point: `npm run bench -- generate|api|import|kernel|learning …` (see bench/README.md).
const [which, ...rest] = process.argv.slice(2);
const { values } = parseArgs({
  args: rest,
  options: {
    scale: { type: 'string', default: 'city' },
    seed: { type: 'string', default: '1' },
    runs: { type: 'string', default: '3' },
    orgs: { type: 'string' },
    searches: { type: 'string', default: '200' },
    rows: { type: 'string', default: '170000' },
    'data-dir': { type: 'string' },
    phone: { type: 'string' },
    password: { type: 'string' },
    keep: { type: 'boolean', default: false },
    seconds: { type: 'string', default: '8' },
    'lock-seconds': { type: 'string', default: '60' },
    users: { type: 'string', default: '200' },
    pairs: { type: 'string', default: 'write,read,hello' },
    'api-processes': { type: 'string', default: '1' },
    port: { type: 'string', default: '3917' },
    'pg-port': { type: 'string', default: '55441' },
    days: { type: 'string', default: '0' },
    members: { type: 'string', default: '60000' },
    parts: { type: 'string' },
  },
});
const common = { scale: String(values.scale), seed: Number(values.seed), pgPort: Number(values['pg-port']) };

if (which === 'generate') {
  await benchGenerate({ ...common, runs: Number(values.runs), days: Number(values.days) });
} else if (which === 'learning') {
  // The learning modules on a city with 30 days of learning (bench/learning.ts).
  const { benchLearning, LEARNING_PARTS } = await import('./learning.ts');
  await benchLearning({
    runs: Number(values.runs),
    members: Number(values.members),
    users: values.users === '200' ? 2000 : Number(values.users),
    seconds: Number(values.seconds),
    days: values.days === '0' ? 30 : Number(values.days),
    seed: Number(values.seed),
    port: Number(values.port),
    pgPort: Number(values['pg-port']),
    dataDir: typeof values['data-dir'] === 'string' ? values['data-dir'] : undefined,
    keep: values.keep === true,
    parts: new Set(typeof values.parts === 'string' ? values.parts.split(',') : LEARNING_PARTS),
  });
} else if (which === 'api') {
  await benchApi({
    ...common,
    orgs: values.orgs ? Number(values.orgs) : undefined,
    searches: Number(values.searches),
    keep: values.keep === true,
    port: Number(values.port),
    reuse:
      typeof values['data-dir'] === 'string'
        ? { dataDir: values['data-dir'], phone: String(values.phone), password: String(values.password) }
        : undefined,
  });
} else if (which === 'kernel') {
  // Loaded on demand like import: the request-kernel bench against the bare stack (bench/kernel.ts).
  const { benchKernel } = await import('./kernel.ts');
  await benchKernel({
    runs: Number(values.runs),
    seconds: Number(values.seconds),
    lockSeconds: Number(values['lock-seconds']),
    users: Number(values.users),
    pairs: String(values.pairs).split(','),
    apiProcesses: Number(values['api-processes']),
    port: Number(values.port),
    pgPort: Number(values['pg-port']),
  });
} else if (which === 'import') {
  // Loaded on demand: the Excel import bench is its own script (bench/import.ts).
  const { benchImport } = await import('./import.ts');
  await benchImport({
    rows: Number(values.rows),
    runs: Number(values.runs),
    pgPort: Number(values['pg-port']),
    port: Number(values.port),
  });
} else if (which === 'import-orgs') {
  // The organisation import of a whole generated tree (bench/import-orgs.ts).
  const { benchImportOrgs } = await import('./import-orgs.ts');
  await benchImportOrgs({
    scale: values.scale === 'province' ? 'province' : 'city',
    runs: Number(values.runs),
    pgPort: Number(values['pg-port']),
    port: Number(values.port),
  });
} else if (which === 'supervision') {
  // The article's warning rule over a generated city or province (bench/supervision.ts).
  const { benchSupervision } = await import('./supervision.ts');
  await benchSupervision({
    ...common,
    days: values.days === '0' ? 30 : Number(values.days),
    runs: Number(values.runs),
    port: Number(values.port),
    reuse:
      typeof values['data-dir'] === 'string'
        ? { dataDir: values['data-dir'], phone: String(values.phone), password: String(values.password) }
        : undefined,
  });
} else if (which === 'learning-dashboard') {
  // The learning dashboard and not-studied list of a city root (bench/learning-dashboard.ts).
  const { benchLearningDashboard } = await import('./learning-dashboard.ts');
  await benchLearningDashboard({
    ...common,
    runs: Number(values.runs),
    port: Number(values.port),
    reuse:
      typeof values['data-dir'] === 'string'
        ? { dataDir: values['data-dir'], phone: String(values.phone), password: String(values.password) }
        : undefined,
  });
} else {
  console.error(
    'usage: npm run bench -- generate|api|import|import-orgs|kernel|learning|learning-dashboard|supervision [--scale city|province] [--days N] [--members N] [--seed N] [--runs N] [--orgs N] [--searches N] [--rows N] [--keep | --data-dir D --phone P --password W]',
  );
  process.exit(64);
}
process.exit(0);
