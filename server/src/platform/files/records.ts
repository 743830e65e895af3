import { and, eq, gt, isNull, lt, sql } from 'drizzle-orm';
import type { ActorOf as Actor, Services } from '../context.ts';
import type { DbOrTx } from '../db/client.ts';
import { AppError } from '../errors.ts';
import { storedFiles } from './schema.ts';

export type StoredFile = typeof storedFiles.$inferSelect;
export type FilePurpose = StoredFile['purpose'];

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** How long each kind of file is kept: uploads wait for the import, reports and exports for a download. */
const KEEP_HOURS: Record<FilePurpose, number> = { import_upload: 48, import_report: 72, export: 24 };

export async function recordFile(
  db: DbOrTx,
  f: Omit<typeof storedFiles.$inferInsert, 'id' | 'createdAt' | 'expiresAt'>,
): Promise<StoredFile> {
  const expiresAt = new Date(Date.now() + KEEP_HOURS[f.purpose] * 3600_000);
  const [row] = await db
    .insert(storedFiles)
    .values({ ...f, expiresAt })
    .returning();
  return row as StoredFile;
}

/**
 * A live file that belongs to the actor. Files are private to the account that made them: anyone
 * else, and an expired file, gets NOT_FOUND, exactly like an id that never existed.
 */
export async function getOwnFile(db: DbOrTx, actor: Actor, id: string): Promise<StoredFile> {
  const [row] = await db
    .select()
    .from(storedFiles)
    .where(
      and(
        eq(storedFiles.id, id),
        eq(storedFiles.ownerAccountId, actor.accountId),
        gt(storedFiles.expiresAt, new Date()),
      ),
    );
  if (!row) throw new AppError('NOT_FOUND');
  return row;
}

/** Live uploads an account may keep at once: a bound on the disk one account can fill. */
export const UploadQuota = { files: 20, bytes: 500 * 1024 * 1024 } as const;

/** Throws FILE_QUOTA_EXCEEDED when the account already keeps as many live uploads as the quota allows. */
export async function checkUploadQuota(db: DbOrTx, accountId: string): Promise<void> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int`, bytes: sql<number>`coalesce(sum(${storedFiles.sizeBytes}), 0)::bigint` })
    .from(storedFiles)
    .where(
      and(
        eq(storedFiles.ownerAccountId, accountId),
        eq(storedFiles.purpose, 'import_upload'),
        isNull(storedFiles.consumedAt),
        gt(storedFiles.expiresAt, new Date()),
      ),
    );
  if ((row?.n ?? 0) >= UploadQuota.files || (row?.bytes ?? 0) >= UploadQuota.bytes) {
    throw new AppError('FILE_QUOTA_EXCEEDED', UploadQuota);
  }
}

/** An import from this upload was written: it stops counting against the quota (call in the write's transaction). */
export async function markUploadConsumed(db: DbOrTx, id: string): Promise<void> {
  await db.update(storedFiles).set({ consumedAt: new Date() }).where(eq(storedFiles.id, id));
}

export async function findFile(db: DbOrTx, id: string): Promise<StoredFile | null> {
  const [row] = await db.select().from(storedFiles).where(eq(storedFiles.id, id));
  return row ?? null;
}

/** Deletes expired files, bytes first, then the row; returns how many went. For the worker. */
export async function deleteExpiredFiles(services: Pick<Services, 'db' | 'files'>, limit = 500): Promise<number> {
  const rows = await services.db
    .select({ id: storedFiles.id, storageKey: storedFiles.storageKey })
    .from(storedFiles)
    .where(lt(storedFiles.expiresAt, new Date()))
    .limit(limit);
  for (const r of rows) {
    await services.files.remove(r.storageKey);
    await services.db.delete(storedFiles).where(eq(storedFiles.id, r.id));
  }
  return rows.length;
}
