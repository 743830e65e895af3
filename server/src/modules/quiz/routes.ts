import {
  AnswerQuestionInput,
  AnswerResultResponse,
  IdParam,
  OrgIdParam,
  QuizPaperResponse,
  QuizRulesInput,
  QuizRulesResponse,
} from '@hongyun/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { requireActor } from '../../core/auth/auth-hook.ts';
import { findOrg } from '../../core/org/index.ts';
import { authorize } from '../../core/policy.ts';
import { AppError } from '../../platform/errors.ts';
import { answerQuestion } from './commands/answer-question.ts';
import { openDailyPaper } from './commands/open-daily-paper.ts';
import { presentPaper } from './presenter.ts';
import { findPaper, personPlace } from './queries.ts';
import { effectiveRules, setQuizRules } from './rules.ts';

export async function registerQuizRoutes(base: FastifyInstance): Promise<void> {
  const app = base.withTypeProvider<ZodTypeProvider>();

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
    async (req) => {
      const actor = requireActor(req);
      const personId = actor.actingFor?.personId ?? actor.personId;
      const person = personId ? await personPlace(req.ctx.db, personId) : null;
      if (!person) throw new AppError('QUIZ_NOT_A_MEMBER');
      authorize(actor, 'quiz.paper.answer', { orgPath: person.orgPath, personId: person.id });
      return { data: presentPaper(await openDailyPaper(req.ctx, person)) };
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
      const paper = await loadPaper(req.ctx.db, req.params.id);
      authorize(req.actor, 'quiz.paper.read', { orgPath: paper.orgPath, personId: paper.personId });
      return { data: presentPaper(paper) };
    },
  );

  app.post(
    '/api/quiz-papers/:id/answers',
    {
      schema: {
        tags: ['quiz'],
        summary: '提交一题答案',
        description:
          'Answers one question (display keys as shown). The reply says right or wrong, with the right answer and the explanation. A different second answer is refused (QUIZ_ALREADY_ANSWERED). The last answer completes the paper.',
        params: IdParam,
        body: AnswerQuestionInput,
        response: { 200: AnswerResultResponse },
      },
    },
    async (req) => {
      const paper = await loadPaper(req.ctx.db, req.params.id);
      authorize(req.actor, 'quiz.paper.answer', { orgPath: paper.orgPath, personId: paper.personId });
      return { data: await answerQuestion(req.ctx, paper.id, req.body) };
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
  });

  app.get(
    '/api/orgs/:id/quiz-rules',
    {
      schema: {
        tags: ['quiz'],
        summary: '每日答题规则',
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
        summary: '设置每日答题规则',
        description:
          'Sets the daily quiz rules for the org and its subtree (questions a day, category and difficulty mix, no-repeat window). Org admin or party office over the org; audited.',
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
}
