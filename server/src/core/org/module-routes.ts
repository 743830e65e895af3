import { type ModuleName, OrgIdParam, OrgModulesResponse, SetOrgModulesRequest } from '@hongyun/contracts';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { DbOrTx } from '../../platform/db/client.ts';
import { AppError } from '../../platform/errors.ts';
import { installedSwitches } from '../kernel/index.ts';
import { authorize } from '../policy.ts';
import { setOrgModules } from './commands/set-org-modules.ts';
import { orgModuleSettings } from './module-switches.ts';
import { countSubtreeOrgs, type OrgRecord } from './queries.ts';

// Module switches of an organisation's subtree (inherited downwards, nearest setting wins).
/** Only modules this build has (their manifests): a switch for a module with no screens would mislead. */
async function installedSettings(db: DbOrTx, org: { id: number; path: string }) {
  const installed = installedSwitches();
  return (await orgModuleSettings(db, org)).filter((m) => installed.includes(m.module));
}

export async function registerOrgModuleRoutes(
  appBase: FastifyInstance,
  loadOrg: (req: FastifyRequest, id: number) => Promise<OrgRecord>,
): Promise<void> {
  const app = appBase.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/api/orgs/:id/modules',
    {
      schema: {
        tags: ['org'],
        summary: '组织业务模块设置',
        description: "Returns the org's business module switches (on, off or inherited). Any grant over the org.",
        params: OrgIdParam,
        response: { 200: OrgModulesResponse },
      },
    },
    async (req) => {
      const org = await loadOrg(req, req.params.id);
      authorize(req.actor, 'org.modules.read', { orgPath: org.path });
      const [modules, orgCount] = await Promise.all([
        installedSettings(req.ctx.db, org),
        countSubtreeOrgs(req.ctx.db, org.path),
      ]);
      return { data: { orgId: org.id, orgCount, modules } };
    },
  );

  app.put(
    '/api/orgs/:id/modules',
    {
      schema: {
        tags: ['org'],
        summary: '设置组织业务模块',
        description:
          'Switches business modules on, off or back to inherit for the org and its subtree. Party office or system admin over the org.',
        params: OrgIdParam,
        body: SetOrgModulesRequest,
        response: { 200: OrgModulesResponse },
      },
    },
    async (req) => {
      const org = await loadOrg(req, req.params.id);
      authorize(req.actor, 'org.modules.update', { orgPath: org.path });
      const installed = installedSwitches();
      const absent = Object.keys(req.body).filter((m) => !installed.includes(m as ModuleName));
      if (absent.length) {
        throw new AppError(
          'VALIDATION_FAILED',
          absent.map((m) => ({ field: `body.${m}`, message: 'module not installed in this build' })),
        );
      }
      const modules = await setOrgModules(req.ctx, { org, changes: req.body });
      const orgCount = await countSubtreeOrgs(req.ctx.db, org.path);
      return { data: { orgId: org.id, orgCount, modules: modules.filter((m) => installed.includes(m.module)) } };
    },
  );
}
