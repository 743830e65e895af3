// Exports the alerts a manager sees to .xlsx (job kind 'supervision.alerts.export'): the same rows
// as the console's list with its filters, within the caller's subtrees as they are when the job
// runs, each with its sentence, the missed days, the explanation and the outcome. Audited.
import {
  AlertOutcomeLabels,
  AlertStageLabels,
  AlertStatuses,
  AlertStatusLabels,
  CalendarDay,
  JobSource,
  SeverityLabels,
} from '@hongyun/contracts';
import ExcelJS from 'exceljs';
import { z } from 'zod';
import { chinaDay } from '../../../core/events/rollups.ts';
import { findOrg, orgNamesByIds } from '../../../core/org/index.ts';
import { hasRole, scopeToOrgs } from '../../../core/policy.ts';
import { appendAuditNow } from '../../../platform/audit/chain.ts';
import type { Ctx, Services } from '../../../platform/context.ts';
import { AppError } from '../../../platform/errors.ts';
import { recordFile, XLSX_TYPE } from '../../../platform/files/records.ts';
import { type JobOutcome, type JobRun, typedJob } from '../../../platform/jobs/registry.ts';
import { presentAlert } from '../alerts/presenter.ts';
import { alertFilter, listAlerts } from '../alerts/queries.ts';
import { AlertReaderRoles } from '../policy.ts';

export const ALERTS_EXPORT = 'supervision.alerts.export';
export const AlertsExportParams = z.object({
  orgId: z.number().int().positive(),
  status: z.enum([...AlertStatuses, 'unclosed']).optional(),
  from: CalendarDay.optional(),
  to: CalendarDay.optional(),
  source: JobSource,
});
export type AlertsExportParams = z.infer<typeof AlertsExportParams>;

const PAGE = 500;
const COLUMNS = [
  { zh: '姓名', en: 'Name', width: 10 },
  { zh: '职务', en: 'Post', width: 16 },
  { zh: '所在党组织', en: 'Organisation', width: 28 },
  { zh: '预警规则', en: 'Rule', width: 26 },
  { zh: '预警内容', en: 'Alert', width: 44 },
  { zh: '未完成的工作日', en: 'Working days missed', width: 40 },
  { zh: '级别', en: 'Severity', width: 8 },
  { zh: '阶段', en: 'Stage', width: 12 },
  { zh: '状态', en: 'Status', width: 12 },
  { zh: '本人说明', en: 'Explanation', width: 36 },
  { zh: '办结结果', en: 'Outcome', width: 16 },
  { zh: '办结意见', en: 'Note', width: 30 },
  { zh: '评估日', en: 'Day', width: 12 },
] as const;

export async function exportAlerts(services: Services, run: JobRun<AlertsExportParams>): Promise<JobOutcome> {
  const { job, actor, params } = run;
  const lang = job.lang;
  const ctx: Ctx = { ...services, actor, requestId: `job:${job.id}`, ip: null, lang };
  const org = await findOrg(services.db, params.orgId);
  if (!org || !hasRole(actor, AlertReaderRoles, org.path)) throw new AppError('NOT_FOUND');
  const where = alertFilter({ roots: scopeToOrgs(actor, AlertReaderRoles) }, params, org.path);
  await run.progress(0, null, 'exporting');

  const key = services.files.newKey('xlsx');
  const filePath = await services.files.prepare(key);
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: filePath, useStyles: true, useSharedStrings: false });
  const sheet = book.addWorksheet(lang === 'zh' ? '预警' : 'Alerts', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = COLUMNS.map((c) => ({ header: c[lang], width: c.width }));
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).commit();
  let done = 0;
  for (let page = 1; ; page++) {
    const found = await listAlerts(services.db, where, { page, pageSize: PAGE });
    const names = await orgNamesByIds(services, [...new Set(found.rows.map((r) => r.alert.orgId))]);
    for (const r of found.rows) {
      const a = presentAlert(r, names.get(r.alert.orgId) ?? '', actor, lang);
      sheet
        .addRow([
          a.personName,
          a.position,
          a.orgName,
          a.ruleName,
          a.headline,
          a.evidence.missedDays.join(lang === 'zh' ? '、' : ', '),
          SeverityLabels[a.severity][lang],
          AlertStageLabels[a.stage][lang],
          AlertStatusLabels[a.status][lang],
          a.explanation,
          a.outcome ? AlertOutcomeLabels[a.outcome][lang] : null,
          a.outcomeNote,
          a.day,
        ])
        .commit();
      done++;
    }
    await run.progress(done, found.total, 'exporting');
    if (found.rows.length < PAGE) break;
  }
  await sheet.commit();
  await book.commit();
  const stamp = chinaDay().replaceAll('-', '');
  const file = await recordFile(services.db, {
    purpose: 'export',
    readAction: 'supervision.alert.read',
    displayName: `${lang === 'zh' ? '监督预警' : 'Alerts'}-${org.name}-${stamp}.xlsx`.replace(/[\\/:*?"<>|]/g, '_'),
    storageKey: key,
    contentType: XLSX_TYPE,
    ownerAccountId: actor.accountId,
    orgId: org.id,
    ...(await services.files.describe(key)),
  });
  await appendAuditNow(ctx, {
    action: 'supervision.alerts_exported',
    targetType: 'org',
    targetId: org.id,
    orgId: org.id,
    details: { rows: done, source: params.source },
  });
  return { result: { rows: done, fileId: file.id, fileName: file.displayName } };
}

export const alertsExportJob = typedJob({ params: AlertsExportParams, run: exportAlerts });
