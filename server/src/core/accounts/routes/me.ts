import { MeResponse, type Role, UpdateMeRequest } from '@hongyun/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { DbOrTx } from '../../../platform/db/client.ts';
import { AppError } from '../../../platform/errors.ts';
import { requireActor } from '../../auth/auth-hook.ts';
import type { LoadedSession, SessionStage } from '../../auth/sessions.ts';
import type { Actor } from '../../context.ts';
import { modulesForActor } from '../../org/module-switches.ts';
import { can } from '../../policy.ts';
import { updateLocale } from '../commands/update-locale.ts';
import { presentAccountSelf } from '../presenter.ts';

/** An ability another module's policy decides; false while that module has not defined it yet. */
function safeCan(actor: Actor, action: string): boolean {
  try {
    return can(actor, action);
  } catch {
    return false;
  }
}

/** Navigation for the web console, each answer from a policy rule. */
export function meAbilities(actor: Actor) {
  // Org-scoped rules take the org as record: the console shows a screen when any grant's org allows it.
  const atAnyGrant = (action: string, record: Record<string, unknown> = {}) =>
    actor.grants.some((g) => safeCanAt(actor, action, { personId: null, ...record, orgPath: g.orgPath }));
  const canViewPeople = atAnyGrant('people.person.read');
  const canManageOrgs = atAnyGrant('org.org.update');
  return {
    canManageAccounts: can(actor, 'accounts.nav.accounts'),
    canCreateAccounts: can(actor, 'accounts.nav.create_accounts'),
    canGrantRoles: can(actor, 'accounts.nav.grants'),
    canManageDelegations: can(actor, 'accounts.nav.delegations'),
    canReadAudit: safeCan(actor, 'audit.read'),
    canManageOrgs,
    // Whoever may read people in a subtree browses its tree too; other roles see only their own org.
    canViewOrgs: canManageOrgs || canViewPeople,
    canViewPeople,
    canManagePeople: atAnyGrant('people.person.edit'),
    canImportPeople: atAnyGrant('people.import') && safeCan(actor, 'files.upload'),
    canReadEvents: atAnyGrant('events.read'),
  };
}

function safeCanAt(actor: Actor, action: string, record: Record<string, unknown>): boolean {
  try {
    return can(actor, action, record);
  } catch {
    return false;
  }
}

/**
 * Builds the /api/me answer for the signed-in actor from what the session load already read (the
 * account's own fields, the stage, every live grant with its org, the principal's name): no second
 * read. `accountPatch` carries what the request itself has just changed (the locale).
 */
async function loadMe(
  db: DbOrTx,
  actor: Actor,
  session: LoadedSession | null,
  accountPatch: Partial<LoadedSession['record']['account']> = {},
) {
  if (!session) throw new AppError('UNAUTHENTICATED');
  const account = { ...session.record.account, ...accountPatch };
  const state = { stage: session.stage };
  // Acting for someone, the delegate's own grants do not apply (the session load drops them): show none.
  const grants = actor.actingFor ? [] : session.record.grants;
  const actingFor = actor.actingFor ? { ...actor.actingFor, personName: session.actingForName ?? '' } : null;
  return {
    data: {
      account: presentAccountSelf(account),
      stage: state?.stage ?? 'active',
      grants: grants.map((g) => ({
        id: g.id,
        role: g.role as Role,
        orgId: g.orgId,
        orgName: g.orgName,
        orgPath: g.orgPath,
      })),
      actingFor,
      // Acting for someone, only the delegated modules are usable (the auth hook enforces it).
      modules: (await modulesForActor(db, actor)).filter((m) => !actor.actingFor || actor.actingFor.scopes.includes(m)),
      abilities: meAbilities(actor),
    },
  };
}

// The signed-in user: who they are, where they hold roles, whom they act for, what they may open.
export async function registerMeRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  // The web console reads /api/me to know which half-signed-in screen to show.
  const allStages: SessionStage[] = ['mfa', 'password_change', 'mfa_setup'];

  r.get(
    '/api/me',
    {
      config: { allowStages: allStages, allowWhileActingFor: true },
      schema: {
        tags: ['me'],
        summary: '当前用户信息',
        description:
          'Returns the signed-in account, session stage, grants, acting-for state, modules and console abilities. Any signed-in session, at any stage or while acting for someone.',
        response: { 200: MeResponse },
      },
    },
    async (req) => loadMe(req.ctx.db, requireActor(req), req.authSession),
  );

  r.patch(
    '/api/me',
    {
      config: { allowWhileActingFor: true },
      schema: {
        tags: ['me'],
        summary: '修改界面语言',
        description:
          "Sets the signed-in account's interface language. Any fully signed-in account, also while acting for someone.",
        body: UpdateMeRequest,
        response: { 200: MeResponse },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      await updateLocale({ ...req.ctx, actor }, req.body);
      return loadMe(req.ctx.db, actor, req.authSession, { locale: req.body.locale });
    },
  );
}
