import { JobSource, SheetDayStatusLabels } from '@hongyun/contracts';
import ExcelJS from 'exceljs';
import { z } from 'zod';
import { chinaDay } from '../../../core/events/rollups.ts';
import { findOrg } from '../../../core/org/index.ts';
import { hasRole, scopeToOrgs } from '../../../core/policy.ts';
import { appendAuditNow } from '../../../platform/audit/chain.ts';
import type { Ctx, Services } from '../../../platform/context.ts';
import { AppError } from '../../../platform/errors.ts';
import { recordFile, XLSX_TYPE } from '../../../platform/files/records.ts';
import { type JobOutcome, type JobRun, typedJob } from '../../../platform/jobs/registry.ts';
import { AttendanceReaderRoles } from '../policy.ts';
import { attendanceSheet, monthRange } from '../sheet.ts';

// Exports a subtree's monthly attendance sheet to .xlsx (job kind 'attendance.sheet.export'): a row
// per cadre with the month's totals (the allowance basis) and each day's status in words, within
// the caller's reach as it is when the job runs. Audited.

export const SHEET_EXPORT = 'attendance.sheet.export';
export const SheetExportParams = z.object({
  orgId: z.number().int().positive(),
  month: z.string().regex(/^\d{4}-\d{2}$/),
  source: JobSource,
});
export type SheetExportParams = z.infer<typeof SheetExportParams>;

const PAGE = 200;
const TOTALS = [
  { zh: '应出勤天数', en: 'Working days', key: 'workdays' },
  { zh: '出勤天数', en: 'Days attended', key: 'attended' },
  { zh: '正常', en: 'Present', key: 'present' },
  { zh: '迟到', en: 'Late', key: 'late' },
  { zh: '早退', en: 'Left early', key: 'early' },
  { zh: '缺卡', en: 'Punch missing', key: 'missing' },
  { zh: '缺勤', en: 'Absent', key: 'absent' },
  { zh: '范围外待审批', en: 'Outside, pending', key: 'outside' },
  { zh: '待核查', en: 'Flagged', key: 'flagged' },
] as const;

export async function exportSheet(services: Services, run: JobRun<SheetExportParams>): Promise<JobOutcome> {
  const { job, actor, params } = run;
  const lang = job.lang;
  const ctx: Ctx = { ...services, actor, requestId: `job:${job.id}`, ip: null, lang };
  const org = await findOrg(services.db, params.orgId);
  if (!org || actor.actingFor || !hasRole(actor, AttendanceReaderRoles, org.path)) throw new AppError('NOT_FOUND');
  const scope = { roots: scopeToOrgs(actor, AttendanceReaderRoles), orgPath: org.path, month: params.month };
  const { days } = monthRange(params.month);
  await run.progress(0, null, 'exporting');

  const key = services.files.newKey('xlsx');
  const filePath = await services.files.prepare(key);
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: filePath, useStyles: true, useSharedStrings: false });
  const sheet = book.addWorksheet(lang === 'zh' ? '考勤表' : 'Attendance', {
    views: [{ state: 'frozen', xSplit: 2, ySplit: 1 }],
  });
  sheet.columns = [
    { header: lang === 'zh' ? '姓名' : 'Name', width: 10 },
    { header: lang === 'zh' ? '所在党组织' : 'Organisation', width: 26 },
    ...TOTALS.map((t) => ({ header: t[lang], width: 10 })),
    ...days.map((d) => ({ header: d.slice(8), width: 6 })),
  ];
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).commit();
  let done = 0;
  for (let page = 1; ; page++) {
    const found = await attendanceSheet(services.db, scope, { page, pageSize: PAGE });
    for (const r of found.rows) {
      sheet
        .addRow([
          r.personName,
          r.orgName,
          ...TOTALS.map((t) => r[t.key]),
          ...r.days.map((d) => SheetDayStatusLabels[d.status][lang]),
        ])
        .commit();
      done++;
    }
    await run.progress(done, found.total, 'exporting');
    if (found.rows.length < PAGE) break;
  }
  await sheet.commit();
  await book.commit();
  const file = await recordFile(services.db, {
    purpose: 'export',
    readAction: 'attendance.read',
    displayName:
      `${lang === 'zh' ? '考勤表' : 'Attendance'}-${org.name}-${params.month}-${chinaDay().replaceAll('-', '')}.xlsx`.replace(
        /[\\/:*?"<>|]/g,
        '_',
      ),
    storageKey: key,
    contentType: XLSX_TYPE,
    ownerAccountId: actor.accountId,
    orgId: org.id,
    ...(await services.files.describe(key)),
  });
  await appendAuditNow(ctx, {
    action: 'attendance.sheet_exported',
    targetType: 'org',
    targetId: org.id,
    orgId: org.id,
    details: { rows: done, month: params.month, source: params.source },
  });
  return { result: { rows: done, fileId: file.id, fileName: file.displayName } };
}

export const sheetExportJob = typedJob({ params: SheetExportParams, run: exportSheet });
