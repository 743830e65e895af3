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
import type { Ctx } from '../../platform/context.ts';
import { AppError } from '../../platform/errors.ts';
import { requireActor } from '../auth/auth-hook.ts';
import type { Actor } from '../context.ts';
import { authorize, scopeToOrgs } from '../policy.ts';
import { auditDuplicateIdAttempt } from './commands/audit-duplicate-id.ts';
import { registerPerson } from './commands/register-person.ts';
import { transferPerson } from './commands/transfer-person.ts';
import { updatePerson } from './commands/update-person.ts';
import { answerDuplicateIdNumbers, assertOutsideIdAnswersLeft } from './id-number-answers.ts';
import { IdNumberViewerRoles, PeopleReaderRoles, PhoneViewerRoles } from './policy.ts';
import { presentMembership, presentPerson } from './presenter.ts';
import { findOrg, findPerson, findPersonView, listMemberships, listPeople, orgsHoldingIdNumber } from './queries.ts';
import { normalizeIdNumber } from './validation.ts';

const tags = ['people'];
const record = (p: { id: string; orgPath: string | null }) => ({ orgPath: p.orgPath, personId: p.id });

// A missing id answers exactly like one outside the caller's reach (authorize's 'hide'): NOT_FOUND,
// never PERSON_NOT_FOUND / ORG_NOT_FOUND, or ids could be probed across subtrees.
async function loadPerson(ctx: Ctx, id: string) {
  const person = await findPerson(ctx.db, id);
  if (!person) throw new AppError('NOT_FOUND');
  return person;
}

/**
 * Runs a write that may name an ID number. A refused duplicate is audited, then answered through the
 * one rule of id-number-answers.ts: inside the caller's subtrees as DUPLICATE_ID_NUMBER, elsewhere as
 * DUPLICATE_ID_NUMBER_OUTSIDE without saying where, within a daily cap per account (then 429).
 */
async function answeringDuplicateId<T>(
  ctx: Ctx & { actor: Actor },
  attempt: { idNumber: string | undefined; orgId: number | null; personId?: string; source: 'register' | 'update' },
  run: () => Promise<T>,
): Promise<T> {
  if (!attempt.idNumber) return run();
  await assertOutsideIdAnswersLeft(ctx);
  try {
    return await run();
  } catch (e) {
    if (!(e instanceof AppError && e.code === 'DUPLICATE_ID_NUMBER')) throw e;
    const idNumber = normalizeIdNumber(attempt.idNumber);
    await auditDuplicateIdAttempt(ctx, { ...attempt, idNumber });
    const holders = (await orgsHoldingIdNumber(ctx.db, ctx.crypto, idNumber)).filter(
      (h) => h.personId !== attempt.personId,
    );
    // Several holders (one per crypto profile, at most): outside if any of them is.
    const answers = await answerDuplicateIdNumbers(ctx, {
      holderPaths: holders.length ? holders.map((h) => h.orgPath) : [null],
      roots: scopeToOrgs(ctx.actor, PeopleReaderRoles),
      source: attempt.source,
      orgId: attempt.orgId,
    });
    if (answers.includes('outside')) throw new AppError('DUPLICATE_ID_NUMBER_OUTSIDE');
    throw e;
  }
}

// People routes: authenticate (hook) → validate (zod) → load → authorize (policy.ts) → command → present.
export async function registerPeopleRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post(
    '/api/people',
    {
      schema: {
        tags,
        summary: '登记人员',
        description: 'Registers a person into an organisation. Org admin or party office over that organisation.',
        body: RegisterPersonRequest,
        response: { 201: PersonResponse },
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const org = await findOrg(req.ctx.db, req.body.orgId);
      if (!org) throw new AppError('NOT_FOUND');
      authorize(actor, 'people.person.create', { orgPath: org.path });
      const attempt = { idNumber: req.body.idNumber, orgId: org.id, source: 'register' as const };
      const person = await answeringDuplicateId({ ...req.ctx, actor }, attempt, () =>
        registerPerson(req.ctx, req.body),
      );
      return reply.status(201).send({ data: presentPerson(person, actor, req.ctx.crypto) });
    },
  );

  r.get(
    '/api/people',
    {
      schema: {
        tags,
        summary: '人员列表',
        description:
          "Lists and filters people in the caller's subtrees (ID numbers and phones masked unless permitted). Org admin, party office, branch secretary or monitor.",
        querystring: ListPeopleQuery,
        response: { 200: ListPeopleResponse },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const scope = {
        read: scopeToOrgs(actor, PeopleReaderRoles),
        idNumber: scopeToOrgs(actor, IdNumberViewerRoles),
        phone: scopeToOrgs(actor, PhoneViewerRoles),
      };
      const { rows, total } = await listPeople(req.ctx.db, req.ctx.crypto, scope, req.query);
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
    {
      config: personal,
      schema: {
        tags,
        summary: '人员详情',
        description:
          "Returns a person's record. Org admin, party office, branch secretary or monitor over the person, the person themself, or a delegate acting for them.",
        params: IdParam,
        response: { 200: PersonResponse },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const person = await findPersonView(req.ctx, req.params.id);
      if (!person) throw new AppError('NOT_FOUND');
      authorize(actor, 'people.person.read', record(person));
      return { data: presentPerson(person, actor, req.ctx.crypto, { pathNames: person.pathNames }) };
    },
  );

  r.get(
    '/api/people/:id/memberships',
    {
      config: personal,
      schema: {
        tags,
        summary: '人员组织关系记录',
        description:
          "Lists a person's organisation membership history. Org admin, party office, branch secretary or monitor over the person, the person themself, or a delegate acting for them.",
        params: IdParam,
        response: { 200: ListMembershipsResponse },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const person = await loadPerson(req.ctx, req.params.id);
      authorize(actor, 'people.person.read', record(person));
      const rows = await listMemberships(req.ctx.db, person.id);
      return { data: rows.map(presentMembership) };
    },
  );

  r.patch(
    '/api/people/:id',
    {
      schema: {
        tags,
        summary: '修改人员信息',
        description: "Updates a person's record. Org admin or party office over the person's current organisation.",
        params: IdParam,
        body: UpdatePersonRequest,
        response: { 200: PersonResponse },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const person = await loadPerson(req.ctx, req.params.id);
      authorize(actor, 'people.person.edit', record(person));
      const attempt = {
        idNumber: req.body.idNumber,
        orgId: person.orgId,
        personId: person.id,
        source: 'update' as const,
      };
      const updated = await answeringDuplicateId({ ...req.ctx, actor }, attempt, () =>
        updatePerson(req.ctx, { personId: person.id, patch: req.body }),
      );
      return { data: presentPerson(updated, actor, req.ctx.crypto) };
    },
  );

  r.post(
    '/api/people/:id/transfer',
    {
      schema: {
        tags,
        summary: '人员组织关系转接',
        description:
          'Transfers a member to another organisation (组织关系转接). Org admin or party office over the current organisation.',
        params: IdParam,
        body: TransferPersonRequest,
        response: { 200: TransferPersonResponse },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const person = await loadPerson(req.ctx, req.params.id);
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
