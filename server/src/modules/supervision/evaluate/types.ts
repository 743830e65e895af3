import type { AlertStage } from '@hongyun/contracts';
import type { StoredEvidence } from '../schema.ts';

/** What an evaluation decided for one person; run-rule.ts writes it. */
export type AlertPlan = {
  personId: string;
  orgId: number;
  orgPath: string;
  periodKey: string;
  stage: AlertStage;
  action: 'raise' | 'escalate' | 'grow' | 'none';
  /** The alert a non-raise action changes. */
  alertId: string | null;
  evidence: StoredEvidence;
};
