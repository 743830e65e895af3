import {
  LearningRankingResponse,
  LearningRecordResponse,
  LearningSettingsInput,
  LearningSettingsResponse,
  OrgIdParam,
  Paged,
  PageQuery,
  type PointAction,
  PointActionLabels,
  PointActionUnits,
  PointsLedgerEntry,
} from '@hongyun/contracts';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { requireActor } from '../../core/auth/auth-hook.ts';
import { findOrg, orgNamesByIds } from '../../core/org/index.ts';
import { authorize } from '../../core/policy.ts';
import type { DbOrTx } from '../../platform/db/client.ts';
import { AppError } from '../../platform/errors.ts';
import { chinaDay } from './facts.ts';
import { answerRate, personPlace, pointsAndHours, pointsLedger, rankingPlaces } from './record.ts';
import {
  type EffectiveSettings,
  effectiveSettings,
  hoursTargetOf,
  isLeaderPosition,
  setLearningSettings,
} from './settings.ts';

// A member's own learning record (points, answer rate, study hours) and the learning settings
// of an org (point rules, rankings switch, study-hour targets).

const hours = (seconds: number) => Math.round(seconds / 360) / 10;
const labelOf = (action: string, lang: 'zh' | 'en') => PointActionLabels[action as PointAction]?.[lang] ?? action;

