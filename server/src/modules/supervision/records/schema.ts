import { IntegrityKinds, SanctionKinds } from '@hongyun/contracts';
import { sql } from 'drizzle-orm';
import { bigint, date, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { people } from '../../../core/people/schema.ts';

// Supervision records: the decisions taken about a person (激励惩戒) and leading cadres' integrity
// records (诚信档案). Both keep the person's organisation at the time of recording (org_path, kept
// in step by org moves); who may read them follows the person's current organisation, as their
// record goes with them. Rows are never deleted: a mistaken one is revoked (revoked_at, by whom,
// why) and stays visible as revoked.

export const supervisionSanctions = pgTable(
  'supervision_sanctions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id),
    orgId: integer('org_id'),
    orgPath: text('org_path'),
    kind: text('kind', { enum: SanctionKinds }).notNull(),
    decidedOn: date('decided_on').notNull(),
    reason: text('reason').notNull(),
    /** Supervision alerts about the same person that led to it (checked when recorded). */
    alertIds: uuid('alert_ids').array().notNull().default(sql`'{}'::uuid[]`),
    /** A cause that is not an alert, in words (an evaluation result, an inspection). */
    source: text('source').notNull().default(''),
    /** The account that decided (recorded) it. */
    decidedBy: uuid('decided_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    revokedBy: uuid('revoked_by'),
    revokeReason: text('revoke_reason'),
  },
  (t) => [
    index('supervision_sanctions_person_idx').on(t.personId, t.decidedOn),
    index('supervision_sanctions_path_idx').on(t.orgPath.op('text_pattern_ops')),
  ],
);

/**
 * Evidence files of integrity items. The bytes are in the platform's file storage under a
 * server-chosen key; unlike stored_files (uploads, exports) they never expire, and they are served
 * only by the integrity evidence route, which checks the policy and audits each read.
 */
export const supervisionEvidenceFiles = pgTable('supervision_evidence_files', {
  id: uuid('id').primaryKey().defaultRandom(),
  storageKey: text('storage_key').notNull(),
  contentType: text('content_type').notNull(),
  /** The name the browser gave, made safe; shown on download, never used as a path. */
  displayName: text('display_name').notNull(),
  sizeBytes: bigint('size_bytes', { mode: 'number' }).notNull(),
  sha256: text('sha256').notNull(),
  uploadedBy: uuid('uploaded_by').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export const supervisionIntegrityItems = pgTable(
  'supervision_integrity_items',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id),
    orgId: integer('org_id'),
    orgPath: text('org_path'),
    kind: text('kind', { enum: IntegrityKinds }).notNull(),
    occurredOn: date('occurred_on').notNull(),
    source: text('source').notNull(),
    description: text('description').notNull(),
    evidenceFileId: uuid('evidence_file_id').references(() => supervisionEvidenceFiles.id),
    recordedBy: uuid('recorded_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    revokedBy: uuid('revoked_by'),
    revokeReason: text('revoke_reason'),
  },
  (t) => [
    index('supervision_integrity_items_person_idx').on(t.personId, t.occurredOn),
    index('supervision_integrity_items_path_idx').on(t.orgPath.op('text_pattern_ops')),
  ],
);
