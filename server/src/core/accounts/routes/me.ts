import { MeAbilities, MeResponse, type ModuleName, type Role, UpdateMeRequest } from '@hongyun/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import type { DbOrTx } from '../../../platform/db/client.ts';
import { AppError } from '../../../platform/errors.ts';
import { requireActor } from '../../auth/auth-hook.ts';
import type { LoadedSession, SessionStage } from '../../auth/sessions.ts';
import type { Actor } from '../../context.ts';
import { abilitiesFor, entriesFor, installedSwitches } from '../../kernel/index.ts';
import { modulesForActor } from '../../org/index.ts';
import { updateLocale } from '../commands/update-locale.ts';
import { presentAccountSelf } from '../presenter.ts';

/** Menu entries and home tiles as data: the web renders what the abilities and switches allow. */
function presentEntries(kind: 'nav' | 'tiles', abilities: Record<string, boolean>, modules: ModuleName[]) {
  return entriesFor(kind, abilities, modules).map(({ key, path, label, icon, module }) => ({
    key,
    path,
    label,
    icon,
    module,
  }));
}

type Menu = { modules: ModuleName[]; abilities: z.infer<typeof MeAbilities>; nav: Entry[]; tiles: Entry[] };
type Entry = ReturnType<typeof presentEntries>[number];

/**
 * The modules, abilities and menu of an actor, memoised on the actor object (the session cache hands
 * every request of a session the same one) for the module list it was built from (modulesForActor
 * answers the same array until the switches change).
 */
const menus = new WeakMap<Actor, { on: ModuleName[]; menu: Menu }>();
function menuFor(actor: Actor, on: ModuleName[]): Menu {
  const memo = menus.get(actor);
  if (memo?.on === on) return memo.menu;
  // Only modules this build has (their manifests), on for the user; acting for someone, only the
  // delegated ones are usable (the auth hook enforces it).
  const modules = on.filter(
    (m) => installedSwitches().includes(m) && (!actor.actingFor || actor.actingFor.scopes.includes(m)),
  );
  // The core's abilities are always there (its areas are always installed): parse checks that.
  const abilities = MeAbilities.parse(abilitiesFor(actor));
  const menu = {
    modules,
    abilities,
    nav: presentEntries('nav', abilities, modules),
    tiles: presentEntries('tiles', abilities, modules),
  };
  menus.set(actor, { on, menu });
  return menu;
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
  // Acting for someone, the delegate's own grants do not apply (the session load drops them): show none.
  const grants = actor.actingFor ? [] : session.record.grants;
  const actingFor = actor.actingFor ? { ...actor.actingFor, personName: session.actingForName ?? '' } : null;
  const { modules, abilities, nav, tiles } = menuFor(actor, await modulesForActor(db, actor));
  return {
    data: {
      account: presentAccountSelf(account),
      stage: session.stage,
      grants: grants.map((g) => ({
        id: g.id,
        role: g.role as Role,
        orgId: g.orgId,
        orgName: g.orgName,
        orgPath: g.orgPath,
      })),
      actingFor,
      modules,
      abilities,
      nav,
      tiles,
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
