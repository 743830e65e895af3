import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/harness.ts';
import { createJobQueue } from './queue.ts';

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));
const log = { error: () => {} };

describe('the job queue stop', () => {
  const t = useTestApp();

  it('waits for a cron run already taken, so the pool can be closed after it', async () => {
    const pool = new pg.Pool({ connectionString: t.url, max: 4 });
    const queue = createJobQueue(pool, log, { supervise: true });
    const seen: string[] = [];
    await queue.runCrons([
      {
        name: 'test.slow',
        cron: '0 3 * * *',
        runAtStart: true,
        run: async () => {
          seen.push('started');
          await pause(800);
          await pool.query('select 1');
          seen.push('finished');
        },
      },
    ]);
    for (let i = 0; i < 100 && !seen.includes('started'); i++) await pause(100);
    expect(seen).toEqual(['started']);
    await queue.stop();
    expect(seen).toEqual(['started', 'finished']);
    await pool.end(); // pg-boss's completion of the run is done too: nothing uses the pool after this
  });

  it('waits for a fetch in flight when it stops, and for the run the fetch brings back', async () => {
    // pg-boss's own stop returns while a worker's fetch is in flight: the fetched run and its
    // completion would then reach a closed pool as an unhandled rejection (which fails this file).
    // This pool makes each fetch slow on both sides, so the stop lands in the middle of one.
    class SlowFetchPool extends pg.Pool {
      // biome-ignore lint/suspicious/noExplicitAny: pg's overloads
      override async query(text: any, values?: any): Promise<any> {
        const isFetch = typeof text === 'string' && text.includes('SKIP LOCKED');
        if (isFetch) await pause(150);
        const result = await super.query(text, values);
        if (isFetch) await pause(400);
        return result;
      }
    }
    const pool = new SlowFetchPool({ connectionString: t.url, max: 4 });
    const queue = createJobQueue(pool, log, { supervise: true });
    let runs = 0;
    await queue.runCrons([
      {
        name: 'test.quick',
        cron: '0 3 * * *',
        runAtStart: true,
        run: async () => {
          await pool.query('select 1');
          runs++;
        },
      },
    ]);
    await pause(250); // the first fetch has read the job and is on its way back
    await queue.stop();
    expect(runs).toBe(1);
    await pool.end();
  });
});
