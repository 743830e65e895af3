import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { ContentChannels } from '@hongyun/contracts';
import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import { z } from 'zod';
import { accounts, roleGrants } from '../../core/auth/schema.ts';
import { orgs } from '../../core/org/schema.ts';
import type { Services } from '../../platform/context.ts';
import { plainText, sanitizeArticle } from './sanitize.ts';
import { contentItems } from './schema.ts';

// Demo content: published study items in each channel, owned by the city committee and written by
// its party-building office. The real study articles live in starter/articles.json (written for the
// project, read at run time); without it, three short items per channel of our own.

const STARTER = new URL('./starter/articles.json', import.meta.url);
const StarterArticle = z.object({
  channel: z.enum(ContentChannels),
  title: z.string().min(1),
  summary: z.string().default(''),
  bodyHtml: z.string(),
  source: z.string().nullable().default(null),
});
type StarterArticle = z.infer<typeof StarterArticle>;

const FALLBACK: StarterArticle[] = [
  ['authoritative', '关于深入开展党纪学习教育的通知', '各级党组织要把党纪学习教育作为重要政治任务抓实抓好。'],
  ['authoritative', '全市基层党建工作推进会召开', '会议部署了下一阶段基层党组织建设重点任务。'],
  ['authoritative', '关于做好党员组织关系转接工作的通知', '请各党支部及时办理流动党员的组织关系转接。'],
  ['news', '南江社区第一党支部开展主题党日活动', '党员们重温入党誓词，交流学习体会。'],
  ['news', '硒城街道开展“党员进网格”志愿服务', '社区党员走进网格，为群众办实事。'],
  ['news', '开阳县举办村党组织书记培训班', '培训围绕乡村振兴和基层治理展开。'],
  ['materials', '《中国共产党章程》学习要点', '党章是党的根本大法，是全党必须共同遵守的根本行为规范。'],
  ['materials', '“三会一课”制度解读', '支部党员大会、支部委员会、党小组会和党课是党的组织生活基本制度。'],
  ['materials', '党员的八项义务', '党章规定了党员必须履行的义务，每名党员都应熟记于心。'],
].map(([channel, title, summary]) => ({
  channel: channel as StarterArticle['channel'],
  title: title as string,
  summary: summary as string,
  bodyHtml: `<p>${summary}</p><p>请各位党员认真学习，结合工作实际抓好落实。</p>`,
  source: '红云党建演示数据',
}));

async function starterArticles(say: (m: string) => void): Promise<StarterArticle[]> {
  if (!existsSync(STARTER)) return FALLBACK;
  const parsed = z.array(StarterArticle).safeParse(JSON.parse(await readFile(STARTER, 'utf8')));
  if (parsed.success && parsed.data.length > 0) return parsed.data;
  say('content: starter/articles.json is not a list of articles; seeding the short demo items instead');
  return FALLBACK;
}

export async function seedContentDemo(services: Services, say: (m: string) => void): Promise<void> {
  const db = services.db;
  const [root] = await db.select().from(orgs).where(isNull(orgs.parentId)).orderBy(asc(orgs.id)).limit(1);
  if (!root) return;
  const [office] = await db
    .select({ id: accounts.id })
    .from(roleGrants)
    .innerJoin(accounts, eq(accounts.id, roleGrants.accountId))
    .where(and(eq(roleGrants.orgId, root.id), inArray(roleGrants.role, ['party_office', 'org_admin'])))
    .limit(1);
  if (!office) return;
  const articles = await starterArticles(say);
  const now = Date.now();
  await db.insert(contentItems).values(
    articles.map((a, i) => {
      const body = sanitizeArticle(a.bodyHtml);
      return {
        orgId: root.id,
        orgPath: root.path,
        kind: 'article' as const,
        channel: a.channel,
        title: a.title,
        summary: a.summary || plainText(body).slice(0, 120),
        bodyHtml: body,
        source: a.source,
        status: 'published' as const,
        isPinned: i === 0,
        audiencePaths: [root.path],
        authorAccountId: office.id,
        // Spread over the past days so the lists have an order to show.
        publishedAt: new Date(now - i * 6 * 3600_000),
      };
    }),
  );
  say(`content: ${articles.length} study items published`);
}
