import { AlertOutcomeLabels, AlertOutcomes, AlertStatuses, AlertStatusLabels, type Lang } from '@hongyun/contracts';
import { sql } from 'drizzle-orm';
import { orgNamesByIds } from '../../../core/org/index.ts';
import type { Services } from '../../../platform/context.ts';
import { addDays } from '../evaluate/days.ts';

// The dashboard's counts over one organisation's subtree and a range of evaluation days: by status,
// outcome, rule, child organisation and week. One grouped scan of the subtree's alerts each.

type Count = { key: string; label: string; count: number };

export async function alertStats(
  ctx: Pick<Services, 'db' | 'changes'> & { lang: Lang },
  org: { id: number; path: string },
  range: { from: string; to: string },
) {
  const db = ctx.db;
  const lang = ctx.lang;
  const where = sql`a.org_path like ${`${org.path}%`} and a.day between ${range.from}::date and ${range.to}::date`;
  const [statuses, outcomes, rules, orgs, weeks] = await Promise.all([
    db.execute<{ k: string; n: number; reported: number }>(
      sql`select a.status as k, count(*)::int as n, count(*) filter (where a.stage = 'reported')::int as reported
          from supervision_alerts a where ${where} group by 1`,
    ),
    db.execute<{ k: string; n: number }>(
      sql`select a.outcome as k, count(*)::int as n from supervision_alerts a where ${where} and a.outcome is not null group by 1`,
    ),
    db.execute<{ k: string; label: string; n: number }>(
      sql`select r.id::text as k, r.name as label, count(*)::int as n from supervision_alerts a
          join supervision_rules r on r.id = a.rule_id where ${where} group by 1, 2 order by 3 desc limit 20`,
    ),
    // The child of `org` each alert lies under (its own org when the alert is at `org` itself).
    db.execute<{ k: string; n: number; unclosed: number }>(
      sql`select coalesce(nullif(split_part(substr(a.org_path, ${org.path.length + 1}), '/', 1), ''), ${String(org.id)}) as k,
            count(*)::int as n, count(*) filter (where a.status <> 'closed')::int as unclosed
          from supervision_alerts a where ${where} group by 1 order by 2 desc limit 50`,
    ),
    db.execute<{ week: string; reminded: number; reported: number }>(
      sql`select date_trunc('week', a.day)::date::text as week,
            count(*) filter (where a.stage = 'reminded')::int as reminded,
            count(*) filter (where a.stage = 'reported')::int as reported
          from supervision_alerts a where ${where} group by 1 order by 1`,
    ),
  ]);
  const byStatusMap = new Map(statuses.rows.map((r) => [r.k, r.n]));
  const byOutcomeMap = new Map(outcomes.rows.map((r) => [r.k, r.n]));
  const orgIds = orgs.rows.map((r) => Number(r.k));
  const names = await orgNamesByIds(ctx, [...orgIds, org.id]);
  const total = statuses.rows.reduce((s, r) => s + r.n, 0);
  const byStatus: Count[] = AlertStatuses.map((k) => ({
    key: k,
    label: AlertStatusLabels[k][lang],
    count: byStatusMap.get(k) ?? 0,
  }));
  const byOutcome: Count[] = AlertOutcomes.map((k) => ({
    key: k,
    label: AlertOutcomeLabels[k][lang],
    count: byOutcomeMap.get(k) ?? 0,
  }));
  return {
    orgId: org.id,
    orgName: names.get(org.id) ?? '',
    from: range.from,
    to: range.to,
    total,
    unclosed: total - (byStatusMap.get('closed') ?? 0),
    reported: statuses.rows.reduce((s, r) => s + r.reported, 0),
    byStatus,
    byOutcome,
    byRule: rules.rows.map((r) => ({ key: r.k, label: r.label, count: r.n })),
    byOrg: orgs.rows.map((r) => ({
      key: r.k,
      orgId: Number(r.k),
      label: names.get(Number(r.k)) ?? r.k,
      count: r.n,
      unclosed: r.unclosed,
    })),
    byWeek: weeks.rows,
  };
}

/** The default range: the last twelve weeks up to today. */
export const defaultRange = (today: string) => ({ from: addDays(today, -83), to: today });
