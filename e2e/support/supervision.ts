// The supervision alert as the specs read it back from the server to check what the screens did.
import type { Api } from './api.ts';

export type AlertRow = {
  id: string;
  ruleId: string;
  personId: string;
  personName: string;
  orgId: number;
  orgName: string;
  headline: string;
  status: string;
  stage: string;
  explanation: string | null;
  outcome: string | null;
  outcomeNote: string | null;
  seenAt: string | null;
  closedByName: string | null;
  evidence: { missedDays: string[] };
};

export async function getAlert(api: Api, id: string): Promise<AlertRow> {
  return (await api.get<{ data: AlertRow }>(`/api/supervision/alerts/${id}`)).data;
}
