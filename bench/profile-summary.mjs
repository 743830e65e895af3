// `node bench/profile-summary.mjs <file.cpuprofile> [top]`: self time by package/file and by
// function, and inclusive time of the functions of our code and the libraries, as shares of the
// busy (non-idle) time.
import { readFileSync } from 'node:fs';

const profile = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const top = Number(process.argv[3] ?? 30);
const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
const self = new Map();
profile.samples.forEach((id, i) => {
  self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
});

const where = (cf) =>
  (cf.url || '').replace(/^file:\/\/.*?\/(server|bench)\//, '$1/').replace(/.*node_modules\//, 'nm/');
const pkg = (url) => {
  if (!url.startsWith('nm/')) return url;
  const parts = url.split('/');
  return parts.slice(0, parts[1]?.startsWith('@') ? 3 : 2).join('/');
};
const byFile = new Map();
const byFn = new Map();
const inclusive = new Map();
let busy = 0;
const add = (m, k, v) => m.set(k, (m.get(k) ?? 0) + v);

function walk(id, open) {
  const n = nodes.get(id);
  const url = where(n.callFrame);
  const key = `${n.callFrame.functionName || '(anon)'} ${url}:${n.callFrame.lineNumber}`;
  const t = self.get(id) ?? 0;
  if (n.callFrame.functionName !== '(idle)') {
    busy += t;
    add(byFile, pkg(url) || n.callFrame.functionName, t);
    add(byFn, key, t);
  }
  const first = !open.has(key);
  if (first) open.add(key);
  let total = t;
  for (const c of n.children ?? []) total += walk(c, open);
  if (first) {
    open.delete(key);
    if (url.startsWith('server/') || url.startsWith('nm/')) add(inclusive, key, total);
  }
  return total;
}
walk(profile.nodes[0].id, new Set());

const show = (title, m) => {
  console.log(`--- ${title}`);
  for (const [k, v] of [...m].sort((a, b) => b[1] - a[1]).slice(0, top)) {
    console.log(`${((v / busy) * 100).toFixed(1).padStart(5)}%  ${k}`);
  }
};
console.log(`busy ${(busy / 1e6).toFixed(2)} s`);
show('self time by package/file', byFile);
show('self time by function', byFn);
show('inclusive, our code and libraries', inclusive);
