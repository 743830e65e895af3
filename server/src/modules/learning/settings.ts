import {
  DefaultHoursTargets,
  DefaultPointRules,
  type LearningSettingsInput,
  type PointAction,
  PointActions,
  type PointRuleValue,
} from '@hongyun/contracts';
import { inArray } from 'drizzle-orm';
import type { OrgRecord } from '../../core/org/index.ts';
import { pathIds } from '../../core/org/index.ts';
import { appendAudit } from '../../platform/audit/chain.ts';
import type { TxCtx } from '../../platform/context.ts';
import type { DbOrTx } from '../../platform/db/client.ts';
import { learningSettings } from './schema.ts';

// The learning settings that apply at an organisation: its own row, else the nearest ancestor's,
// else the built-in defaults. A stored rule list may lack actions added later (or left out when
// saved): those keep their default rule, so every action always has exactly one rule.

export type EffectiveSettings = {
  pointRules: PointRuleValue[];
  rankingsEnabled: boolean;
  memberHoursTarget: number;
  leaderHoursTarget: number;
  /** The org whose row applies; null for the defaults. */
  fromOrgId: number | null;
  updatedAt: Date | null;
};

type SettingsRow = typeof learningSettings.$inferSelect;

export function completeRules(stored: readonly { action: string }[]): PointRuleValue[] {
  const byAction = new Map(stored.map((r) => [r.action, r as PointRuleValue]));
  return DefaultPointRules.map((d) => byAction.get(d.action) ?? { ...d });
}

export const defaultSettings = (): EffectiveSettings => ({
  pointRules: completeRules([]),
  rankingsEnabled: true,
  memberHoursTarget: DefaultHoursTargets.member,
  leaderHoursTarget: DefaultHoursTargets.leader,
  fromOrgId: null,
  updatedAt: null,
});

const fromRow = (row: SettingsRow): EffectiveSettings => ({
  pointRules: completeRules(row.pointRules),
  rankingsEnabled: row.rankingsEnabled,
  memberHoursTarget: Number(row.memberHoursTarget),
  leaderHoursTarget: Number(row.leaderHoursTarget),
  fromOrgId: row.orgId,
  updatedAt: row.updatedAt,
});

/**
 * The settings at each of `orgPaths`, in one query: the rows of every org on the paths, the
 * deepest one per path winning.
 */
export async function settingsForPaths(
  db: DbOrTx,
  orgPaths: readonly string[],
): Promise<Map<string, EffectiveSettings>> {
  const ids = [...new Set(orgPaths.flatMap(pathIds))];
  const rows = ids.length ? await db.select().from(learningSettings).where(inArray(learningSettings.orgId, ids)) : [];
  const byOrg = new Map(rows.map((r) => [r.orgId, r]));
  const result = new Map<string, EffectiveSettings>();
  for (const path of orgPaths) {
    const nearest = pathIds(path)
      .reverse()
      .map((id) => byOrg.get(id))
      .find((r) => r !== undefined);
    result.set(path, nearest ? fromRow(nearest) : defaultSettings());
  }
  return result;
}

export async function effectiveSettings(db: DbOrTx, orgPath: string): Promise<EffectiveSettings> {
  return (await settingsForPaths(db, [orgPath])).get(orgPath) ?? defaultSettings();
}

export const ruleOf = (s: EffectiveSettings, action: PointAction): PointRuleValue =>
  s.pointRules.find((r) => r.action === action) ??
  (DefaultPointRules.find((r) => r.action === action) as PointRuleValue);

/** Branch secretaries, deputy secretaries and committee members have the higher target (register position). */
import { isLeaderPosition } from './targets.ts';

export { isLeaderPosition };

export const hoursTargetOf = (s: EffectiveSettings, position: string | null | undefined) =>
  isLeaderPosition(position) ? s.leaderHoursTarget : s.memberHoursTarget;

/** Sets an organisation's own settings (for its subtree), audited in the same transaction. */
export async function setLearningSettings(
  ctx: TxCtx,
  org: OrgRecord,
  input: LearningSettingsInput,
): Promise<EffectiveSettings> {
  // Stored complete and in the catalogue's order, so a later default change does not alter a saved set.
  const pointRules = completeRules(input.pointRules).sort(
    (a, b) => PointActions.indexOf(a.action) - PointActions.indexOf(b.action),
  );
  return ctx.db.transaction(async (tx) => {
    const now = new Date();
    const values = {
      orgPath: org.path,
      pointRules,
      rankingsEnabled: input.rankingsEnabled,
      memberHoursTarget: input.memberHoursTarget,
      leaderHoursTarget: input.leaderHoursTarget,
      updatedBy: ctx.actor?.accountId ?? null,
      updatedAt: now,
    };
    await tx
      .insert(learningSettings)
      .values({ orgId: org.id, ...values })
      .onConflictDoUpdate({ target: learningSettings.orgId, set: values });
    await appendAudit(
      { ...ctx, db: tx },
      {
        action: 'learning.settings.updated',
        targetType: 'org',
        targetId: String(org.id),
        orgId: org.id,
        details: {
          pointRules,
          rankingsEnabled: input.rankingsEnabled,
          memberHoursTarget: input.memberHoursTarget,
          leaderHoursTarget: input.leaderHoursTarget,
        },
      },
    );
    return { ...values, pointRules, fromOrgId: org.id };
  });
}
