import { bigint, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

// Files the platform keeps: uploads waiting to be imported, import reports, exports. The bytes live
// in storage (local disk under DATA_DIR/files by default) under a server-chosen key; this row holds
// who owns them, what they are for and when they go. Exports and reports carry personal data, so
// every file expires and the worker deletes it.
export const storedFiles = pgTable(
  'stored_files',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    purpose: text('purpose', { enum: ['import_upload', 'import_report', 'export'] }).notNull(),
    /** The name shown on download; never used as a path. */
    displayName: text('display_name').notNull(),
    storageKey: text('storage_key').notNull(),
    contentType: text('content_type').notNull(),
    sizeBytes: bigint('size_bytes', { mode: 'number' }).notNull(),
    sha256: text('sha256').notNull(),
    ownerAccountId: uuid('owner_account_id').notNull(),
    orgId: integer('org_id'),
    /**
     * The policy action a download needs besides ownership, checked against org_id's subtree at every
     * download (e.g. 'people.export'): an admin who loses the grant loses the files made with it.
     */
    readAction: text('read_action'),
    /**
     * When an import written from this upload committed: the upload is kept until it expires (a
     * second import of it then reports every row as registered) but no longer counts against the quota.
     */
    consumedAt: timestamp('consumed_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('stored_files_owner_idx').on(t.ownerAccountId, t.createdAt),
    index('stored_files_expiry_idx').on(t.expiresAt),
  ],
);
