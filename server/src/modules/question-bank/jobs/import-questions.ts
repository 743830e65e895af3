// Imports questions from an uploaded spreadsheet into one organisation's bank (job kind
// 'questions.import'), as the register import does: every row is read and checked (the row reader,
// then duplicate stems in the file and in that bank), a per-row report is written, and — unless it is
// a dry run — all questions are written in ONE transaction only if every row passed. A written import
// records 'question.bank.imported' and audits 'questions.imported' in that transaction.
//
// Categories the bank does not have yet are created, not refused: the bank has no managed category
// list (the form takes any category), so refusing would only send the office to type one question
// per new category by hand first. So that a typo does not start a category unnoticed, the check lists
// every new category, and a category that differs from an existing one only in spaces or full-width
// letters takes the existing spelling.
import { FieldMessages, JobSource, StartImportRequest } from '@hongyun/contracts';
import { and, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { findOrg, lockOrgTree } from '../../../core/org/index.ts';
import { authorize } from '../../../core/policy.ts';
import { appendAudit } from '../../../platform/audit/chain.ts';
import type { Ctx, Services, TxCtx } from '../../../platform/context.ts';
import type { DbOrTx } from '../../../platform/db/client.ts';
import { AppError, type Lang } from '../../../platform/errors.ts';
import { recordEvent } from '../../../platform/events/record.ts';
import { getOwnFile, markUploadConsumed } from '../../../platform/files/records.ts';
import { type JobOutcome, type JobRun, typedJob } from '../../../platform/jobs/registry.ts';
import { concludeImport, RejectImport } from '../../../platform/spreadsheet/import-outcome.ts';
import { columnIndex, type RegisterHeader, registerRows } from '../../../platform/spreadsheet/register-rows.ts';
import { createImportReport, unusedColumns, unusedColumnsLine } from '../../../platform/spreadsheet/report-writer.ts';
import { matchQuestionHeader, QuestionColumnByKey, type QuestionColumnKey } from '../import/columns.ts';
import { type ImportedQuestion, readQuestionRow } from '../import/read-question-row.ts';
import { QUESTIONS_TOPIC } from '../pool-copy.ts';
import { questions } from '../schema.ts';

export const QUESTIONS_IMPORT = 'questions.import';
export const QuestionImportParams = StartImportRequest.required().extend({ source: JobSource });
export type QuestionImportParams = z.infer<typeof QuestionImportParams>;

const BATCH = 500;
const SAMPLE_MAX = 200;

type Pending = {
  rowNumber: number;
  values: unknown[];
  stem: string | null;
  q: ImportedQuestion | null;
  problems: string[];
  /** A template example row: reported as skipped, never checked or written. */
  isSkipped?: boolean;
};
type Problem = { row: number; name: string | null; column: string | null; code: string; message: string };

/** The report's result cell of a template example row, which is skipped, never imported. */
const SKIPPED_EXAMPLE = {
  zh: '已跳过：模板示例行（题干以【示例】开头），未导入',
  en: 'Skipped: an example row of the template (its stem starts with 【示例】), not imported',
} as const;

const messageOf = (code: string, lang: Lang) => FieldMessages[code]?.[lang] ?? code;
/** Stems are compared without spaces, as the form's duplicate check (stemTaken) compares them. */
const stemKey = (stem: string) => stem.replace(/\s/g, '');
/** Categories are matched loosely to the bank's own spelling: full-width folded, spaces dropped, case. */
const categoryKey = (c: string) => c.normalize('NFKC').replace(/\s/g, '').toLowerCase();
/** "（C、D）" / " (C, D)": the letters a problem names, after its message. */
const lettersText = (letters: string[] | undefined, lang: Lang) =>
  !letters?.length ? '' : lang === 'zh' ? `（${letters.join('、')}）` : ` (${letters.join(', ')})`;
const shortStem = (stem: string | null) =>
  stem && [...stem].length > 30 ? `${[...stem].slice(0, 30).join('')}…` : stem;

/** The categories already in use where members of the org meet questions: at it, above it, below it. */
async function knownCategories(db: DbOrTx, orgPath: string): Promise<Map<string, string>> {
  const rows = await db
    .selectDistinct({ category: questions.category })
    .from(questions)
    .where(sql`(${orgPath} like ${questions.orgPath} || '%' or ${questions.orgPath} like ${`${orgPath}%`})`);
  return new Map(rows.map((r) => [categoryKey(r.category), r.category]));
}

/** Which of these stem keys the org's bank already has (disabled questions too: they keep their history). */
async function stemsInBank(db: DbOrTx, orgId: number, keys: string[]): Promise<Set<string>> {
  if (keys.length === 0) return new Set();
  const rows = await db
    .select({ key: sql<string>`regexp_replace(${questions.stem}, '\\s', '', 'g')` })
    .from(questions)
    .where(
      and(
        eq(questions.orgId, orgId),
        sql`regexp_replace(${questions.stem}, '\\s', '', 'g') = any(${sql.param(keys)}::text[])`,
      ),
    );
  return new Set(rows.map((r) => r.key));
}

export async function importQuestions(services: Services, run: JobRun<QuestionImportParams>): Promise<JobOutcome> {
  const { job, actor, params } = run;
  const lang = job.lang;
  const ctx: Ctx = { ...services, actor, requestId: `job:${job.id}`, ip: null, lang };
  const scope = await findOrg(services.db, params.orgId);
  if (!scope) throw new AppError('NOT_FOUND');
  authorize(actor, 'questions.import', { orgPath: scope.path }); // re-checked: grants may have changed
  if (scope.isDissolved) throw new AppError('ORG_DISSOLVED');
  const upload = await getOwnFile(services.db, actor, params.fileId);

  const reportKey = services.files.newKey('xlsx');
  const report = createImportReport(services.files.pathOf(reportKey), {
    sheet: lang === 'zh' ? '导入结果' : 'Import result',
    result: lang === 'zh' ? '导入结果' : 'Result',
    ok: lang === 'zh' ? '通过' : 'OK',
    notes: lang === 'zh' ? '说明' : 'Notes',
  });
  // `rows` counts the question rows; the template's example rows left in the file are `skipped`.
  const stats = { rows: 0, valid: 0, invalid: 0, written: 0, skipped: 0, duplicatesInBank: 0 };
  const exampleRows: number[] = [];
  const byCode: Record<string, number> = {};
  const sample: Problem[] = [];
  let unknownColumns: string[] = [];
  const newCategories = new Map<string, string>(); // key → spelling as first written

  const validateAndWrite = async (tx: TxCtx, isWrite: boolean) => {
    if (isWrite) await lockOrgTree(tx.db, 'shared'); // the org's path is copied into every question
    const categories = await knownCategories(tx.db, scope.path);
    const seenStems = new Map<string, number>(); // stem key → first row number in this file
    let header: RegisterHeader<QuestionColumnKey> | null = null;
    let pending: Pending[] = [];

    const note = (p: Pending, key: QuestionColumnKey, code: string, suffix = '') => {
      const column = columnIndex(header, key);
      const label =
        column !== null ? (header?.labels.get(column) ?? null) : (QuestionColumnByKey.get(key)?.[lang] ?? null);
      const message = `${label ? `${label}：` : ''}${messageOf(code, lang)}${suffix}`;
      p.problems.push(message);
      byCode[code] = (byCode[code] ?? 0) + 1;
      if (sample.length < SAMPLE_MAX)
        sample.push({ row: p.rowNumber, name: shortStem(p.stem), column: label, code, message });
    };

    const flush = async () => {
      if (pending.length === 0) return;
      const keys = pending.flatMap((p) => (p.stem ? [stemKey(p.stem)] : []));
      const taken = await stemsInBank(tx.db, scope.id, keys);
      for (const p of pending) {
        if (p.stem && taken.has(stemKey(p.stem))) {
          note(p, 'stem', 'question_import.duplicate_in_bank');
          stats.duplicatesInBank++;
          p.q = null;
        }
      }
      const hasFailed = stats.invalid > 0 || pending.some((p) => p.problems.length > 0);
      const toWrite = pending.filter((p) => !p.isSkipped);
      if (isWrite && !hasFailed && toWrite.length > 0) {
        const rows = toWrite.map(({ q }) => {
          const question = q as ImportedQuestion;
          return {
            ...question,
            orgId: scope.id,
            orgPath: scope.path,
            tags: [...new Set(question.tags)],
            createdBy: actor.accountId,
          };
        });
        stats.written += (await tx.db.insert(questions).values(rows).returning({ id: questions.id })).length;
        // The drawing copy of the bank (pool-copy.ts) reloads on commit.
        await tx.changes.publish(tx.db, QUESTIONS_TOPIC, '');
      }
      for (const p of pending) {
        if (p.isSkipped) {
          await report.row(p.rowNumber, p.values, [], { skipped: SKIPPED_EXAMPLE[lang] });
          continue;
        }
        if (p.problems.length) stats.invalid++;
        else stats.valid++;
        await report.row(p.rowNumber, p.values, p.problems);
      }
      pending = [];
      await run.progress(stats.rows, null, params.dryRun ? 'validating' : 'importing');
    };

    const rows = registerRows(services.files.pathOf(upload.storageKey), {
      match: matchQuestionHeader,
      columnName: (k) => QuestionColumnByKey.get(k)?.[lang] ?? k,
      onHeader: async (h, row, preamble) => {
        header = h;
        unknownColumns = unusedColumns(h.match.unknown);
        if (unknownColumns.length) report.note(unusedColumnsLine(unknownColumns, lang));
        await report.header(row.rowNumber, row.values, preamble);
      },
    });
    for await (const { rowNumber, values, header: h } of rows) {
      const read = readQuestionRow(values, h.match);
      if (read.isBlank) continue;
      if (read.isExample) {
        // Kept in line with the other rows: the report is written in row order, at flush.
        stats.skipped++;
        if (exampleRows.length < SAMPLE_MAX) exampleRows.push(rowNumber);
        pending.push({ rowNumber, values, stem: null, q: null, problems: [], isSkipped: true });
        if (pending.length >= BATCH) await flush();
        continue;
      }
      stats.rows++;
      const p: Pending = { rowNumber, values, stem: read.stem, q: read.question, problems: [] };
      for (const prob of read.problems) note(p, prob.column, prob.code, lettersText(prob.letters, lang));
      if (read.stem) {
        const key = stemKey(read.stem);
        const first = seenStems.get(key);
        if (first === undefined) seenStems.set(key, rowNumber);
        else
          note(
            p,
            'stem',
            'question_import.duplicate_in_file',
            lang === 'zh' ? `（同第 ${first} 行）` : ` (as row ${first})`,
          );
      }
      if (p.problems.length) p.q = null;
      if (p.q) {
        const key = categoryKey(p.q.category);
        const existing = categories.get(key) ?? newCategories.get(key);
        if (existing) p.q.category = existing;
        else newCategories.set(key, p.q.category);
      }
      pending.push(p);
      if (pending.length >= BATCH) await flush();
    }
    await flush();
    if (stats.rows === 0) throw new AppError(stats.skipped > 0 ? 'IMPORT_ONLY_EXAMPLES' : 'IMPORT_EMPTY');
    if (isWrite && stats.invalid > 0) throw new RejectImport();
    if (isWrite) {
      await recordEvent(tx, {
        type: 'question.bank.imported',
        orgId: scope.id,
        orgPath: scope.path,
        subjectType: 'job',
        subjectId: job.id,
        data: { count: stats.written },
      });
      await appendAudit(tx, {
        action: 'questions.imported',
        targetType: 'job',
        targetId: job.id,
        orgId: scope.id,
        details: {
          rows: stats.rows,
          written: stats.written,
          skipped: stats.skipped,
          newCategories: [...newCategories.values()],
          file: upload.displayName,
          sha256: upload.sha256,
          source: params.source,
        },
      });
      await markUploadConsumed(tx.db, upload.id);
    }
  };

  return concludeImport(ctx, {
    kind: 'questions',
    jobId: job.id,
    dryRun: params.dryRun,
    upload,
    scope,
    report,
    reportKey,
    stats,
    run: async () => {
      if (params.dryRun) await validateAndWrite(ctx, false);
      else await services.db.transaction((db) => validateAndWrite({ ...ctx, db }, true));
    },
    summary: () => ({
      problemsByCode: byCode,
      sampleProblems: sample,
      unknownColumns,
      newCategories: [...newCategories.values()],
      exampleRows,
    }),
    auditDetails: () => ({
      duplicatesInBank: stats.duplicatesInBank,
      skipped: stats.skipped,
      source: params.source,
    }),
  });
}

export const questionImportJob = typedJob({ params: QuestionImportParams, run: importQuestions });
