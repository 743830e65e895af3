import { CreateGrantRequest, GrantResponse, IdParam } from '@hongyun/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { authorize } from '../../policy.ts';
import { grantRole } from '../commands/grant-role.ts';
import { revokeGrant } from '../commands/revoke-grant.ts';
import type { GrantRecord } from '../policy.ts';
import { presentGrant } from '../presenter.ts';
import { getAccount, getGrant, getOrgForGrant } from '../queries.ts';

const schema = { tags: ['grants'] };

// Role grants: security admins grant roles in their subtree (the three administrator roles only
// strictly below them, nothing to themselves); org admins and party offices grant everyday roles.
export async function registerGrantRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post(
    '/api/grants',
    {
      schema: {
        ...schema,
        summary: '授予角色',
        description:
          'Grants a role at an organisation to an account. Security admin over the org (administrator roles only from strictly above), or org admin / party office for everyday roles; never to oneself. An account in another subtree answers 404 like a missing one.',
        body: CreateGrantRequest,
        response: { 200: GrantResponse },
      },
    },
    async (req) => {
      const org = await getOrgForGrant(req.ctx.db, req.body.orgId);
      const holder = await getAccount(req.ctx.db, req.body.accountId);
      const record: GrantRecord = {
        orgPath: org.path,
        role: req.body.role,
        accountId: req.body.accountId,
        holderPaths: holder.record.paths,
        holderAdminPaths: holder.record.adminPaths,
      };
      authorize(req.actor, 'accounts.grant.create', record);
      const ctx = { ...req.ctx, actor: req.actor };
      const { id } = await ctx.db.transaction((tx) => grantRole({ ...ctx, db: tx }, req.body));
      const after = await getAccount(ctx.db, req.body.accountId);
      return { data: presentGrant(await getGrant(ctx.db, id), req.actor, after.record.adminPaths) };
    },
  );

  r.delete(
    '/api/grants/:id',
    {
      schema: {
        ...schema,
        summary: '撤销角色授权',
        description:
          "Revokes a role grant. Same rule as granting it: security admin over the org (administrator roles only from strictly above), or org admin / party office for everyday roles; never one's own.",
        params: IdParam,
        response: { 200: GrantResponse },
      },
    },
    async (req) => {
      const grant = await getGrant(req.ctx.db, req.params.id);
      const holder = await getAccount(req.ctx.db, grant.accountId);
      const record: GrantRecord = {
        orgPath: grant.orgPath,
        role: grant.role as GrantRecord['role'],
        accountId: grant.accountId,
        holderPaths: holder.record.paths,
        holderAdminPaths: holder.record.adminPaths,
      };
      authorize(req.actor, 'accounts.grant.revoke', record);
      const done = await revokeGrant({ ...req.ctx, actor: req.actor }, { grant });
      const after = await getAccount(req.ctx.db, grant.accountId);
      return { data: presentGrant(done, req.actor, after.record.adminPaths) };
    },
  );
}
