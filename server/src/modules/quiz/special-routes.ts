// Special quizzes (专项答题): the office's routes (list, define, edit, publish, close, results per org
// and per person) and the member's start of an attempt. Another subtree's quiz answers exactly like
// a missing one; results count only papers and people within the caller's subtrees.
import {
  CreateSpecialQuizInput,
  IdParam,
  JobResponse,
  QuizPaperResponse,
  SpecialQuizListResponse,
  SpecialQuizPeopleQuery,
  SpecialQuizPeopleResponse,
  SpecialQuizResponse,
  SpecialQuizResultsResponse,
  UpdateSpecialQuizInput,
} from '@hongyun/contracts';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { requireActor } from '../../core/auth/auth-hook.ts';
import { presentJob } from '../../core/jobs/index.ts';
import { findOrg, orgNamesByIds } from '../../core/org/index.ts';
import { authorize, scopeToOrgs } from '../../core/policy.ts';
import { AppError } from '../../platform/errors.ts';
import { startJob } from '../../platform/jobs/runner.ts';
import { createSpecialQuiz, setSpecialQuizStatus, updateSpecialQuiz } from './commands/save-special-quiz.ts';
import { startSpecialAttempt } from './commands/start-special-attempt.ts';
import { QUIZ_RESULTS_EXPORT } from './jobs/export-results.ts';
import { rememberPaper } from './paper-cache.ts';
import { QuizManagerRoles } from './policy.ts';
import { presentPaper } from './presenter.ts';
import {
  findSpecialQuiz,
  isInAudience,
  listSpecialQuizzes,
  loadTaker,
  type SpecialQuizRow,
  specialPeople,
  specialResults,
} from './special-queries.ts';

const present = (q: SpecialQuizRow, names: Map<number, string>) => ({
  id: q.id,
  orgId: q.orgId,
  orgName: names.get(q.orgId) ?? '',
  title: q.title,
  description: q.description,
  status: q.status,
  opensAt: q.opensAt.toISOString(),
  closesAt: q.closesAt.toISOString(),
  timeLimitMinutes: q.timeLimitMinutes,
  questionCount: q.questionCount,
  categoryMix: q.categoryMix,
  difficultyMix: q.difficultyMix,
  questionIds: q.questionIds,
  tags: q.tags,
  passMark: q.passMark,
  attemptsAllowed: q.attemptsAllowed,
  audienceRoles: q.audienceRoles,
  audienceCadreRanks: q.audienceCadreRanks,
  createdAt: q.createdAt.toISOString(),
  publishedAt: q.publishedAt?.toISOString() ?? null,
  closedAt: q.closedAt?.toISOString() ?? null,
});

