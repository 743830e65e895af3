import { randomBytes } from 'node:crypto';
import { drizzle } from 'drizzle-orm/node-postgres';
import type pg from 'pg';
import { hashToken } from '../server/src/core/auth/sessions.ts';
import { seedStarterBank } from '../server/src/modules/question-bank/starter-seed.ts';
import type { DbOrTx } from '../server/src/platform/db/client.ts';

// What the learning bench needs on top of the generated city, written as the superuser (the bench
// is not the app): the starter question bank at the root (the generator writes no bank), one
// published article and one ready video at the root for everyone, accounts with a bearer session
// for `n` members (the generator gives accounts only to secretaries and admins), and a session
// for the city 党建办. Run again on a kept data folder, it reuses what is there.

export type Member = { personId: string; headers: Record<string, string> };

export async function prepareLearning(db: pg.Client, n: number) {
  const bank = await seedStarterBank(drizzle({ client: db }) as unknown as DbOrTx);
  const root = (await db.query<{ id: number; path: string }>('select id, path from orgs where parent_id is null'))
    .rows[0] as { id: number; path: string };
  const office = (
    await db.query<{ id: string }>(
      `select a.id from accounts a join role_grants g on g.account_id = a.id
       where g.role = 'party_office' and g.org_id = $1 limit 1`,
      [root.id],
    )
  ).rows[0] as { id: string };
  const article = await one(
    db,
    `select id from content_items where title = '压测文章'`,
    `insert into content_items (org_id, org_path, channel, title, body_html, status, audience_paths, author_account_id, published_at)
     values ($1, $2, 'authoritative', '压测文章', '<p>学习</p>', 'published', array[$2], $3, now()) returning id`,
    [root.id, root.path, office.id],
  );
  const video = await one(
    db,
    `select id from video_assets where title = '压测视频'`,
    `insert into video_assets (org_id, org_path, title, status, progress, duration_seconds, source_format, source_key,
       source_size_bytes, uploaded_by) values ($1, $2, '压测视频', 'ready', 100, 3600, 'mp4', 'bench/none', 1, $3) returning id`,
    [root.id, root.path, office.id],
  );
  // Members with a phone and no account yet, in a stable order; their account takes the person's
  // phone (already encrypted and hashed by the generator) and a 'member' grant at their branch.
  await db.query(
    `with picked as (
       select p.id, p.name, p.phone_hash, p.phone_enc, p.phone_last4, p.org_id from people p
       where p.phone_hash is not null and not exists (select 1 from accounts a where a.person_id = p.id)
         and not exists (select 1 from accounts a where a.phone_hash = p.phone_hash)
       order by md5(p.id::text) limit greatest(0, $1 - (select count(*) from role_grants where role = 'member'))),
     made as (
       insert into accounts (person_id, display_name, phone_hash, phone_enc, phone_last4, password_hash,
         must_change_password, is_demo)
       select id, name, phone_hash, phone_enc, phone_last4, (select password_hash from accounts limit 1), false, true
       from picked returning id, person_id)
     insert into role_grants (account_id, role, org_id)
     select m.id, 'member', p.org_id from made m join people p on p.id = m.person_id`,
    [n],
  );
  const accounts = await db.query<{ id: string; person_id: string }>(
    `select a.id, a.person_id from accounts a join role_grants g on g.account_id = a.id and g.role = 'member'
     order by md5(a.person_id::text) limit $1`,
    [n],
  );
  const members = await sessions(
    db,
    accounts.rows.map((r) => r.id),
  );
  const officeSession = (await sessions(db, [office.id]))[0] as Record<string, string>;
  return {
    bank,
    root,
    articleId: article,
    videoId: video,
    office: officeSession,
    members: accounts.rows.map((r, i) => ({ personId: r.person_id, headers: members[i] as Record<string, string> })),
  };
}

async function one(db: pg.Client, find: string, make: string, params: unknown[]): Promise<string> {
  const found = await db.query<{ id: string }>(find);
  if (found.rows[0]) return found.rows[0].id;
  return ((await db.query<{ id: string }>(make, params)).rows[0] as { id: string }).id;
}

/** A bearer session per account, inserted directly (sign-in is rate-limited and costs a scrypt). */
async function sessions(db: pg.Client, accountIds: string[]): Promise<Record<string, string>[]> {
  const tokens = accountIds.map(() => randomBytes(32).toString('base64url'));
  for (let i = 0; i < accountIds.length; i += 5000) {
    await db.query(
      `insert into sessions (token_hash, account_id, kind, stage, expires_at)
       select h, a, 'bearer', 'active', now() + interval '1 day' from unnest($1::text[], $2::uuid[]) as t(h, a)`,
      [tokens.slice(i, i + 5000).map(hashToken), accountIds.slice(i, i + 5000)],
    );
  }
  return tokens.map((t) => ({ authorization: `Bearer ${t}` }));
}
