// Imports members from an uploaded .xlsx (job kind 'people.import'): reads the file as a stream,
// validates every row (the row reader, then duplicates in the file and in the register, then the
// organisation within the importer's scope), writes a per-row report, and — unless it is a dry run —
// writes everyone in ONE transaction only if every row passed. Records 'people.imported' and audits.
import { FieldMessages, JobSource, StartImportRequest } from '@hongyun/contracts';
import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import type pg from 'pg';
import type { z } from 'zod';
import { appendAudit } from '../../../platform/audit/chain.ts';
import type { Ctx, Services, TxCtx } from '../../../platform/context.ts';
import { withClientTransaction } from '../../../platform/db/copy.ts';
import { isUniqueViolation } from '../../../platform/db/unique-violation.ts';
import { AppError, type Lang } from '../../../platform/errors.ts';
import { recordEvent } from '../../../platform/events/record.ts';
import { getOwnFile, markUploadConsumed } from '../../../platform/files/records.ts';
import { type JobOutcome, type JobRun, typedJob } from '../../../platform/jobs/registry.ts';
import { jobs } from '../../../platform/jobs/schema.ts';
import { concludeImport, RejectImport } from '../../../platform/spreadsheet/import-outcome.ts';
import { columnIndex, type RegisterHeader, registerRows } from '../../../platform/spreadsheet/register-rows.ts';
import { createImportReport, unusedColumns, unusedColumnsLine } from '../../../platform/spreadsheet/report-writer.ts';
import { lockOrgTree } from '../../org/index.ts';
import { authorize } from '../../policy.ts';
import { type BulkPerson, copyPeopleBatch } from '../bulk-load.ts';
import { answerDuplicateIdNumbers } from '../id-number-answers.ts';
import { ColumnByKey, type ColumnKey, matchHeaderRow } from '../import/columns.ts';
import { type ImportOrg, loadOrgResolver } from '../import/org-resolver.ts';
import { type PersonImportRow, readPersonRow } from '../import/read-person-row.ts';
import { findOrg } from '../queries.ts';
import { people } from '../schema.ts';
import { todayInChina } from '../validation.ts';

export const PEOPLE_IMPORT = 'people.import';
// `source`: the CLI says 'cli' so the audit log tells a scripted import from one made on the web.
export const PeopleImportParams = StartImportRequest.required().extend({ source: JobSource });
export type PeopleImportParams = z.infer<typeof PeopleImportParams>;

const BATCH = 500;
const SAMPLE_MAX = 200;

type Pending = {
  rowNumber: number;
  values: unknown[];
  /** The name as read, for the problem table (null when the name cell failed). */
  name: string | null;
  row: PersonImportRow | null;
  /** The organisation the row resolved to within the import's scope. */
  org: ImportOrg | null;
  /** Lookup hashes of the row's ID number under every crypto profile (computed once); [] when invalid. */
  hashes: string[];
  problems: string[];
};
type Problem = { row: number; name: string | null; column: string | null; code: string; message: string };

const messageOf = (code: string, lang: Lang) => FieldMessages[code]?.[lang] ?? code;

