// Exports a learning dashboard's child-org table, or a subtree's whole not-studied list, to .xlsx
// (job kind 'learning.export'). The job re-checks the grant as it is when it runs, reads the same
// queries as the screen (so the file says what the screen says), writes the phones masked as the
// screen shows them, and is audited.

import {
  JobSource,
  LearningDashboardLimits,
  type LearningFigures,
  StartLearningExportRequest,
} from '@hongyun/contracts';
import ExcelJS from 'exceljs';
import { z } from 'zod';
import { chinaDay } from '../../../core/events/rollups.ts';
import { findOrg, type OrgRecord } from '../../../core/org/index.ts';
import { authorize } from '../../../core/policy.ts';
import { appendAuditNow } from '../../../platform/audit/chain.ts';
import type { Ctx, Services } from '../../../platform/context.ts';
import { AppError, type Lang } from '../../../platform/errors.ts';
import { recordFile, XLSX_TYPE } from '../../../platform/files/records.ts';
import { type JobOutcome, type JobRun, typedJob } from '../../../platform/jobs/registry.ts';
import { buildDashboard, resolvePeriod } from '../dashboard.ts';
import { inactiveSince, listInactive, presentInactive } from '../inactive.ts';

export const LEARNING_EXPORT = 'learning.export';
export const LearningExportParams = z.object({
  orgId: z.number().int(),
  request: StartLearningExportRequest,
  source: JobSource,
});
export type LearningExportParams = z.infer<typeof LearningExportParams>;

const PAGE = 500;

type Sheet = ExcelJS.Worksheet;
type Column = { zh: string; en: string; width: number };

const pct = (r: number | null) => (r === null ? null : Math.round(r * 1000) / 10);

const FIGURE_COLUMNS: (Column & { value: (f: LearningFigures) => string | number | null })[] = [
  { zh: '党员数', en: 'Members', width: 8, value: (f) => f.members },
  { zh: '参与率(%)', en: 'Participation (%)', width: 10, value: (f) => pct(f.participationRate) },
  { zh: '答题率(%)', en: 'Answer rate (%)', width: 10, value: (f) => pct(f.answerRate) },
  { zh: '完成每日答题(人次)', en: 'Daily quizzes done', width: 12, value: (f) => f.dailyCompleted },
  { zh: '正确率(%)', en: 'Correct (%)', width: 10, value: (f) => pct(f.correctRate) },
  { zh: '阅读(分钟)', en: 'Reading (min)', width: 10, value: (f) => f.readMinutes },
  { zh: '视听(分钟)', en: 'Video (min)', width: 10, value: (f) => f.watchMinutes },
  { zh: '积分', en: 'Points', width: 8, value: (f) => f.points },
  { zh: '代学时长占比(%)', en: 'Delegated time (%)', width: 12, value: (f) => pct(f.delegated.timeShare) },
  { zh: '代学人次', en: 'Delegated person-days', width: 10, value: (f) => f.delegated.personDays },
];

function header(sheet: Sheet, columns: Column[], lang: Lang) {
  sheet.columns = columns.map((c) => ({ header: c[lang], width: c.width }));
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).commit();
}

async function writeDashboard(
  services: Services,
  org: OrgRecord,
  request: StartLearningExportRequest,
  sheet: Sheet,
  lang: Lang,
): Promise<number> {
  const period = resolvePeriod(request, 'body');
  const d = await buildDashboard(services.db, org, { ...period, rankBy: request.rankBy ?? 'answerRate' });
  const zh = lang === 'zh';
  header(
    sheet,
    [{ zh: '排名', en: 'Rank', width: 6 }, { zh: '组织', en: 'Organisation', width: 30 }, ...FIGURE_COLUMNS],
    lang,
  );
  for (const c of d.children) {
    const name = c.isSelf ? `${c.org.name}${zh ? '（本级）' : ' (own members)'}` : c.org.name;
    sheet.addRow([c.rank, name, ...FIGURE_COLUMNS.map((col) => col.value(c))]).commit();
  }
  const total = sheet.addRow([null, zh ? '合计' : 'Total', ...FIGURE_COLUMNS.map((col) => col.value(d.totals))]);
  total.font = { bold: true };
  total.commit();
  const note = zh
    ? `统计期间 ${d.from} 至 ${d.to}，工作日 ${d.workdays} 天${d.isProvisional ? '（节假日未确认，数据待确认）' : ''}`
    : `Period ${d.from} to ${d.to}, ${d.workdays} working days${d.isProvisional ? ' (holidays unconfirmed: provisional)' : ''}`;
  sheet.addRow([]).commit();
  sheet.addRow([null, note]).commit();
  return d.children.length;
}

