import type { Role } from '@hongyun/contracts';

// The actor the core layer resolves for every request: the account, its live grants and whom it acts
// for. Registered with the platform through PlatformTypes, so platform code that carries an actor
// (job runs, request contexts) is typed with this one without importing the core.

export type Grant = { id: string; role: Role; orgId: number; orgPath: string };

export type Actor = {
  accountId: string;
  personId: string | null;
  displayName: string;
  sessionId: string;
  grants: Grant[];
  /** Set when the session acts for another person through a recorded delegation. */
  actingFor: { personId: string; delegationId: string; scopes: string[] } | null;
  isDemo: boolean;
  /**
   * The org paths that decide which modules the user sees (grant orgs and their own branch, or the
   * principal's when acting for someone), when the session load already knows them; else looked up.
   */
  orgPaths?: string[];
};

declare module '../platform/context.ts' {
  interface PlatformTypes {
    actor: Actor;
  }
}
