import {
  type CadreRanks,
  type ForecastEntry,
  ForecastLimits,
  type ForecastReason,
  ForecastReasonLabels,
  forecastReasonText,
  type Lang,
  RiskBandLabels,
  RiskBands,
  riskBand,
} from '@hongyun/contracts';
import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../../platform/db/client.ts';
import { inScope } from '../../../platform/db/path-scope.ts';

// The forecast list of a subtree for a week: the rows, their people's and orgs' names, the count
// per risk band over the whole list, and the latest week the subtree has a forecast for.

type Filter = { roots: string[]; ruleId?: string };

const where = (f: Filter) =>
  sql`${inScope(sql`f.org_path`, f.roots)}${f.ruleId ? sql` and f.rule_id = ${f.ruleId}` : sql``}`;

/** The latest forecast week (a Monday) in the scope, or null when there is none. */
export async function latestWeek(db: DbOrTx, f: Filter): Promise<string | null> {
  const { rows } = await db.execute<{ week: string | null }>(
    sql`select max(f.week_start)::text as week from supervision_forecasts f where ${where(f)}`,
  );
  return rows[0]?.week ?? null;
}

/** A rule the caller may filter by: one whose org is in their scope or above it (it watches their people). */
export async function ruleInReach(db: DbOrTx, ruleId: string, roots: string[]): Promise<boolean> {
  const { rows } = await db.execute<{ org_path: string }>(
    sql`select org_path from supervision_rules where id = ${ruleId} and deleted_at is null`,
  );
  const path = rows[0]?.org_path;
  return path !== undefined && roots.some((r) => path.startsWith(r) || r.startsWith(path));
}

type Row = {
  person_id: string;
  person_name: string;
  position: string | null;
  cadre_rank: (typeof CadreRanks)[number] | null;
  org_id: number;
  org_name: string;
  rule_id: string;
  rule_name: string;
  score: number;
  reasons: ForecastReason[];
};

export async function listForecast(
  db: DbOrTx,
  f: Filter & { week: string; limit: number; offset: number },
  lang: Lang,
) {
  const scope = sql`f.week_start = ${f.week} and ${where(f)}`;
  // Compared as real, the column's type (0.7 as a float4 is a little under the numeric 0.7).
  const high = sql`${ForecastLimits.high}::real`;
  const likely = sql`${ForecastLimits.threshold}::real`;
  const [list, counts] = await Promise.all([
    db.execute<Row>(sql`
      select f.person_id, p.name as person_name, p.position, p.cadre_rank, f.org_id, o.name as org_name,
        f.rule_id, r.name as rule_name, f.score, f.reasons
      from supervision_forecasts f
      join people p on p.id = f.person_id
      join orgs o on o.id = f.org_id
      join supervision_rules r on r.id = f.rule_id
      where ${scope}
      order by f.score desc, p.name, f.person_id, f.rule_id
      limit ${f.limit} offset ${f.offset}`),
    db.execute<{ high: number; medium: number; watch: number; total: number; computed_at: string | null }>(sql`
      select count(*) filter (where f.score >= ${high})::int as high,
        count(*) filter (where f.score >= ${likely} and f.score < ${high})::int as medium,
        count(*) filter (where f.score < ${likely})::int as watch,
        count(*)::int as total, max(f.computed_at) as computed_at
      from supervision_forecasts f where ${scope}`),
  ]);
  const c = counts.rows[0] ?? { high: 0, medium: 0, watch: 0, total: 0, computed_at: null };
  return {
    rows: list.rows.map((r) => presentEntry(r, lang)),
    total: c.total,
    computedAt: c.computed_at === null ? null : new Date(c.computed_at).toISOString(),
    bands: RiskBands.map((band) => ({ band, label: RiskBandLabels[band][lang], count: c[band] })),
  };
}

function presentEntry(r: Row, lang: Lang): ForecastEntry {
  return {
    personId: r.person_id,
    personName: r.person_name,
    position: r.position,
    cadreRank: r.cadre_rank,
    orgId: r.org_id,
    orgName: r.org_name,
    ruleId: r.rule_id,
    ruleName: r.rule_name,
    score: Math.round(r.score * 1000) / 1000,
    band: riskBand(r.score),
    // A code this build does not know (a newer writer's) is left out rather than shown raw.
    reasons: r.reasons
      .filter((x) => x.code in ForecastReasonLabels)
      .map((x) => ({ code: x.code, text: forecastReasonText(x, lang) })),
  };
}
