import { JobResponse, StartImportRequest } from '@hongyun/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { AppError } from '../../platform/errors.ts';
import { getOwnFile } from '../../platform/files/records.ts';
import { startJob } from '../../platform/jobs/runner.ts';
import { sendXlsx } from '../../platform/spreadsheet/download.ts';
import { requireActor } from '../auth/auth-hook.ts';
import { presentJob } from '../jobs/index.ts';
import { authorize } from '../policy.ts';
import { ORGS_IMPORT } from './jobs/import-orgs.ts';
import { findOrg } from './queries.ts';

const tags = ['org'];

// Excel import of organisations: the template and the import job (check, then write), which the
// client polls at /api/jobs/:id and whose report it downloads from /api/files/:id.
export async function registerOrgImportRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/orgs/import-template',
    {
      schema: {
        tags,
        summary: '下载党组织导入模板',
        description:
          'The .xlsx organisation import template in the caller language. Org admin, party office or system admin.',
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      authorize(actor, 'orgs.import');
      const name = req.ctx.lang === 'zh' ? '党组织信息导入模板.xlsx' : 'organisation-import-template.xlsx';
      const { writeOrgTemplate } = await import('./import/template.ts');
      return sendXlsx(reply, name, (out) => writeOrgTemplate(out, req.ctx.lang));
    },
  );

  r.post(
    '/api/orgs/imports',
    {
      config: { isIdempotent: true },
      schema: {
        tags,
        summary: '导入党组织（Excel）',
        description:
          'Starts a background import of an uploaded .xlsx of organisations into the subtree of orgId; a parent may be an organisation there or an earlier row. dryRun (default true) checks every row and writes nothing; dryRun=false creates all rows in file order in one transaction, or none if any row fails. Poll /api/jobs/:id; result.reportFileId is the per-row report. Org admin, party office or system admin over orgId.',
        body: StartImportRequest,
        response: { 202: JobResponse },
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const org = await findOrg(req.ctx.db, req.body.orgId);
      if (!org) throw new AppError('NOT_FOUND');
      authorize(actor, 'orgs.import', { orgPath: org.path });
      await getOwnFile(req.ctx.db, actor, req.body.fileId);
      const job = await startJob(req.ctx, { kind: ORGS_IMPORT, params: req.body, orgId: org.id });
      return reply.status(202).send({ data: presentJob(job, req.ctx.lang) });
    },
  );
}
