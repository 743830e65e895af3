import { sql } from 'drizzle-orm';
import type { OrgPathCopy } from '../../core/kernel/define-module.ts';
import { inScope } from '../../platform/db/path-scope.ts';
import {
  learningOrgDays,
  learningOrgMemberStats,
  learningPersonDays,
  learningPoints,
  learningSettings,
} from './schema.ts';

// Rows scoped by a copy of their org's path are rewritten in the org move's own transaction, so a
// dashboard never loses (or gains) history when the tree changes.
type PathTable =
  | typeof learningSettings
  | typeof learningPoints
  | typeof learningPersonDays
  | typeof learningOrgDays
  | typeof learningOrgMemberStats;
const rewrite =
  (table: PathTable): OrgPathCopy =>
  async (tx, move) => {
    const rows = await tx
      .update(table)
      .set({ orgPath: sql`${move.newPath} || substr(${table.orgPath}, ${move.oldPath.length + 1})` })
      .where(inScope(table.orgPath, [move.oldPath]))
      .returning({ orgPath: table.orgPath });
    return rows.length;
  };

export const learningOrgPathCopies = {
  learning_settings: rewrite(learningSettings),
  learning_points: rewrite(learningPoints),
  learning_person_days: rewrite(learningPersonDays),
  learning_org_days: rewrite(learningOrgDays),
  // The snapshot's paths move with the tree at once, so a dashboard between the move and the next
  // cron run still sums the moved orgs under their new parent.
  learning_org_member_stats: rewrite(learningOrgMemberStats),
};
