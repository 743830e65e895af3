import type { IntegrityItemView, SanctionView } from '@hongyun/contracts';
import type { AlertRef, IntegrityWithEvidence, SanctionRow } from './queries.ts';

// What leaves the server of a record. Accounts are shown by their display name (an account gone
// since is "—"); alerts by their rule's name and period. Evidence shows its name, type and size:
// the bytes only through the policy-checked, audited evidence route.

const nameOf = (names: Map<string, string>, id: string) => ({ accountId: id, name: names.get(id) ?? '—' });

const revocation = (
  row: { revokedAt: Date | null; revokedBy: string | null; revokeReason: string | null },
  names: Map<string, string>,
) =>
  row.revokedAt && row.revokedBy
    ? {
        revokedAt: row.revokedAt.toISOString(),
        revokedBy: nameOf(names, row.revokedBy),
        reason: row.revokeReason ?? '',
      }
    : null;

export function presentSanction(
  row: SanctionRow,
  names: Map<string, string>,
  alerts: Map<string, AlertRef>,
): SanctionView {
  return {
    id: row.id,
    personId: row.personId,
    kind: row.kind,
    decidedOn: row.decidedOn,
    reason: row.reason,
    source: row.source,
    alerts: row.alertIds.flatMap((id) => {
      const a = alerts.get(id);
      return a ? [{ id, ruleName: a.ruleName, periodKey: a.periodKey, raisedAt: a.raisedAt.toISOString() }] : [];
    }),
    decidedBy: nameOf(names, row.decidedBy),
    createdAt: row.createdAt.toISOString(),
    revocation: revocation(row, names),
  };
}

export function presentIntegrityItem(
  { item, evidence }: IntegrityWithEvidence,
  names: Map<string, string>,
): IntegrityItemView {
  return {
    id: item.id,
    personId: item.personId,
    kind: item.kind,
    occurredOn: item.occurredOn,
    source: item.source,
    description: item.description,
    evidence: evidence
      ? { name: evidence.displayName, contentType: evidence.contentType, sizeBytes: evidence.sizeBytes }
      : null,
    recordedBy: nameOf(names, item.recordedBy),
    createdAt: item.createdAt.toISOString(),
    revocation: revocation(item, names),
  };
}