export async function importPeople(services: Services, run: JobRun<PeopleImportParams>): Promise<JobOutcome> {
  const { job, actor } = run;
  const { params } = run;
  const lang = job.lang;
  const ctx: Ctx = { ...services, actor, requestId: `job:${job.id}`, ip: null, lang };
  const scope = await findOrg(services.db, params.orgId);
  if (!scope) throw new AppError('NOT_FOUND');
  authorize(actor, 'people.import', { orgPath: scope.path }); // re-checked: grants may have changed
  const upload = await getOwnFile(services.db, actor, params.fileId); // still the importer's, not expired

  // How many rows to expect is known only after one full read: the check run before a write gives
  // the progress bar its total (a streamed .xlsx does not say how many rows it has).
  const expectedRows = await rowsOfEarlierCheck(services, upload.id);
  const reportKey = services.files.newKey('xlsx');
  const report = createImportReport(services.files.pathOf(reportKey), {
    sheet: lang === 'zh' ? '导入结果' : 'Import result',
    result: lang === 'zh' ? '导入结果' : 'Result',
    ok: lang === 'zh' ? '通过' : 'OK',
    notes: lang === 'zh' ? '说明' : 'Notes',
  });
  const stats = { rows: 0, valid: 0, invalid: 0, written: 0, duplicatesInRegister: 0 };
  // For the audit only: the importer learns that a number is registered, never where.
  let duplicatesOutsideScope = 0;
  const byCode: Record<string, number> = {};
  const sample: Problem[] = [];
  const today = todayInChina();
  let unknownColumns: string[] = [];

  const validateAndWrite = async (tx: TxCtx, client: pg.PoolClient | null) => {
    if (client) await lockOrgTree(tx.db, 'shared'); // paths copied into people must not move meanwhile
    const resolver = await loadOrgResolver(tx.db, scope.path);
    const seenIds = new Map<string, number>(); // lookup hash → first row number in this file
    let header: RegisterHeader<ColumnKey> | null = null;
    let pending: Pending[] = [];

    const note = (p: Pending, key: ColumnKey, code: string, suffix = '') => {
      const column = columnIndex(header, key);
      const label = column !== null ? (header?.labels.get(column) ?? null) : null;
      const message = `${label ? `${label}：` : ''}${messageOf(code, lang)}${suffix}`;
      p.problems.push(message);
      byCode[code] = (byCode[code] ?? 0) + 1;
      if (sample.length < SAMPLE_MAX) sample.push({ row: p.rowNumber, name: p.name, column: label, code, message });
    };

    // ID numbers already in the register among `hashes` (lookup hashes under every profile), with
    // where each is registered, so probing outside the scope is visible to auditors.
    const registered = async (hashes: string[]) =>
      new Map(
        hashes.length
          ? (
              await tx.db
                .select({ h: people.idNumberHash, orgPath: people.orgPath })
                .from(people)
                .where(inArray(people.idNumberHash, hashes))
            ).map((r) => [r.h, r.orgPath])
          : [],
      );
    // What each duplicate may be told (inside the scope or not), counted against the importer's
    // daily cap outside the write transaction: the one rule of id-number-answers.ts.
    const noteRegistered = async (batch: Pending[], taken: Map<string | null, string | null>) => {
      const answers = await answerDuplicateIdNumbers(ctx, {
        holderPaths: batch.map((p) => {
          const takenAt = p.hashes.find((h) => taken.has(h));
          return takenAt === undefined ? undefined : (taken.get(takenAt) ?? null);
        }),
        roots: [scope.path],
        source: 'import',
        orgId: scope.id,
      });
      let hit = 0;
      for (const [i, p] of batch.entries()) {
        const answer = answers[i];
        if (!answer) continue;
        note(p, 'idNumber', answer === 'inside' ? 'id_number.exists' : 'id_number.exists_outside');
        p.row = null;
        stats.duplicatesInRegister++;
        if (answer === 'outside') duplicatesOutsideScope++;
        hit++;
      }
      return hit;
    };

    const flush = async () => {
      if (pending.length === 0) return;
      // Every row with a valid ID number is looked up, whatever else is wrong with it: the office
      // fixes all of a row's problems in one round.
      const taken = await registered(pending.flatMap((p) => p.hashes));
      await noteRegistered(pending, taken);
      const hasFailed = stats.invalid > 0 || pending.some((p) => p.problems.length > 0);
      if (client && !hasFailed) {
        const ready = pending.map((p) => toBulk(p.row as PersonImportRow, p.org as ImportOrg, today));
        // A registration may commit one of these ID numbers after the lookup above (it does not wait
        // for the import): its unique violation rolls back this batch only, and the rows it hit are
        // reported like any registered number instead of failing the job as INTERNAL.
        await client.query('savepoint import_batch');
        try {
          stats.written += await copyPeopleBatch(client, tx.crypto, ready, 'import');
          await client.query('release savepoint import_batch');
        } catch (e) {
          if (!isUniqueViolation(e, 'people_id_number_hash_idx')) throw e;
          await client.query('rollback to savepoint import_batch');
          const now = await registered(pending.flatMap((p) => p.hashes));
          if ((await noteRegistered(pending, now)) === 0) throw e; // not a race we can explain to the office
        }
      }
      for (const p of pending) {
        if (p.problems.length) stats.invalid++;
        else stats.valid++;
        await report.row(p.rowNumber, p.values, p.problems);
      }
      pending = [];
      await run.progress(stats.rows, expectedRows, params.dryRun ? 'validating' : 'importing');
    };
    const rows = registerRows(services.files.pathOf(upload.storageKey), {
      match: matchHeaderRow,
      columnName: (k) => ColumnByKey.get(k)?.[lang] ?? k,
      onHeader: async (h, row, preamble) => {
        header = h;
        unknownColumns = unusedColumns(h.match.unknown);
        if (unknownColumns.length) report.note(unusedColumnsLine(unknownColumns, lang));
        await report.header(row.rowNumber, row.values, preamble);
      },
    });
    for await (const {
      rowNumber,
      values,
      header: { match },
    } of rows) {
      const read = readPersonRow(values, match, today);
      if (read.isBlank) continue;
      stats.rows++;
      const { keys } = read;
      const p: Pending = { rowNumber, values, name: keys.name, row: read.row, org: null, hashes: [], problems: [] };
      for (const prob of read.problems) note(p, prob.column, prob.code);
      // The organisation and duplicate checks run on every row whose cells for them could be read.
      if (keys.org) {
        const resolution = resolver.resolve(keys.org);
        if ('org' in resolution) p.org = resolution.org;
        else note(p, keys.org.id !== null ? 'orgId' : 'orgName', resolution.code, suggestionText(resolution, lang));
      }
      if (keys.idNumber) {
        p.hashes = tx.crypto.lookupHashes(keys.idNumber);
        const hash = p.hashes[0] as string;
        const first = seenIds.get(hash);
        if (first === undefined) seenIds.set(hash, rowNumber);
        else {
          const same = lang === 'zh' ? `（同第 ${first} 行）` : ` (as row ${first})`;
          note(p, 'idNumber', 'id_number.duplicate_in_file', same);
        }
      }
      if (p.problems.length) p.row = null;
      pending.push(p);
      if (pending.length >= BATCH) await flush();
    }
    await flush();
    if (stats.rows === 0) throw new AppError('IMPORT_EMPTY');
    if (!params.dryRun && stats.invalid > 0) throw new RejectImport();
    if (!params.dryRun) {
      await recordEvent(tx, {
        type: 'people.person.imported',
        orgId: scope.id,
        orgPath: scope.path,
        subjectType: 'job',
        subjectId: job.id,
        data: { count: stats.written },
      });
      await appendAudit(tx, {
        action: 'people.imported',
        targetType: 'job',
        targetId: job.id,
        orgId: scope.id,
        details: {
          rows: stats.rows,
          written: stats.written,
          file: upload.displayName,
          sha256: upload.sha256,
          source: params.source,
        },
      });
      await markUploadConsumed(tx.db, upload.id); // written: the upload no longer counts against the quota
    }
  };

  return concludeImport(ctx, {
    kind: 'people',
    jobId: job.id,
    dryRun: params.dryRun,
    upload,
    scope,
    report,
    reportKey,
    stats,
    run: async () => {
      if (params.dryRun) await validateAndWrite(ctx, null);
      else await withClientTransaction(services.pool, (db, client) => validateAndWrite({ ...ctx, db }, client));
    },
    summary: () => ({ problemsByCode: byCode, sampleProblems: sample, unknownColumns }),
    // Like people.duplicate_id_attempt for a single registration: a file of guessed numbers is a probe.
    auditDetails: () => ({
      duplicatesInRegister: stats.duplicatesInRegister,
      duplicatesOutsideScope,
      source: params.source,
    }),
  });
}

