import { spawn } from 'node:child_process';
import path from 'node:path';
import ExcelJS from 'exceljs';
import pg from 'pg';
import {
  chineseName,
  dateBetween,
  EDUCATIONS,
  ethnicity,
  idNumberFor,
  mobile,
} from '../server/src/cli/demo/people-facts.ts';
import { createRng } from '../server/src/cli/demo/random.ts';
import { readSheetRows } from '../server/src/platform/spreadsheet/sheet-reader.ts';
import { freshDataDir, median, ROOT, runCli, say, startServer } from './lib.ts';

// Excel import of a large register (issue target: 170,000 rows < 120 s, peak RSS < 1 GB).
// Each run: a fresh data folder with the demo city, a register of N new members written the way
// Excel writes files (shared strings, dates as date cells, phones typed as numbers), then the CLI
// import — the same job handler the API runs — measured by /usr/bin/time for wall time and peak RSS.
// The floor in the same run: streaming the same file through exceljs alone (no checks, no database).

const PARTY_OFFICE = '13800000004'; // demo 市委党建办, city-wide org admin rights
// Registers list people born anywhere: these prefectures (遵义, 安顺, 黔东南) hold none of the
// demo city's IDs, so no generated row collides with a demo member.
const BIRTH_REGIONS = ['520302', '520402', '522601', '520321', '522622'];

type Branch = { id: number; name: string };

export async function writeRegister(file: string, rows: number, branches: Branch[], seed: number) {
  const rng = createRng(seed);
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true, useStyles: true });
  const sheet = book.addWorksheet('党员花名册');
  sheet.addRow(['贵阳市党员花名册（批量导入）']).commit();
  sheet
    .addRow([
      '序号',
      '姓名',
      '性别',
      '民族',
      '出生日期',
      '身份证号',
      '手机号码',
      '学历',
      '入党时间',
      '党员类别',
      '职务',
      '所在党组织',
      '组织编号',
    ])
    .commit();
  const seen = new Set<string>();
  const nameCount = new Map<string, number>();
  for (const b of branches) nameCount.set(b.name, (nameCount.get(b.name) ?? 0) + 1);
  for (let i = 1; i <= rows; i++) {
    const gender = rng.chance(0.7) ? 'M' : 'F';
    const birth = dateBetween(rng, 1940, 2002);
    let id = '';
    do id = idNumberFor(BIRTH_REGIONS[rng.int(0, BIRTH_REGIONS.length - 1)] as string, birth, gender, rng);
    while (seen.has(id));
    seen.add(id);
    const branch = branches[i % branches.length] as Branch;
    const joinYear = Math.min(2024, Number(birth.slice(0, 4)) + rng.int(18, 40));
    const row = sheet.addRow([
      i,
      chineseName(rng, gender),
      gender === 'M' ? '男' : '女',
      ethnicity(rng),
      new Date(`${birth}T00:00:00Z`),
      id,
      Number(mobile(rng)), // offices type phones as numbers
      EDUCATIONS[rng.int(0, EDUCATIONS.length - 1)],
      new Date(`${joinYear}-07-01T00:00:00Z`),
      joinYear >= 2024 ? '预备党员' : '正式党员',
      rng.chance(0.1) ? '支部委员' : '党员',
      // Half the rows name the branch, half give its number, as registers from different offices do;
      // a name shared by two branches would (rightly) be refused as ambiguous, so those give the number.
      i % 2 && nameCount.get(branch.name) === 1 ? branch.name : null,
      i % 2 && nameCount.get(branch.name) === 1 ? null : branch.id,
    ]);
    row.getCell(5).numFmt = 'yyyy-mm-dd';
    row.getCell(9).numFmt = 'yyyy-mm-dd';
    row.commit();
  }
  await sheet.commit();
  await book.commit();
}

