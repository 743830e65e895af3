// Article images and PDFs uploaded but never used: the editor uploads an image the moment it is
// put into the body, and a document before its item is saved, so a closed editor or a changed mind
// leaves files no content item (draft, returned, scheduled, published or withdrawn) names. A day
// after its upload such a file is removed, bytes and row, by the content.remove-unused-media cron,
// and each removal is audited as the system's (content.media.removed, no actor).
//
// Racing an editor's save: the candidates are locked first (FOR UPDATE, skipping rows a save holds
// FOR KEY SHARE: save-article.ts), then deleted by a second statement whose fresh snapshot checks
// the references again, so a save that committed meanwhile keeps its file, and one that comes after
// finds the row gone (its image is dropped from the body like a foreign one, its document is a 404).
// The bytes go once the rows' removal has committed: a crash in between leaves bytes without a
// row, never a row without its bytes.
import { sql } from 'drizzle-orm';
import { appendAudit } from '../../../platform/audit/chain.ts';
import type { Services, TxCtx } from '../../../platform/context.ts';
import type { Db } from '../../../platform/db/client.ts';

/** How long an upload may wait for the content item that uses it. */
export const UNUSED_MEDIA_GRACE_HOURS = 24;

type Removed = {
  id: string;
  kind: 'image' | 'document';
  org_id: number;
  storage_key: string;
  small_key: string | null;
  size_bytes: string | number;
  sha256: string;
  uploaded_by: string;
  created_at: Date | string;
};

const unused = sql`not exists (select 1 from content_items i where i.document_id = m.id)
  and not exists (select 1 from content_items i where i.image_ids @> array[m.id])`;

/** Removes up to `batch` unused uploads older than the grace period in one transaction. */
async function removeBatch(services: Services, cutoff: Date, batch: number): Promise<Removed[]> {
  const rows = await services.db.transaction(async (db) => {
    const locked = await db.execute<{ id: string }>(sql`
      select m.id from content_media m
      where m.created_at < ${cutoff} and ${unused}
      order by m.created_at
      limit ${batch}
      for update of m skip locked`);
    const ids = locked.rows.map((r) => r.id);
    if (ids.length === 0) return [];
    const gone = await db.execute<Removed>(sql`
      delete from content_media m
      where m.id = any(${sql.param(ids)}::uuid[]) and ${unused}
      returning m.id, m.kind, m.org_id, m.storage_key, m.small_key, m.size_bytes, m.sha256, m.uploaded_by, m.created_at`);
    const ctx: TxCtx = {
      ...services,
      db: db as unknown as Db,
      actor: null,
      requestId: 'cron:content.remove-unused-media',
      ip: null,
      lang: 'zh',
    };
    for (const m of gone.rows) {
      const name = await uploadedName(ctx, m.id, new Date(m.created_at));
      await appendAudit(ctx, {
        action: 'content.media.removed',
        actorAccountId: null,
        targetType: 'content_media',
        targetId: m.id,
        orgId: m.org_id,
        details: {
          kind: m.kind,
          name,
          sizeBytes: Number(m.size_bytes),
          sha256: m.sha256,
          uploadedBy: m.uploaded_by,
          uploadedAt: new Date(m.created_at).toISOString(),
          reason: 'unused',
        },
      });
    }
    return gone.rows;
  });
  for (const m of rows) {
    await services.files.remove(m.storage_key);
    if (m.small_key && m.small_key !== m.storage_key) await services.files.remove(m.small_key);
  }
  return rows;
}

/**
 * The name the upload's own audit row recorded, so the removal names the same file; looked up on
 * the (action, at) index from shortly before the row's creation (the app's and the database's
 * clocks may differ a little). Null for a file uploaded before uploads were audited.
 */
async function uploadedName(ctx: TxCtx, id: string, createdAt: Date): Promise<string | null> {
  const res = await ctx.db.execute<{ name: string | null }>(sql`
    select details->>'name' as name from audit_log
    where action = 'content.media.uploaded' and at >= ${new Date(createdAt.getTime() - 3600_000)}
      and target_type = 'content_media' and target_id = ${id}
    order by seq desc limit 1`);
  return res.rows[0]?.name ?? null;
}

/** Every unused upload older than the grace period, in batches; returns how many went. */
export async function removeUnusedMedia(services: Services, now = new Date(), batch = 200): Promise<number> {
  const cutoff = new Date(now.getTime() - UNUSED_MEDIA_GRACE_HOURS * 3600_000);
  let total = 0;
  for (;;) {
    const removed = await removeBatch(services, cutoff, batch);
    total += removed.length;
    if (removed.length < batch) return total;
  }
}
