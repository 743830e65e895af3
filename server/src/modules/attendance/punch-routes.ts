import {
  AttendanceTodayResponse,
  IdParam,
  PunchDecisionInput,
  PunchInput,
  PunchListQuery,
  PunchListResponse,
  PunchResponse,
} from '@hongyun/contracts';
import { eq } from 'drizzle-orm';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { requireActor } from '../../core/auth/auth-hook.ts';
import { isWorkday } from '../../core/calendar/index.ts';
import { chinaDay } from '../../core/events/rollups.ts';
import { findOrg } from '../../core/org/index.ts';
import { people } from '../../core/people/schema.ts';
import { authorize, can, hasRole, scopeToOrgs } from '../../core/policy.ts';
import { appendAudit } from '../../platform/audit/chain.ts';
import { AppError } from '../../platform/errors.ts';
import { decidePunch } from './commands/decide-punch.ts';
import { recordPunch } from './commands/record-punch.ts';
import { AttendanceReaderRoles } from './policy.ts';
import { findPunch, listPunches, presentPunch, punchesOfDay, punchWhere } from './punches.ts';
import { retentionDays } from './retention.ts';
import { placesOnPath, windowsOnPath } from './setup.ts';

// The cadre's day on the phone and their punch; supervisors' lists, one punch with its position
// (for those allowed, each view audited) and decisions on outside and flagged punches.

const tags = ['attendance'];

/** X-Device-Time: the phone's clock when it sent the request (ISO 8601); anything else is ignored. */
function deviceTime(req: FastifyRequest): Date | null {
  const raw = req.headers['x-device-time'];
  if (typeof raw !== 'string' || raw.length > 40) return null;
  const t = Date.parse(raw);
  return Number.isFinite(t) ? new Date(t) : null;
}

export async function registerAttendancePunchRoutes(base: FastifyInstance): Promise<void> {
  const app = base.withTypeProvider<ZodTypeProvider>();

  const selfPerson = (req: FastifyRequest) => {
    const actor = requireActor(req);
    if (!actor.personId || actor.actingFor) throw new AppError('FORBIDDEN');
    return actor.personId;
  };

  app.get(
    '/api/attendance/today',
    {
      schema: {
        tags,
        summary: '今日考勤',
        description:
          "The caller's check-in day: the places and windows that apply to them, whether today is a working day, their punches so far, and how long positions are kept.",
        response: { 200: AttendanceTodayResponse },
      },
    },
    async (req) => {
      const personId = selfPerson(req);
      const day = chinaDay();
      const [person] = await req.ctx.db
        .select({ orgId: people.orgId, orgPath: people.orgPath })
        .from(people)
        .where(eq(people.id, personId));
      const path = person?.orgPath ?? '';
      const [org, places, { windows }, workday, punches] = await Promise.all([
        person?.orgId ? findOrg(req.ctx.db, person.orgId) : null,
        path ? placesOnPath(req.ctx.db, path) : [],
        windowsOnPath(req.ctx.db, path),
        isWorkday(req.ctx.db, day),
        punchesOfDay(req.ctx.db, personId, day),
      ]);
      return {
        data: {
          day,
          workday,
          orgId: org?.id ?? null,
          orgName: org?.name ?? null,
          places: places.map((p) => ({ id: p.id, orgId: p.orgId, orgName: p.orgName, name: p.name, shape: p.shape })),
          windows,
          punches: punches.map((p) => presentPunch(p, false)),
          privacy: { retentionDays: retentionDays() },
        },
      };
    },
  );

  app.post(
    '/api/attendance/punches',
    {
      schema: {
        tags,
        summary: '打卡（签到/签退）',
        description:
          "The caller's own punch, in person: position, accuracy and the phone's time of the press (a punch queued offline arrives later; X-Device-Time corrects a wrong phone clock). Judged against the windows and the nearest place; outside a place it waits for approval; signs of spoofing flag it for review. 201 for a new punch; a second press within a minute answers the first (200, repeated).",
        body: PunchInput,
        response: { 200: PunchResponse, 201: PunchResponse },
      },
    },
    async (req, reply) => {
      const personId = selfPerson(req);
      authorize(req.actor, 'attendance.punch', { personId });
      const { punch, repeated } = await recordPunch(req.ctx, personId, req.body, deviceTime(req));
      const found = await findPunch(req.ctx.db, punch.id);
      if (!found) throw new AppError('NOT_FOUND');
      return reply
        .code(repeated ? 200 : 201)
        .send({ data: presentPunch(found, false), ...(repeated ? { repeated } : {}) });
    },
  );

  app.get(
    '/api/attendance/punches',
    {
      schema: {
        tags,
        summary: '打卡记录',
        description:
          "Punches in an organisation's subtree, newest first; `pending=approval` lists outside punches awaiting approval, `pending=review` flagged ones. No positions here: open one punch to see its position.",
        querystring: PunchListQuery,
        response: { 200: PunchListResponse },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const org = await findOrg(req.ctx.db, req.query.orgId);
      if (!org || actor.actingFor || !hasRole(actor, AttendanceReaderRoles, org.path)) throw new AppError('NOT_FOUND');
      const where = punchWhere({
        roots: scopeToOrgs(actor, AttendanceReaderRoles),
        orgPath: org.path,
        from: req.query.from,
        to: req.query.to,
        pending: req.query.pending,
      });
      const { rows, total } = await listPunches(req.ctx.db, where, req.query);
      return {
        data: rows.map((r) => presentPunch(r, false)),
        page: req.query.page,
        pageSize: req.query.pageSize,
        total,
      };
    },
  );

  app.get(
    '/api/attendance/punches/:id',
    {
      schema: {
        tags,
        summary: '打卡详情',
        description:
          'One punch: the cadre reads their own (without the position); offices and org admins over it read it with its position, and each such view is written to the audit log.',
        params: IdParam,
        response: { 200: PunchResponse },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const found = await findPunch(req.ctx.db, req.params.id);
      if (!found) throw new AppError('NOT_FOUND');
      const record = { orgPath: found.orgPath, personId: found.punch.personId };
      const own = !actor.actingFor && actor.personId === found.punch.personId;
      if (!own) authorize(actor, 'attendance.read', { orgPath: found.orgPath });
      const withPosition = !own && can(actor, 'attendance.position.view', record);
      if (withPosition) {
        await appendAudit(req.ctx, {
          action: 'attendance.positions.viewed',
          targetType: 'person',
          targetId: found.punch.personId,
          orgId: found.punch.orgId,
          details: { punchIds: [found.punch.id] },
        });
      }
      return { data: presentPunch(found, withPosition) };
    },
  );

  app.post(
    '/api/attendance/punches/:id/decision',
    {
      schema: {
        tags,
        summary: '审批/核查打卡',
        description:
          'Approves or rejects an outside punch (kind approval), or clears or confirms a flagged one (kind review). Offices and org admins over the punch, never on their own; 409 ATTENDANCE_NOT_PENDING when nothing of that kind waits. Audited.',
        params: IdParam,
        body: PunchDecisionInput,
        response: { 200: PunchResponse },
      },
    },
    async (req) => {
      const found = await findPunch(req.ctx.db, req.params.id);
      if (!found) throw new AppError('NOT_FOUND');
      authorize(req.actor, 'attendance.punch.decide', { orgPath: found.orgPath, personId: found.punch.personId });
      await decidePunch(req.ctx, found.punch, req.body);
      const after = await findPunch(req.ctx.db, found.punch.id);
      if (!after) throw new AppError('NOT_FOUND');
      return { data: presentPunch(after, false) };
    },
  );
}
