import { sql } from 'drizzle-orm';
import type { OrgPathCopy } from '../../core/kernel/index.ts';
import { inScope } from '../../platform/db/path-scope.ts';
import { rewriteForecastPaths } from './forecast/forecast.ts';
import { recordOrgPathCopies } from './records/paths.ts';
import { supervisionAlerts, supervisionRules } from './schema.ts';

// Every supervision table that scopes rows by a copied org path: rules (their subtree), alerts
// (the person's org when raised), records and forecasts. The org move rewrites them in its
// transaction, so who sees what never lags behind the tree.

const rewrite =
  (table: typeof supervisionRules | typeof supervisionAlerts): OrgPathCopy =>
  async (tx, move) => {
    const rows = await tx
      .update(table)
      .set({ orgPath: sql`${move.newPath} || substr(${table.orgPath}, ${move.oldPath.length + 1})` })
      .where(inScope(table.orgPath, [move.oldPath]))
      .returning({ id: table.id });
    return rows.length;
  };

export const supervisionOrgPathCopies: Record<string, OrgPathCopy> = {
  supervisionRules: rewrite(supervisionRules),
  supervisionAlerts: rewrite(supervisionAlerts),
  ...recordOrgPathCopies,
  supervisionForecasts: rewriteForecastPaths,
};
