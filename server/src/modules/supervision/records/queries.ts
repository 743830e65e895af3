import { LeadingCadreRanks } from '@hongyun/contracts';
import { and, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { accounts } from '../../../core/auth/schema.ts';
import { people } from '../../../core/people/schema.ts';
import type { DbOrTx } from '../../../platform/db/client.ts';
import { AppError } from '../../../platform/errors.ts';
import { supervisionAlerts, supervisionRules } from '../schema.ts';
import { supervisionEvidenceFiles, supervisionIntegrityItems, supervisionSanctions } from './schema.ts';

// Reads of the records. Callers authorise on the person (recordPerson) before they list anything,
// so a person outside the caller's subtrees is the one NOT_FOUND of a missing person.

export type RecordPerson = {
  id: string;
  name: string;
  orgId: number | null;
  orgPath: string | null;
  cadreRank: string | null;
};

export const isLeadingCadre = (p: Pick<RecordPerson, 'cadreRank'>) =>
  (LeadingCadreRanks as readonly (string | null)[]).includes(p.cadreRank);

/** The person the records are about, or NOT_FOUND. */
export async function recordPerson(db: DbOrTx, id: string): Promise<RecordPerson> {
  const [row] = await db
    .select({
      id: people.id,
      name: people.name,
      orgId: people.orgId,
      orgPath: people.orgPath,
      cadreRank: people.cadreRank,
    })
    .from(people)
    .where(eq(people.id, id));
  if (!row) throw new AppError('NOT_FOUND');
  return row;
}

export const policyRecord = (p: RecordPerson) => ({ orgPath: p.orgPath, personId: p.id });

export type SanctionRow = typeof supervisionSanctions.$inferSelect;
export type IntegrityRow = typeof supervisionIntegrityItems.$inferSelect;
export type EvidenceRow = typeof supervisionEvidenceFiles.$inferSelect;

export async function listSanctionRows(db: DbOrTx, personId: string): Promise<SanctionRow[]> {
  return db
    .select()
    .from(supervisionSanctions)
    .where(eq(supervisionSanctions.personId, personId))
    .orderBy(desc(supervisionSanctions.decidedOn), desc(supervisionSanctions.createdAt));
}

export async function findSanction(db: DbOrTx, id: string): Promise<SanctionRow | null> {
  const [row] = await db.select().from(supervisionSanctions).where(eq(supervisionSanctions.id, id));
  return row ?? null;
}

export type IntegrityWithEvidence = { item: IntegrityRow; evidence: EvidenceRow | null };

export async function listIntegrityRows(db: DbOrTx, personId: string): Promise<IntegrityWithEvidence[]> {
  return db
    .select({ item: supervisionIntegrityItems, evidence: supervisionEvidenceFiles })
    .from(supervisionIntegrityItems)
    .leftJoin(supervisionEvidenceFiles, eq(supervisionEvidenceFiles.id, supervisionIntegrityItems.evidenceFileId))
    .where(eq(supervisionIntegrityItems.personId, personId))
    .orderBy(desc(supervisionIntegrityItems.occurredOn), desc(supervisionIntegrityItems.createdAt));
}

export async function findIntegrityItem(db: DbOrTx, id: string): Promise<IntegrityWithEvidence | null> {
  const [row] = await db
    .select({ item: supervisionIntegrityItems, evidence: supervisionEvidenceFiles })
    .from(supervisionIntegrityItems)
    .leftJoin(supervisionEvidenceFiles, eq(supervisionEvidenceFiles.id, supervisionIntegrityItems.evidenceFileId))
    .where(eq(supervisionIntegrityItems.id, id));
  return row ?? null;
}

/** Live (not revoked) records of a person, for the person page's summary. */
export async function countLive(db: DbOrTx, personId: string): Promise<{ sanctions: number; integrity: number }> {
  const [s] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(supervisionSanctions)
    .where(and(eq(supervisionSanctions.personId, personId), isNull(supervisionSanctions.revokedAt)));
  const [i] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(supervisionIntegrityItems)
    .where(and(eq(supervisionIntegrityItems.personId, personId), isNull(supervisionIntegrityItems.revokedAt)));
  return { sanctions: s?.n ?? 0, integrity: i?.n ?? 0 };
}

/** Display names of the accounts that decided, recorded or revoked. */
export async function accountNames(db: DbOrTx, ids: Iterable<string | null>): Promise<Map<string, string>> {
  const wanted = [...new Set([...ids].filter((id): id is string => !!id))];
  if (wanted.length === 0) return new Map();
  const rows = await db
    .select({ id: accounts.id, name: accounts.displayName })
    .from(accounts)
    .where(inArray(accounts.id, wanted));
  return new Map(rows.map((r) => [r.id, r.name]));
}

export type AlertRef = {
  id: string;
  personId: string;
  orgPath: string;
  ruleName: string;
  periodKey: string;
  raisedAt: Date;
};

/** The alerts named, with their rule's name (those that exist; the caller checks the rest). */
export async function alertRefs(db: DbOrTx, ids: Iterable<string>): Promise<Map<string, AlertRef>> {
  const wanted = [...new Set(ids)];
  if (wanted.length === 0) return new Map();
  const rows = await db
    .select({
      id: supervisionAlerts.id,
      personId: supervisionAlerts.personId,
      orgPath: supervisionAlerts.orgPath,
      ruleName: supervisionRules.name,
      periodKey: supervisionAlerts.periodKey,
      raisedAt: supervisionAlerts.raisedAt,
    })
    .from(supervisionAlerts)
    .innerJoin(supervisionRules, eq(supervisionRules.id, supervisionAlerts.ruleId))
    .where(inArray(supervisionAlerts.id, wanted));
  return new Map(rows.map((r) => [r.id, r]));
}
