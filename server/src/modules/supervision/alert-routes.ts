import {
  AlertListQuery,
  AlertListResponse,
  AlertResponse,
  CloseAlertRequest,
  ExplainAlertRequest,
  IdParam,
} from '@hongyun/contracts';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { requireActor } from '../../core/auth/auth-hook.ts';
import { findOrg, orgNamesByIds } from '../../core/org/index.ts';
import { authorize, hasRole, scopeToOrgs } from '../../core/policy.ts';
import { AppError } from '../../platform/errors.ts';
import { presentAlert } from './alerts/presenter.ts';
import { type AlertAudience, type AlertRow, alertFilter, findAlert, listAlerts } from './alerts/queries.ts';
import { closeAlert, explainAlert, markAlertSeen } from './commands/alert-lifecycle.ts';
import { AlertReaderRoles } from './policy.ts';

// Alerts: the lists of those who watch a subtree and of the person an alert is about ("mine"),
// one alert with its explanation, and its steps: seen, explained, closed with an outcome.

export async function registerAlertRoutes(base: FastifyInstance): Promise<void> {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const tags = ['supervision'];

  const load = async (
    req: FastifyRequest,
    id: string,
    action: 'supervision.alert.read' | 'supervision.alert.explain' | 'supervision.alert.close',
  ) => {
    const row = await findAlert(req.ctx.db, id);
    if (!row) throw new AppError('NOT_FOUND');
    // Reading decides what is hidden: a manager outside the subtree gets the same 404 as for nothing.
    authorize(req.actor, 'supervision.alert.read', { orgPath: row.alert.orgPath, personId: row.alert.personId });
    if (action !== 'supervision.alert.read')
      authorize(req.actor, action, { orgPath: row.alert.orgPath, personId: row.alert.personId });
    return row;
  };
  const one = async (req: FastifyRequest, id: string) => {
    const row = (await findAlert(req.ctx.db, id)) as AlertRow;
    const names = await orgNamesByIds(req.ctx, [row.alert.orgId]);
    return { data: presentAlert(row, names.get(row.alert.orgId) ?? '', requireActor(req), req.ctx.lang) };
  };

  app.get(
    '/api/supervision/alerts',
    {
      schema: {
        tags,
        summary: '预警列表',
        description:
          "`scope=managed` (default): alerts on people within the subtrees the caller watches (party office, org admin, command centre, unit party head); `orgId` narrows to one organisation's subtree. `scope=mine`: the caller's own alerts (the person watched). Unclosed first, newest first.",
        querystring: AlertListQuery,
        response: { 200: AlertListResponse },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const q = req.query;
      let audience: AlertAudience;
      let orgPath: string | undefined;
      if (q.scope === 'mine') {
        audience = { personId: actor.actingFor ? null : actor.personId };
      } else {
        const roots = actor.actingFor ? [] : scopeToOrgs(actor, AlertReaderRoles);
        if (roots.length === 0) throw new AppError('FORBIDDEN');
        audience = { roots };
        if (q.orgId !== undefined) {
          const org = await findOrg(req.ctx.db, q.orgId);
          if (!org || !hasRole(actor, AlertReaderRoles, org.path)) throw new AppError('NOT_FOUND');
          orgPath = org.path;
        }
      }
      const { rows, total } = await listAlerts(req.ctx.db, alertFilter(audience, q, orgPath), q);
      const names = await orgNamesByIds(req.ctx, [...new Set(rows.map((r) => r.alert.orgId))]);
      return {
        data: rows.map((r) => presentAlert(r, names.get(r.alert.orgId) ?? '', actor, req.ctx.lang)),
        page: q.page,
        pageSize: q.pageSize,
        total,
      };
    },
  );

  app.get(
    '/api/supervision/alerts/:id',
    {
      schema: {
        tags,
        summary: '预警详情',
        description:
          'One alert with its explanation: the rule in words, the working days it counted, the days missed and excused, the last day the metric was met.',
        params: IdParam,
        response: { 200: AlertResponse },
      },
    },
    async (req) => {
      await load(req, req.params.id, 'supervision.alert.read');
      return one(req, req.params.id);
    },
  );

  app.post(
    '/api/supervision/alerts/:id/seen',
    {
      schema: {
        tags,
        summary: '标记预警已查看',
        description: 'A manager opened the alert: open → seen (once; the person reading their own changes nothing).',
        params: IdParam,
        response: { 200: AlertResponse },
      },
    },
    async (req) => {
      const row = await load(req, req.params.id, 'supervision.alert.read');
      await markAlertSeen(req.ctx, row);
      return one(req, req.params.id);
    },
  );

  app.post(
    '/api/supervision/alerts/:id/explanation',
    {
      schema: {
        tags,
        summary: '说明情况',
        description:
          'The person the alert is about explains (leave, travel, sickness…); again until it is closed (then 409 SUPERVISION_ALERT_CLOSED). The person only, in person.',
        params: IdParam,
        body: ExplainAlertRequest,
        response: { 200: AlertResponse },
      },
    },
    async (req) => {
      const row = await load(req, req.params.id, 'supervision.alert.explain');
      await explainAlert(req.ctx, row, req.body.explanation);
      return one(req, req.params.id);
    },
  );

  app.post(
    '/api/supervision/alerts/:id/close',
    {
      schema: {
        tags,
        summary: '办结预警',
        description:
          "Closes the alert with an outcome: reminded, talk arranged (约谈), no action, or false alarm (a note is required; the alert's missed days are then excused from every rule's count). Unit party head, party office or org admin over the person's org; never the person themselves.",
        params: IdParam,
        body: CloseAlertRequest,
        response: { 200: AlertResponse },
      },
    },
    async (req) => {
      const row = await load(req, req.params.id, 'supervision.alert.close');
      await closeAlert(req.ctx, row, req.body.outcome, req.body.note);
      return one(req, req.params.id);
    },
  );
}
