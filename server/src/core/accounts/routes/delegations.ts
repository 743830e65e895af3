import {
  CreateDelegationRequest,
  DelegationResponse,
  FindDelegateQuery,
  FindDelegateResponse,
  IdParam,
  ListDelegationsQuery,
  ListDelegationsResponse,
  normalizePhone,
} from '@hongyun/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { AppError } from '../../../platform/errors.ts';
import { requireActor } from '../../auth/auth-hook.ts';
import { authorize, can, isWithin } from '../../policy.ts';
import { createDelegation } from '../commands/create-delegation.ts';
import { findDelegate } from '../commands/find-delegate.ts';
import { revokeDelegation } from '../commands/revoke-delegation.ts';
import { delegationRecord, presentDelegation } from '../presenter.ts';
import { getDelegation, getOrgForGrant, getPersonBrief, listDelegations } from '../queries.ts';

const schema = { tags: ['delegations'] };

// Delegations: a relative's account acting for an elderly member, granted by the member's org admin
// or branch secretary (or the member themself), and always recorded as such.
export async function registerDelegationRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/delegations',
    {
      schema: {
        ...schema,
        summary: '代办授权列表',
        description:
          "Lists delegations of a principal, a delegate or the principals of an org's subtree, keeping those the caller may see: the principal, the delegate, or an org admin, branch secretary or security admin over the principal. The subtree filter needs one of those roles over the org.",
        querystring: ListDelegationsQuery,
        response: { 200: ListDelegationsResponse },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const { orgId, ...filter } = req.query;
      let orgPath: string | undefined;
      if (orgId !== undefined) {
        // A missing org and one outside the caller's subtrees answer alike (ids are small integers);
        // inside them, a role that may not list gets a plain refusal.
        const org = await getOrgForGrant(req.ctx.db, orgId).catch(() => null);
        if (!org || !actor.grants.some((g) => isWithin(org.path, g.orgPath))) throw new AppError('NOT_FOUND');
        authorize(actor, 'accounts.delegation.list_org', { orgPath: org.path });
        orgPath = org.path;
      }
      const rows = await listDelegations(req.ctx.db, { ...filter, orgPath });
      // Small per-person lists: each row is checked by the rule itself rather than a scoped query.
      const visible = rows.filter((d) => can(actor, 'accounts.delegation.read', delegationRecord(d)));
      return { data: visible.map((d) => presentDelegation(d, actor)) };
    },
  );

  r.get(
    '/api/delegations/delegate',
    {
      schema: {
        ...schema,
        summary: '按手机号查找代办人账号',
        description:
          "Finds the account a phone number signs in to (masked name and phone), to name it as the delegate of a member. Exact number only; only an account that touches no organisation yet or one in the caller's subtrees is answered, any other is 404 like an unknown number. Org admin or branch secretary over the member; rate-limited per account and audited.",
        querystring: FindDelegateQuery,
        response: { 200: FindDelegateResponse },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const principal = await getPersonBrief(req.ctx.db, req.query.principalPersonId);
      authorize(actor, 'accounts.delegation.find_delegate', { orgPath: principal.orgPath });
      const data = await findDelegate({ ...req.ctx, actor }, { phone: normalizePhone(req.query.phone), principal });
      return { data };
    },
  );

  r.post(
    '/api/delegations',
    {
      schema: {
        ...schema,
        summary: '新建代办授权',
        description:
          "Lets a relative's account act for a member (代办). The member themself, or their org admin or branch secretary; never naming oneself as delegate.",
        body: CreateDelegationRequest,
        response: { 200: DelegationResponse },
      },
    },
    async (req) => {
      const principal = await getPersonBrief(req.ctx.db, req.body.principalPersonId);
      authorize(req.actor, 'accounts.delegation.create', {
        orgPath: principal.orgPath,
        personId: principal.id,
        accountId: req.body.delegateAccountId,
      });
      const { principalPersonId: _p, ...rest } = req.body;
      const row = await createDelegation({ ...req.ctx, actor: req.actor }, { ...rest, principal });
      return { data: presentDelegation(row, req.actor) };
    },
  );

  r.delete(
    '/api/delegations/:id',
    {
      schema: {
        ...schema,
        summary: '撤销代办授权',
        description: 'Revokes a delegation. The principal, their org admin or branch secretary, or the delegate.',
        params: IdParam,
        response: { 200: DelegationResponse },
      },
    },
    async (req) => {
      const d = await getDelegation(req.ctx.db, req.params.id);
      authorize(req.actor, 'accounts.delegation.revoke', delegationRecord(d));
      const row = await revokeDelegation({ ...req.ctx, actor: req.actor }, { delegation: d });
      return { data: presentDelegation(row, req.actor) };
    },
  );
}
