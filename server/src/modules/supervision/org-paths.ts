import type { OrgPathCopy } from '../../core/kernel/index.ts';
import { rewriteForecastPaths } from './forecast/forecast.ts';
import { rewriteOrgPaths } from './path-rewrite.ts';
import { recordOrgPathCopies } from './records/paths.ts';
import { supervisionAlerts, supervisionRules } from './schema.ts';

// Every supervision table that scopes rows by a copied org path: rules (their subtree), alerts
// (the person's org when raised), records and forecasts. The org move rewrites them in its
// transaction, so who sees what never lags behind the tree.

export const supervisionOrgPathCopies: Record<string, OrgPathCopy> = {
  supervisionRules: rewriteOrgPaths(supervisionRules),
  supervisionAlerts: rewriteOrgPaths(supervisionAlerts),
  ...recordOrgPathCopies,
  supervisionForecasts: rewriteForecastPaths,
};
