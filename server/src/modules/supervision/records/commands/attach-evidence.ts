import { open } from 'node:fs/promises';
import type { MultipartFile } from '@fastify/multipart';
import { and, eq, isNull } from 'drizzle-orm';
import type { Actor } from '../../../../core/context.ts';
import { appendAudit } from '../../../../platform/audit/chain.ts';
import type { Ctx } from '../../../../platform/context.ts';
import { AppError } from '../../../../platform/errors.ts';
import type { FileStorage } from '../../../../platform/files/storage.ts';
import type { SavedUpload } from '../../../../platform/http/upload.ts';
import type { EvidenceRow, IntegrityRow, RecordPerson } from '../queries.ts';
import { supervisionEvidenceFiles, supervisionIntegrityItems } from '../schema.ts';

// An integrity item's evidence (a scanned report, a photographed certificate), attached once after
// the item is recorded. The type is told by the file's first bytes, never by its name or the
// browser's word; the bytes are kept as sent (evidence is not re-encoded), under a server-chosen key.

const SIGNATURES: [string, number[]][] = [
  ['application/pdf', [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ['image/png', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
  ['image/jpeg', [0xff, 0xd8, 0xff]],
];

export function sniffEvidence(head: Buffer): string | null {
  for (const [type, sig] of SIGNATURES) if (sig.every((b, i) => head[i] === b)) return type;
  return null;
}

/** The stored bytes' type, or SUPERVISION_EVIDENCE_TYPE (the bytes are then removed). */
export async function evidenceType(files: FileStorage, saved: SavedUpload): Promise<string> {
  const handle = await open(files.pathOf(saved.storageKey), 'r');
  const head = Buffer.alloc(8);
  try {
    await handle.read(head, 0, 8, 0);
  } finally {
    await handle.close();
  }
  const type = sniffEvidence(head);
  if (!type) {
    await files.remove(saved.storageKey);
    throw new AppError('SUPERVISION_EVIDENCE_TYPE');
  }
  return type;
}

/** The uploaded name made safe to show: no path, no control characters, at most 120 characters. */
export const evidenceName = (part: MultipartFile) =>
  Array.from(
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is dropped
    (part.filename ?? '').replace(/[\\/\u0000-\u001f\u007f]/g, '_'),
  )
    .slice(0, 120)
    .join('') || 'evidence';

/** Records the file and links it to the item, audited, in one transaction (the caller's, with a key). */
export async function attachEvidence(
  ctx: Ctx,
  actor: Actor,
  person: RecordPerson,
  item: IntegrityRow,
  file: SavedUpload & { contentType: string; name: string },
): Promise<EvidenceRow> {
  return ctx.db.transaction(async (tx) => {
    const [evidence] = await tx
      .insert(supervisionEvidenceFiles)
      .values({
        storageKey: file.storageKey,
        contentType: file.contentType,
        displayName: file.name,
        sizeBytes: file.sizeBytes,
        sha256: file.sha256,
        uploadedBy: actor.accountId,
      })
      .returning();
    if (!evidence) throw new Error('evidence insert failed');
    const [linked] = await tx
      .update(supervisionIntegrityItems)
      .set({ evidenceFileId: evidence.id })
      .where(
        and(
          eq(supervisionIntegrityItems.id, item.id),
          isNull(supervisionIntegrityItems.evidenceFileId),
          isNull(supervisionIntegrityItems.revokedAt),
        ),
      )
      .returning({ id: supervisionIntegrityItems.id });
    if (!linked) throw new AppError(item.revokedAt ? 'SUPERVISION_RECORD_REVOKED' : 'SUPERVISION_EVIDENCE_PRESENT');
    await appendAudit(
      { ...ctx, db: tx },
      {
        action: 'supervision.integrity.evidence_attached',
        targetType: 'person',
        targetId: person.id,
        orgId: person.orgId,
        details: {
          itemId: item.id,
          name: file.name,
          contentType: file.contentType,
          sizeBytes: file.sizeBytes,
          sha256: file.sha256,
        },
      },
    );
    return evidence;
  });
}
