import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { atAnyGrant, defineModule, type OrgPathCopy } from '../../core/kernel/index.ts';
import { registerManageRoutes } from './manage-routes.ts';
import { contentPolicies } from './policy.ts';
import { registerReadRoutes } from './read-routes.ts';
import { seedContentDemo } from './seed.ts';

// 学习内容: the study channels 权威发布, 学习动态 and 学习资料 of the learning app. Articles are written
// and reviewed in the console and read on the phone, where effective reading is credited.

async function contentRoutes(app: FastifyInstance): Promise<void> {
  await registerManageRoutes(app);
  await registerReadRoutes(app);
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
  orgPathCopies: { content_items: rewriteContentPaths },
  seed: seedContentDemo,
});