export async function registerSpecialQuizRoutes(base: FastifyInstance): Promise<void> {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const one = async (req: FastifyRequest, q: SpecialQuizRow) => ({
    data: present(q, await orgNamesByIds(req.ctx, [q.orgId])),
  });
  /** The quiz, for an office over its org (else 404 like a missing one, or 403 within reach). */
  const managed = async (req: FastifyRequest, id: string) => {
    const q = await findSpecialQuiz(req.ctx.db, id);
    if (!q) throw new AppError('NOT_FOUND');
    authorize(req.actor, 'quiz.special.manage', { orgPath: q.orgPath });
    return q;
  };
  const tags = ['quiz'];

  app.get(
    '/api/special-quizzes',
    {
      schema: {
        tags,
        summary: '专项答题列表',
        description: 'The special quizzes of the organisations the caller manages quizzes for (newest window first).',
        response: { 200: SpecialQuizListResponse },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const rows = await listSpecialQuizzes(req.ctx.db, actor.actingFor ? [] : scopeToOrgs(actor, QuizManagerRoles));
      const names = await orgNamesByIds(req.ctx, [...new Set(rows.map((r) => r.orgId))]);
      return { data: rows.map((r) => present(r, names)) };
    },
  );

  app.post(
    '/api/special-quizzes',
    {
      schema: {
        tags,
        summary: '新建专项答题',
        description:
          "Defines a special quiz (a draft) for the org's subtree: window, time limit per attempt, how questions are drawn (the mixes, optionally only among enabled questions having any of `tags`, or a fixed list of bank questions), pass mark, attempts, audience. With tags, fewer such questions than questionCount is a 422 SPECIAL_QUIZ_POOL_TOO_SMALL (details: available, required). Org admin or party office over the org; audited.",
        body: CreateSpecialQuizInput,
        response: { 200: SpecialQuizResponse },
      },
    },
    async (req) => {
      const org = await findOrg(req.ctx.db, req.body.orgId);
      if (!org) throw new AppError('NOT_FOUND');
      authorize(req.actor, 'quiz.special.manage', { orgPath: org.path });
      return one(req, await createSpecialQuiz(req.ctx, org, req.body));
    },
  );

  app.get(
    '/api/special-quizzes/:id',
    {
      schema: {
        tags,
        summary: '专项答题详情',
        description: 'A special quiz as its office defined it.',
        params: IdParam,
        response: { 200: SpecialQuizResponse },
      },
    },
    async (req) => one(req, await managed(req, req.params.id)),
  );

  app.put(
    '/api/special-quizzes/:id',
    {
      schema: {
        tags,
        summary: '修改专项答题',
        description:
          'Replaces a draft special quiz’s definition (a published quiz is not edited: its papers must all be drawn alike). With tags, too few tagged questions is a 422 SPECIAL_QUIZ_POOL_TOO_SMALL. Audited.',
        params: IdParam,
        body: UpdateSpecialQuizInput,
        response: { 200: SpecialQuizResponse },
      },
    },
    async (req) => one(req, await updateSpecialQuiz(req.ctx, await managed(req, req.params.id), req.body)),
  );

  for (const [verb, to, summary] of [
    ['publish', 'published', '发布专项答题'],
    ['close', 'closed', '结束专项答题'],
  ] as const) {
    app.post(
      `/api/special-quizzes/:id/${verb}`,
      {
        schema: {
          tags,
          summary,
          description:
            to === 'published'
              ? 'Publishes a draft: members of the audience can take it within its window. A quiz drawn by tags is checked again against the bank as it is now (422 SPECIAL_QUIZ_POOL_TOO_SMALL). Audited.'
              : 'Closes the quiz before its window ends: no new attempts; attempts under way close at their deadline. Audited.',
          params: IdParam,
          response: { 200: SpecialQuizResponse },
        },
      },
      async (req) => one(req, await setSpecialQuizStatus(req.ctx, await managed(req, req.params.id), to)),
    );
  }

  app.get(
    '/api/special-quizzes/:id/results',
    {
      schema: {
        tags,
        summary: '专项答题结果',
        description:
          "Results per organisation of the takers: people who finished an attempt, how many passed (best attempt), their average best score. Only papers within the caller's subtrees count.",
        params: IdParam,
        response: { 200: SpecialQuizResultsResponse },
      },
    },
    async (req) => {
      const q = await managed(req, req.params.id);
      const rows = await specialResults(req.ctx.db, q, scopeToOrgs(requireActor(req), QuizManagerRoles));
      const names = await orgNamesByIds(
        req.ctx,
        rows.map((r) => r.orgId),
      );
      const participants = rows.reduce((a, r) => a + r.participants, 0);
      const weighted = rows.reduce((a, r) => a + (r.averageScore ?? 0) * r.participants, 0);
      return {
        data: {
          quizId: q.id,
          participants,
          passed: rows.reduce((a, r) => a + r.passed, 0),
          averageScore: participants === 0 ? null : Math.round((10 * weighted) / participants) / 10,
          byOrg: rows.map((r) => ({ ...r, orgName: names.get(r.orgId) ?? '' })),
        },
      };
    },
  );

  app.get(
    '/api/special-quizzes/:id/results/people',
    {
      schema: {
        tags,
        summary: '专项答题个人成绩',
        description:
          "One page of the quiz's people within the caller's subtrees, by org and name: everyone with an attempt there (at the org of their latest paper) and everyone of the audience there without one. Name, org, attempts started, best finished score, passed, when the best attempt finished; outcome filters passed, failed (finished, never passed) or not_taken (no finished attempt). counts are per outcome over all of them. An office over the quiz's org; another subtree's quiz answers like a missing one.",
        params: IdParam,
        querystring: SpecialQuizPeopleQuery,
        response: { 200: SpecialQuizPeopleResponse },
      },
    },
    async (req) => {
      const q = await managed(req, req.params.id);
      const found = await specialPeople(req.ctx.db, q, scopeToOrgs(requireActor(req), QuizManagerRoles), req.query);
      const names = await orgNamesByIds(req.ctx, [...new Set(found.rows.map((r) => r.orgId))]);
      return {
        data: found.rows.map((r) => ({
          personId: r.personId,
          name: r.name,
          orgId: r.orgId,
          orgName: names.get(r.orgId) ?? '',
          attempts: r.attempts,
          bestScore: r.bestScore,
          passed: r.outcome === 'passed',
          outcome: r.outcome,
          finishedAt: r.finishedAt?.toISOString() ?? null,
        })),
        page: req.query.page,
        pageSize: req.query.pageSize,
        total: found.total,
        counts: { passed: found.counts.passed, failed: found.counts.failed, notTaken: found.counts.not_taken },
      };
    },
  );

  app.post(
    '/api/special-quizzes/:id/results/exports',
    {
      config: { isIdempotent: true },
      schema: {
        tags,
        summary: '导出专项答题个人成绩（Excel）',
        description:
          "Starts a background export to .xlsx of the quiz's results per person, every outcome, exactly as /results/people lists them within the caller's subtrees. Poll /api/jobs/:id, then download result.fileId. An office over the quiz's org; audited.",
        params: IdParam,
        response: { 202: JobResponse },
      },
    },
    async (req, reply) => {
      const q = await managed(req, req.params.id);
      const job = await startJob(req.ctx, { kind: QUIZ_RESULTS_EXPORT, params: { quizId: q.id }, orgId: q.orgId });
      return reply.status(202).send({ data: presentJob(job, req.ctx.lang) });
    },
  );

  app.post(
    '/api/special-quizzes/:id/attempts',
    {
      schema: {
        tags,
        summary: '开始专项答题',
        description:
          "Starts an attempt at a published special quiz within its window (or returns the attempt under way). The paper's deadlineAt is the server's: answers after it are refused (QUIZ_TIME_UP) and the paper is scored as it stands. QUIZ_NOT_OPEN outside the window, QUIZ_NO_ATTEMPTS_LEFT when all are used.",
        params: IdParam,
        response: { 200: QuizPaperResponse },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const q = await findSpecialQuiz(req.ctx.db, req.params.id);
      if (!q) throw new AppError('NOT_FOUND');
      const taker = await loadTaker(req.ctx.db, actor);
      // A draft, or a quiz whose audience the caller is not in, does not exist for them.
      if (!taker || q.status === 'draft' || !isInAudience(q, taker)) throw new AppError('NOT_FOUND');
      authorize(actor, 'quiz.paper.answer', { orgPath: taker.orgPath, personId: taker.personId });
      const paper = await startSpecialAttempt(req.ctx, q, taker);
      rememberPaper(paper);
      return { data: presentPaper(paper) };
    },
  );
}
