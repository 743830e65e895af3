import path from 'node:path';
import ExcelJS from 'exceljs';
import pg from 'pg';
import { createRng } from '../server/src/cli/demo/random.ts';
import { type PlannedOrg, planOrgs, type Region } from '../server/src/cli/generate/org-plan.ts';
import { SCALES } from '../server/src/cli/generate/scales.ts';
import { timedCli } from './import.ts';
import { freshDataDir, median, runCli, say, startServer } from './lib.ts';

// `npm run bench -- import-orgs [--scale province] [--runs 1]`: the organisation import of a whole
// province tree (the generator's plan: 73,944 organisations) as one .xlsx, under the demo city's
// root, with the CLI (the same job handler the API runs): the check, then the write, timed.

const PARTY_OFFICE = '13800000004'; // demo 市委党建办, city-wide org admin rights

/**
 * Writes the plan as an organisation register. The plan's root hangs under `rootParentId` (by
 * number); every other row names its parent, by name when the name is unique in the file and the
 * database, otherwise with its grandparent in front ("XX镇党委/XX村党支部"), as the template says.
 */
async function writeOrgRegister(file: string, plan: PlannedOrg[], rootParentId: number) {
  const byId = new Map(plan.map((o) => [o.id, o]));
  const uses = new Map<string, number>();
  for (const o of plan) uses.set(o.name, (uses.get(o.name) ?? 0) + 1);
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true, useStyles: false });
  const sheet = book.addWorksheet('党组织');
  sheet.addRow(['组织名称', '简称', '组织类别', '上级组织', '上级组织编号', '排序']).commit();
  for (const o of plan) {
    const parent = o.parentId === null ? null : byId.get(o.parentId);
    let parentName: string | null = null;
    if (parent) {
      // A name used more than once is written as its whole path of names from the file's root.
      const chain: string[] = [];
      for (let p: PlannedOrg | undefined = parent; p; p = p.parentId === null ? undefined : byId.get(p.parentId)) {
        chain.unshift(p.name);
      }
      parentName = (uses.get(parent.name) ?? 0) > 1 ? chain.join('/') : parent.name;
    }
    // The generator makes some short names longer than an office may type (20 characters): left out.
    const shortName = o.shortName && [...o.shortName].length <= 20 ? o.shortName : null;
    sheet.addRow([o.name, shortName, o.type, parentName, parent ? null : rootParentId, o.sortOrder]).commit();
  }
  await sheet.commit();
  await book.commit();
}

export async function benchImportOrgs(opts: {
  scale: 'city' | 'province';
  runs: number;
  pgPort: number;
  port: number;
}) {
  const results: { orgs: number; check: number; write: number; rss: number }[] = [];
  for (let run = 1; run <= opts.runs; run++) {
    const data = freshDataDir('import-orgs');
    try {
      const seeded = await runCli(['seed'], data.dir, opts.pgPort);
      if (seeded.code !== 0) throw new Error('seed failed');
      const server = await startServer(data.dir, opts.port, opts.pgPort);
      try {
        const client = new pg.Client({ connectionString: server.pgUrl });
        await client.connect();
        const regions = (
          await client.query<Region>(`select code, name, level, parent_code as "parentCode" from regions order by code`)
        ).rows;
        // An empty committee under the demo root to import into: the scope then holds only the file's
        // organisations (the demo city has the same names), as for an office importing its own tree.
        const made = await client.query<{ id: number }>(
          `insert into orgs (parent_id, path, depth, name, type) values (1, 'pending', 1, '基准测试导入', 'committee')
           returning id`,
        );
        const into = made.rows[0]?.id as number;
        await client.query(`update orgs set path = '/1/' || id || '/' where id = $1`, [into]);
        await client.end();
        const plan = planOrgs(SCALES[opts.scale], regions, createRng(run));
        const file = path.join(data.dir, `orgs-${plan.length}.xlsx`);
        say(`run ${run}: writing ${plan.length} organisations`);
        await writeOrgRegister(file, plan, into);
        const common = ['import', '--kind', 'orgs', '--file', file, '--org', String(into), '--as', PARTY_OFFICE];
        const check = await timedCli([...common, '--dry-run', '--report', `${file}.check.xlsx`], data.dir, opts.pgPort);
        if (check.code !== 0) throw new Error(`dry run exited ${check.code}`);
        const write = await timedCli([...common, '--report', `${file}.report.xlsx`], data.dir, opts.pgPort);
        if (write.code !== 0 || !write.stdout.includes(`written ${plan.length}`)) {
          throw new Error(`import exited ${write.code}`);
        }
        say(`run ${run}: check ${check.seconds} s, import ${write.seconds} s (RSS ${write.maxRssMb} MB)`);
        results.push({
          orgs: plan.length,
          check: check.seconds,
          write: write.seconds,
          rss: Math.max(check.maxRssMb, write.maxRssMb),
        });
      } finally {
        await server.stop();
      }
    } finally {
      data.remove();
    }
  }
  const m = (k: keyof (typeof results)[number]) => median(results.map((r) => r[k]));
  say(`== organisation import of ${m('orgs')} organisations (${opts.scale}), median of ${opts.runs} runs`);
  say(`   dry run (check every row):     ${m('check').toFixed(1)} s`);
  say(`   import (check + write, 1 tx):  ${m('write').toFixed(1)} s`);
  say(`   peak RSS of the CLI process:   ${m('rss')} MB`);
}
