import { appendAuditNow } from '../audit/chain.ts';
import type { Ctx } from '../context.ts';
import { recordFile, type StoredFile, XLSX_TYPE } from '../files/records.ts';
import type { JobOutcome } from '../jobs/registry.ts';
import type { ImportReport } from './report-writer.ts';

/** Thrown inside an import's write transaction to roll everything back when any row failed. */
export class RejectImport extends Error {}

type Stats = { rows: number; invalid: number; written: number };

/**
 * The common end of every Excel import job: runs the check (and write), keeps the per-row report as
 * a file only the importer may download (while they keep the import right over the org), and audits a
 * check or a refused import (a written one audits itself inside its transaction). A RejectImport from
 * `run` means "rolled back, report the rows"; any other error fails the job and drops the report.
 */
export async function concludeImport(
  ctx: Ctx,
  input: {
    kind: 'people' | 'orgs' | 'questions';
    jobId: string;
    dryRun: boolean;
    upload: StoredFile;
    scope: { id: number; name: string };
    report: ImportReport;
    reportKey: string;
    stats: Stats;
    run: () => Promise<void>;
    /** What the result adds besides the counts (problems by code, sample, unknown columns). */
    summary: () => Record<string, unknown>;
    /** What the audit row of a check or refusal adds besides the counts. */
    auditDetails?: () => Record<string, unknown>;
  },
): Promise<JobOutcome> {
  const { stats, upload, scope, report, reportKey, dryRun } = input;
  const actor = ctx.actor;
  if (!actor) throw new Error('an import runs as an account');
  let rejected = false;
  try {
    await input.run();
  } catch (e) {
    if (!(e instanceof RejectImport)) {
      await report.close().catch(() => {});
      await ctx.files.remove(reportKey);
      throw e;
    }
    rejected = true;
    stats.written = 0;
  }
  await report.close();
  const reportFile = await recordFile(ctx.db, {
    purpose: 'import_report',
    readAction: `${input.kind}.import`,
    displayName: `${upload.displayName.replace(/\.(xlsx|xls|et|ods|csv)$/i, '')}-${ctx.lang === 'zh' ? '导入结果' : 'result'}.xlsx`,
    storageKey: reportKey,
    contentType: XLSX_TYPE,
    ownerAccountId: actor.accountId,
    orgId: scope.id,
    ...(await ctx.files.describe(reportKey)),
  });
  // A check and a refused import write nothing to the register, but they are audited all the same.
  if (dryRun || rejected) {
    await appendAuditNow(ctx, {
      action: `${input.kind}.${dryRun ? 'import_checked' : 'import_rejected'}`,
      outcome: rejected ? 'failure' : 'success',
      targetType: 'job',
      targetId: input.jobId,
      orgId: scope.id,
      details: {
        rows: stats.rows,
        invalid: stats.invalid,
        ...input.auditDetails?.(),
        file: upload.displayName,
        sha256: upload.sha256,
      },
    });
  }
  return {
    isRejected: rejected,
    result: {
      dryRun,
      isWritten: !dryRun && !rejected,
      org: { id: scope.id, name: scope.name },
      ...stats,
      ...input.summary(),
      reportFileId: reportFile.id,
    },
  };
}
