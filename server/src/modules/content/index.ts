import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { atAnyGrant, defineModule, type OrgPathCopy } from '../../core/kernel/index.ts';
import { inScope } from '../../core/policy.ts';
import { publishScheduled } from './commands/publish-scheduled.ts';
import { removeUnusedMedia } from './commands/remove-unused-media.ts';
import { registerManageRoutes } from './manage-routes.ts';
import { registerMediaRoutes } from './media-routes.ts';
import { contentPolicies } from './policy.ts';
import { registerReadRoutes } from './read-routes.ts';
import { contentMedia } from './schema.ts';
import { seedContentDemo } from './seed.ts';
import { registerItemVideoRoutes } from './video-routes.ts';

// 学习内容: the study channels 权威发布, 学习动态 and 学习资料 of the learning app. Articles are written
// and reviewed in the console and read on the phone, where effective reading is credited; documents
// (PDF) are read in the phone's viewer and videos of the library watched in its player.

async function contentRoutes(app: FastifyInstance): Promise<void> {
  await registerManageRoutes(app);
  await registerReadRoutes(app);
  await registerItemVideoRoutes(app);
  await registerMediaRoutes(app);
}

// Items copy their owner's path and their audience's paths: an org move rewrites both.
const rewriteContentPaths: OrgPathCopy = async (tx, { oldPath, newPath }) => {
  const under = `${oldPath}%`;
  const res = await tx.execute(sql`
    update content_items set
      org_path = case when org_path like ${under}
        then ${newPath} || substr(org_path, ${oldPath.length + 1}) else org_path end,
      audience_paths = array(
        select case when p like ${under} then ${newPath} || substr(p, ${oldPath.length + 1}) else p end
        from unnest(audience_paths) p)
    where org_path like ${under} or exists (select 1 from unnest(audience_paths) p where p like ${under})`);
  return res.rowCount ?? 0;
};

export const contentModule = defineModule({
  id: 'content',
  switch: 'learning',
  routes: contentRoutes,
  policies: contentPolicies,
  abilities: (actor) => ({ canManageContent: atAnyGrant(actor, 'content.item.edit') }),
  nav: [
    {
      key: 'content',
      path: '/content',
      label: { zh: '学习内容', en: 'Study content' },
      icon: 'content',
      ability: 'canManageContent',
      order: 100,
    },
  ],
  tiles: [{ key: 'study', path: 'study', label: { zh: '学习', en: 'Study' }, icon: 'content', order: 1 }],
  // 定时发布: due scheduled items go out within the minute (publish-scheduled.ts).
  // Uploads no item uses a day later go, bytes and row, audited (remove-unused-media.ts).
  crons: [
    { name: 'content.publish-scheduled', cron: '* * * * *', run: async (s) => void (await publishScheduled(s)) },
    { name: 'content.remove-unused-media', cron: '23 * * * *', run: async (s) => void (await removeUnusedMedia(s)) },
  ],
  orgPathCopies: {
    content_items: rewriteContentPaths,
    content_media: async (tx, { oldPath, newPath }) => {
      const rows = await tx
        .update(contentMedia)
        .set({ orgPath: sql`${newPath} || substr(${contentMedia.orgPath}, ${oldPath.length + 1})` })
        .where(inScope(contentMedia.orgPath, [oldPath]))
        .returning({ id: contentMedia.id });
      return rows.length;
    },
  },
  seed: seedContentDemo,
});
