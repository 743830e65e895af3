import { createReadStream, createWriteStream } from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { ErrorCatalog, type ErrorCode } from '@hongyun/contracts';
import { eq } from 'drizzle-orm';
import { findAccountForLogin } from '../core/accounts/queries.ts';
import { ORGS_IMPORT } from '../core/org/jobs/import-orgs.ts';
import { PEOPLE_EXPORT } from '../core/people/jobs/export-people.ts';
import { PEOPLE_IMPORT } from '../core/people/jobs/import-people.ts';
import { normalizePhone } from '../core/people/validation.ts';
import type { Services } from '../platform/context.ts';
import { AppError } from '../platform/errors.ts';
import { findFile, recordFile, XLSX_TYPE } from '../platform/files/records.ts';
import { acceptSpreadsheet } from '../platform/files/zip-guard.ts';
import { createJobRow, runJob } from '../platform/jobs/runner.ts';
import { jobs } from '../platform/jobs/schema.ts';
import { type Command, say, withServices } from './with-services.ts';

// `import` and `export` do what the API does, for offices that script their work: the same job
// handlers, the same checks against the named account's grants, the same audit rows.

async function accountByPhone(s: Services, phone: unknown): Promise<string | null> {
  const normalized = typeof phone === 'string' ? normalizePhone(phone) : null;
  if (!normalized) return null;
  const acc = await findAccountForLogin(s.db, s.crypto, normalized);
  // As at sign-in: demo accounts do not exist in production.
  return acc && !acc.isDisabled && !(acc.isDemo && s.config.isProduction) ? acc.id : null;
}

/** Runs a job in this process, printing its progress every two seconds. */
async function runWithProgress(s: Services, jobId: string) {
  const timer = setInterval(async () => {
    const [j] = await s.db
      .select({ done: jobs.done, total: jobs.total, phase: jobs.phase })
      .from(jobs)
      .where(eq(jobs.id, jobId));
    if (j?.phase) say(`${j.phase}: ${j.done}${j.total ? ` / ~${j.total}` : ''} rows`);
  }, 2000);
  try {
    return await runJob(s, jobId);
  } finally {
    clearInterval(timer);
  }
}

async function saveFileTo(s: Services, fileId: unknown, target: string) {
  const f = typeof fileId === 'string' ? await findFile(s.db, fileId) : null;
  if (!f) return false;
  await pipeline(s.files.open(f.storageKey), createWriteStream(target, { mode: 0o600 }));
  return true;
}

const failure = (code: string | null) => {
  const c = (code ?? 'INTERNAL') as ErrorCode;
  return `${c}: ${(ErrorCatalog[c] ?? ErrorCatalog.INTERNAL).zh} / ${(ErrorCatalog[c] ?? ErrorCatalog.INTERNAL).en}`;
};

// What `import --kind` reads: members (the default) or organisations, each by its own job handler.
const IMPORT_KINDS = new Map([
  ['people', PEOPLE_IMPORT],
  ['orgs', ORGS_IMPORT],
]);
const IMPORT_USAGE =
  'usage: import --file F.xlsx --org ID --as PHONE [--kind people|orgs] [--dry-run] [--report OUT.xlsx]';

