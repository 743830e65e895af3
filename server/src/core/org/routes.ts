import {
  CreateOrgRequest,
  MoveOrgRequest,
  OrgChildrenQuery,
  OrgDetailResponse,
  OrgIdParam,
  OrgResponse,
  OrgTreeResponse,
  Roles,
  SearchOrgsQuery,
  SearchOrgsResponse,
  UpdateOrgRequest,
} from '@hongyun/contracts';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { AppError } from '../../platform/errors.ts';
import { requireActor } from '../auth/auth-hook.ts';
import { installedSwitches } from '../kernel/index.ts';
import { authorize, scopeToOrgs } from '../policy.ts';
import { createOrg } from './commands/create-org.ts';
import { dissolveOrg } from './commands/dissolve-org.ts';
import { moveOrg } from './commands/move-org.ts';
import { updateOrg } from './commands/update-org.ts';
import { registerOrgModuleRoutes } from './module-routes.ts';
import { effectiveModules } from './module-switches.ts';
import type { OrgPolicyRecord } from './policy.ts';
import { presentOrg, presentOrgDetail, presentOrgNode, presentOrgSearchItem } from './presenter.ts';
import {
  childrenOf,
  countChildren,
  findOrg,
  findRegion,
  type OrgRecord,
  orgNodesByPaths,
  orgPathNames,
  orgPathNamesMany,
  personBrief,
  searchOrgs,
  subtreeMemberCounts,
  viewerOwnOrgPath,
} from './queries.ts';
import { registerRegionRoutes } from './region-routes.ts';

// Thin routes: validate → load → authorize → command → present.

/**
 * Loads an org for a route. A missing id answers NOT_FOUND, exactly like an org outside the caller's
 * reach (authorize's 'hide'): org ids are sequential, so ORG_NOT_FOUND would let anyone enumerate
 * the orgs of other subtrees.
 */
async function loadOrg(req: FastifyRequest, id: number): Promise<OrgRecord> {
  const org = await findOrg(req.ctx.db, id);
  if (!org) throw new AppError('NOT_FOUND');
  return org;
}

/** Loads an org and checks the viewer may read it (any grant over it, or their own branch). */
async function loadReadableOrg(req: FastifyRequest, id: number): Promise<OrgRecord> {
  const org = await loadOrg(req, id);
  const ownPath = req.actor ? await viewerOwnOrgPath(req.ctx.db, req.actor) : null;
  const record: OrgPolicyRecord = { orgPath: org.path, isViewerOwnOrg: ownPath === org.path };
  authorize(req.actor, 'org.org.read', record);
  return org;
}

