import { sql } from 'drizzle-orm';
import {
  boolean,
  char,
  doublePrecision,
  index,
  integer,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

// Administrative divisions (NBS 12-digit codes): 1 province, 2 prefecture, 3 county, 4 township, 5 village.
export const regions = pgTable(
  'regions',
  {
    code: char('code', { length: 12 }).primaryKey(),
    name: text('name').notNull(),
    level: smallint('level').notNull(),
    parentCode: char('parent_code', { length: 12 }),
  },
  (t) => [index('regions_parent_idx').on(t.parentCode)],
);

export const OrgTypes = ['committee', 'general_branch', 'branch', 'group'] as const;
export type OrgType = (typeof OrgTypes)[number];

// Party organisations. `path` is the materialised path of ids ("/1/17/230/"), so a subtree is a
// prefix match served by a C-collation btree index; moves rewrite the prefix in one transaction.
export const orgs = pgTable(
  'orgs',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    parentId: integer('parent_id'),
    path: text('path').notNull(),
    depth: smallint('depth').notNull(),
    name: text('name').notNull(),
    shortName: text('short_name'),
    type: text('type', { enum: OrgTypes }).notNull(),
    regionCode: char('region_code', { length: 12 }).references(() => regions.code),
    secretaryPersonId: uuid('secretary_person_id'),
    contactPhone: text('contact_phone'),
    address: text('address'),
    lng: doublePrecision('lng'),
    lat: doublePrecision('lat'),
    sortOrder: integer('sort_order').notNull().default(0),
    isDissolved: boolean('is_dissolved').notNull().default(false),
    dissolvedAt: timestamp('dissolved_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('orgs_path_idx').on(t.path),
    index('orgs_path_prefix_idx').on(sql`${t.path} text_pattern_ops`),
    index('orgs_parent_idx').on(t.parentId, t.sortOrder),
    index('orgs_region_idx').on(t.regionCode),
    // Name search: GIN over name_grams(name), made in migration 0004 (see people/schema.ts).
  ],
);

// A module switch set at an org applies to its subtree; the nearest setting up the path wins.
export const orgModuleSwitches = pgTable(
  'org_module_switches',
  {
    orgId: integer('org_id')
      .notNull()
      .references(() => orgs.id),
    module: text('module').notNull(),
    isEnabled: boolean('is_enabled').notNull(),
    updatedBy: uuid('updated_by'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.module] })],
);
