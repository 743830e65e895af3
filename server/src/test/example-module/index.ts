import { IdParam } from '@hongyun/contracts';
import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireActor } from '../../core/auth/auth-hook.ts';
import { presentJob } from '../../core/jobs/index.ts';
import { atAnyGrant, defineModule } from '../../core/kernel/index.ts';
import { findOrg } from '../../core/org/index.ts';
import { authorize } from '../../core/policy.ts';
import { AppError } from '../../platform/errors.ts';
import { typedJob } from '../../platform/jobs/registry.ts';
import { startJob } from '../../platform/jobs/runner.ts';
import { examplePolicies } from './policy.ts';

// A tiny module used only by the tests (never shipped): it shows that a module plugs in through its
// manifest alone — routes, a policy, a job, a cron, an event subscriber, abilities, a menu entry,
// a home tile and a demo seed. docs/architecture.md ("Adding a module") walks through it.

/** What the example's cron and subscriber did in this process, for the tests to look at. */
export const exampleState = {
  ticks: 0,
  seenEvents: [] as { type: string; orgId: number | null }[],
  /** Organisations the demo seed found when it ran (after the core's demo city). */
  seededAfterOrgs: null as number | null,
};

const GreetingResponse = z.object({ data: z.object({ greeting: z.string(), orgName: z.string(), ticks: z.number() }) });

async function exampleRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  app.get(
    '/api/example/orgs/:id/greeting',
    {
      schema: {
        tags: ['example'],
        summary: '示例',
        params: IdParam.extend({ id: z.coerce.number().int().positive() }),
        response: { 200: GreetingResponse },
      },
    },
    async (req) => {
      const org = await findOrg(req.ctx.db, req.params.id);
      if (!org) throw new AppError('NOT_FOUND'); // as for another subtree's
      authorize(req.actor, 'example.greeting.read', { orgPath: org.path });
      return { data: { greeting: `你好，${org.name}`, orgName: org.name, ticks: exampleState.ticks } };
    },
  );
  app.post(
    '/api/example/echo-jobs',
    { schema: { tags: ['example'], summary: '示例任务', body: z.object({ text: z.string().min(1).max(50) }) } },
    async (req, reply) => {
      const actor = requireActor(req);
      if (!atAnyGrant(actor, 'example.greeting.read')) throw new AppError('FORBIDDEN');
      const job = await startJob(req.ctx, { kind: 'example.echo', params: { text: req.body.text }, orgId: null });
      return reply.code(202).send({ data: presentJob(job, req.ctx.lang) });
    },
  );
}

export const exampleModule = defineModule({
  id: 'example',
  switch: 'analytics',
  routes: exampleRoutes,
  policies: examplePolicies,
  jobs: {
    'example.echo': typedJob({
      params: z.object({ text: z.string() }),
      run: async (_services, { params }) => ({ result: { echoed: params.text.toUpperCase() } }),
    }),
  },
  crons: [
    {
      name: 'example.tick',
      cron: '* * * * *',
      runAtStart: true,
      run: async () => {
        exampleState.ticks++;
      },
    },
  ],
  subscribers: [
    {
      id: 'example.org-watcher',
      label: { zh: '示例：记下新建的组织', en: 'Example: notes new organisations' },
      types: ['org.org.created'],
      handle: async (_services, events: { type: string; orgId: number | null }[]) => {
        for (const e of events) exampleState.seenEvents.push({ type: e.type, orgId: e.orgId });
      },
    },
  ],
  seed: async (services) => {
    const orgs = await services.db.execute<{ n: number }>(sql`select count(*)::int as n from orgs`);
    exampleState.seededAfterOrgs = orgs.rows[0]?.n ?? 0;
  },
  abilities: (actor) => ({ canSeeExample: atAnyGrant(actor, 'example.greeting.read') }),
  nav: [
    {
      key: 'example',
      path: '/example',
      label: { zh: '示例', en: 'Example' },
      icon: 'dashboard',
      ability: 'canSeeExample',
      order: 200,
    },
  ],
  tiles: [
    {
      key: 'example',
      path: 'example',
      label: { zh: '示例', en: 'Example' },
      icon: 'content',
      ability: 'canSeeExample',
      order: 1,
    },
  ],
});