export async function registerOrgRoutes(appBase: FastifyInstance): Promise<void> {
  const app = appBase.withTypeProvider<ZodTypeProvider>();
  await registerRegionRoutes(appBase);
  await registerOrgModuleRoutes(appBase, loadOrg);

  // Tree starting points: the orgs where the actor holds grants (nested ones folded into their
  // ancestors), or the viewer's own branch when they hold none.
  app.get(
    '/api/orgs/roots',
    {
      schema: {
        tags: ['org'],
        summary: '组织树：起点',
        description:
          "Returns the caller's tree starting points: the orgs where they hold grants, or their own branch if none. Any signed-in user.",
        response: { 200: OrgTreeResponse },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      let roots = scopeToOrgs(actor, Roles);
      if (roots.length === 0) {
        const own = await viewerOwnOrgPath(req.ctx.db, actor);
        roots = own ? [own] : [];
      }
      const rows = await orgNodesByPaths(req.ctx.db, roots);
      return { data: rows.map((r) => presentOrgNode(r, actor)) };
    },
  );

  app.get(
    '/api/orgs',
    {
      schema: {
        tags: ['org'],
        summary: '搜索组织',
        description:
          "Searches organisations within the caller's granted subtrees and their own branch. Any signed-in user.",
        querystring: SearchOrgsQuery,
        response: { 200: SearchOrgsResponse },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const { q, page, pageSize, includeDissolved } = req.query;
      const roots = scopeToOrgs(actor, Roles);
      const ownPath = await viewerOwnOrgPath(req.ctx.db, actor);
      const { rows, total } = await searchOrgs(req.ctx.db, { roots, ownPath, q, includeDissolved, page, pageSize });
      const names = await orgPathNamesMany(
        req.ctx.db,
        rows.map((r) => r.path),
      );
      const data = rows.map((r) => presentOrgSearchItem(r, names.get(r.path) ?? [], actor));
      return { data, page, pageSize, total };
    },
  );

  app.post(
    '/api/orgs',
    {
      schema: {
        tags: ['org'],
        summary: '新建组织',
        description:
          'Creates an organisation under a parent. Org admin, party office or system admin over the parent; a new root only by a system admin granted at a root org.',
        body: CreateOrgRequest,
        response: { 201: OrgResponse },
      },
    },
    async (req, reply) => {
      if (req.body.parentId) {
        const parent = await loadOrg(req, req.body.parentId);
        authorize(req.actor, 'org.org.create', { orgPath: parent.path });
      } else {
        authorize(req.actor, 'org.root.create');
      }
      const row = await createOrg(req.ctx, req.body);
      return reply.status(201).send({ data: presentOrg(row, req.actor) });
    },
  );

  app.get(
    '/api/orgs/:id',
    {
      schema: {
        tags: ['org'],
        summary: '组织详情',
        description:
          'Returns an organisation with its region, secretary, member counts, path and effective modules. Any grant over the org, or a member of that branch.',
        params: OrgIdParam,
        response: { 200: OrgDetailResponse },
      },
    },
    async (req) => {
      const org = await loadReadableOrg(req, req.params.id);
      const db = req.ctx.db;
      const [region, secretary, memberCounts, childCount, pathNames, modules] = await Promise.all([
        org.regionCode ? findRegion(db, org.regionCode) : null,
        org.secretaryPersonId ? personBrief(db, org.secretaryPersonId) : null,
        subtreeMemberCounts(db, org.path),
        countChildren(db, org.id),
        orgPathNames(db, org.path),
        effectiveModules(db, org.path),
      ]);
      const facts = {
        regionName: region?.name ?? null,
        secretary: secretary ? { id: secretary.id, name: secretary.name } : null,
        memberCounts,
        childCount,
        pathNames,
        effectiveModules: installedSwitches().filter((m) => modules[m]),
      };
      return { data: presentOrgDetail(org, facts, req.actor) };
    },
  );

  app.get(
    '/api/orgs/:id/children',
    {
      schema: {
        tags: ['org'],
        summary: '组织树：下级组织',
        description:
          'Lists the direct child organisations of an org. Any grant over the org, or a member of that branch.',
        params: OrgIdParam,
        querystring: OrgChildrenQuery,
        response: { 200: OrgTreeResponse },
      },
    },
    async (req) => {
      const org = await loadReadableOrg(req, req.params.id);
      const rows = await childrenOf(req.ctx.db, org.id, req.query.includeDissolved);
      return { data: rows.map((r) => presentOrgNode(r, req.actor)) };
    },
  );

  app.patch(
    '/api/orgs/:id',
    {
      schema: {
        tags: ['org'],
        summary: '修改组织',
        description: "Updates an organisation's details. Org admin, party office or system admin over the org.",
        params: OrgIdParam,
        body: UpdateOrgRequest,
        response: { 200: OrgResponse },
      },
    },
    async (req) => {
      const org = await loadOrg(req, req.params.id);
      authorize(req.actor, 'org.org.update', { orgPath: org.path });
      const row = await updateOrg(req.ctx, { org, changes: req.body });
      return { data: presentOrg(row, req.actor) };
    },
  );

  app.post(
    '/api/orgs/:id/move',
    {
      schema: {
        tags: ['org'],
        summary: '移动组织',
        description:
          'Moves an organisation under a new parent. Org admin, party office or system admin strictly above the org and over the new parent.',
        params: OrgIdParam,
        body: MoveOrgRequest,
        response: { 200: OrgResponse },
      },
    },
    async (req) => {
      const org = await loadOrg(req, req.params.id);
      authorize(req.actor, 'org.org.move', { orgPath: org.path });
      const parent = await loadOrg(req, req.body.newParentId);
      authorize(req.actor, 'org.org.create', { orgPath: parent.path });
      const row = await moveOrg(req.ctx, { orgId: org.id, newParentId: parent.id });
      return { data: presentOrg(row, req.actor) };
    },
  );

  app.post(
    '/api/orgs/:id/dissolve',
    {
      schema: {
        tags: ['org'],
        summary: '撤销组织',
        description: 'Dissolves an organisation. Org admin, party office or system admin strictly above the org.',
        params: OrgIdParam,
        response: { 200: OrgResponse },
      },
    },
    async (req) => {
      const org = await loadOrg(req, req.params.id);
      authorize(req.actor, 'org.org.dissolve', { orgPath: org.path });
      const row = await dissolveOrg(req.ctx, { orgId: org.id });
      return { data: presentOrg(row, req.actor) };
    },
  );
}
