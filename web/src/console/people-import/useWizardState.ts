// The wizard's state: which step, the org, the uploaded file and the check and write jobs. Kept in
// sessionStorage (per account and kind) so Back, switching tabs and even a reload during a long
// check come back to the same place: the jobs run on the server and are simply followed again.
import { useCallback, useEffect, useState } from 'react';
import type { ImportKind, UploadedFile } from './import-api.ts';

export type WizardStep = 0 | 1 | 2 | 3;

export type WizardState = {
  step: WizardStep;
  orgId: number | null;
  orgName: string;
  file: UploadedFile | null;
  checkJobId: string | null;
  writeJobId: string | null;
  /** The check job the wizard already moved on from (so Back to the check does not jump forward again). */
  advancedFor: string | null;
  /** Bumped by "check again" so a new attempt gets a new idempotency key. */
  attempt: number;
};

const initial = (org: { orgId: number; orgName: string } | null): WizardState => ({
  step: 0,
  orgId: org?.orgId ?? null,
  orgName: org?.orgName ?? '',
  file: null,
  checkJobId: null,
  writeJobId: null,
  advancedFor: null,
  attempt: 0,
});

function load(key: string): WizardState | null {
  try {
    const saved = sessionStorage.getItem(key);
    return saved ? (JSON.parse(saved) as WizardState) : null;
  } catch {
    return null;
  }
}

export function useWizardState(kind: ImportKind, accountId: string, scope: { orgId: number; orgName: string } | null) {
  const key = `hy.import.${kind}.${accountId}`;
  const [state, setState] = useState<WizardState>(() => load(key) ?? initial(scope));

  useEffect(() => {
    try {
      sessionStorage.setItem(key, JSON.stringify(state));
    } catch {
      // storage full or disabled: the wizard still works for this visit
    }
  }, [key, state]);

  const update = useCallback((patch: Partial<WizardState>) => setState((s) => ({ ...s, ...patch })), []);

  /** A different org or file invalidates the check (and any write) made for the previous one. */
  const chooseOrg = useCallback(
    (orgId: number | null, orgName: string) =>
      setState((s) =>
        s.orgId === orgId ? s : { ...s, orgId, orgName, checkJobId: null, writeJobId: null, advancedFor: null },
      ),
    [],
  );

  const restart = useCallback(() => {
    setState((s) => ({ ...initial(null), orgId: s.orgId, orgName: s.orgName, attempt: s.attempt + 1 }));
  }, []);

  return { state, update, chooseOrg, restart };
}
