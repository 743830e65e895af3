// Exports a special quiz's results per person to .xlsx (job kind 'quiz.results.export'): the same
// rows as the console's table (specialPeople, within the caller's subtrees as they are when the job
// runs), every outcome, audited. The grant is checked again when the job runs.
import { JobSource, SpecialQuizOutcomeLabels } from '@hongyun/contracts';
import ExcelJS from 'exceljs';
import { z } from 'zod';
import { chinaDay } from '../../../core/events/rollups.ts';
import { orgNamesByIds } from '../../../core/org/index.ts';
import { authorize, scopeToOrgs } from '../../../core/policy.ts';
import { appendAuditNow } from '../../../platform/audit/chain.ts';
import type { Ctx, Services } from '../../../platform/context.ts';
import { AppError } from '../../../platform/errors.ts';
import { recordFile, XLSX_TYPE } from '../../../platform/files/records.ts';
import { type JobOutcome, type JobRun, typedJob } from '../../../platform/jobs/registry.ts';
import { QuizManagerRoles } from '../policy.ts';
import { findSpecialQuiz, specialPeople } from '../special-queries.ts';

export const QUIZ_RESULTS_EXPORT = 'quiz.results.export';
export const QuizResultsExportParams = z.object({ quizId: z.uuid(), source: JobSource });
export type QuizResultsExportParams = z.infer<typeof QuizResultsExportParams>;

const PAGE = 500;

const COLUMNS = [
  { zh: '姓名', en: 'Name', width: 10 },
  { zh: '所在党组织', en: 'Organisation', width: 30 },
  { zh: '答题次数', en: 'Attempts', width: 8 },
  { zh: '最高分', en: 'Best score', width: 8 },
  { zh: '结果', en: 'Result', width: 8 },
  { zh: '完成时间', en: 'Finished', width: 18 },
] as const;

/** A China-time "YYYY-MM-DD HH:mm", as the console shows it. */
const chinaTime = (d: Date) => new Date(d.getTime() + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');

export async function exportQuizResults(services: Services, run: JobRun<QuizResultsExportParams>): Promise<JobOutcome> {
  const { job, actor, params } = run;
  const lang = job.lang;
  const ctx: Ctx = { ...services, actor, requestId: `job:${job.id}`, ip: null, lang };
  const quiz = await findSpecialQuiz(services.db, params.quizId);
  if (!quiz) throw new AppError('NOT_FOUND');
  authorize(actor, 'quiz.special.manage', { orgPath: quiz.orgPath });
  const roots = scopeToOrgs(actor, QuizManagerRoles);
  await run.progress(0, null, 'exporting');

  const key = services.files.newKey('xlsx');
  const filePath = await services.files.prepare(key); // 0600 in 0700 folders
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: filePath, useStyles: true, useSharedStrings: false });
  const sheet = book.addWorksheet(lang === 'zh' ? '个人成绩' : 'Results', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = COLUMNS.map((c) => ({ header: c[lang], width: c.width }));
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).commit();
  let done = 0;
  for (let page = 1; ; page++) {
    const found = await specialPeople(services.db, quiz, roots, { page, pageSize: PAGE });
    const names = await orgNamesByIds(services, [...new Set(found.rows.map((r) => r.orgId))]);
    for (const r of found.rows) {
      sheet
        .addRow([
          r.name,
          names.get(r.orgId) ?? '',
          r.attempts,
          r.bestScore,
          SpecialQuizOutcomeLabels[r.outcome][lang],
          r.finishedAt ? chinaTime(r.finishedAt) : null,
        ])
        .commit();
      done++;
    }
    await run.progress(done, found.total, 'exporting');
    if (found.rows.length < PAGE) break;
  }
  await sheet.commit();
  await book.commit();

  const [orgName] = (await orgNamesByIds(services, [quiz.orgId])).values();
  const stamp = chinaDay().replaceAll('-', '');
  const title = lang === 'zh' ? '专项答题成绩' : 'Quiz results';
  const file = await recordFile(services.db, {
    purpose: 'export',
    readAction: 'quiz.special.manage',
    displayName: `${title}-${quiz.title}-${orgName ?? quiz.orgId}-${stamp}.xlsx`.replace(/[\\/:*?"<>|]/g, '_'),
    storageKey: key,
    contentType: XLSX_TYPE,
    ownerAccountId: actor.accountId,
    orgId: quiz.orgId,
    ...(await services.files.describe(key)),
  });
  await appendAuditNow(ctx, {
    action: 'quiz.special.results_exported',
    targetType: 'special_quiz',
    targetId: quiz.id,
    orgId: quiz.orgId,
    details: { title: quiz.title, rows: done, source: params.source },
  });
  return { result: { rows: done, fileId: file.id, fileName: file.displayName } };
}

export const quizResultsExportJob = typedJob({ params: QuizResultsExportParams, run: exportQuizResults });
