import {
  AnswerQuestionInput,
  AnswerResultResponse,
  IdParam,
  OrgIdParam,
  QuizOverviewResponse,
  QuizPaperResponse,
  QuizRulesInput,
  QuizRulesResponse,
} from '@hongyun/contracts';
import { eq } from 'drizzle-orm';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { requireActor } from '../../core/auth/auth-hook.ts';
import { findOrg } from '../../core/org/index.ts';
import { authorize } from '../../core/policy.ts';
import { AppError } from '../../platform/errors.ts';
import { idempotencyKeyOf, requestHashOf } from '../../platform/http/idempotency.ts';
import { closeExpiredPapers } from './commands/finish-paper.ts';
import { openDailyPaper } from './commands/open-daily-paper.ts';
import { openWeeklyPaper } from './commands/open-weekly-paper.ts';
import { startChallenge } from './commands/start-challenge.ts';
import { submitAnswer } from './commands/submit-answer.ts';
import { quizOverview } from './overview.ts';
import { rememberPaper } from './paper-cache.ts';
import { presentPaper } from './presenter.ts';
import type { PaperRecord } from './queries.ts';
import { findPaper, personPlace } from './queries.ts';
import { effectiveRules, setQuizRules } from './rules.ts';
import { quizPapers } from './schema.ts';
import { loadTaker } from './special-queries.ts';
import { registerSpecialQuizRoutes } from './special-routes.ts';

