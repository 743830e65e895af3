import multipart from '@fastify/multipart';
import {
  CreateIntegrityItemRequest,
  IdParam,
  IntegrityItemListResponse,
  IntegrityItemResponse,
  RecordLimits,
  RevokeRecordRequest,
} from '@hongyun/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { requireActor } from '../../../core/auth/auth-hook.ts';
import type { Actor } from '../../../core/context.ts';
import { authorize } from '../../../core/policy.ts';
import { appendAudit } from '../../../platform/audit/chain.ts';
import type { Ctx } from '../../../platform/context.ts';
import { AppError } from '../../../platform/errors.ts';
import { idempotencyKeyOf } from '../../../platform/http/idempotency.ts';
import { answerUpload, saveUploadPart, uploadPart } from '../../../platform/http/upload.ts';
import { attachEvidence, evidenceName, evidenceType } from './commands/attach-evidence.ts';
import { recordIntegrityItem, revokeIntegrityItem } from './commands/record-integrity-item.ts';
import { recordAbilities } from './policy.ts';
import { presentIntegrityItem } from './presenter.ts';
import {
  accountNames,
  findIntegrityItem,
  type IntegrityWithEvidence,
  isLeadingCadre,
  listIntegrityRows,
  policyRecord,
  type RecordPerson,
  recordPerson,
} from './queries.ts';

// A leading cadre's personal integrity record (领导干部个人诚信档案). Only the party-building office
// and org admins over the cadre read or write it (policy.ts); every read — the list and each
// evidence file — is written to the audit chain before anything is answered, so no read goes
// unrecorded. Anyone else over the cadre is refused (403) without a count; outside the caller's
// subtrees the cadre does not exist (404).

const tags = ['supervision'];

/** Appends a read to the audit chain in a transaction of its own: the answer waits for it. */
const auditRead = (ctx: Ctx, input: Parameters<typeof appendAudit>[1]) =>
  ctx.db.transaction((tx) => appendAudit({ ...ctx, db: tx }, input));

/** The item and its cadre, authorised for `action`; a missing item is the same NOT_FOUND. */
async function loadItem(
  ctx: Ctx,
  actor: Actor,
  id: string,
  action: 'supervision.integrity.read' | 'supervision.integrity.write',
): Promise<{ found: IntegrityWithEvidence; person: RecordPerson }> {
  const found = await findIntegrityItem(ctx.db, id);
  if (!found) throw new AppError('NOT_FOUND');
  const person = await recordPerson(ctx.db, found.item.personId);
  authorize(actor, action, policyRecord(person));
  return { found, person };
}

const present = async (ctx: Ctx, rows: IntegrityWithEvidence[]) => {
  const names = await accountNames(
    ctx.db,
    rows.flatMap((r) => [r.item.recordedBy, r.item.revokedBy]),
  );
  return rows.map((r) => presentIntegrityItem(r, names));
};
const presentOne = async (ctx: Ctx, row: IntegrityWithEvidence) => {
  const names = await accountNames(ctx.db, [row.item.recordedBy, row.item.revokedBy]);
  return presentIntegrityItem(row, names);
};

