import { Readable } from 'node:stream';
import type { Services } from '../../../platform/context.ts';
import { supervisionEvidenceFiles, supervisionIntegrityItems, supervisionSanctions } from './schema.ts';

// One sanction and one integrity item (with its evidence) about a subtree's person, for the tests
// that walk every route (server/src/test/two-subtrees.ts): `sanctions` and `integrity-items` are
// the first path segments of the routes that name them.

export async function insertRecordFixtures(
  s: Services,
  input: { person: { id: string; orgId: number | null; orgPath: string | null }; accountId: string; secret: string },
): Promise<{ sanctions: string; 'integrity-items': string }> {
  const { person, accountId, secret } = input;
  const at = { personId: person.id, orgId: person.orgId, orgPath: person.orgPath };
  const [sanction] = await s.db
    .insert(supervisionSanctions)
    .values({ ...at, kind: 'talk', decidedOn: '2026-03-10', reason: `${secret}约谈`, decidedBy: accountId })
    .returning();
  const key = s.files.newKey('pdf');
  const bytes = Buffer.from(`%PDF-1.4\n${secret}\n%%EOF\n`);
  const saved = await s.files.save(key, Readable.from([bytes]));
  const [evidence] = await s.db
    .insert(supervisionEvidenceFiles)
    .values({
      storageKey: key,
      contentType: 'application/pdf',
      displayName: `${secret}报告.pdf`,
      ...saved,
      uploadedBy: accountId,
    })
    .returning();
  const [item] = await s.db
    .insert(supervisionIntegrityItems)
    .values({
      ...at,
      kind: 'personal_matters',
      occurredOn: '2026-01-20',
      source: `${secret}来源`,
      description: `${secret}说明`,
      evidenceFileId: evidence?.id,
      recordedBy: accountId,
    })
    .returning();
  if (!sanction || !item) throw new Error('record fixtures insert failed');
  return { sanctions: sanction.id, 'integrity-items': item.id };
}
