#!/usr/bin/env node
// Builds the web app (web/dist). With --if-stale it builds only when a source is newer than the
// last build, so `npm start` on a fresh clone builds once and later starts cost nothing.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, gzipSync, constants as zlibConstants } from 'node:zlib';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const builtIndex = path.join(root, 'web/dist/index.html');
const sources = ['web/src', 'web/public', 'web/index.html', 'web/vite.config.ts', 'web/package.json', 'contracts/src'];

function newestMtime(target) {
  if (!existsSync(target)) return 0;
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(target)) newest = Math.max(newest, newestMtime(path.join(target, entry)));
  return newest;
}

if (process.argv.includes('--if-stale') && existsSync(builtIndex)) {
  const built = statSync(builtIndex).mtimeMs;
  const newest = Math.max(...sources.map((s) => newestMtime(path.join(root, s))));
  if (newest <= built) process.exit(0);
}

console.log('[hongyun] building the web app (web/dist)…');
const started = Date.now();
const result = spawnSync(
  process.execPath,
  [path.join(root, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'],
  {
    cwd: path.join(root, 'web'),
    stdio: 'inherit',
  },
);
if (result.status !== 0) process.exit(result.status ?? 1);

// Pre-compressed copies beside each chunk (served by the platform to browsers that accept them):
// on a weak mountain signal the bytes matter, and compressing once beats compressing per request.
const assets = path.join(root, 'web/dist/assets');
for (const name of readdirSync(assets)) {
  if (!/\.(js|css|svg|json)$/.test(name)) continue;
  const file = path.join(assets, name);
  const data = readFileSync(file);
  if (data.length < 1024) continue;
  writeFileSync(`${file}.gz`, gzipSync(data, { level: 9 }));
  writeFileSync(`${file}.br`, brotliCompressSync(data, { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 9 } }));
}
console.log(`[hongyun] web app built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
