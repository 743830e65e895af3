import { JobResponse, StartPeopleExportRequest } from '@hongyun/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { AppError } from '../../platform/errors.ts';
import { startJob } from '../../platform/jobs/runner.ts';
import { requireActor } from '../auth/auth-hook.ts';
import { presentJob, registerSpreadsheetImportRoutes } from '../jobs/index.ts';
import { authorize } from '../policy.ts';
import { PEOPLE_EXPORT } from './jobs/export-people.ts';
import { PEOPLE_IMPORT } from './jobs/import-people.ts';
import { findOrg } from './queries.ts';

const tags = ['people'];

// Excel in and out: the template and imports (core/jobs/import-routes.ts), and exports, all as background jobs
// that the client polls at /api/jobs/:id and whose files it downloads from /api/files/:id.
export async function registerPeopleImportRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();

  await registerSpreadsheetImportRoutes(app, {
    base: '/api/people',
    tags,
    action: 'people.import',
    jobKind: PEOPLE_IMPORT,
    template: {
      summary: '下载党员导入模板',
      description: 'The .xlsx import template in the caller language. Org admin or party office.',
      fileName: { zh: '党员信息导入模板.xlsx', en: 'member-import-template.xlsx' },
      writer: async () => (await import('./import/template.ts')).writePeopleTemplate,
    },
    start: {
      summary: '导入党员（Excel）',
      description:
        'Starts a background import of an uploaded .xlsx into the subtree of orgId. dryRun (default true) checks every row and writes nothing; dryRun=false writes all rows in one transaction, or none if any row fails. Poll /api/jobs/:id; result.reportFileId is the per-row report. Org admin or party office over orgId.',
    },
  });

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
