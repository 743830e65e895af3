import {
  CreateSanctionRequest,
  IdParam,
  PersonRecordSummaryResponse,
  RevokeRecordRequest,
  SanctionListResponse,
  SanctionResponse,
} from '@hongyun/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { requireActor } from '../../../core/auth/auth-hook.ts';
import { authorize } from '../../../core/policy.ts';
import { AppError } from '../../../platform/errors.ts';
import { recordSanction } from './commands/record-sanction.ts';
import { revokeSanction } from './commands/revoke-sanction.ts';
import { registerIntegrityRoutes } from './integrity-routes.ts';
import { recordAbilities } from './policy.ts';
import { presentSanction } from './presenter.ts';
import {
  accountNames,
  alertRefs,
  countLive,
  findSanction,
  isLeadingCadre,
  listSanctionRows,
  policyRecord,
  recordPerson,
} from './queries.ts';

// A person's supervision records: the decisions taken about them (激励惩戒: 表扬、提醒、约谈、警示),
// each citing the alerts or results that caused it, and (integrity-routes.ts) a leading cadre's
// integrity record. Every route loads the person first and authorises on them, so a person outside
// the caller's subtrees answers exactly like a missing one.

const tags = ['supervision'];

export async function registerRecordRoutes(base: FastifyInstance): Promise<void> {
  // A scope of their own: the evidence upload registers the multipart parser for these routes only.
  await base.register(async (scope) => {
    const app = scope.withTypeProvider<ZodTypeProvider>();

    app.get(
      '/api/people/:id/record-summary',
      {
        schema: {
          tags,
          summary: '人员激励惩戒与诚信档案概况',
          description:
            "What the person page may show of the person's supervision records: whether the caller may read and record sanctions and integrity items, and how many live ones there are. The integrity count is given only to those who read the sanctions but may not read the integrity record; the person themselves sees their sanctions only.",
          params: IdParam,
          response: { 200: PersonRecordSummaryResponse },
        },
      },
      async (req) => {
        const actor = requireActor(req);
        const person = await recordPerson(req.ctx.db, req.params.id);
        authorize(actor, 'supervision.record.read', policyRecord(person));
        const can = recordAbilities(actor, policyRecord(person));
        const counts = await countLive(req.ctx.db, person.id);
        const leading = isLeadingCadre(person);
        // The person reads their own sanctions but learns nothing of an integrity record.
        const tellsIntegrityCount = can.canReadIntegrity || (leading && actor.personId !== person.id);
        return {
          data: {
            sanctions: { canRead: true, canWrite: can.canWriteSanctions, count: counts.sanctions },
            integrity: {
              canRead: can.canReadIntegrity,
              canWrite: can.canWriteIntegrity && leading,
              isLeadingCadre: tellsIntegrityCount ? leading : false,
              count: tellsIntegrityCount ? counts.integrity : null,
            },
          },
        };
      },
    );

    app.get(
      '/api/people/:id/sanctions',
      {
        schema: {
          tags,
          summary: '人员激励惩戒记录',
          description:
            'The decisions taken about a person (commendation, reminder, talk, warning), newest first, revoked ones included and marked. Party office, org admin, branch secretary or monitor over the person, and the person themselves.',
          params: IdParam,
          response: { 200: SanctionListResponse },
        },
      },
      async (req) => {
        const actor = requireActor(req);
        const person = await recordPerson(req.ctx.db, req.params.id);
        authorize(actor, 'supervision.record.read', policyRecord(person));
        const rows = await listSanctionRows(req.ctx.db, person.id);
        const names = await accountNames(
          req.ctx.db,
          rows.flatMap((r) => [r.decidedBy, r.revokedBy]),
        );
        const alerts = await alertRefs(
          req.ctx.db,
          rows.flatMap((r) => r.alertIds),
        );
        return {
          data: rows.map((r) => presentSanction(r, names, alerts)),
          canWrite: recordAbilities(actor, policyRecord(person)).canWriteSanctions,
        };
      },
    );

    app.post(
      '/api/people/:id/sanctions',
      {
        schema: {
          tags,
          summary: '记录激励惩戒',
          description:
            'Records a decision about a person: its kind, the day it was decided, the reason, the supervision alerts about this person that led to it (each must be about the person and within your organisations) and any other source in words. The deciding account is the caller. Party office, org admin or branch secretary over the person; nobody records a decision about themselves.',
          params: IdParam,
          body: CreateSanctionRequest,
          response: { 201: SanctionResponse },
        },
      },
      async (req, reply) => {
        const actor = requireActor(req);
        const person = await recordPerson(req.ctx.db, req.params.id);
        authorize(actor, 'supervision.record.write', policyRecord(person));
        const { row, alerts } = await recordSanction(req.ctx, actor, person, req.body);
        const names = await accountNames(req.ctx.db, [row.decidedBy]);
        return reply.status(201).send({ data: presentSanction(row, names, alerts) });
      },
    );

    app.post(
      '/api/sanctions/:id/revoke',
      {
        schema: {
          tags,
          summary: '撤销激励惩戒记录',
          description:
            'Revokes a recorded decision with a reason. The record is kept and shown as revoked, with who revoked it and when. Party office, org admin or branch secretary over the person.',
          params: IdParam,
          body: RevokeRecordRequest,
          response: { 200: SanctionResponse },
        },
      },
      async (req) => {
        const actor = requireActor(req);
        const sanction = await findSanction(req.ctx.db, req.params.id);
        if (!sanction) throw new AppError('NOT_FOUND');
        const person = await recordPerson(req.ctx.db, sanction.personId);
        authorize(actor, 'supervision.record.write', policyRecord(person));
        const row = await revokeSanction(req.ctx, actor, person, sanction, req.body.reason);
        const names = await accountNames(req.ctx.db, [row.decidedBy, row.revokedBy]);
        return { data: presentSanction(row, names, await alertRefs(req.ctx.db, row.alertIds)) };
      },
    );

    await registerIntegrityRoutes(scope);
  });
}
