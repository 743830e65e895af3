import { sql } from 'drizzle-orm';
import { boolean, date, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { orgs } from '../org/schema.ts';

export const PartyStatuses = ['probationary', 'full'] as const; // 预备党员 / 正式党员
export const CadreRanks = [
  'provincial', // 省部级
  'department', // 厅局级
  'county', // 县处级
  'section', // 乡科级
  'staff', // 科员及以下
] as const;
export const FivePersonRoles = [
  'first_secretary', // 第一书记
  'branch_head', // 村支书
  'committee_head', // 村委会主任
  'township_contact', // 包村干部
  'work_team', // 驻村工作队员
] as const;

// Members and cadres. ID number and phone are stored only encrypted (self-describing ciphertext that
// names its crypto profile) plus a keyed hash for exact lookup; the last four digits are kept in clear
// so lists can show a masked value without decrypting.
export const people = pgTable(
  'people',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    gender: text('gender', { enum: ['M', 'F'] }).notNull(),
    ethnicity: text('ethnicity').notNull().default('汉族'),
    birthDate: date('birth_date'),
    idNumberEnc: text('id_number_enc'),
    idNumberHash: text('id_number_hash'),
    idNumberLast4: text('id_number_last4'),
    phoneEnc: text('phone_enc'),
    phoneHash: text('phone_hash'),
    phoneLast4: text('phone_last4'),
    education: text('education'),
    joinDate: date('join_date'),
    fullMemberDate: date('full_member_date'),
    partyStatus: text('party_status', { enum: PartyStatuses }),
    position: text('position'),
    // 籍贯 and 工作单位及职务 as registers write them (free text); 家庭住址 is personal data like the
    // phone: stored only encrypted, shown in full only to those who may see the phone.
    nativePlace: text('native_place'),
    workUnit: text('work_unit'),
    addressEnc: text('address_enc'),
    cadreRank: text('cadre_rank', { enum: CadreRanks }),
    isFirstSecretary: boolean('is_first_secretary').notNull().default(false),
    isVillageStationed: boolean('is_village_stationed').notNull().default(false),
    fivePersonRole: text('five_person_role', { enum: FivePersonRoles }),
    // Current organisation, kept in step with the open membership for fast scoped lists.
    orgId: integer('org_id').references(() => orgs.id),
    orgPath: text('org_path'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('people_id_number_hash_idx').on(t.idNumberHash),
    index('people_phone_hash_idx').on(t.phoneHash),
    index('people_org_path_idx').on(sql`${t.orgPath} text_pattern_ops`),
    index('people_org_idx').on(t.orgId),
    // The learning not-studied list walks a subtree's members in (org, name) order and stops after a page.
    index('people_party_path_name_idx').on(t.orgPath, t.name, t.id).where(sql`${t.partyStatus} is not null`),
    // Name search uses two indexes made in migration 0004 (drizzle-kit cannot express them): a GIN
    // over name_grams(name) — the name's characters and character pairs — and a btree on
    // (name collate "C", id) include (org_path) for one-character (surname) searches. pg_trgm found no
    // trigrams in Chinese under a C-locale cluster, and 1–2-character queries have none anyway.
    // The list's pinyin order has two more from migration 0009: (name_sort_key(name) collate
    // hy_pinyin, id) for a whole-scope list and (left(name, 1), that key, id) for a surname search.
  ],
);

// 组织关系转接: a transfer closes one membership and opens the next in one transaction.
export const transfers = pgTable('transfers', {
  id: uuid('id').primaryKey().defaultRandom(),
  personId: uuid('person_id')
    .notNull()
    .references(() => people.id),
  fromOrgId: integer('from_org_id')
    .notNull()
    .references(() => orgs.id),
  toOrgId: integer('to_org_id')
    .notNull()
    .references(() => orgs.id),
  effectiveDate: date('effective_date').notNull(),
  reason: text('reason'),
  createdBy: uuid('created_by'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export const memberships = pgTable(
  'memberships',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id),
    orgId: integer('org_id')
      .notNull()
      .references(() => orgs.id),
    fromDate: date('from_date').notNull(),
    toDate: date('to_date'),
    openedBy: text('opened_by', { enum: ['register', 'transfer', 'import'] }).notNull(),
    closedBy: text('closed_by', { enum: ['transfer', 'leave', 'death', 'dissolve'] }),
    transferInId: uuid('transfer_in_id').references(() => transfers.id),
    transferOutId: uuid('transfer_out_id').references(() => transfers.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('memberships_person_idx').on(t.personId, t.fromDate),
    index('memberships_org_idx').on(t.orgId),
    uniqueIndex('memberships_one_open_idx').on(t.personId).where(sql`${t.toDate} is null`),
  ],
);
