// Arranging the people a supervision spec needs. The demo city has alerts on its leading cadres once
// the built-in rule has run, but (so far) no demo account for any of them, nor for the head of their
// branch: those are opened here the way an administrator would, through the security admin's routes
// (as sign-in.e2e.test.ts does), with the initial password changed at once.
import { Demo } from './accounts.ts';
import { type Api, ApiFailure, apiAs } from './api.ts';

const PASSWORD = 'Jiandu-2026-e2e!';
const INITIAL = 'Chushi-2026-mima';

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

let phoneSeq = 0;
const newPhone = () => `137${String(Date.now() + phoneSeq++).slice(-8)}`;

/** Opens an account for a person and changes its initial password; returns its phone. */
export async function openAccountFor(personId: string): Promise<string> {
  const security = await apiAs(Demo.securityAdmin);
  const phone = newPhone();
  await security.post('/api/accounts', { personId, phone, initialPassword: INITIAL });
  const first = await apiAs(phone, INITIAL);
  await first.post('/api/auth/password', { currentPassword: INITIAL, newPassword: PASSWORD });
  return phone;
}

/**
 * A unit head (branch secretary) for an organisation: another member there gets an account and the
 * branch_secretary grant at that organisation. Returns their phone.
 */
export async function unitHeadOf(office: Api, orgId: number, notPersonId: string): Promise<string> {
  const { data: people } = await office.get<{ data: { id: string }[] }>('/api/people', { orgId, pageSize: 20 });
  const security = await apiAs(Demo.securityAdmin);
  for (const p of people.filter((x) => x.id !== notPersonId)) {
    const phone = newPhone();
    try {
      const { data: account } = await security.post<{ data: { id: string } }>('/api/accounts', {
        personId: p.id,
        phone,
        initialPassword: INITIAL,
      });
      await security.post('/api/grants', { accountId: account.id, role: 'branch_secretary', orgId });
      const first = await apiAs(phone, INITIAL);
      await first.post('/api/auth/password', { currentPassword: INITIAL, newPassword: PASSWORD });
      return phone;
    } catch (e) {
      // A member who already has an account: try the next one.
      if (!(e instanceof ApiFailure) || e.status !== 409) throw e;
    }
  }
  throw new Error(`no member of org ${orgId} without an account to make its unit head`);
}

export const ARRANGED_PASSWORD = PASSWORD;

export async function getAlert(api: Api, id: string): Promise<AlertRow> {
  return (await api.get<{ data: AlertRow }>(`/api/supervision/alerts/${id}`)).data;
}