export async function registerQuizRoutes(base: FastifyInstance): Promise<void> {
  const app = base.withTypeProvider<ZodTypeProvider>();

  /** The member the caller answers for (themselves, or the member a delegate acts for). */
  const memberPlace = async (req: FastifyRequest) => {
    const actor = requireActor(req);
    const personId = actor.actingFor?.personId ?? actor.personId;
    const person = personId ? await personPlace(req.ctx.db, personId) : null;
    if (!person) throw new AppError('QUIZ_NOT_A_MEMBER');
    authorize(actor, 'quiz.paper.answer', { orgPath: person.orgPath, personId: person.id });
    return person;
  };

  /** A paper as the member sees it, kept for the answers that follow (paper-cache.ts). */
  const shown = (paper: PaperRecord) => {
    rememberPaper(paper);
    return { data: presentPaper(paper) };
  };

  app.post(
    '/api/quiz-papers/daily',
    {
      schema: {
        tags: ['quiz'],
        summary: '打开今日答题',
        description:
          "Opens the caller's daily quiz paper for today (China day): the same paper every time that day, drawn by the rules of the member's organisation. A delegate acting for a member opens the member's. Right answers are not included.",
        response: { 200: QuizPaperResponse },
      },
    },
    async (req) => shown(await openDailyPaper(req.ctx, await memberPlace(req))),
  );

  app.post(
    '/api/quiz-papers/weekly',
    {
      schema: {
        tags: ['quiz'],
        summary: '打开本周答题',
        description:
          "Opens the caller's weekly quiz paper for this ISO week (China time): one per member and week, drawn by the org's rules with their weekly question count; answers are taken until the week ends (deadlineAt). Right answers are not included.",
        response: { 200: QuizPaperResponse },
      },
    },
    async (req) => shown(await openWeeklyPaper(req.ctx, await memberPlace(req))),
  );

  app.post(
    '/api/quiz-papers/challenge',
    {
      schema: {
        tags: ['quiz'],
        summary: '开始挑战答题',
        description:
          'Starts a challenge quiz, or returns the one under way: one question at a time, the next drawn after each right answer, ending at the first wrong answer or after the maximum. The score is the streak.',
        response: { 200: QuizPaperResponse },
      },
    },
    async (req) => ({ data: presentPaper(await startChallenge(req.ctx, await memberPlace(req))) }),
  );

  app.get(
    '/api/quizzes',
    {
      schema: {
        tags: ['quiz'],
        summary: '我的答题',
        description:
          "The caller's quizzes (the phone's 答题 list): today's daily paper, this week's paper, the special quizzes open to them with their attempts, and their challenge record, with the server's time for countdowns.",
        response: { 200: QuizOverviewResponse },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const taker = await loadTaker(req.ctx.db, actor);
      if (!taker) throw new AppError('QUIZ_NOT_A_MEMBER');
      authorize(actor, 'quiz.paper.answer', { orgPath: taker.orgPath, personId: taker.personId });
      return { data: await quizOverview(req.ctx, taker) };
    },
  );

  const loadPaper = async (db: Parameters<typeof findPaper>[0], id: string) => {
    const paper = await findPaper(db, id);
    if (!paper) throw new AppError('NOT_FOUND');
    return paper;
  };

  app.get(
    '/api/quiz-papers/:id',
    {
      schema: {
        tags: ['quiz'],
        summary: '答题试卷',
        description:
          'A quiz paper: its questions with options in the member’s order; the right answer and explanation only for questions already answered. The member, or an org admin or party office over their org.',
        params: IdParam,
        response: { 200: QuizPaperResponse },
      },
    },
    async (req) => {
      let paper = await loadPaper(req.ctx.db, req.params.id);
      authorize(req.actor, 'quiz.paper.read', { orgPath: paper.orgPath, personId: paper.personId });
      // A paper whose time is up reads as closed and scored, not as one still waiting for answers.
      if (!paper.completedAt && paper.deadlineAt && paper.deadlineAt < new Date()) {
        await closeExpiredPapers(req.ctx, eq(quizPapers.id, paper.id));
        paper = await loadPaper(req.ctx.db, paper.id);
      }
      return shown(paper);
    },
  );

  app.post(
    '/api/quiz-papers/:id/answers',
    {
      schema: {
        tags: ['quiz'],
        summary: '提交一题答案',
        description:
          'Answers one question (display keys as shown). The reply says right or wrong, with the right answer and the explanation. A different second answer is refused (QUIZ_ALREADY_ANSWERED). The last answer completes the paper. With an Idempotency-Key, a retry is answered again (idempotent-replayed: true) and never counts twice.',
        params: IdParam,
        body: AnswerQuestionInput,
        response: { 200: AnswerResultResponse },
      },
      // The key is applied inside the answer's own statement (commands/answer-fast.ts), not by a
      // transaction around the handler: the morning peak's hot path.
      config: { isIdempotent: 'in-handler' },
    },
    async (req, reply) => {
      const key = idempotencyKeyOf(req);
      const claim =
        key && req.actor
          ? {
              accountId: req.actor.accountId,
              key,
              requestHash: requestHashOf(req.method, req.url, JSON.stringify(req.body)),
            }
          : null;
      const done = await submitAnswer(req.ctx, req.actor, req.params.id, req.body, claim);
      if (done.replayed) reply.header('idempotent-replayed', 'true');
      return { data: done.reply };
    },
  );

  const loadOrg = async (db: Parameters<typeof findOrg>[0], id: number) => {
    const org = await findOrg(db, id);
    if (!org) throw new AppError('NOT_FOUND');
    return org;
  };
  const present = (orgId: number, r: Awaited<ReturnType<typeof effectiveRules>>) => ({
    orgId,
    isOwn: r.fromOrgId === orgId,
    questionCount: r.questionCount,
    categoryMix: r.categoryMix,
    difficultyMix: r.difficultyMix,
    noRepeatDays: r.noRepeatDays,
    weeklyQuestionCount: r.weeklyQuestionCount,
  });

  app.get(
    '/api/orgs/:id/quiz-rules',
    {
      schema: {
        tags: ['quiz'],
        summary: '每日、每周答题规则',
        description:
          "The daily quiz rules that apply at the org (its own, else the nearest org above's, else the defaults). Org admin or party office over the org.",
        params: OrgIdParam,
        response: { 200: QuizRulesResponse },
      },
    },
    async (req) => {
      const org = await loadOrg(req.ctx.db, req.params.id);
      authorize(req.actor, 'quiz.rules.read', { orgPath: org.path });
      return { data: present(org.id, await effectiveRules(req.ctx.db, org.path)) };
    },
  );

  app.put(
    '/api/orgs/:id/quiz-rules',
    {
      schema: {
        tags: ['quiz'],
        summary: '设置每日、每周答题规则',
        description:
          'Sets the daily quiz rules for the org and its subtree (questions a day and a week, category and difficulty mix, no-repeat window). Org admin or party office over the org; audited.',
        params: OrgIdParam,
        body: QuizRulesInput,
        response: { 200: QuizRulesResponse },
      },
    },
    async (req) => {
      const org = await loadOrg(req.ctx.db, req.params.id);
      authorize(req.actor, 'quiz.rules.update', { orgPath: org.path });
      return { data: present(org.id, await setQuizRules(req.ctx, org, req.body)) };
    },
  );

  await registerSpecialQuizRoutes(base);
}
