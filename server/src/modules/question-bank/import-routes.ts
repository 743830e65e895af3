import type { FastifyInstance } from 'fastify';
import { registerSpreadsheetImportRoutes } from '../../core/jobs/index.ts';
import { QUESTIONS_IMPORT } from './jobs/import-questions.ts';

// Excel import of questions, shaped like the register import (core/jobs/import-routes.ts).
export async function registerQuestionImportRoutes(app: FastifyInstance): Promise<void> {
  await registerSpreadsheetImportRoutes(app, {
    base: '/api/questions',
    tags: ['question-bank'],
    action: 'questions.import',
    jobKind: QUESTIONS_IMPORT,
    refuseDissolved: true,
    template: {
      summary: '题库：下载题目导入模板',
      description:
        'The .xlsx question import template in the caller language: the header row, an example of each type and an instructions sheet. Those who keep a question bank.',
      fileName: { zh: '题库导入模板.xlsx', en: 'question-import-template.xlsx' },
      writer: async () => (await import('./import/template.ts')).writeQuestionTemplate,
    },
    start: {
      summary: '题库：导入题目（Excel）',
      description:
        "Starts a background import of an uploaded spreadsheet (.xlsx, .xls, .et, .ods, .csv) into the bank of orgId. dryRun (default true) checks every row and writes nothing; dryRun=false writes all questions in one transaction, or none if any row fails (bad type, missing stem, answer not among the options, a stem repeated in the file or already in that bank). Categories the bank lacks are created and listed in result.newCategories. Poll /api/jobs/:id; result.reportFileId is the per-row report. Those who keep orgId's bank.",
    },
  });
}