/** Runs the CLI under /usr/bin/time; returns its wall time, peak RSS and output. */
export function timedCli(args: string[], dataDir: string, pgPort: number) {
  return new Promise<{ code: number; seconds: number; maxRssMb: number; stdout: string }>((resolve, reject) => {
    const child = spawn(
      '/usr/bin/time',
      ['-f', 'TIME %e %M', process.execPath, '--import', 'tsx', 'server/src/cli/index.ts', ...args],
      {
        cwd: ROOT,
        env: {
          ...process.env,
          DATA_DIR: dataDir,
          EMBEDDED_PG_PORT: String(pgPort),
          LOG_LEVEL: 'warn',
          SEED_DEMO: 'false',
        },
      },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => {
      stdout += d;
      process.stdout.write(d);
    });
    child.stderr.on('data', (d: Buffer) => {
      stderr += d;
    });
    child.on('error', reject);
    child.on('exit', (code) => {
      const m = stderr.match(/TIME ([\d.]+) (\d+)/);
      if (!m) return reject(new Error(`no timing from /usr/bin/time: ${stderr.slice(-500)}`));
      resolve({ code: code ?? 1, seconds: Number(m[1]), maxRssMb: Math.round(Number(m[2]) / 1024), stdout });
    });
  });
}

export async function benchImport(opts: { rows: number; runs: number; pgPort: number; port: number }) {
  const results: { check: number; write: number; rss: number; floor: number }[] = [];
  for (let run = 1; run <= opts.runs; run++) {
    const data = freshDataDir('import');
    try {
      const seeded = await runCli(['seed'], data.dir, opts.pgPort);
      if (seeded.code !== 0) throw new Error('seed failed');
      // Keep the database up between the steps (the CLI shares a running server's database).
      const server = await startServer(data.dir, opts.port, opts.pgPort);
      try {
        const client = new pg.Client({ connectionString: server.pgUrl });
        await client.connect();
        const branches = (
          await client.query<Branch>(`select id, name from orgs where type = 'branch' and not is_dissolved order by id`)
        ).rows;
        await client.end();
        const file = path.join(data.dir, `register-${opts.rows}.xlsx`);
        say(`run ${run}: writing ${opts.rows} rows over ${branches.length} branches`);
        await writeRegister(file, opts.rows, branches, 1000 + run);
        let started = performance.now();
        let n = 0;
        for await (const _ of readSheetRows(file)) n++;
        const floor = (performance.now() - started) / 1000;
        say(`floor: exceljs streaming read of ${n} rows took ${floor.toFixed(1)} s`);
        started = performance.now();
        const common = [
          'import',
          '--file',
          file,
          '--org',
          '1',
          '--as',
          PARTY_OFFICE,
          '--report',
          `${file}.report.xlsx`,
        ];
        const check = await timedCli([...common, '--dry-run'], data.dir, opts.pgPort);
        if (check.code !== 0) throw new Error(`dry run exited ${check.code}`);
        const write = await timedCli(common, data.dir, opts.pgPort);
        if (write.code !== 0 || !write.stdout.includes(`written ${opts.rows}`))
          throw new Error(`import exited ${write.code}`);
        say(
          `run ${run}: check ${check.seconds} s (RSS ${check.maxRssMb} MB), import ${write.seconds} s (RSS ${write.maxRssMb} MB)`,
        );
        results.push({
          check: check.seconds,
          write: write.seconds,
          rss: Math.max(check.maxRssMb, write.maxRssMb),
          floor,
        });
      } finally {
        await server.stop();
      }
    } finally {
      data.remove();
    }
  }
  const m = (k: keyof (typeof results)[number]) => median(results.map((r) => r[k]));
  say(`== Excel import of ${opts.rows} rows, median of ${opts.runs} runs`);
  say(`   dry run (check every row):     ${m('check').toFixed(1)} s`);
  say(`   import (check + write, 1 tx):  ${m('write').toFixed(1)} s   target < 120 s`);
  say(`   peak RSS of the CLI process:   ${m('rss')} MB   target < 1024 MB`);
  say(
    `   floor, exceljs read alone:     ${m('floor').toFixed(1)} s   (import / floor = ${(m('write') / m('floor')).toFixed(1)}×)`,
  );
}
