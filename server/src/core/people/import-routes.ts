import { JobResponse, StartImportRequest, StartPeopleExportRequest } from '@hongyun/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { AppError } from '../../platform/errors.ts';
import { getOwnFile } from '../../platform/files/records.ts';
import { startJob } from '../../platform/jobs/runner.ts';
import { sendXlsx } from '../../platform/spreadsheet/download.ts';
import { requireActor } from '../auth/auth-hook.ts';
import { presentJob } from '../jobs/index.ts';
import { authorize } from '../policy.ts';
import { PEOPLE_EXPORT } from './jobs/export-people.ts';
import { PEOPLE_IMPORT } from './jobs/import-people.ts';
import { findOrg } from './queries.ts';

const tags = ['people'];

// Excel in and out: the template, imports (check, then write) and exports, all as background jobs
// that the client polls at /api/jobs/:id and whose files it downloads from /api/files/:id.
export async function registerPeopleImportRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/people/import-template',
    {
      schema: {
        tags,
        summary: '下载党员导入模板',
        description: 'The .xlsx import template in the caller language. Org admin or party office.',
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      authorize(actor, 'people.import');
      const name = req.ctx.lang === 'zh' ? '党员信息导入模板.xlsx' : 'member-import-template.xlsx';
      const { writePeopleTemplate } = await import('./import/template.ts');
      return sendXlsx(reply, name, (out) => writePeopleTemplate(out, req.ctx.lang));
    },
  );

  r.post(
    '/api/people/imports',
    {
      config: { isIdempotent: true },
      schema: {
        tags,
        summary: '导入党员（Excel）',
        description:
          'Starts a background import of an uploaded .xlsx into the subtree of orgId. dryRun (default true) checks every row and writes nothing; dryRun=false writes all rows in one transaction, or none if any row fails. Poll /api/jobs/:id; result.reportFileId is the per-row report. Org admin or party office over orgId.',
        body: StartImportRequest,
        response: { 202: JobResponse },
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const org = await findOrg(req.ctx.db, req.body.orgId);
      if (!org) throw new AppError('NOT_FOUND');
      authorize(actor, 'people.import', { orgPath: org.path });
      await getOwnFile(req.ctx.db, actor, req.body.fileId);
      const job = await startJob(req.ctx, { kind: PEOPLE_IMPORT, params: req.body, orgId: org.id });
      return reply.status(202).send({ data: presentJob(job, req.ctx.lang) });
    },
  );

  r.post(
    '/api/people/exports',
    {
      config: { isIdempotent: true },
      schema: {
        tags,
        summary: '导出党员（Excel）',
        description:
          'Starts a background export of the people the caller may list (optionally one org subtree and the list filters) to .xlsx; ID numbers and phones are masked as on screen. Poll /api/jobs/:id, then download result.fileId. Org admin, party office, branch secretary or monitor.',
        body: StartPeopleExportRequest,
        response: { 202: JobResponse },
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      let orgId: number | null = null;
      if (req.body.orgId !== undefined) {
        const org = await findOrg(req.ctx.db, req.body.orgId);
        if (!org) throw new AppError('NOT_FOUND');
        authorize(actor, 'people.export', { orgPath: org.path });
        orgId = org.id;
      } else {
        authorize(actor, 'people.export');
      }
      const job = await startJob(req.ctx, { kind: PEOPLE_EXPORT, params: { filter: req.body }, orgId });
      return reply.status(202).send({ data: presentJob(job, req.ctx.lang) });
    },
  );
}