/** "（是否为：中共中山社区支部委员会？）": names from the importer's own subtree only (see org-suggestions.ts). */
function suggestionText(resolution: { suggestions?: string[] }, lang: Lang): string {
  const names = resolution.suggestions ?? [];
  if (names.length === 0) return '';
  return lang === 'zh' ? `（是否为：${names.join('、')}？）` : ` (did you mean: ${names.join(', ')}?)`;
}

async function rowsOfEarlierCheck(services: Services, fileId: string): Promise<number | null> {
  const [row] = await services.db
    .select({ rows: sql<number | null>`(${jobs.result} ->> 'rows')::int` })
    .from(jobs)
    .where(
      and(eq(jobs.kind, PEOPLE_IMPORT), eq(jobs.status, 'succeeded'), sql`${jobs.params} ->> 'fileId' = ${fileId}`),
    )
    .orderBy(desc(jobs.finishedAt))
    .limit(1);
  return row?.rows ?? null;
}

function toBulk(r: PersonImportRow, org: { id: number; path: string }, today: string): BulkPerson {
  const { org: _ref, membershipFrom, ...fields } = r;
  return { ...fields, orgId: org.id, orgPath: org.path, membershipFrom: membershipFrom ?? today };
}

export const peopleImportJob = typedJob({ params: PeopleImportParams, run: importPeople });
