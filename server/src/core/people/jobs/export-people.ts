// Exports the members an account may list (job kind 'people.export') to .xlsx, streamed to disk in
// tree order. Every row goes through presentPerson, so an ID number or phone the viewer may not see
// is written masked, exactly as the screen shows it. Audited as 'people.exported'.

import {
  CadreRankLabels,
  FivePersonRoleLabels,
  GenderLabels,
  JobSource,
  PartyStatusLabels,
  type PersonView,
  StartPeopleExportRequest,
  YesNoLabels,
} from '@hongyun/contracts';
import { asc } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { z } from 'zod';
import { appendAuditNow } from '../../../platform/audit/chain.ts';
import type { Ctx, Services } from '../../../platform/context.ts';
import { AppError, type Lang } from '../../../platform/errors.ts';
import { recordFile, XLSX_TYPE } from '../../../platform/files/records.ts';
import { type JobOutcome, type JobRun, typedJob } from '../../../platform/jobs/registry.ts';
import { orgs } from '../../org/schema.ts';
import { authorize, inScope, scopeToOrgs } from '../../policy.ts';
import { IdNumberViewerRoles, PeopleReaderRoles, PhoneViewerRoles } from '../policy.ts';
import { presentPerson } from '../presenter.ts';
import { countPeople, findOrg, peopleOfOrgs, peopleWhere } from '../queries.ts';

export const PEOPLE_EXPORT = 'people.export';
export const PeopleExportParams = z.object({ filter: StartPeopleExportRequest, source: JobSource });
export type PeopleExportParams = z.infer<typeof PeopleExportParams>;

const ORG_CHUNK = 50;

type Column = { zh: string; en: string; width: number; value: (p: PersonView, lang: Lang) => string | number | null };
const yesNo = (b: boolean, lang: Lang) => (b ? YesNoLabels.yes : YesNoLabels.no)[lang];

// The same headers as the import template, so an office recognises its own register.
const COLUMNS: Column[] = [
  { zh: '姓名', en: 'Name', width: 10, value: (p) => p.name },
  { zh: '性别', en: 'Gender', width: 6, value: (p, l) => GenderLabels[p.gender][l] },
  { zh: '民族', en: 'Ethnicity', width: 8, value: (p) => p.ethnicity },
  // A viewer who may not see the ID number gets the birth year only (the date would rebuild it).
  {
    zh: '出生日期',
    en: 'Birth date',
    width: 12,
    value: (p) => p.birthDate ?? (p.birthYear ? String(p.birthYear) : null),
  },
  { zh: '身份证号', en: 'ID number', width: 21, value: (p) => p.idNumber },
  { zh: '手机号码', en: 'Mobile', width: 14, value: (p) => p.phone },
  { zh: '学历', en: 'Education', width: 10, value: (p) => p.education },
  { zh: '入党时间', en: 'Joined', width: 12, value: (p) => p.joinDate },
  { zh: '转正时间', en: 'Full member since', width: 12, value: (p) => p.fullMemberDate },
  {
    zh: '党员类别',
    en: 'Status',
    width: 10,
    value: (p, l) => (p.partyStatus ? PartyStatusLabels[p.partyStatus][l] : null),
  },
  { zh: '职务', en: 'Position', width: 16, value: (p) => p.position },
  { zh: '工作单位及职务', en: 'Work unit and post', width: 24, value: (p) => p.workUnit },
  { zh: '籍贯', en: 'Native place', width: 12, value: (p) => p.nativePlace },
  // Masked for a viewer who may not see the phone, as on screen.
  { zh: '家庭住址', en: 'Home address', width: 30, value: (p) => p.address },
  {
    zh: '干部级别',
    en: 'Cadre rank',
    width: 10,
    value: (p, l) => (p.cadreRank ? CadreRankLabels[p.cadreRank][l] : null),
  },
  { zh: '第一书记', en: 'First secretary', width: 8, value: (p, l) => yesNo(p.isFirstSecretary, l) },
  { zh: '驻村干部', en: 'Village-stationed', width: 8, value: (p, l) => yesNo(p.isVillageStationed, l) },
  {
    zh: '五人小组职务',
    en: 'Five-person group role',
    width: 14,
    value: (p, l) => (p.fivePersonRole ? FivePersonRoleLabels[p.fivePersonRole][l] : null),
  },
  { zh: '组织编号', en: 'Org ID', width: 9, value: (p) => p.org?.id ?? null },
  { zh: '所在党组织', en: 'Organisation', width: 30, value: (p) => p.org?.name ?? null },
];

