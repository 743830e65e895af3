// Registers a person into an org and opens their first membership; records the event
// 'people.person.registered' and the audit row 'people.created' in the same transaction.
import { RegisterPersonRequest } from '@hongyun/contracts';
import { inArray } from 'drizzle-orm';
import { appendAudit } from '../../../platform/audit/chain.ts';
import type { TxCtx } from '../../../platform/context.ts';
import { isUniqueViolation } from '../../../platform/db/unique-violation.ts';
import { AppError } from '../../../platform/errors.ts';
import { recordEvent } from '../../../platform/events/record.ts';
import { lockOrgTree } from '../../org/index.ts';
import { findOrg, getPerson, type PersonRow } from '../queries.ts';
import { memberships, people } from '../schema.ts';
import { idNumberFacts, normalizeIdNumber, normalizePhone, todayInChina } from '../validation.ts';

export type RegisterPersonInput = RegisterPersonRequest & {
  /** 'import' when the Excel importer registers the person. */
  openedBy?: 'register' | 'import';
  /** First day of the membership in this org; today when not given. */
  membershipFrom?: string;
};

/** Refuses an ID number already registered under any crypto profile (the unique index only sees one). */
export async function assertIdNumberFree(ctx: TxCtx, idNumber: string, exceptPersonId?: string): Promise<void> {
  const found = await ctx.db
    .select({ id: people.id })
    .from(people)
    .where(inArray(people.idNumberHash, ctx.crypto.lookupHashes(idNumber)));
  if (found.some((r) => r.id !== exceptPersonId)) throw new AppError('DUPLICATE_ID_NUMBER');
}

export async function registerPerson(ctx: TxCtx, input: RegisterPersonInput): Promise<PersonRow> {
  // Parsed again here because the seeder and the importer call this without going through a route.
  const body = RegisterPersonRequest.parse(input);
  const idNumber = normalizeIdNumber(body.idNumber);
  const facts = idNumberFacts(idNumber);
  if (!facts) throw new AppError('VALIDATION_FAILED', [{ field: 'idNumber', message: 'id_number.invalid' }]);
  const phone = body.phone ? normalizePhone(body.phone) : null;
  const c = ctx.crypto.active;
  try {
    return await ctx.db.transaction(async (db) => {
      await lockOrgTree(db, 'shared'); // the org path copied below must not be moved meanwhile
      const tx = { ...ctx, db };
      const org = await findOrg(db, body.orgId);
      if (!org) throw new AppError('NOT_FOUND');
      if (org.isDissolved) throw new AppError('ORG_DISSOLVED');
      await assertIdNumberFree(tx, idNumber);
      const [row] = await db
        .insert(people)
        .values({
          name: body.name,
          gender: body.gender ?? facts.gender,
          ethnicity: body.ethnicity ?? '汉族',
          birthDate: body.birthDate ?? facts.birthDate,
          idNumberEnc: c.encrypt(idNumber),
          idNumberHash: c.lookupHash(idNumber),
          idNumberLast4: idNumber.slice(-4),
          phoneEnc: phone ? c.encrypt(phone) : null,
          phoneHash: phone ? c.lookupHash(phone) : null,
          phoneLast4: phone ? phone.slice(-4) : null,
          education: body.education ?? null,
          joinDate: body.joinDate ?? null,
          fullMemberDate: body.fullMemberDate ?? null,
          partyStatus: body.partyStatus ?? null,
          position: body.position ?? null,
          nativePlace: body.nativePlace ?? null,
          workUnit: body.workUnit ?? null,
          addressEnc: body.address ? c.encrypt(body.address) : null,
          cadreRank: body.cadreRank ?? null,
          isFirstSecretary: body.isFirstSecretary ?? false,
          isVillageStationed: body.isVillageStationed ?? false,
          fivePersonRole: body.fivePersonRole ?? null,
          orgId: org.id,
          orgPath: org.path,
        })
        .returning({ id: people.id });
      if (!row) throw new Error('person insert returned nothing');
      const openedBy = input.openedBy ?? 'register';
      await db.insert(memberships).values({
        personId: row.id,
        orgId: org.id,
        fromDate: input.membershipFrom ?? todayInChina(),
        openedBy,
      });
      await recordEvent(tx, {
        type: 'people.person.registered',
        orgId: org.id,
        orgPath: org.path,
        subjectType: 'person',
        subjectId: row.id,
        data: { openedBy },
      });
      // Never the ID number or phone themselves: the audit log is readable by auditors.
      await appendAudit(tx, {
        action: 'people.created',
        targetType: 'person',
        targetId: row.id,
        orgId: org.id,
        details: { openedBy },
      });
      return getPerson(db, row.id);
    });
  } catch (e) {
    // Two registrations of one ID racing past the check: the unique index decides.
    if (isUniqueViolation(e, 'people_id_number_hash_idx')) throw new AppError('DUPLICATE_ID_NUMBER');
    throw e;
  }
}
