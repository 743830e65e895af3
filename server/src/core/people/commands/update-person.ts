// Edits a person's record; records the event 'people.person.updated' and the audit row
// 'people.updated' naming the changed fields (never the values of the ID number or phone).
import { crossFieldProblems, UpdatePersonRequest } from '@hongyun/contracts';
import { eq } from 'drizzle-orm';
import { appendAudit } from '../../../platform/audit/chain.ts';
import type { TxCtx } from '../../../platform/context.ts';
import { isUniqueViolation } from '../../../platform/db/unique-violation.ts';
import { AppError } from '../../../platform/errors.ts';
import { recordEvent } from '../../../platform/events/record.ts';
import { personChanged } from '../../auth/auth-changes.ts';
import { getPerson, type PersonRow } from '../queries.ts';
import { people } from '../schema.ts';
import { idNumberFacts, normalizeIdNumber, normalizePhone } from '../validation.ts';
import { assertIdNumberFree } from './register-person.ts';

type PlainField = Exclude<keyof UpdatePersonRequest, 'idNumber' | 'phone' | 'address'>;
const PLAIN_FIELDS: PlainField[] = [
  'name',
  'gender',
  'ethnicity',
  'birthDate',
  'education',
  'joinDate',
  'fullMemberDate',
  'partyStatus',
  'position',
  'nativePlace',
  'workUnit',
  'cadreRank',
  'isFirstSecretary',
  'isVillageStationed',
  'fivePersonRole',
];

const INVOLVED: Record<string, string[]> = {
  fullMemberDate: ['fullMemberDate', 'joinDate'],
  birthDate: ['birthDate', 'idNumber'],
  gender: ['gender', 'idNumber'],
};

export async function updatePerson(ctx: TxCtx, input: { personId: string; patch: UpdatePersonRequest }) {
  const patch = UpdatePersonRequest.parse(input.patch);
  try {
    return await ctx.db.transaction(async (db): Promise<PersonRow> => {
      const tx = { ...ctx, db };
      // Locked so two edits of one person apply one after the other, each against fresh values.
      await db.select({ id: people.id }).from(people).where(eq(people.id, input.personId)).for('update');
      const current = await getPerson(db, input.personId);
      const set: Partial<typeof people.$inferInsert> = {};
      const changed: string[] = [];

      let idNumber = current.idNumberEnc ? ctx.crypto.decrypt(current.idNumberEnc) : null;
      if (patch.idNumber !== undefined) {
        const next = normalizeIdNumber(patch.idNumber);
        if (next !== idNumber) {
          await assertIdNumberFree(tx, next, current.id);
          const c = ctx.crypto.active;
          Object.assign(set, {
            idNumberEnc: c.encrypt(next),
            idNumberHash: c.lookupHash(next),
            idNumberLast4: next.slice(-4),
          });
          changed.push('idNumber');
          idNumber = next;
          // The ID number is authoritative for birth date and gender unless they are edited too.
          const facts = idNumberFacts(next);
          if (facts && patch.birthDate === undefined) patch.birthDate = facts.birthDate;
          if (facts && patch.gender === undefined) patch.gender = facts.gender;
        }
      }
      if (patch.phone !== undefined) {
        const next = patch.phone === null ? null : normalizePhone(patch.phone);
        const isSame =
          next === null
            ? current.phoneEnc === null
            : current.phoneEnc !== null && ctx.crypto.decrypt(current.phoneEnc) === next;
        if (!isSame) {
          const c = ctx.crypto.active;
          Object.assign(set, {
            phoneEnc: next ? c.encrypt(next) : null,
            phoneHash: next ? c.lookupHash(next) : null,
            phoneLast4: next ? next.slice(-4) : null,
          });
          changed.push('phone');
        }
      }
      if (patch.address !== undefined) {
        const next = patch.address === null || patch.address === '' ? null : patch.address;
        const before = current.addressEnc === null ? null : ctx.crypto.decrypt(current.addressEnc);
        if (next !== before) {
          set.addressEnc = next === null ? null : ctx.crypto.active.encrypt(next);
          changed.push('address');
        }
      }
      for (const f of PLAIN_FIELDS) {
        if (patch[f] === undefined || patch[f] === current[f]) continue;
        Object.assign(set, { [f]: patch[f] });
        changed.push(f);
      }

      // Only problems the patch touches: stale imported data must not block an unrelated edit.
      const touched = new Set(Object.keys(patch));
      const problems = crossFieldProblems({ ...current, ...patch, idNumber }).filter((p) =>
        INVOLVED[p.field]?.some((f) => touched.has(f)),
      );
      if (problems.length > 0) {
        throw new AppError(
          'VALIDATION_FAILED',
          problems.map((p) => ({ field: `body.${p.field}`, message: p.message })),
        );
      }
      if (changed.length === 0) return current;

      await db
        .update(people)
        .set({ ...set, updatedAt: new Date() })
        .where(eq(people.id, current.id));
      await recordEvent(tx, {
        type: 'people.person.updated',
        orgId: current.orgId,
        orgPath: current.orgPath,
        subjectType: 'person',
        subjectId: current.id,
        data: { fields: changed },
      });
      await personChanged(tx, current.id); // a principal's name shows in their delegate's /api/me
      await appendAudit(tx, {
        action: 'people.updated',
        targetType: 'person',
        targetId: current.id,
        orgId: current.orgId,
        details: { fields: changed },
      });
      return getPerson(db, current.id);
    });
  } catch (e) {
    if (isUniqueViolation(e, 'people_id_number_hash_idx')) throw new AppError('DUPLICATE_ID_NUMBER');
    throw e;
  }
}