export const importCommand: Command = {
  summary:
    'import members (or --kind orgs: organisations) from .xlsx: --file F --org ID --as PHONE [--dry-run] [--report OUT.xlsx]; all or nothing',
  options: {
    kind: { type: 'string', default: 'people' },
    file: { type: 'string' },
    org: { type: 'string' },
    as: { type: 'string' },
    'dry-run': { type: 'boolean', default: false },
    report: { type: 'string' },
  },
  run: async (config, v) => {
    const file = typeof v.file === 'string' ? v.file : null;
    const orgId = Number(v.org);
    const jobKind = IMPORT_KINDS.get(typeof v.kind === 'string' ? v.kind : 'people');
    if (!file || !Number.isSafeInteger(orgId) || typeof v.as !== 'string' || !jobKind) {
      console.error(IMPORT_USAGE);
      return 64;
    }
    return withServices(config, async (s) => {
      const accountId = await accountByPhone(s, v.as);
      if (!accountId) {
        console.error(`no active account with phone ${v.as}`);
        return 1;
      }
      const key = s.files.newKey('xlsx');
      const saved = await s.files.save(key, createReadStream(file));
      try {
        await acceptSpreadsheet(s.files, key, path.basename(file));
      } catch (e) {
        console.error(failure(e instanceof AppError ? e.code : 'FILE_TYPE_NOT_ALLOWED'));
        return 1;
      }
      const upload = await recordFile(s.db, {
        purpose: 'import_upload',
        displayName: path.basename(file),
        storageKey: key,
        contentType: XLSX_TYPE,
        ownerAccountId: accountId,
        ...saved,
      });
      const dryRun = v['dry-run'] === true;
      const job = await createJobRow(s.db, {
        kind: jobKind,
        params: { fileId: upload.id, orgId, dryRun, source: 'cli' },
        orgId,
        requestedBy: accountId,
        lang: 'zh',
      });
      say(`${dryRun ? 'checking' : 'importing'} ${file} (${saved.sizeBytes} bytes) into org ${orgId}, job ${job.id}`);
      const done = await runWithProgress(s, job.id);
      // A rejected import (rows failed, nothing written) has its report like a check: exit 2 below.
      if (done?.status !== 'succeeded' && done?.status !== 'rejected') {
        console.error(failure(done?.errorCode ?? null));
        if (done?.result) console.error(JSON.stringify(done.result));
        return 1;
      }
      const r = done.result as Record<string, unknown>;
      const reportPath =
        typeof v.report === 'string'
          ? v.report
          : path.join(path.dirname(file), `${path.basename(file, '.xlsx')}-导入结果.xlsx`);
      await saveFileTo(s, r.reportFileId, reportPath);
      say(`rows ${r.rows}, valid ${r.valid}, invalid ${r.invalid}, written ${r.written}; report: ${reportPath}`);
      for (const p of (r.sampleProblems as { row: number; message: string }[]).slice(0, 20)) {
        say(`  第 ${p.row} 行: ${p.message}`);
      }
      if (Number(r.invalid) > 0) {
        say(dryRun ? 'problems found (nothing is written in a dry run)' : 'problems found: NOTHING was written');
        return 2;
      }
      return 0;
    });
  },
};

export const exportCommand: Command = {
  summary:
    'export members to .xlsx as an account sees them: --as PHONE --out F.xlsx [--org ID] [--status full|probationary]',
  options: { as: { type: 'string' }, out: { type: 'string' }, org: { type: 'string' }, status: { type: 'string' } },
  run: async (config, v) => {
    const out = typeof v.out === 'string' ? v.out : null;
    const orgId = v.org === undefined ? undefined : Number(v.org);
    const status = v.status;
    if (
      !out ||
      typeof v.as !== 'string' ||
      (orgId !== undefined && !Number.isSafeInteger(orgId)) ||
      (status !== undefined && status !== 'full' && status !== 'probationary')
    ) {
      console.error('usage: export --as PHONE --out F.xlsx [--org ID] [--status full|probationary]');
      return 64;
    }
    return withServices(config, async (s) => {
      const accountId = await accountByPhone(s, v.as);
      if (!accountId) {
        console.error(`no active account with phone ${v.as}`);
        return 1;
      }
      const filter = { ...(orgId !== undefined ? { orgId } : {}), ...(status ? { partyStatus: status } : {}) };
      const job = await createJobRow(s.db, {
        kind: PEOPLE_EXPORT,
        params: { filter, source: 'cli' },
        orgId: orgId ?? null,
        requestedBy: accountId,
        lang: 'zh',
      });
      const done = await runWithProgress(s, job.id);
      // A rejected import (rows failed, nothing written) has its report like a check: exit 2 below.
      if (done?.status !== 'succeeded' && done?.status !== 'rejected') {
        console.error(failure(done?.errorCode ?? null));
        return 1;
      }
      const r = done.result as Record<string, unknown>;
      await saveFileTo(s, r.fileId, out);
      say(`exported ${r.rows} people (${r.maskedIdNumbers} with masked ID numbers) to ${out}`);
      return 0;
    });
  },
};
