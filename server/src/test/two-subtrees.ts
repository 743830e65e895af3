// Two sibling subtrees under one county, each with one real record of every kind a route can name
// by id (org, person, account, grant, delegation, job, file, question), and an administrator of each. Built
// for every-route.test.ts: an administrator of one subtree must not reach the other's records.
import { Readable } from 'node:stream';
import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import type { App } from '../app.ts';
import { delegations, roleGrants } from '../core/auth/schema.ts';
import { contentItems, contentMedia } from '../modules/content/schema.ts';
import { notify } from '../modules/notify/index.ts';
import { addQuestions, manyQuestions } from '../modules/quiz/test-fixtures.ts';
import { insertStoredVideo } from '../modules/video/test-support.ts';
import { createAccount, createOrg, createPerson, multipartFile, type OrgRow, type TestAccount } from './factories.ts';

/** Every record a path parameter can name, by the first segment of the route (`/api/<segment>/{id}`). */
export type SubtreeIds = {
  orgs: number;
  people: string;
  accounts: string;
  grants: string;
  delegations: string;
  jobs: string;
  files: string;
  /** A published study item of the town (a video item), read by the town's people. */
  content: string;
  /** An article image of the town. */
  'content-media': string;
  videos: string;
  questions: string;
  'quiz-papers': string;
  'special-quizzes': string;
  /** A notification of the subtree's admin (notifications are their recipient's alone). */
  notifications: string;
  /** Its outbox row (a text message through the gateway). */
  'notification-deliveries': string;
  /** A warning rule of the town, and an alert it raised on the subtree's member. */
  'supervision/rules': string;
  'supervision/alerts': string;
};

export type Subtree = {
  town: OrgRow;
  branch: OrgRow;
  /** Org admin and security admin of the town: the widest reach short of the whole county. */
  admin: TestAccount;
  ids: SubtreeIds;
  /** A name carried by the subtree's records, which no answer to an outsider may contain. */
  secret: string;
};

const book = new ExcelJS.Workbook();
book.addWorksheet('党员').addRow(['姓名', '身份证号']);
const XLSX = Buffer.from(await book.xlsx.writeBuffer());

async function buildSubtree(app: App, county: OrgRow, label: string): Promise<Subtree> {
  const s = app.services;
  const secret = `${label}机密`;
  const town = await createOrg(s, { parent: county, name: `${secret}镇党委`, type: 'committee' });
  const branch = await createOrg(s, { parent: town, name: `${secret}村支部` });
  const admin = await createAccount(s, {
    grants: [
      { role: 'org_admin', org: town },
      { role: 'security_admin', org: town },
    ],
  });
  const person = await createPerson(s, { org: branch, name: `${secret}党员` });
  const account = await createAccount(s, { person, grants: [{ role: 'member', org: branch }] });
  const relative = await createAccount(s);
  const [grant] = await s.db
    .insert(roleGrants)
    .values({ accountId: account.id, role: 'branch_secretary', orgId: branch.id, grantedBy: admin.id })
    .returning();
  const [delegation] = await s.db
    .insert(delegations)
    .values({ delegateAccountId: relative.id, principalPersonId: person.id, relation: '子女', grantedBy: admin.id })
    .returning();
  // A job and a file belong to the administrator who started or uploaded them.
  const exported = await app.inject({
    method: 'POST',
    url: '/api/people/exports',
    headers: admin.headers,
    payload: { orgId: town.id },
  });
  const upload = multipartFile(XLSX);
  const uploaded = await app.inject({
    method: 'POST',
    url: '/api/files',
    headers: { ...admin.headers, ...upload.headers },
    payload: upload.payload,
  });
  const video = await insertStoredVideo(app, town, `${secret}党课视频`);
  const imageKey = s.files.newKey('jpg');
  await s.files.save(imageKey, Readable.from([Buffer.from(`stand-in ${imageKey}`)]));
  const [image] = await s.db
    .insert(contentMedia)
    .values({
      kind: 'image',
      orgId: town.id,
      orgPath: town.path,
      contentType: 'image/jpeg',
      storageKey: imageKey,
      smallKey: imageKey,
      width: 16,
      height: 9,
      sizeBytes: 1,
      sha256: 'stand-in',
      uploadedBy: admin.id,
    })
    .returning();
  const [item] = await s.db
    .insert(contentItems)
    .values({
      orgId: town.id,
      orgPath: town.path,
      kind: 'video',
      videoId: video.id,
      channel: 'news',
      title: `${secret}学习动态`,
      bodyHtml: `<p>${secret}</p>`,
      status: 'published',
      publishedAt: new Date(),
      audiencePaths: [town.path],
      authorAccountId: admin.id,
    })
    .returning();
  const question = await app.inject({
    method: 'POST',
    url: '/api/questions',
    headers: admin.headers,
    payload: {
      orgId: town.id,
      type: 'judge',
      stem: `${secret}：党员应当履行义务。`,
      answer: ['true'],
      category: '党章',
    },
  });
  // A daily quiz paper of the member, drawn from questions of the branch.
  await addQuestions(s, branch, manyQuestions(5, { stem: `${secret}题干` }));
  const paper = await app.inject({ method: 'POST', url: '/api/quiz-papers/daily', headers: account.headers });
  const paperId = paper.json().data?.id;
  if (!paperId) throw new Error(`subtree ${label}: quiz paper ${paper.statusCode} ${paper.body}`);
  // A special quiz (draft) the town's office defined.
  const special = await app.inject({
    method: 'POST',
    url: '/api/special-quizzes',
    headers: admin.headers,
    payload: { ...specialQuizBody(), orgId: town.id, title: `${secret}专项答题` },
  });
  const specialId = special.json().data?.id;
  if (!specialId) throw new Error(`subtree ${label}: special quiz ${special.statusCode} ${special.body}`);
  // A notification for the admin, with its text message in the outbox.
  await notify(
    { db: s.db },
    {
      recipients: [{ accountId: admin.id }],
      template: 'system.announcement',
      params: { title: `${secret}通知`, text: `${secret}会议` },
      urgency: 'urgent',
      channels: ['webhook'],
    },
  );
  const told = await s.db.execute<{ id: string; delivery: string }>(
    sql`select n.id, d.id as delivery from notifications n join notification_deliveries d on d.notification_id = n.id
         where n.account_id = ${admin.id}`,
  );
  const notice = told.rows[0];
  if (!notice) throw new Error(`subtree ${label}: no notification`);
  // A warning rule the town's admin wrote, and an alert on the member.
  const rule = await app.inject({
    method: 'POST',
    url: '/api/supervision/rules',
    headers: admin.headers,
    payload: supervisionRuleBody(town.id, `${secret}预警规则`),
  });
  const ruleId = rule.json().data?.id;
  if (!ruleId) throw new Error(`subtree ${label}: rule ${rule.statusCode} ${rule.body}`);
  const alert = await s.db.execute<{ id: string }>(sql`
    insert into supervision_alerts (rule_id, person_id, org_id, org_path, period_key, stage, severity, day, evidence)
    values (${ruleId}, ${person.id}, ${branch.id}, ${branch.path}, '2026-11-02', 'reported', 'high', '2026-11-06',
      ${JSON.stringify({ metric: 'learning.daily-quiz', condition: { kind: 'streak', days: 5, remindAfter: null }, from: '2026-11-02', to: '2026-11-06', workingDays: 5, missedDays: ['2026-11-02', '2026-11-03', '2026-11-04', '2026-11-05', '2026-11-06'], doneDays: [], excusedDays: [], lastDoneDay: null, isProvisional: false })}::jsonb)
    returning id`);
  const alertId = alert.rows[0]?.id;
  if (!alertId) throw new Error(`subtree ${label}: no alert`);
  const jobId = exported.json().data?.id;
  const fileId = uploaded.json().data?.id;
  const questionId = question.json().data?.id;
  if (!grant || !delegation || !item || !image || !jobId || !fileId || !questionId) {
    throw new Error(
      `subtree ${label}: ${exported.statusCode} ${exported.body} / ${uploaded.statusCode} ${uploaded.body} / ${question.body}`,
    );
  }
  return {
    town,
    branch,
    admin,
    secret,
    ids: {
      orgs: branch.id,
      people: person.id,
      accounts: account.id,
      grants: grant.id,
      delegations: delegation.id,
      jobs: jobId,
      files: fileId,
      content: item.id,
      'content-media': image.id,
      videos: video.id,
      questions: questionId,
      'quiz-papers': paperId,
      'special-quizzes': specialId,
      notifications: notice.id,
      'notification-deliveries': notice.delivery,
      'supervision/rules': ruleId,
      'supervision/alerts': alertId,
    },
  };
}

