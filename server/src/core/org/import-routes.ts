import type { FastifyInstance } from 'fastify';
import { registerSpreadsheetImportRoutes } from '../jobs/index.ts';
import { ORGS_IMPORT } from './jobs/import-orgs.ts';

// Excel import of organisations: the template and the import job (core/jobs/import-routes.ts).
export async function registerOrgImportRoutes(app: FastifyInstance): Promise<void> {
  await registerSpreadsheetImportRoutes(app, {
    base: '/api/orgs',
    tags: ['org'],
    action: 'orgs.import',
    jobKind: ORGS_IMPORT,
    template: {
      summary: '下载党组织导入模板',
      description:
        'The .xlsx organisation import template in the caller language. Org admin, party office or system admin.',
      fileName: { zh: '党组织信息导入模板.xlsx', en: 'organisation-import-template.xlsx' },
      writer: async () => (await import('./import/template.ts')).writeOrgTemplate,
    },
    start: {
      summary: '导入党组织（Excel）',
      description:
        'Starts a background import of an uploaded .xlsx of organisations into the subtree of orgId; a parent may be an organisation there or an earlier row. dryRun (default true) checks every row and writes nothing; dryRun=false creates all rows in file order in one transaction, or none if any row fails. Poll /api/jobs/:id; result.reportFileId is the per-row report. Org admin, party office or system admin over orgId.',
    },
  });
}
