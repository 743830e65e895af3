import type { ContentChannel, ContentStatus } from '@hongyun/contracts';
import { and, desc, eq, getTableColumns, ne, type SQL, sql } from 'drizzle-orm';
import { accounts } from '../../core/auth/schema.ts';
import { inScope } from '../../core/policy.ts';
import type { DbOrTx } from '../../platform/db/client.ts';
import { inAudience, type Viewer } from './audience.ts';
import { contentFavourites, contentItems, contentReadings } from './schema.ts';

export type ContentRow = typeof contentItems.$inferSelect & { authorName: string };

const withAuthor = { ...getTableColumns(contentItems), authorName: accounts.displayName };

/** `%`, `_` and `\` in a search are literal characters, not patterns. */
export const likeContains = (q: string) => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

export async function findItem(db: DbOrTx, id: string): Promise<ContentRow | null> {
  const [row] = await db
    .select(withAuthor)
    .from(contentItems)
    .innerJoin(accounts, eq(accounts.id, contentItems.authorAccountId))
    .where(eq(contentItems.id, id));
  return row ?? null;
}

export type ManageFilter = {
  channel?: ContentChannel;
  status?: ContentStatus;
  q?: string;
  /** Only items submitted by others, awaiting a decision the caller may take. */
  toReviewBy?: { accountId: string; roots: string[] };
  page: number;
  pageSize: number;
};

/** The console's list: items owned within `roots` (the caller's editing subtrees), newest first. */
export async function listManaged(db: DbOrTx, roots: string[], f: ManageFilter) {
  const conds: (SQL | undefined)[] = [inScope(contentItems.orgPath, roots)];
  if (f.channel) conds.push(eq(contentItems.channel, f.channel));
  if (f.status) conds.push(eq(contentItems.status, f.status));
  if (f.q) conds.push(sql`${contentItems.title} ilike ${likeContains(f.q)}`);
  if (f.toReviewBy) {
    conds.push(eq(contentItems.status, 'submitted'));
    conds.push(ne(contentItems.authorAccountId, f.toReviewBy.accountId));
    conds.push(inScope(contentItems.orgPath, f.toReviewBy.roots));
  }
  const where = and(...conds);
  const [rows, [count]] = await Promise.all([
    db
      .select(withAuthor)
      .from(contentItems)
      .innerJoin(accounts, eq(accounts.id, contentItems.authorAccountId))
      .where(where)
      .orderBy(desc(contentItems.updatedAt), desc(contentItems.id))
      .limit(f.pageSize)
      .offset((f.page - 1) * f.pageSize),
    db.select({ n: sql<number>`count(*)::int` }).from(contentItems).where(where),
  ]);
  return { rows, total: count?.n ?? 0 };
}

const feedColumns = {
  id: contentItems.id,
  kind: contentItems.kind,
  channel: contentItems.channel,
  title: contentItems.title,
  summary: contentItems.summary,
  source: contentItems.source,
  orgId: contentItems.orgId,
  isPinned: contentItems.isPinned,
  publishedAt: contentItems.publishedAt,
  videoId: contentItems.videoId,
  documentId: contentItems.documentId,
};
export type FeedRow = { [K in keyof typeof feedColumns]: (typeof contentItems.$inferSelect)[K] } & {
  isFavourite: boolean;
};

const favouriteOf = (personId: string | null) =>
  personId
    ? sql<boolean>`exists (select 1 from ${contentFavourites} f where f.content_id = ${contentItems.id} and f.person_id = ${personId})`
    : sql<boolean>`false`;

/** The phone's channel list: what the viewer's audience reaches, pinned first, newest first. */
export async function listFeed(
  db: DbOrTx,
  v: Viewer,
  f: { channel?: ContentChannel; q?: string; favouritesOnly?: boolean; page: number; pageSize: number },
) {
  const conds: (SQL | undefined)[] = [inAudience(v)];
  if (f.channel) conds.push(eq(contentItems.channel, f.channel));
  if (f.q) conds.push(sql`${contentItems.title} ilike ${likeContains(f.q)}`);
  if (f.favouritesOnly) conds.push(v.personId ? favouriteOf(v.personId) : sql`false`);
  const where = and(...conds);
  const order = f.favouritesOnly
    ? [desc(contentItems.publishedAt), desc(contentItems.id)]
    : [desc(contentItems.isPinned), desc(contentItems.publishedAt), desc(contentItems.id)];
  const [rows, [count]] = await Promise.all([
    db
      .select({ ...feedColumns, isFavourite: favouriteOf(v.personId) })
      .from(contentItems)
      .where(where)
      .orderBy(...order)
      .limit(f.pageSize)
      .offset((f.page - 1) * f.pageSize),
    db.select({ n: sql<number>`count(*)::int` }).from(contentItems).where(where),
  ]);
  return { rows: rows as FeedRow[], total: count?.n ?? 0 };
}

/** One item the viewer's audience reaches, or null (missing and out-of-audience look the same). */
export async function findReadable(db: DbOrTx, v: Viewer, id: string) {
  const [row] = await db
    .select({ ...feedColumns, bodyHtml: contentItems.bodyHtml, isFavourite: favouriteOf(v.personId) })
    .from(contentItems)
    .where(and(eq(contentItems.id, id), inAudience(v)));
  return row ?? null;
}

export async function findReading(db: DbOrTx, personId: string, contentId: string) {
  const [row] = await db
    .select()
    .from(contentReadings)
    .where(and(eq(contentReadings.personId, personId), eq(contentReadings.contentId, contentId)));
  return row ?? null;
}
