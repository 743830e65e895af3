import { JobResponse, StartImportRequest } from '@hongyun/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { AppError } from '../../platform/errors.ts';
import { getOwnFile } from '../../platform/files/records.ts';
import { startJob } from '../../platform/jobs/runner.ts';
import { sendXlsx } from '../../platform/spreadsheet/download.ts';
import { requireActor } from '../auth/auth-hook.ts';
import { findOrg } from '../org/index.ts';
import { type Action, authorize } from '../policy.ts';
import { presentJob } from './routes.ts';

type Lang = 'zh' | 'en';
type Doc = { summary: string; description: string };

export type SpreadsheetImportSpec = {
  /** Where the routes hang: `${base}/import-template` and `${base}/imports`. */
  base: string;
  tags: string[];
  /** The policy action that may import into an org (the template is for whoever may at any org). */
  action: Action;
  jobKind: string;
  template: Doc & {
    fileName: Record<Lang, string>;
    /** Loaded on first download: the template writer pulls in exceljs. */
    writer: () => Promise<(out: NodeJS.WritableStream, lang: Lang) => Promise<void>>;
  };
  start: Doc;
  /** Refuse an import into a dissolved organisation before the job starts. */
  refuseDissolved?: boolean;
};

/**
 * The two routes every Excel import has (the register, organisations, questions): download the
 * template, and start the job (check, then write) on an uploaded file of one's own. The client polls
 * /api/jobs/:id and downloads the per-row report from /api/files/:id (result.reportFileId).
 */
export async function registerSpreadsheetImportRoutes(base: FastifyInstance, spec: SpreadsheetImportSpec) {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const { tags } = spec;

  app.get(
    `${spec.base}/import-template`,
    { schema: { tags, summary: spec.template.summary, description: spec.template.description } },
    async (req, reply) => {
      authorize(requireActor(req), spec.action);
      const write = await spec.template.writer();
      return sendXlsx(reply, spec.template.fileName[req.ctx.lang], (out) => write(out, req.ctx.lang));
    },
  );

  app.post(
    `${spec.base}/imports`,
    {
      config: { isIdempotent: true },
      schema: {
        tags,
        summary: spec.start.summary,
        description: spec.start.description,
        body: StartImportRequest,
        response: { 202: JobResponse },
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const org = await findOrg(req.ctx.db, req.body.orgId);
      if (!org) throw new AppError('NOT_FOUND');
      authorize(actor, spec.action, { orgPath: org.path });
      if (spec.refuseDissolved && org.isDissolved) throw new AppError('ORG_DISSOLVED');
      await getOwnFile(req.ctx.db, actor, req.body.fileId);
      const job = await startJob(req.ctx, { kind: spec.jobKind, params: req.body, orgId: org.id });
      return reply.status(202).send({ data: presentJob(job, req.ctx.lang) });
    },
  );
}