export async function registerRecordRoutes(base: FastifyInstance): Promise<void> {
  const app = base.withTypeProvider<ZodTypeProvider>();

  /** The member whose record this is: the caller, or the member a delegate acts for. */
  const member = async (req: FastifyRequest) => {
    const actor = requireActor(req);
    const personId = actor.actingFor?.personId ?? actor.personId;
    const person = personId ? await personPlace(req.ctx.db, personId) : null;
    if (!person) throw new AppError('LEARNING_NOT_A_MEMBER');
    authorize(actor, 'learning.record.read', { orgPath: person.orgPath, personId: person.id });
    return person;
  };

  app.get(
    '/api/learning/me',
    {
      schema: {
        tags: ['learning'],
        summary: '我的学习记录',
        description:
          "The caller's learning record (a delegate's: the member's): points in all, this year and today with today's points by rule and cap, study hours this year against the annual target by source, the daily quiz answer rate this month and this year so far over working days, and the last day studied.",
        response: { 200: LearningRecordResponse },
      },
    },
    async (req) => {
      const person = await member(req);
      const db = req.ctx.db;
      const lang = req.ctx.lang;
      const today = chinaDay(new Date());
      const [settings, p, month, year] = await Promise.all([
        effectiveSettings(db, person.orgPath),
        pointsAndHours(db, person.id, today),
        answerRate(db, person.id, `${today.slice(0, 7)}-01`, today),
        answerRate(db, person.id, `${today.slice(0, 4)}-01-01`, today),
      ]);
      return {
        data: {
          personId: person.id,
          personName: person.name,
          today,
          points: { total: p.total, today: p.today, thisYear: p.thisYear },
          todayByRule: settings.pointRules.map((r) => {
            const earned = p.todayByAction.get(r.action) ?? 0;
            return {
              action: r.action,
              label: PointActionLabels[r.action][lang],
              unit: PointActionUnits[r.action][lang],
              points: r.points,
              earned,
              dailyCap: r.dailyCap,
              isCapReached: r.dailyCap !== null && earned >= r.dailyCap,
              isEnabled: r.isEnabled,
            };
          }),
          studyHours: {
            year: p.year,
            hours: hours(p.seconds.read + p.seconds.watch + p.seconds.other),
            targetHours: hoursTargetOf(settings, person.position),
            isLeaderTarget: isLeaderPosition(person.position),
            bySource: {
              reading: hours(p.seconds.read),
              watching: hours(p.seconds.watch),
              other: hours(p.seconds.other),
            },
          },
          answerRate: { month, year },
          lastStudiedOn: p.lastStudiedOn,
          rankingsEnabled: settings.rankingsEnabled,
        },
      };
    },
  );

  app.get(
    '/api/learning/me/points',
    {
      schema: {
        tags: ['learning'],
        summary: '我的积分明细',
        description:
          "The caller's (or the acted-for member's) points ledger, newest first, each award with its rule's label and whether a relative earned it acting for the member.",
        querystring: PageQuery,
        response: { 200: Paged(PointsLedgerEntry) },
      },
    },
    async (req) => {
      const person = await member(req);
      const { page, pageSize } = req.query;
      const { rows, total } = await pointsLedger(req.ctx.db, person.id, page, pageSize);
      return {
        data: rows.map((r) => ({
          id: r.id,
          day: r.day,
          action: r.action,
          label: labelOf(r.action, req.ctx.lang),
          points: r.points,
          isDelegated: r.isDelegated,
          createdAt: r.createdAt.toISOString(),
        })),
        page,
        pageSize,
        total,
      };
    },
  );

  app.get(
    '/api/learning/me/ranking',
    {
      schema: {
        tags: ['learning'],
        summary: '我的积分排名',
        description:
          "The caller's place by this year's points among the people of their branch and of the party committee above it (township). Refused with LEARNING_RANKINGS_OFF where the org's settings switched personal rankings off.",
        response: { 200: LearningRankingResponse },
      },
    },
    async (req) => {
      const person = await member(req);
      const settings = await effectiveSettings(req.ctx.db, person.orgPath);
      if (!settings.rankingsEnabled) throw new AppError('LEARNING_RANKINGS_OFF');
      return { data: await rankingPlaces(req.ctx.db, person, Number(chinaDay(new Date()).slice(0, 4))) };
    },
  );

  const loadOrg = async (db: DbOrTx, id: number) => {
    const org = await findOrg(db, id);
    if (!org) throw new AppError('NOT_FOUND');
    return org;
  };
  const present = async (ctx: FastifyRequest['ctx'], orgId: number, s: EffectiveSettings) => {
    const lang = ctx.lang;
    const from = s.fromOrgId === null ? null : (await orgNamesByIds(ctx, [s.fromOrgId])).get(s.fromOrgId);
    return {
      orgId,
      isOwn: s.fromOrgId === orgId,
      fromOrg: s.fromOrgId === null ? null : { id: s.fromOrgId, name: from ?? '' },
      pointRules: s.pointRules.map((r) => ({
        ...r,
        label: PointActionLabels[r.action][lang],
        unit: PointActionUnits[r.action][lang],
      })),
      rankingsEnabled: s.rankingsEnabled,
      memberHoursTarget: s.memberHoursTarget,
      leaderHoursTarget: s.leaderHoursTarget,
      updatedAt: s.updatedAt ? s.updatedAt.toISOString() : null,
    };
  };

  app.get(
    '/api/orgs/:id/learning-settings',
    {
      schema: {
        tags: ['learning'],
        summary: '学习积分与学时设置',
        description:
          "The learning settings that apply at the org: point rules with daily caps, whether personal rankings are shown, and the annual study-hour targets; the org's own, else the nearest org above's (fromOrg), else the defaults (学习强国's 2019 rules, 32 and 56 hours). Org admin or party office over the org.",
        params: OrgIdParam,
        response: { 200: LearningSettingsResponse },
      },
    },
    async (req) => {
      const org = await loadOrg(req.ctx.db, req.params.id);
      authorize(req.actor, 'learning.settings.read', { orgPath: org.path });
      return { data: await present(req.ctx, org.id, await effectiveSettings(req.ctx.db, org.path)) };
    },
  );

  app.put(
    '/api/orgs/:id/learning-settings',
    {
      schema: {
        tags: ['learning'],
        summary: '设置学习积分与学时',
        description:
          'Sets the learning settings of the org and its subtree: point rules (an action left out keeps its default), the personal rankings switch, and the study-hour targets of members and of branch secretaries and committee members. Org admin or party office over the org; audited.',
        params: OrgIdParam,
        body: LearningSettingsInput,
        response: { 200: LearningSettingsResponse },
      },
    },
    async (req) => {
      const org = await loadOrg(req.ctx.db, req.params.id);
      authorize(req.actor, 'learning.settings.update', { orgPath: org.path });
      const saved = await setLearningSettings(req.ctx, org, req.body);
      return { data: await present(req.ctx, org.id, saved) };
    },
  );
}
