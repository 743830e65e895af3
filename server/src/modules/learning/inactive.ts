import type { InactivePerson } from '@hongyun/contracts';
import { sql } from 'drizzle-orm';
import { workdaysBetween } from '../../core/calendar/index.ts';
import type { Actor } from '../../core/context.ts';
import { chinaDay } from '../../core/events/rollups.ts';
import { maskPhone, personAbilities } from '../../core/people/index.ts';
import type { CryptoService } from '../../platform/context.ts';
import type { DbOrTx } from '../../platform/db/client.ts';

// 未学习名单: active party members of a subtree whose last study day (learning_person_status) is
// before the first of the last N working days, today included when it is one; never studied counts
// too. The N working days come from the workday calendar, so a holiday week does not make everyone
// "inactive".

const addDays = (day: string, n: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

/** The first of the last `n` working days up to `today`, and whether any of them is unconfirmed. */
export async function inactiveSince(
  db: DbOrTx,
  n: number,
  today = chinaDay(),
): Promise<{ since: string; isProvisional: boolean }> {
  // Twice the span plus a month covers the longest holiday (Spring Festival, National Day).
  for (let back = n * 2 + 30; ; back *= 2) {
    const { days, unconfirmed } = await workdaysBetween(db, addDays(today, -back), today);
    const since = days[days.length - n];
    if (since) return { since, isProvisional: unconfirmed.some((d) => d >= since) };
    if (back > 366 * 4) return { since: addDays(today, -back), isProvisional: true };
  }
}

type InactiveRow = {
  id: string;
  name: string;
  position: string | null;
  phoneEnc: string | null;
  phoneLast4: string | null;
  orgId: number;
  orgName: string;
  orgPath: string;
  lastStudiedOn: string | null;
};

const columns = sql`p.id, p.name, p.position, p.phone_enc as "phoneEnc", p.phone_last4 as "phoneLast4",
  p.org_id as "orgId", o.name as "orgName", p.org_path as "orgPath",
  s.last_studied_on as "sortDay", to_char(s.last_studied_on, 'YYYY-MM-DD') as "lastStudiedOn"`;

// The two halves of the list. Never studied: the subtree's members walked in (org path, name)
// order (people_party_path_name_idx) with no study day, an anti-join the planner estimates well.
// Studied before `since`: walked from the oldest study day (learning_person_status_last_idx).
const neverStudied = (prefix: string) => sql`
  p.party_status is not null and p.org_path like ${`${prefix}%`}
  and not exists (select 1 from learning_person_status n where n.person_id = p.id and n.last_studied_on is not null)`;
const studiedBefore = (prefix: string, since: string) => sql`
  p.party_status is not null and p.org_path like ${`${prefix}%`} and s.last_studied_on < ${since}::date`;

/**
 * One page of the list: never studied first, then the longest ago; by org (its path) and name
 * within a day. Each half is cut at the page's end, so PostgreSQL stops after a page instead of
 * sorting a city.
 */
export async function listInactive(
  db: DbOrTx,
  q: { prefix: string; since: string; limit: number; offset: number },
): Promise<{ rows: InactiveRow[]; total: number }> {
  const end = q.limit + q.offset;
  const [rows, total] = await Promise.all([
    db.execute<InactiveRow>(sql`
      select * from (
        (select 0 as k, ${columns}
           from people p join orgs o on o.id = p.org_id
           left join learning_person_status s on s.person_id = p.id
          where ${neverStudied(q.prefix)}
          order by p.org_path, p.name, p.id limit ${end})
        union all
        (select 1 as k, ${columns}
           from learning_person_status s join people p on p.id = s.person_id join orgs o on o.id = p.org_id
          where ${studiedBefore(q.prefix, q.since)}
          order by s.last_studied_on, p.org_path, p.name, p.id limit ${end})
      ) page
      order by k, "sortDay", "orgPath", name, id
      limit ${q.limit} offset ${q.offset}`),
    db.execute<{ n: string }>(sql`
      select (select count(*) from people p where ${neverStudied(q.prefix)})
           + (select count(*) from learning_person_status s join people p on p.id = s.person_id
               where ${studiedBefore(q.prefix, q.since)}) as n`),
  ]);
  return { rows: rows.rows, total: Number(total.rows[0]?.n ?? 0) };
}

/** A row as it leaves the server: the phone in full only for a viewer who may see it (as on the register). */
export function presentInactive(row: InactiveRow, viewer: Actor, crypto: CryptoService): InactivePerson {
  const { canSeePhone } = personAbilities(viewer, { orgPath: row.orgPath, personId: row.id });
  return {
    id: row.id,
    name: row.name,
    position: row.position,
    phone: canSeePhone && row.phoneEnc ? crypto.decrypt(row.phoneEnc) : maskPhone(row.phoneLast4),
    org: { id: row.orgId, name: row.orgName },
    lastStudiedOn: row.lastStudiedOn,
  };
}