export async function registerIntegrityRoutes(scope: FastifyInstance): Promise<void> {
  await scope.register(multipart, {
    limits: { fileSize: RecordLimits.evidenceMaxBytes, files: 1, fields: 0, parts: 1 },
  });
  const app = scope.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/api/people/:id/integrity-items',
    {
      schema: {
        tags,
        summary: '领导干部个人诚信档案',
        description:
          "A leading cadre's integrity items, newest first, revoked ones included and marked. Party office or org admin over the cadre only (not the unit head, not the cadre); each read is audited.",
        params: IdParam,
        response: { 200: IntegrityItemListResponse },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const person = await recordPerson(req.ctx.db, req.params.id);
      authorize(actor, 'supervision.integrity.read', policyRecord(person));
      const rows = await listIntegrityRows(req.ctx.db, person.id);
      await auditRead(req.ctx, {
        action: 'supervision.integrity.read',
        targetType: 'person',
        targetId: person.id,
        orgId: person.orgId,
        details: { rows: rows.length },
      });
      const leading = isLeadingCadre(person);
      return {
        data: await present(req.ctx, rows),
        canWrite: leading && recordAbilities(actor, policyRecord(person)).canWriteIntegrity,
        isLeadingCadre: leading,
      };
    },
  );

  app.post(
    '/api/people/:id/integrity-items',
    {
      schema: {
        tags,
        summary: '登记诚信记录',
        description:
          'Records an integrity item of a leading cadre (county rank and above): its kind, the day, the source and a description; the evidence file is attached afterwards (POST /api/integrity-items/:id/evidence). Party office or org admin over the cadre; audited.',
        params: IdParam,
        body: CreateIntegrityItemRequest,
        response: { 201: IntegrityItemResponse },
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const person = await recordPerson(req.ctx.db, req.params.id);
      authorize(actor, 'supervision.integrity.write', policyRecord(person));
      const item = await recordIntegrityItem(req.ctx, actor, person, req.body);
      return reply.status(201).send({ data: await presentOne(req.ctx, { item, evidence: null }) });
    },
  );

  app.post(
    '/api/integrity-items/:id/evidence',
    {
      config: { isIdempotent: 'in-handler' },
      schema: {
        tags,
        summary: '上传诚信证明材料',
        description:
          'Attaches the evidence file (multipart part "file": PDF, JPEG or PNG, recognised by its bytes, up to 20 MB) to an integrity item that has none. The bytes are kept as sent and served only through GET /api/integrity-items/:id/evidence. Party office or org admin over the cadre; audited.',
        params: IdParam,
        consumes: ['multipart/form-data'],
        response: { 201: IntegrityItemResponse },
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const key = idempotencyKeyOf(req); // a malformed key is refused before anything runs
      const { found, person } = await loadItem(req.ctx, actor, req.params.id, 'supervision.integrity.write');
      // A retry of a stored upload replays below; only a fresh attempt is refused up front.
      if (!key && found.item.revokedAt) throw new AppError('SUPERVISION_RECORD_REVOKED');
      if (!key && found.item.evidenceFileId) throw new AppError('SUPERVISION_EVIDENCE_PRESENT');
      const part = await uploadPart(req);
      const saved = await saveUploadPart(req.ctx.files, part, {
        maxBytes: RecordLimits.evidenceMaxBytes,
        keyKind: 'evidence',
      });
      const contentType = await evidenceType(req.ctx.files, saved);
      const name = evidenceName(part);
      return answerUpload(req.ctx, req, reply, {
        key,
        saved,
        identity: `${saved.sha256}\n${found.item.id}`,
        record: async (ctx) => {
          const evidence = await attachEvidence(ctx, actor, person, found.item, { ...saved, contentType, name });
          const item = { ...found.item, evidenceFileId: evidence.id };
          return { data: await presentOne(ctx, { item, evidence }) };
        },
      });
    },
  );

  app.get(
    '/api/integrity-items/:id/evidence',
    {
      schema: {
        tags,
        summary: '查看诚信证明材料',
        description:
          'The evidence file of an integrity item, inline (a PDF or a picture), never cached. Party office or org admin over the cadre; each opening is audited. An item without evidence answers 404.',
        params: IdParam,
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const { found, person } = await loadItem(req.ctx, actor, req.params.id, 'supervision.integrity.read');
      const evidence = found.evidence;
      if (!evidence) throw new AppError('NOT_FOUND');
      await auditRead(req.ctx, {
        action: 'supervision.integrity.evidence_read',
        targetType: 'person',
        targetId: person.id,
        orgId: person.orgId,
        details: { itemId: found.item.id, name: evidence.displayName, sha256: evidence.sha256 },
      });
      // The type was told by the bytes at upload and goes out with nosniff: the browser shows a PDF or
      // a picture, never a page of its own making. Not cached: each opening comes here and is audited.
      const ascii = evidence.displayName.replace(/[^\x20-\x7e]|["\\]/g, '_');
      return reply
        .header('content-type', evidence.contentType)
        .header('content-length', String(evidence.sizeBytes))
        .header('cache-control', 'private, no-store')
        .header('x-content-type-options', 'nosniff')
        .header(
          'content-disposition',
          `inline; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(evidence.displayName)}`,
        )
        .send(req.ctx.files.open(evidence.storageKey));
    },
  );

  app.post(
    '/api/integrity-items/:id/revoke',
    {
      schema: {
        tags,
        summary: '撤销诚信记录',
        description:
          'Revokes an integrity item with a reason; it is kept and shown as revoked. Party office or org admin over the cadre; audited.',
        params: IdParam,
        body: RevokeRecordRequest,
        response: { 200: IntegrityItemResponse },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const { found, person } = await loadItem(req.ctx, actor, req.params.id, 'supervision.integrity.write');
      const item = await revokeIntegrityItem(req.ctx, actor, person, found.item, req.body.reason);
      return { data: await presentOne(req.ctx, { item, evidence: found.evidence }) };
    },
  );
}
