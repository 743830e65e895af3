import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createAccount } from '../../test/factories.ts';
import { useTestApp } from '../../test/harness.ts';
import { readSheetRows } from '../spreadsheet/sheet-reader.ts';
import { recoverInterruptedJobs } from './recovery.ts';
import { defineJob } from './registry.ts';
import { createJobRow, jobLockKey, MAX_JOB_ATTEMPTS, runJob } from './runner.ts';
import { jobs } from './schema.ts';

let echoed = 0;
defineJob('test.recover-echo', {
  params: z.object({}),
  run: async () => {
    echoed++;
    return { result: { ok: true } };
  },
});
defineJob('test.rejects', {
  params: z.object({}),
  run: async () => ({ result: { isWritten: false, invalid: 3 }, isRejected: true }),
});
// Reads a spreadsheet with a reader that gives up at once: a worker that had to be stopped.
defineJob('test.read-sheet', {
  params: z.object({ path: z.string() }),
  run: async (_s, run) => {
    for await (const _ of readSheetRows(run.params.path, { stallMs: 1 })) {
      // rows would be imported here
    }
    return { result: {} };
  },
});

describe('jobs: outcomes and recovery after a dead process', () => {
  const t = useTestApp();

  const newJob = async (kind: string, status: 'queued' | 'running' = 'queued', attempts = 0) => {
    const acc = await createAccount(t.app.services, {});
    const job = await createJobRow(t.app.services.db, {
      kind,
      params: {},
      orgId: null,
      requestedBy: acc.id,
      lang: 'zh',
    });
    await t.app.services.db.update(jobs).set({ status, attempts }).where(eq(jobs.id, job.id));
    return { job, acc };
  };
  const statusOf = async (id: string) => {
    const [row] = await t.app.services.db.select().from(jobs).where(eq(jobs.id, id));
    return row;
  };
  const queuedInBoss = async (id: string) => {
    const r = await t.app.services.db.execute<{ n: number }>(
      sql`select count(*)::int as n from pgboss.job where name = 'hongyun-jobs' and data->>'jobId' = ${id}`,
    );
    return r.rows[0]?.n ?? 0;
  };

  it('a job that changed nothing on purpose shows as rejected, not succeeded', async () => {
    const { job, acc } = await newJob('test.rejects');
    const done = await runJob(t.app.services, job.id);
    expect(done?.status).toBe('rejected');
    const res = await t.app.inject({ method: 'GET', url: `/api/jobs/${job.id}`, headers: acc.headers });
    expect(res.json().data).toMatchObject({ status: 'rejected', result: { isWritten: false }, error: null });
  });

  it('a running job whose process died is marked interrupted, queued again and then runs; a live one is left alone', async () => {
    const dead = await newJob('test.recover-echo', 'running', 1);
    const live = await newJob('test.recover-echo', 'running', 1);
    // The live run holds its lock on a connection of its own; the dead one's connection is gone
    // (as PostgreSQL sees a crashed process: the session and its advisory lock end with it).
    const holder = await t.app.services.pool.connect();
    await holder.query('select pg_advisory_lock(hashtextextended($1, 0))', [jobLockKey(live.job.id)]);
    const crashed = await t.app.services.pool.connect();
    await crashed.query('select pg_advisory_lock(hashtextextended($1, 0))', [jobLockKey(dead.job.id)]);
    crashed.release(true); // destroyed, not returned: the lock goes with it

    const recovered = await recoverInterruptedJobs(t.app.services);
    expect(recovered.requeued).toContain(dead.job.id);
    expect(recovered.requeued).not.toContain(live.job.id);
    expect((await statusOf(dead.job.id))?.status).toBe('interrupted');
    expect((await statusOf(live.job.id))?.status).toBe('running');
    expect(await queuedInBoss(dead.job.id)).toBe(1);
    expect(await queuedInBoss(live.job.id)).toBe(0);
    const res = await t.app.inject({ method: 'GET', url: `/api/jobs/${dead.job.id}`, headers: dead.acc.headers });
    expect(res.json().data.status).toBe('interrupted');

    const before = echoed;
    const done = await runJob(t.app.services, dead.job.id);
    expect(done).toMatchObject({ status: 'succeeded', attempts: 2 });
    expect(echoed).toBe(before + 1);
    await holder.query('select pg_advisory_unlock(hashtextextended($1, 0))', [jobLockKey(live.job.id)]);
    holder.release();
  });

  it('a job whose process was killed (SIGKILL) mid-run says interrupted at the next start, not running for an hour', async () => {
    const { job } = await newJob('test.recover-echo', 'queued', 0);
    // Another process claims the job as runJob does (its lock, then running) and is killed.
    const script = `
      const pg = require('pg');
      const c = new pg.Client({ connectionString: process.env.DB });
      (async () => {
        await c.connect();
        await c.query("select pg_advisory_lock(hashtextextended($1, 0))", [process.env.KEY]);
        await c.query("update jobs set status = 'running', attempts = attempts + 1 where id = $1", [process.env.JOB]);
        process.stdout.write('claimed');
        setInterval(() => {}, 1000);
      })();`;
    const child = spawn(process.execPath, ['-e', script], {
      cwd: fileURLToPath(new URL('../../..', import.meta.url)),
      env: { ...process.env, DB: t.app.services.config.DATABASE_URL, KEY: jobLockKey(job.id), JOB: job.id },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (d: Buffer) => d.toString().includes('claimed') && resolve());
      child.on('exit', (code) => reject(new Error(`child exited ${code}`)));
    });
    // While it lives, its run is left alone.
    expect((await recoverInterruptedJobs(t.app.services)).requeued).not.toContain(job.id);
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGKILL');
    await exited;
    // PostgreSQL ends the dead client's session (and lock) once it notices the closed socket.
    let recovered: string[] = [];
    for (let i = 0; i < 50 && !recovered.includes(job.id); i++) {
      recovered = (await recoverInterruptedJobs(t.app.services)).requeued;
      if (!recovered.includes(job.id)) await new Promise((r) => setTimeout(r, 100));
    }
    expect(recovered).toContain(job.id);
    expect(await statusOf(job.id)).toMatchObject({ status: 'interrupted', attempts: 1 });
    expect(await queuedInBoss(job.id)).toBe(1);
  });

  it('a job that died with its process as often as allowed is failed for good, not queued again', async () => {
    const spent = await newJob('test.recover-echo', 'running', MAX_JOB_ATTEMPTS);
    const recovered = await recoverInterruptedJobs(t.app.services);
    expect(recovered.failed).toContain(spent.job.id);
    expect(await statusOf(spent.job.id)).toMatchObject({ status: 'failed', errorCode: 'JOB_INTERRUPTED' });
    expect(await queuedInBoss(spent.job.id)).toBe(0);
    // The queue's own redelivery (after expiry) does not run it either.
    const other = await newJob('test.recover-echo', 'running', MAX_JOB_ATTEMPTS);
    const before = echoed;
    expect(await runJob(t.app.services, other.job.id)).toBeNull();
    expect(echoed).toBe(before);
    expect(await statusOf(other.job.id)).toMatchObject({ status: 'failed', errorCode: 'JOB_INTERRUPTED' });
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/jobs/${other.job.id}`,
      headers: { ...other.acc.headers, 'accept-language': 'en' },
    });
    expect(res.json().data.error.message).toContain('no longer retried');
  });

  it('a file whose reader had to be stopped fails its job with a clear message, never retried', async () => {
    const acc = await createAccount(t.app.services, {});
    const job = await createJobRow(t.app.services.db, {
      kind: 'test.read-sheet',
      params: { path: fileURLToPath(new URL('../spreadsheet/fixtures/register.xlsx', import.meta.url)) },
      orgId: null,
      requestedBy: acc.id,
      lang: 'zh',
    });
    const done = await runJob(t.app.services, job.id);
    expect(done).toMatchObject({ status: 'failed', errorCode: 'SPREADSHEET_UNREADABLE', attempts: 1 });
    expect(await runJob(t.app.services, job.id)).toBeNull(); // a redelivery leaves it failed
    expect((await recoverInterruptedJobs(t.app.services)).requeued).not.toContain(job.id);
    const res = await t.app.inject({ method: 'GET', url: `/api/jobs/${job.id}`, headers: acc.headers });
    expect(res.json().data.error.message).toContain('不再重试');
  });
});
