import { z } from 'zod';
import { Limits, OrgId } from './common.ts';
import { CadreRanks, FivePersonRoles, Genders, PartyStatuses } from './people.ts';

// Excel import and export requests (people and organisations). Both start background jobs that the
// client polls at /api/jobs/:id; files come from POST /api/files and go out through GET /api/files/:id.

/**
 * What an uploaded spreadsheet may hold, enforced while it is read (a cell longer than Excel's own
 * limit, or a row far below the last, is a broken or hostile file, never a register). The upload's
 * size is FileLimits; the formats are those `POST /api/files` accepts.
 */
export const SpreadsheetLimits = {
  maxCellChars: 32_767,
  maxRows: 300_000,
  maxRowGap: 1_000,
  maxColumns: 1_000,
} as const;
export const SpreadsheetFormats = ['xlsx', 'xls', 'ods', 'csv'] as const;
export type SpreadsheetFormat = (typeof SpreadsheetFormats)[number];

export const StartImportRequest = z
  .object({
    fileId: z.uuid(),
    /** The organisation whose subtree the rows may go into. */
    orgId: OrgId,
    /** Check only (the default): report every row, write nothing. */
    dryRun: z.boolean().default(true),
  })
  .strict()
  .meta({ id: 'StartImportRequest' });
export type StartImportRequest = z.infer<typeof StartImportRequest>;

/** Where an import or export job was started: the audit log tells the CLI from the web. */
export const JobSource = z.enum(['web', 'cli']).default('web');
export type JobSource = z.infer<typeof JobSource>;

const Flag = z.enum(['true', 'false']);
export const StartPeopleExportRequest = z
  .object({
    orgId: OrgId.optional(),
    q: z.string().trim().min(1).max(Limits.searchMax).optional(),
    partyStatus: z.enum(PartyStatuses).optional(),
    cadreRank: z.enum(CadreRanks).optional(),
    isFirstSecretary: Flag.optional(),
    isVillageStationed: Flag.optional(),
    fivePersonRole: z.enum(FivePersonRoles).optional(),
    gender: z.enum(Genders).optional(),
  })
  .strict()
  .meta({ id: 'StartPeopleExportRequest' });
export type StartPeopleExportRequest = z.infer<typeof StartPeopleExportRequest>;

/** One problem of one row, as listed in an import job's result (the full list is in the report file). */
export const ImportProblem = z.object({
  row: z.number().int(),
  /** The row's name (person or organisation) as read, so the office finds the row; null when unreadable. */
  name: z.string().nullable().optional(),
  column: z.string().nullable(),
  code: z.string(),
  message: z.string(),
});
export type ImportProblem = z.infer<typeof ImportProblem>;
