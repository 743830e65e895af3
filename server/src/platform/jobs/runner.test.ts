import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createAccount, createOrg, superSql } from '../../test/factories.ts';
import { useTestApp } from '../../test/harness.ts';
import { AppError } from '../errors.ts';
import { defineJob } from './registry.ts';
import { createJobRow, runJob, startJob } from './runner.ts';
import { jobs } from './schema.ts';

const seen: string[] = [];
defineJob('test.echo', {
  params: z.object({ text: z.string().optional() }),
  run: async (_services, run) => {
    await run.progress(1, 2, 'halfway');
    seen.push(run.actor.accountId);
    return { result: { echoed: run.params.text } };
  },
});
defineJob('test.refuse', {
  params: z.object({}),
  run: async () => {
    throw new AppError('FORBIDDEN');
  },
});
// A handler that waits until the test lets it go, counting how often it was entered.
const slow = { entered: 0, waiting: [] as (() => void)[], started: () => {} };
defineJob('test.slow', {
  params: z.object({}),
  run: async () => {
    slow.entered++;
    slow.started();
    await new Promise<void>((r) => slow.waiting.push(r));
    return { result: { entered: slow.entered } };
  },
});

describe('jobs: queue, runner and polling', () => {
  const t = useTestApp();

  const makeCtx = async () => {
    const org = await createOrg(t.app.services);
    const acc = await createAccount(t.app.services, { grants: [{ role: 'org_admin', org }] });
    const actor = {
      accountId: acc.id,
      personId: null,
      displayName: 'x',
      sessionId: 's',
      grants: [],
      actingFor: null,
      isDemo: false,
    };
    return { acc, ctx: t.ctx(actor) };
  };

  it('a queued job is picked up by a pg-boss worker and its outcome polled over HTTP', async () => {
    const { acc, ctx } = await makeCtx();
    await t.app.services.jobs.work(async (id) => void (await runJob(t.app.services, id)), {
      pollingIntervalSeconds: 0.5,
    });
    const job = await startJob(ctx, { kind: 'test.echo', params: { text: '你好' }, orgId: null });
    let view: { status: string; result: Record<string, unknown> | null } = { status: 'queued', result: null };
    for (let i = 0; i < 40 && view.status !== 'succeeded'; i++) {
      await new Promise((r) => setTimeout(r, 250));
      const res = await t.app.inject({ method: 'GET', url: `/api/jobs/${job.id}`, headers: acc.headers });
      expect(res.statusCode).toBe(200);
      view = res.json().data;
    }
    expect(view.status).toBe('succeeded');
    expect(view.result).toEqual({ echoed: '你好' });
    expect(seen).toContain(acc.id);
    const list = await t.app.inject({ method: 'GET', url: '/api/jobs', headers: acc.headers });
    expect(list.json().data.map((j: { id: string }) => j.id)).toContain(job.id);
  });

  it('a refused job fails with its code and message; running it again changes nothing', async () => {
    const { acc, ctx } = await makeCtx();
    const job = await startJob(ctx, { kind: 'test.refuse', params: {}, orgId: null });
    const done = await runJob(t.app.services, job.id);
    expect(done?.status).toBe('failed');
    expect(done?.errorCode).toBe('FORBIDDEN');
    expect(await runJob(t.app.services, job.id)).toBeNull(); // a redelivered finished job is left alone
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/jobs/${job.id}`,
      headers: { ...acc.headers, 'accept-language': 'en' },
    });
    expect(res.json().data.error).toEqual({ code: 'FORBIDDEN', message: 'You are not allowed to do this' });
  });

  it('a redelivery while the job is still running does not run it a second time', async () => {
    const { acc } = await makeCtx();
    // Not queued: the pg-boss worker of the first test would take it too.
    const job = await createJobRow(t.app.services.db, {
      kind: 'test.slow',
      params: {},
      orgId: null,
      requestedBy: acc.id,
      lang: 'zh',
    });
    const started = new Promise<void>((r) => {
      slow.started = r;
    });
    const first = runJob(t.app.services, job.id);
    await started;
    // pg-boss hands a job out again once it has run past expireInSeconds, alive or not.
    const second = runJob(t.app.services, job.id);
    await new Promise((r) => setTimeout(r, 300));
    for (const go of slow.waiting) go();
    await second;
    const done = await first;
    expect(slow.entered).toBe(1);
    expect(done?.status).toBe('succeeded');
    expect(done?.attempts).toBe(1);
  });

  it('a job of a disabled account does not run', async () => {
    const { acc, ctx } = await makeCtx();
    const job = await startJob(ctx, { kind: 'test.echo', params: {}, orgId: null });
    await superSql(t.app.services, `update accounts set is_disabled = true where id = '${acc.id}'`);
    const done = await runJob(t.app.services, job.id);
    expect(done?.errorCode).toBe('FORBIDDEN');
    const [row] = await t.app.services.db.select().from(jobs).where(eq(jobs.id, job.id));
    expect(row?.result).toBeNull();
  });

  it('401 without a session, 400 for a bad id, 404 for an unknown job', async () => {
    const { acc } = await makeCtx();
    expect((await t.app.inject({ method: 'GET', url: '/api/jobs' })).statusCode).toBe(401);
    expect((await t.app.inject({ method: 'GET', url: '/api/jobs/nope', headers: acc.headers })).statusCode).toBe(400);
    const missing = await t.app.inject({
      method: 'GET',
      url: '/api/jobs/00000000-0000-4000-8000-000000000000',
      headers: acc.headers,
    });
    expect(missing.statusCode).toBe(404);
  });
});
