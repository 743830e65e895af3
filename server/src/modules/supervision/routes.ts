import {
  IdParam,
  RunRuleRequest,
  RunRuleResponse,
  SupervisionMetricListResponse,
  SupervisionRuleInput,
  SupervisionRuleListQuery,
  SupervisionRuleListResponse,
  SupervisionRuleResponse,
} from '@hongyun/contracts';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { requireActor } from '../../core/auth/auth-hook.ts';
import { isWorkday } from '../../core/calendar/index.ts';
import { chinaDay } from '../../core/events/rollups.ts';
import { atAnyGrant } from '../../core/kernel/index.ts';
import { findOrg } from '../../core/org/index.ts';
import { authorize, can, hasRole, scopeToOrgs } from '../../core/policy.ts';
import { appendAudit } from '../../platform/audit/chain.ts';
import type { DbOrTx } from '../../platform/db/client.ts';
import { AppError } from '../../platform/errors.ts';
import { createRule, deleteRule, updateRule } from './commands/save-rule.ts';
import { addDays } from './evaluate/days.ts';
import { evaluateRule } from './evaluate/run-rule.ts';
import { listMetrics } from './metrics.ts';
import { AlertReaderRoles } from './policy.ts';
import { ensureBuiltInRules } from './rules/built-in.ts';
import { findRule, listRules, presentRules, type RuleRow } from './rules/queries.ts';

// Warning rules: the metrics they may watch, the rules that watch the caller's subtree (its own and
// those of the organisations above it), editing them (offices and org admins at the rule's level,
// audited) and running one now.

/** The last working day that has ended (China time): what "run now" evaluates by default. */
async function lastEndedWorkday(db: DbOrTx): Promise<string> {
  let day = addDays(chinaDay(), -1);
  for (let i = 0; i < 40 && !(await isWorkday(db, day)); i++) day = addDays(day, -1);
  return day;
}

