import type { ReactNode } from 'react';
import { useSignedInMe } from '../../api/session.ts';
import { ScopeProvider } from './scope.tsx';

/** The scope provider for the signed-in user (rendered inside RequireAuth). */
export function SignedInScope({ children }: { children: ReactNode }) {
  const me = useSignedInMe();
  return (
    <ScopeProvider key={me.account.id} me={me}>
      {children}
    </ScopeProvider>
  );
}
