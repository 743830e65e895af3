import { JobResponse, StartImportRequest } from '@hongyun/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { requireActor } from '../../core/auth/auth-hook.ts';
import { presentJob } from '../../core/jobs/index.ts';
import { findOrg } from '../../core/org/index.ts';
import { authorize } from '../../core/policy.ts';
import { AppError } from '../../platform/errors.ts';
import { getOwnFile } from '../../platform/files/records.ts';
import { startJob } from '../../platform/jobs/runner.ts';
import { sendXlsx } from '../../platform/spreadsheet/download.ts';
import { QUESTIONS_IMPORT } from './jobs/import-questions.ts';

const tags = ['question-bank'];

// Excel import of questions, shaped like the register import: the template, then a background job
// (check, then write) that the client polls at /api/jobs/:id, whose per-row report it downloads
// from /api/files/:id (result.reportFileId).
export async function registerQuestionImportRoutes(appBase: FastifyInstance): Promise<void> {
  const app = appBase.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/api/questions/import-template',
    {
      schema: {
        tags,
        summary: '题库：下载题目导入模板',
        description:
          'The .xlsx question import template in the caller language: the header row, an example of each type and an instructions sheet. Those who keep a question bank.',
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      authorize(actor, 'questions.import');
      const name = req.ctx.lang === 'zh' ? '题库导入模板.xlsx' : 'question-import-template.xlsx';
      const { writeQuestionTemplate } = await import('./import/template.ts');
      return sendXlsx(reply, name, (out) => writeQuestionTemplate(out, req.ctx.lang));
    },
  );

  app.post(
    '/api/questions/imports',
    {
      config: { isIdempotent: true },
      schema: {
        tags,
        summary: '题库：导入题目（Excel）',
        description:
          "Starts a background import of an uploaded spreadsheet (.xlsx, .xls, .et, .ods, .csv) into the bank of orgId. dryRun (default true) checks every row and writes nothing; dryRun=false writes all questions in one transaction, or none if any row fails (bad type, missing stem, answer not among the options, a stem repeated in the file or already in that bank). Categories the bank lacks are created and listed in result.newCategories. Poll /api/jobs/:id; result.reportFileId is the per-row report. Those who keep orgId's bank.",
        body: StartImportRequest,
        response: { 202: JobResponse },
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const org = await findOrg(req.ctx.db, req.body.orgId);
      if (!org) throw new AppError('NOT_FOUND');
      authorize(actor, 'questions.import', { orgPath: org.path });
      if (org.isDissolved) throw new AppError('ORG_DISSOLVED');
      await getOwnFile(req.ctx.db, actor, req.body.fileId);
      const job = await startJob(req.ctx, { kind: QUESTIONS_IMPORT, params: req.body, orgId: org.id });
      return reply.status(202).send({ data: presentJob(job, req.ctx.lang) });
    },
  );
}
