import type { VideoStatus } from '@hongyun/contracts';
import { and, desc, eq, sql } from 'drizzle-orm';
import type { Actor } from '../../core/context.ts';
import { people } from '../../core/people/schema.ts';
import { inScope } from '../../core/policy.ts';
import type { DbOrTx } from '../../platform/db/client.ts';
import type { VideoRow } from './presenter.ts';
import { videoAssets } from './schema.ts';

export async function findVideoRow(db: DbOrTx, id: string): Promise<VideoRow | null> {
  const [row] = await db.select().from(videoAssets).where(eq(videoAssets.id, id));
  return row ?? null;
}

export async function listVideoRows(
  db: DbOrTx,
  roots: string[],
  q: { page: number; pageSize: number; status?: VideoStatus },
): Promise<{ rows: VideoRow[]; total: number }> {
  const where = and(inScope(videoAssets.orgPath, roots), q.status ? eq(videoAssets.status, q.status) : undefined);
  const [rows, [count]] = await Promise.all([
    db
      .select()
      .from(videoAssets)
      .where(where)
      .orderBy(desc(videoAssets.createdAt), desc(videoAssets.id))
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize),
    db.select({ n: sql<number>`count(*)::int` }).from(videoAssets).where(where),
  ]);
  return { rows, total: count?.n ?? 0 };
}

/**
 * The org paths a viewer belongs to: where they hold grants and their own branch; while acting for
 * an elderly member, the member's branch only (the delegate's own grants do not apply).
 */
export async function viewerOrgPaths(db: DbOrTx, actor: Actor): Promise<string[]> {
  const paths = new Set(actor.actingFor ? [] : actor.grants.map((g) => g.orgPath));
  const personId = actor.actingFor?.personId ?? actor.personId;
  if (personId) {
    const [p] = await db.select({ orgPath: people.orgPath }).from(people).where(eq(people.id, personId));
    if (p?.orgPath) paths.add(p.orgPath);
  }
  return [...paths];
}
