import type { TxCtx } from '../../platform/context.ts';
import { lockOrgTree } from '../org/tree-lock.ts';
import { memberships, people } from './schema.ts';

type PersonInsert = typeof people.$inferInsert;

/** One already-validated person for a bulk load: plain ID number and phone, encrypted here. */
export type BulkPerson = Omit<
  PersonInsert,
  | 'id'
  | 'idNumberEnc'
  | 'idNumberHash'
  | 'idNumberLast4'
  | 'phoneEnc'
  | 'phoneHash'
  | 'phoneLast4'
  | 'orgId'
  | 'orgPath'
> & { idNumber: string; phone: string | null; orgId: number; orgPath: string; membershipFrom: string };

/**
 * Inserts validated people and their opening memberships with multi-row statements, encrypting the
 * ID number and phone exactly as a single registration does. For the demo seeder and bulk loaders;
 * callers validate first, run it inside their transaction and write one audit row for the batch.
 */
export async function insertPeopleBatch(
  ctx: TxCtx,
  rows: BulkPerson[],
  openedBy: 'register' | 'import' = 'import',
): Promise<string[]> {
  if (rows.length === 0) return [];
  await lockOrgTree(ctx.db, 'shared'); // org paths copied into people must not be moved meanwhile
  const c = ctx.crypto.active;
  const inserted = await ctx.db
    .insert(people)
    .values(
      rows.map(({ idNumber, phone, membershipFrom: _m, ...rest }) => ({
        ...rest,
        idNumberEnc: c.encrypt(idNumber),
        idNumberHash: c.lookupHash(idNumber),
        idNumberLast4: idNumber.slice(-4),
        phoneEnc: phone ? c.encrypt(phone) : null,
        phoneHash: phone ? c.lookupHash(phone) : null,
        phoneLast4: phone ? phone.slice(-4) : null,
      })),
    )
    .returning({ id: people.id });
  await ctx.db.insert(memberships).values(
    inserted.map((p, i) => {
      const r = rows[i] as BulkPerson;
      return { personId: p.id, orgId: r.orgId, fromDate: r.membershipFrom, openedBy };
    }),
  );
  return inserted.map((p) => p.id);
}