/** 甲 and 乙: two townships of one county. */
export async function buildTwoSubtrees(app: App): Promise<{ county: OrgRow; a: Subtree; b: Subtree }> {
  const county = await createOrg(app.services, { name: '双镇测试县委' });
  return { county, a: await buildSubtree(app, county, '甲'), b: await buildSubtree(app, county, '乙') };
}

/** Ids that name nothing, of each kind: what "not found" looks like to compare with. */
export const MISSING_IDS: SubtreeIds = {
  orgs: 999_999_999,
  people: '00000000-0000-4000-8000-000000000000',
  accounts: '00000000-0000-4000-8000-000000000000',
  grants: '00000000-0000-4000-8000-000000000000',
  delegations: '00000000-0000-4000-8000-000000000000',
  jobs: '00000000-0000-4000-8000-000000000000',
  files: '00000000-0000-4000-8000-000000000000',
  content: '00000000-0000-4000-8000-000000000000',
  'content-media': '00000000-0000-4000-8000-000000000000',
  videos: '00000000-0000-4000-8000-000000000000',
  questions: '00000000-0000-4000-8000-000000000000',
  'quiz-papers': '00000000-0000-4000-8000-000000000000',
  'special-quizzes': '00000000-0000-4000-8000-000000000000',
  notifications: '00000000-0000-4000-8000-000000000000',
  'notification-deliveries': '00000000-0000-4000-8000-000000000000',
  'supervision/rules': '00000000-0000-4000-8000-000000000000',
  'supervision/alerts': '00000000-0000-4000-8000-000000000000',
};

/**
 * The kind of record a route's `{id}` names: by its first segment (`/api/<segment>/{id}`), or by
 * two for a module's several kinds (`/api/supervision/rules/{id}` → 'supervision/rules').
 */
export function idKindOf(path: string): keyof SubtreeIds {
  const parts = path.split('/');
  const nested = `${parts[2]}/${parts[3]}`;
  return (nested in MISSING_IDS ? nested : parts[2]) as keyof SubtreeIds;
}

/** A valid warning rule for an org: five working days without the daily quiz. */
export const supervisionRuleBody = (orgId: number, name = '五日未答题') => ({
  orgId,
  name,
  metric: 'learning.daily-quiz',
  population: { minCadreRank: 'county' },
  condition: { kind: 'streak', days: 5, remindAfter: 3 },
  recipients: {},
});

/** A valid special quiz definition (without its org), open from now for a week. */
export const specialQuizBody = () => ({
  title: '党章专项答题',
  opensAt: new Date().toISOString(),
  closesAt: new Date(Date.now() + 7 * 86_400_000).toISOString(),
  timeLimitMinutes: 20,
  questionCount: 5,
  passMark: 60,
  attemptsAllowed: 2,
});
