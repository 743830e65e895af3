import {
  IdParam,
  ListMembershipsResponse,
  ListPeopleQuery,
  ListPeopleResponse,
  PersonResponse,
  RegisterPersonRequest,
  TransferPersonRequest,
  TransferPersonResponse,
  UpdatePersonRequest,
} from '@hongyun/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { AppError } from '../../platform/errors.ts';
import { requireActor } from '../../platform/http/auth-hook.ts';
import { authorize, scopeToOrgs } from '../../platform/policy.ts';
import { registerPerson } from './commands/register-person.ts';
import { transferPerson } from './commands/transfer-person.ts';
import { updatePerson } from './commands/update-person.ts';
import { PeopleReaderRoles } from './policy.ts';
import { presentMembership, presentPerson } from './presenter.ts';
import { findOrg, getPerson, listMemberships, listPeople, orgPathNames } from './queries.ts';

const tags = ['people'];
const record = (p: { id: string; orgPath: string | null }) => ({ orgPath: p.orgPath, personId: p.id });

// People routes: authenticate (hook) → validate (zod) → load → authorize (policy.ts) → command → present.
export async function registerPeopleRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post(
    '/api/people',
    { schema: { tags, body: RegisterPersonRequest, response: { 201: PersonResponse } } },
    async (req, reply) => {
      const actor = requireActor(req);
      const org = await findOrg(req.ctx.db, req.body.orgId);
      if (!org) throw new AppError('ORG_NOT_FOUND');
      authorize(actor, 'people.person.create', { orgPath: org.path });
      const person = await registerPerson(req.ctx, req.body);
      return reply.status(201).send({ data: presentPerson(person, actor, req.ctx.crypto) });
    },
  );

  r.get(
    '/api/people',
    { schema: { tags, querystring: ListPeopleQuery, response: { 200: ListPeopleResponse } } },
    async (req) => {
      const actor = requireActor(req);
      const roots = scopeToOrgs(actor, PeopleReaderRoles);
      const { rows, total } = await listPeople(req.ctx.db, req.ctx.crypto, roots, req.query);
      return {
        data: rows.map((row) => presentPerson(row, actor, req.ctx.crypto)),
        page: req.query.page,
        pageSize: req.query.pageSize,
        total,
      };
    },
  );

  // Readable while acting for someone: the policy lets a delegate see only the principal's own record.
  const personal = { allowWhileActingFor: true };
  r.get(
    '/api/people/:id',
    { config: personal, schema: { tags, params: IdParam, response: { 200: PersonResponse } } },
    async (req) => {
      const actor = requireActor(req);
      const person = await getPerson(req.ctx.db, req.params.id);
      authorize(actor, 'people.person.read', record(person));
      const pathNames = await orgPathNames(req.ctx.db, person.orgPath);
      return { data: presentPerson(person, actor, req.ctx.crypto, { pathNames }) };
    },
  );

  r.get(
    '/api/people/:id/memberships',
    { config: personal, schema: { tags, params: IdParam, response: { 200: ListMembershipsResponse } } },
    async (req) => {
      const actor = requireActor(req);
      const person = await getPerson(req.ctx.db, req.params.id);
      authorize(actor, 'people.person.read', record(person));
      const rows = await listMemberships(req.ctx.db, person.id);
      return { data: rows.map(presentMembership) };
    },
  );

  r.patch(
    '/api/people/:id',
    { schema: { tags, params: IdParam, body: UpdatePersonRequest, response: { 200: PersonResponse } } },
    async (req) => {
      const actor = requireActor(req);
      const person = await getPerson(req.ctx.db, req.params.id);
      authorize(actor, 'people.person.edit', record(person));
      const updated = await updatePerson(req.ctx, { personId: person.id, patch: req.body });
      return { data: presentPerson(updated, actor, req.ctx.crypto) };
    },
  );

  r.post(
    '/api/people/:id/transfer',
    { schema: { tags, params: IdParam, body: TransferPersonRequest, response: { 200: TransferPersonResponse } } },
    async (req) => {
      const actor = requireActor(req);
      const person = await getPerson(req.ctx.db, req.params.id);
      authorize(actor, 'people.person.transfer', record(person));
      if (person.orgId === null) throw new AppError('NO_ACTIVE_MEMBERSHIP');
      const { person: moved, transfer } = await transferPerson(req.ctx, {
        personId: person.id,
        expectedFromOrgId: person.orgId,
        ...req.body,
      });
      const { transferId: id, ...rest } = transfer;
      return { data: presentPerson(moved, actor, req.ctx.crypto), transfer: { id, ...rest } };
    },
  );
}
