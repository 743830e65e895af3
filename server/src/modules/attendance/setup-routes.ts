import {
  IdParam,
  OrgIdParam,
  PlaceInput,
  PlaceListQuery,
  PlaceListResponse,
  PlaceResponse,
  PlaceUpdate,
  WindowsInput,
  WindowsResponse,
} from '@hongyun/contracts';
import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { requireActor } from '../../core/auth/auth-hook.ts';
import { findOrg, type OrgRecord } from '../../core/org/index.ts';
import { orgs } from '../../core/org/schema.ts';
import { authorize, hasRole } from '../../core/policy.ts';
import { AppError } from '../../platform/errors.ts';
import { createPlace, deletePlace, setWindows, updatePlace } from './commands/save-setup.ts';
import { AttendanceReaderRoles } from './policy.ts';
import { attendancePlaces } from './schema.ts';
import { windowsOnPath } from './setup.ts';

// Setting up check-in: an organisation's places (a point and radius, or a polygon) and the windows
// of its day. Offices and org admins edit their subtree's (audited); those who read its attendance
// see them.

const tags = ['attendance'];
type PlaceRecord = typeof attendancePlaces.$inferSelect;

const presentPlace = (p: PlaceRecord, orgName: string) => ({
  id: p.id,
  orgId: p.orgId,
  orgName,
  name: p.name,
  shape: p.shape,
});

export async function registerAttendanceSetupRoutes(base: FastifyInstance): Promise<void> {
  const app = base.withTypeProvider<ZodTypeProvider>();

  /** The org when the caller reads attendance there (or manages it); 404 otherwise, like a missing one. */
  const readableOrg = async (req: FastifyRequest, id: number): Promise<OrgRecord> => {
    const actor = requireActor(req);
    const org = await findOrg(req.ctx.db, id);
    if (!org || actor.actingFor || !hasRole(actor, AttendanceReaderRoles, org.path)) throw new AppError('NOT_FOUND');
    return org;
  };
  const placeFor = async (req: FastifyRequest, id: string) => {
    const [row] = await req.ctx.db
      .select({ place: attendancePlaces, org: { id: orgs.id, path: orgs.path, name: orgs.name } })
      .from(attendancePlaces)
      .innerJoin(orgs, eq(orgs.id, attendancePlaces.orgId))
      .where(and(eq(attendancePlaces.id, id), isNull(attendancePlaces.deletedAt)));
    if (!row) throw new AppError('NOT_FOUND');
    authorize(req.actor, 'attendance.setup.manage', { orgPath: row.org.path });
    return row;
  };

  app.get(
    '/api/attendance/places',
    {
      schema: {
        tags,
        summary: '考勤地点',
        description:
          "The check-in places that apply to an organisation's members: its own and those of the organisations above it.",
        querystring: PlaceListQuery,
        response: { 200: PlaceListResponse },
      },
    },
    async (req) => {
      const org = await readableOrg(req, req.query.orgId);
      const ids = org.path.split('/').filter(Boolean).map(Number);
      const rows = await req.ctx.db
        .select({ place: attendancePlaces, orgName: orgs.name })
        .from(attendancePlaces)
        .innerJoin(orgs, eq(orgs.id, attendancePlaces.orgId))
        .where(and(inArray(attendancePlaces.orgId, ids), isNull(attendancePlaces.deletedAt)))
        .orderBy(orgs.depth, attendancePlaces.name);
      return { data: rows.map((r) => presentPlace(r.place, r.orgName)) };
    },
  );

  app.post(
    '/api/attendance/places',
    {
      schema: {
        tags,
        summary: '新建考勤地点',
        description: 'A check-in place of an organisation: a point with a radius (20–5,000 m) or a polygon. Audited.',
        body: PlaceInput,
        response: { 201: PlaceResponse },
      },
    },
    async (req, reply) => {
      const org = await findOrg(req.ctx.db, req.body.orgId);
      if (!org) throw new AppError('NOT_FOUND');
      authorize(req.actor, 'attendance.setup.manage', { orgPath: org.path });
      const row = await createPlace(req.ctx, org, req.body);
      return reply.code(201).send({ data: presentPlace(row, org.name) });
    },
  );

  app.put(
    '/api/attendance/places/:id',
    {
      schema: {
        tags,
        summary: '修改考勤地点',
        description: 'Renames or redraws a place; punches already judged keep their judgement. Audited.',
        params: IdParam,
        body: PlaceUpdate,
        response: { 200: PlaceResponse },
      },
    },
    async (req) => {
      const { place, org } = await placeFor(req, req.params.id);
      return { data: presentPlace(await updatePlace(req.ctx, place, req.body), org.name) };
    },
  );

  app.delete(
    '/api/attendance/places/:id',
    {
      schema: {
        tags,
        summary: '删除考勤地点',
        description: 'Removes a place (its punches keep its name). Audited.',
        params: IdParam,
      },
    },
    async (req, reply) => {
      const { place } = await placeFor(req, req.params.id);
      await deletePlace(req.ctx, place);
      return reply.code(204).send();
    },
  );

  app.get(
    '/api/orgs/:id/attendance-windows',
    {
      schema: {
        tags,
        summary: '考勤时段',
        description:
          "The windows of the day that apply to an organisation's members: its own, the nearest organisation's above it, or the platform's default (fromOrgId null).",
        params: OrgIdParam,
        response: { 200: WindowsResponse },
      },
    },
    async (req) => {
      const org = await readableOrg(req, req.params.id);
      const { windows, fromOrgId } = await windowsOnPath(req.ctx.db, org.path);
      const from = fromOrgId === null ? null : fromOrgId === org.id ? org : await findOrg(req.ctx.db, fromOrgId);
      return { data: { windows, fromOrgId, fromOrgName: from?.name ?? null } };
    },
  );

  app.put(
    '/api/orgs/:id/attendance-windows',
    {
      schema: {
        tags,
        summary: '设置考勤时段',
        description:
          'Sets the windows of the day for an organisation and the organisations below it that have none of their own (e.g. a morning check-in and an evening check-out). Audited.',
        params: OrgIdParam,
        body: WindowsInput,
        response: { 200: WindowsResponse },
      },
    },
    async (req) => {
      const org = await findOrg(req.ctx.db, req.params.id);
      if (!org) throw new AppError('NOT_FOUND');
      authorize(req.actor, 'attendance.setup.manage', { orgPath: org.path });
      await setWindows(req.ctx, org, req.body.windows);
      return { data: { windows: req.body.windows, fromOrgId: org.id, fromOrgName: org.name } };
    },
  );
}