export async function registerSupervisionRoutes(base: FastifyInstance): Promise<void> {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const tags = ['supervision'];
  const readerRoots = (req: FastifyRequest) => {
    const actor = requireActor(req);
    return actor.actingFor ? [] : scopeToOrgs(actor, AlertReaderRoles);
  };
  const one = async (req: FastifyRequest, row: RuleRow) => {
    const [data] = await presentRules(req.ctx, requireActor(req), [row], readerRoots(req));
    if (!data) throw new AppError('NOT_FOUND');
    return { data };
  };
  const ruleFor = async (
    req: FastifyRequest,
    id: string,
    action: 'supervision.rule.read' | 'supervision.rule.manage',
  ) => {
    const rule = await findRule(req.ctx.db, id);
    if (!rule) throw new AppError('NOT_FOUND');
    // A rule of an organisation above the caller's reach is readable when it watches their people.
    const roots = readerRoots(req);
    const reaches = roots.some((r) => r.startsWith(rule.orgPath) || rule.orgPath.startsWith(r));
    if (action === 'supervision.rule.read' && reaches) return rule;
    // Readable but not theirs to manage: a refusal, not a 404 (they can see the rule exists).
    if (reaches && !can(requireActor(req), action, { orgPath: rule.orgPath })) throw new AppError('FORBIDDEN');
    authorize(req.actor, action, { orgPath: rule.orgPath });
    return rule;
  };

  app.get(
    '/api/supervision/metrics',
    {
      schema: {
        tags,
        summary: '可监督的指标',
        description: 'The behaviour metrics rules may watch, as the installed modules declare them.',
        response: { 200: SupervisionMetricListResponse },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      if (!atAnyGrant(actor, 'supervision.rule.read')) throw new AppError('FORBIDDEN');
      return { data: listMetrics(req.ctx.lang) };
    },
  );

  app.get(
    '/api/supervision/rules',
    {
      schema: {
        tags,
        summary: '预警规则',
        description:
          "The rules that watch the caller's subtrees: those of organisations within them and those of the organisations above (read-only unless the caller manages them: `canEdit`). `orgId` narrows to the rules that watch that organisation. `openAlerts` counts only alerts within the caller's subtrees.",
        querystring: SupervisionRuleListQuery,
        response: { 200: SupervisionRuleListResponse },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      let roots = readerRoots(req);
      if (roots.length === 0 && !atAnyGrant(actor, 'supervision.rule.read')) throw new AppError('FORBIDDEN');
      await ensureBuiltInRules(req.ctx.db);
      if (req.query.orgId !== undefined) {
        const org = await findOrg(req.ctx.db, req.query.orgId);
        if (!org || !hasRole(actor, AlertReaderRoles, org.path) || actor.actingFor) throw new AppError('NOT_FOUND');
        roots = [org.path];
      }
      const { rows, total } = await listRules(req.ctx.db, roots, req.query);
      return {
        data: await presentRules(req.ctx, actor, rows, readerRoots(req)),
        page: req.query.page,
        pageSize: req.query.pageSize,
        total,
      };
    },
  );

  app.post(
    '/api/supervision/rules',
    {
      schema: {
        tags,
        summary: '新建预警规则',
        description:
          "A warning rule for an organisation's subtree: population, metric (from /api/supervision/metrics), condition, whom it tells, severity. Party office or org admin over the org; audited. An unknown metric is 400 SUPERVISION_UNKNOWN_METRIC; an office that is not the rule's org or above it 400 SUPERVISION_OFFICE_NOT_ABOVE.",
        body: SupervisionRuleInput,
        response: { 200: SupervisionRuleResponse },
      },
    },
    async (req) => {
      const org = await findOrg(req.ctx.db, req.body.orgId);
      if (!org) throw new AppError('NOT_FOUND');
      authorize(req.actor, 'supervision.rule.manage', { orgPath: org.path });
      return one(req, await createRule(req.ctx, org, req.body));
    },
  );

  app.get(
    '/api/supervision/rules/:id',
    {
      schema: {
        tags,
        summary: '预警规则详情',
        description:
          'One rule, also one of an organisation above the caller that watches their people (read-only there).',
        params: IdParam,
        response: { 200: SupervisionRuleResponse },
      },
    },
    async (req) => one(req, await ruleFor(req, req.params.id, 'supervision.rule.read')),
  );

  app.put(
    '/api/supervision/rules/:id',
    {
      schema: {
        tags,
        summary: '修改预警规则',
        description:
          'Replaces the rule (the built-in rule stays with its root organisation). Audited with the fields changed.',
        params: IdParam,
        body: SupervisionRuleInput,
        response: { 200: SupervisionRuleResponse },
      },
    },
    async (req) => {
      const rule = await ruleFor(req, req.params.id, 'supervision.rule.manage');
      const org = await findOrg(req.ctx.db, req.body.orgId);
      if (!org) throw new AppError('NOT_FOUND');
      authorize(req.actor, 'supervision.rule.manage', { orgPath: org.path });
      return one(req, await updateRule(req.ctx, rule, org, req.body));
    },
  );

  app.delete(
    '/api/supervision/rules/:id',
    {
      schema: {
        tags,
        summary: '删除预警规则',
        description:
          'Deletes a rule (its alerts stay). The built-in rule is 409 SUPERVISION_BUILT_IN_RULE: switch it off instead.',
        params: IdParam,
      },
    },
    async (req, reply) => {
      const rule = await ruleFor(req, req.params.id, 'supervision.rule.manage');
      await deleteRule(req.ctx, rule);
      return reply.code(204).send();
    },
  );

  app.post(
    '/api/supervision/rules/:id/run',
    {
      schema: {
        tags,
        summary: '立即运行规则',
        description:
          'Evaluates the rule now for `day` (default: the last working day that has ended, China time). On a day off nothing is evaluated (`isWorkday: false`). Running the same day again raises nothing new. Audited.',
        params: IdParam,
        body: RunRuleRequest,
        response: { 200: RunRuleResponse },
      },
    },
    async (req) => {
      const rule = await ruleFor(req, req.params.id, 'supervision.rule.manage');
      const day = req.body.day ?? (await lastEndedWorkday(req.ctx.db));
      if (day > chinaDay()) throw new AppError('SUPERVISION_DAY_IN_FUTURE');
      const result = await evaluateRule(req.ctx, rule, day);
      await req.ctx.db.transaction((tx) =>
        appendAudit(
          { ...req.ctx, db: tx },
          {
            action: 'supervision.rule.run',
            targetType: 'supervision_rule',
            targetId: rule.id,
            orgId: rule.orgId,
            details: { name: rule.name, day, raised: result.raised, escalated: result.escalated },
          },
        ),
      );
      return { data: result };
    },
  );
}
