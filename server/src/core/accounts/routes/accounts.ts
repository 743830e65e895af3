import {
  AccountCandidatesQuery,
  AccountCandidatesResponse,
  AccountResponse,
  CreateAccountRequest,
  IdParam,
  ListAccountsQuery,
  ListAccountsResponse,
  ListGrantsResponse,
  ResetPasswordRequest,
} from '@hongyun/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Ctx } from '../../../platform/context.ts';
import type { Actor } from '../../context.ts';
import { authorize, scopeToOrgs } from '../../policy.ts';
import { createAccount } from '../commands/create-account.ts';
import { disableAccount } from '../commands/disable-account.ts';
import { enableAccount } from '../commands/enable-account.ts';
import { resetPassword } from '../commands/reset-password.ts';
import { unlockAccount } from '../commands/unlock-account.ts';
import { AccountViewerRoles } from '../policy.ts';
import { presentAccount, presentGrant } from '../presenter.ts';
import { getAccount, getPersonBrief, listAccountCandidates, listAccounts, listGrants } from '../queries.ts';

const schema = { tags: ['accounts'] };

// Account administration by security admins (等保 separation of duties), scoped to org subtrees.
export async function registerAccountRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/accounts',
    {
      schema: {
        ...schema,
        summary: '账号列表',
        description:
          "Lists and searches accounts in the caller's subtrees. Security admin, org admin or party office. securityAlert=id_probe keeps the accounts with a recent ID-number probe signal in the caller's security-admin subtrees (none for other roles).",
        querystring: ListAccountsQuery,
        response: { 200: ListAccountsResponse },
      },
    },
    async (req) => {
      authorize(req.actor, 'accounts.account.list');
      const { page, pageSize, q, securityAlert } = req.query;
      const roots = scopeToOrgs(req.actor, AccountViewerRoles);
      const alertRoots = securityAlert ? scopeToOrgs(req.actor, ['security_admin']) : undefined;
      const { total, items } = await listAccounts(req.ctx.db, req.ctx.crypto, {
        roots,
        q,
        page,
        pageSize,
        alertRoots,
      });
      const actor = req.actor;
      return { data: items.map((i) => presentAccount(i, actor)), page, pageSize, total };
    },
  );

  r.get(
    '/api/accounts/candidates',
    {
      schema: {
        ...schema,
        summary: '可开通账号的人员',
        description:
          "Searches people by name in the caller's security-admin subtrees (name, org and any existing account only), to open an account for one. Security admin.",
        querystring: AccountCandidatesQuery,
        response: { 200: AccountCandidatesResponse },
      },
    },
    async (req) => {
      authorize(req.actor, 'accounts.account.candidates');
      const roots = scopeToOrgs(req.actor, ['security_admin']);
      return { data: await listAccountCandidates(req.ctx.db, { roots, q: req.query.q, limit: 20 }) };
    },
  );

  r.get(
    '/api/accounts/:id',
    {
      schema: {
        ...schema,
        summary: '账号详情',
        description:
          "One account with its status and the viewer's abilities on it. The holder, or a security admin, org admin or party office over the account.",
        params: IdParam,
        response: { 200: AccountResponse },
      },
    },
    async (req) => {
      const account = await getAccount(req.ctx.db, req.params.id);
      authorize(req.actor, 'accounts.account.read', account.record);
      return { data: presentAccount(account, req.actor) };
    },
  );

  r.post(
    '/api/accounts',
    {
      schema: {
        ...schema,
        summary: '开通账号',
        description:
          "Creates a sign-in account for a registered person. Security admin over the person's organisation.",
        body: CreateAccountRequest,
        response: { 200: AccountResponse },
      },
    },
    async (req) => {
      const person = await getPersonBrief(req.ctx.db, req.body.personId);
      authorize(req.actor, 'accounts.account.create', { orgPath: person.orgPath, personId: person.id });
      const { id } = await createAccount({ ...req.ctx, actor: req.actor }, { ...req.body, person });
      return { data: presentAccount(await getAccount(req.ctx.db, id), req.actor) };
    },
  );

  r.get(
    '/api/accounts/:id/grants',
    {
      schema: {
        ...schema,
        summary: '账号的角色授权',
        description:
          "Lists an account's role grants (administrators see only those in their subtrees). The holder, or a security admin, org admin or party office over the account.",
        params: IdParam,
        response: { 200: ListGrantsResponse },
      },
    },
    async (req) => {
      const { record } = await getAccount(req.ctx.db, req.params.id);
      authorize(req.actor, 'accounts.account.read', record);
      const actor = req.actor;
      // The holder sees all their grants; an administrator only those inside their own subtrees.
      const roots = record.accountId === actor.accountId ? undefined : scopeToOrgs(actor, AccountViewerRoles);
      const grants = await listGrants(req.ctx.db, req.params.id, { roots });
      return { data: grants.map((g) => presentGrant(g, actor, record.adminPaths)) };
    },
  );

  // OpenAPI summary and description of each manage route below.
  const manageDocs: Record<string, { summary: string; description: string }> = {
    disable: {
      summary: '停用账号',
      description:
        "Disables an account and ends its sessions. Security admin covering every org the account touches (strictly above any org where it is an administrator); not one's own.",
    },
    enable: {
      summary: '启用账号',
      description:
        "Re-enables a disabled account. Security admin covering every org the account touches (strictly above any org where it is an administrator); not one's own.",
    },
    unlock: {
      summary: '解除账号锁定',
      description:
        "Clears a sign-in lockout on an account. Security admin covering every org the account touches (strictly above any org where it is an administrator); not one's own.",
    },
    'reset-password': {
      summary: '重置密码',
      description:
        "Sets a new initial password the holder must change at next sign-in. Security admin covering every org the account touches (strictly above any org where it is an administrator); not one's own.",
    },
  };

  // disable / enable / reset-password / unlock share one chain: load → authorize manage → command.
  const manage = (
    path: string,
    run: (ctx: Ctx & { actor: Actor }, accountId: string, body: unknown) => Promise<void>,
    body?: typeof ResetPasswordRequest,
  ) =>
    r.post(
      `/api/accounts/:id/${path}`,
      {
        schema: {
          ...schema,
          ...manageDocs[path],
          params: IdParam,
          ...(body ? { body } : {}),
          response: { 200: AccountResponse },
        },
      },
      async (req) => {
        const { record } = await getAccount(req.ctx.db, req.params.id);
        authorize(req.actor, 'accounts.account.manage', record);
        await run({ ...req.ctx, actor: req.actor }, req.params.id, req.body);
        return { data: presentAccount(await getAccount(req.ctx.db, req.params.id), req.actor) };
      },
    );

  manage('disable', (ctx, accountId) => disableAccount(ctx, { accountId }));
  manage('enable', (ctx, accountId) => enableAccount(ctx, { accountId }));
  manage('unlock', (ctx, accountId) => unlockAccount(ctx, { accountId }));
  manage(
    'reset-password',
    (ctx, accountId, body) => resetPassword(ctx, { accountId, ...(body as { initialPassword: string }) }),
    ResetPasswordRequest,
  );
}