async function writeInactive(
  services: Services,
  run: JobRun<LearningExportParams>,
  org: OrgRecord,
  workdays: number,
  sheet: Sheet,
  lang: Lang,
): Promise<number> {
  const { since } = await inactiveSince(services.db, workdays);
  header(
    sheet,
    [
      { zh: '姓名', en: 'Name', width: 10 },
      { zh: '所在党组织', en: 'Organisation', width: 30 },
      { zh: '职务', en: 'Position', width: 16 },
      { zh: '手机号码', en: 'Mobile', width: 14 },
      { zh: '最近学习日期', en: 'Last studied', width: 12 },
    ],
    lang,
  );
  let done = 0;
  for (let offset = 0; ; offset += PAGE) {
    const { rows, total } = await listInactive(services.db, { prefix: org.path, since, limit: PAGE, offset });
    for (const r of rows) {
      const p = presentInactive(r, run.actor, services.crypto);
      const last = p.lastStudiedOn ?? (lang === 'zh' ? '从未学习' : 'never');
      sheet.addRow([p.name, p.org.name, p.position, p.phone, last]).commit();
      done++;
    }
    await run.progress(done, total, 'exporting');
    if (rows.length < PAGE) break;
  }
  return done;
}

export async function exportLearning(services: Services, run: JobRun<LearningExportParams>): Promise<JobOutcome> {
  const { job, actor, params } = run;
  const lang = job.lang;
  const ctx: Ctx = { ...services, actor, requestId: `job:${job.id}`, ip: null, lang };
  const org = await findOrg(services.db, params.orgId);
  if (!org) throw new AppError('NOT_FOUND');
  authorize(actor, 'learning.dashboard.export', { orgPath: org.path });
  const { request } = params;
  const isDashboard = request.kind === 'dashboard';
  await run.progress(0, null, 'exporting');

  const key = services.files.newKey('xlsx');
  const filePath = await services.files.prepare(key); // 0600 in 0700 folders
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: filePath, useStyles: true, useSharedStrings: false });
  const title = isDashboard ? { zh: '学习统计', en: 'Learning statistics' } : { zh: '未学习名单', en: 'Not studied' };
  const sheet = book.addWorksheet(title[lang], { views: [{ state: 'frozen', ySplit: 1 }] });
  const rows = isDashboard
    ? await writeDashboard(services, org, request, sheet, lang)
    : await writeInactive(services, run, org, request.workdays ?? LearningDashboardLimits.workdaysDefault, sheet, lang);
  await sheet.commit();
  await book.commit();

  const described = await services.files.describe(key);
  const stamp = chinaDay().replaceAll('-', ''); // the office's own day, not UTC's
  const file = await recordFile(services.db, {
    purpose: 'export',
    readAction: 'learning.dashboard.export',
    displayName: `${title[lang]}-${org.name}-${stamp}.xlsx`,
    storageKey: key,
    contentType: XLSX_TYPE,
    ownerAccountId: actor.accountId,
    orgId: org.id,
    ...described,
  });
  await appendAuditNow(ctx, {
    action: isDashboard ? 'learning.dashboard_exported' : 'learning.inactive_exported',
    targetType: 'org',
    targetId: String(org.id),
    orgId: org.id,
    details: { rows, request, source: params.source },
  });
  return { result: { rows, fileId: file.id, fileName: file.displayName } };
}

export const learningExportJob = typedJob({ params: LearningExportParams, run: exportLearning });
