import {
  CreateQuestionRequest,
  IdParam,
  ListQuestionsQuery,
  ListQuestionsResponse,
  QuestionCategoriesResponse,
  QuestionResponse,
  UpdateQuestionRequest,
} from '@hongyun/contracts';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { requireActor } from '../../core/auth/auth-hook.ts';
import { findOrg, orgNamesByIds } from '../../core/org/index.ts';
import { authorize, scopeToOrgs } from '../../core/policy.ts';
import { AppError } from '../../platform/errors.ts';
import { createQuestion } from './commands/create-question.ts';
import { setQuestionDisabled } from './commands/set-question-disabled.ts';
import { updateQuestion } from './commands/update-question.ts';
import { QuestionBankRoles } from './policy.ts';
import { presentQuestion } from './presenter.ts';
import { findQuestion, listQuestions, type QuestionRow, questionCategories } from './queries.ts';

// Thin routes: validate → load → authorize → command → present. A question outside the caller's
// subtrees answers NOT_FOUND exactly like a missing one.

const tags = ['question-bank'];

async function loadQuestion(req: FastifyRequest, id: string, action: 'question.bank.read' | 'question.bank.write') {
  const q = await findQuestion(req.ctx.db, id);
  if (!q) throw new AppError('NOT_FOUND');
  authorize(req.actor, action, { orgPath: q.orgPath });
  return q;
}

async function present(req: FastifyRequest, rows: QuestionRow[]) {
  const names = await orgNamesByIds(req.ctx, [...new Set(rows.map((r) => r.orgId))]);
  return rows.map((r) => presentQuestion(r, names, req.ctx.lang));
}

async function presentOne(req: FastifyRequest, row: QuestionRow) {
  return presentQuestion(row, await orgNamesByIds(req.ctx, [row.orgId]), req.ctx.lang);
}

export async function registerQuestionBankRoutes(appBase: FastifyInstance): Promise<void> {
  const app = appBase.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/api/questions',
    {
      schema: {
        tags,
        summary: '题库：题目列表',
        description:
          "Questions kept in the caller's subtrees (party office, org admin, system admin), newest first, with filters. `status` is enabled (default), disabled or all; `q` searches the stem.",
        querystring: ListQuestionsQuery,
        response: { 200: ListQuestionsResponse },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const roots = scopeToOrgs(actor, QuestionBankRoles);
      if (roots.length === 0) throw new AppError('FORBIDDEN');
      const { rows, total } = await listQuestions(req.ctx.db, roots, req.query);
      return { data: await present(req, rows), page: req.query.page, pageSize: req.query.pageSize, total };
    },
  );

  app.get(
    '/api/question-categories',
    {
      schema: {
        tags,
        summary: '题库：分类及题数',
        description: "Every category in the caller's subtrees, with its enabled and disabled question counts.",
        response: { 200: QuestionCategoriesResponse },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const roots = scopeToOrgs(actor, QuestionBankRoles);
      if (roots.length === 0) throw new AppError('FORBIDDEN');
      return { data: await questionCategories(req.ctx.db, roots) };
    },
  );

  app.get(
    '/api/questions/:id',
    {
      schema: {
        tags,
        summary: '题库：题目详情',
        description: 'One question with its answer and explanation.',
        params: IdParam,
        response: { 200: QuestionResponse },
      },
    },
    async (req) => {
      const q = await loadQuestion(req, req.params.id, 'question.bank.read');
      return { data: await presentOne(req, q) };
    },
  );

  app.post(
    '/api/questions',
    {
      schema: {
        tags,
        summary: '题库：新增题目',
        description:
          "Adds a question to the bank of `orgId` (it serves that organisation's whole subtree). Each type's shape is checked: single ≥2 options and one key; multiple ≥2 keys among ≥3 options; judge true/false; fill one accepted list per blank (（  ） or ____ in the stem). A stem already in that bank is 409 DUPLICATE_QUESTION.",
        body: CreateQuestionRequest,
        response: { 201: QuestionResponse },
      },
    },
    async (req, reply) => {
      const { orgId, ...question } = req.body;
      const org = await findOrg(req.ctx.db, orgId);
      if (!org) throw new AppError('NOT_FOUND');
      authorize(req.actor, 'question.bank.write', { orgPath: org.path });
      const row = await createQuestion(req.ctx, { org, question });
      return reply.code(201).send({ data: await presentOne(req, row) });
    },
  );

  app.put(
    '/api/questions/:id',
    {
      schema: {
        tags,
        summary: '题库：修改题目',
        description: 'Replaces the content of a question (its organisation stays), checked like a new one.',
        params: IdParam,
        body: UpdateQuestionRequest,
        response: { 200: QuestionResponse },
      },
    },
    async (req) => {
      const question = await loadQuestion(req, req.params.id, 'question.bank.write');
      const row = await updateQuestion(req.ctx, { question, changes: req.body });
      return { data: await presentOne(req, row) };
    },
  );

  for (const [verb, disabled] of [
    ['disable', true],
    ['enable', false],
  ] as const) {
    app.post(
      `/api/questions/:id/${verb}`,
      {
        schema: {
          tags,
          summary: disabled ? '题库：停用题目' : '题库：启用题目',
          description: disabled
            ? 'Takes a question out of new papers. Never deletes: papers already drawn keep it.'
            : 'Puts a disabled question back into new papers.',
          params: IdParam,
          response: { 200: QuestionResponse },
        },
      },
      async (req) => {
        const question = await loadQuestion(req, req.params.id, 'question.bank.write');
        const row = await setQuestionDisabled(req.ctx, { question, disabled });
        return { data: await presentOne(req, row) };
      },
    );
  }
}