export async function exportPeople(services: Services, run: JobRun<PeopleExportParams>): Promise<JobOutcome> {
  const { job, actor } = run;
  const { filter } = run.params;
  const lang = job.lang;
  const ctx: Ctx = { ...services, actor, requestId: `job:${job.id}`, ip: null, lang };
  const root = filter.orgId !== undefined ? await findOrg(services.db, filter.orgId) : null;
  if (filter.orgId !== undefined) {
    if (!root) throw new AppError('NOT_FOUND');
    authorize(actor, 'people.export', { orgPath: root.path });
  }
  const scope = {
    read: scopeToOrgs(actor, PeopleReaderRoles),
    idNumber: scopeToOrgs(actor, IdNumberViewerRoles),
    phone: scopeToOrgs(actor, PhoneViewerRoles),
  };
  if (scope.read.length === 0) throw new AppError('FORBIDDEN');
  const where = peopleWhere(services.crypto, scope, filter);
  const total = await countPeople(services.db, where);
  await run.progress(0, total, 'exporting');

  // Orgs in tree order; people are read a chunk of orgs at a time, never all at once.
  const orgRows = await services.db
    .select({ id: orgs.id })
    .from(orgs)
    .where(root ? inScope(orgs.path, [root.path]) : inScope(orgs.path, scope.read))
    .orderBy(asc(orgs.path));

  const key = services.files.newKey('xlsx');
  const filePath = await services.files.prepare(key); // 0600 in 0700 folders
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: filePath, useStyles: true, useSharedStrings: false });
  const sheet = book.addWorksheet(lang === 'zh' ? '党员名册' : 'Members', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = COLUMNS.map((c) => ({ header: c[lang], width: c.width, style: { numFmt: '@' } }));
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).commit();

  let done = 0;
  let maskedIds = 0;
  for (let i = 0; i < orgRows.length; i += ORG_CHUNK) {
    const ids = orgRows.slice(i, i + ORG_CHUNK).map((o) => o.id);
    for (const row of await peopleOfOrgs(services.db, where, ids)) {
      const view = presentPerson(row, actor, services.crypto);
      if (!view.abilities.canSeeIdNumber) maskedIds++;
      sheet.addRow(COLUMNS.map((c) => c.value(view, lang))).commit();
      done++;
    }
    await run.progress(done, total, 'exporting');
  }
  await sheet.commit();
  await book.commit();

  const described = await services.files.describe(key);
  const stamp = new Date().toISOString().slice(0, 10).replaceAll('-', '');
  const scopeName = root?.name ?? (lang === 'zh' ? '全部' : 'all');
  const file = await recordFile(services.db, {
    purpose: 'export',
    readAction: 'people.export',
    displayName: `${lang === 'zh' ? '党员名册' : 'members'}-${scopeName}-${stamp}.xlsx`,
    storageKey: key,
    contentType: XLSX_TYPE,
    ownerAccountId: actor.accountId,
    orgId: root?.id ?? null,
    ...described,
  });
  await appendAuditNow(ctx, {
    action: 'people.exported',
    targetType: 'job',
    targetId: job.id,
    orgId: root?.id ?? null,
    details: {
      rows: done,
      maskedIdNumbers: maskedIds,
      filter: { ...filter, q: filter.q ? '(search)' : undefined },
      source: run.params.source,
    },
  });
  return { result: { rows: done, maskedIdNumbers: maskedIds, fileId: file.id, fileName: file.displayName } };
}

export const peopleExportJob = typedJob({ params: PeopleExportParams, run: exportPeople });
