import { describe, expect, it } from 'vitest';
import { appendAuditNow } from '../../platform/audit/chain.ts';
import { auditHeadFileOf, readLastHead } from '../../platform/audit/head.ts';
import { useTestApp } from '../../test/harness.ts';
import { startWorker } from '../../worker.ts';

const waitFor = async (check: () => Promise<boolean>, ms = 20_000) => {
  for (const until = Date.now() + ms; Date.now() < until; ) {
    if (await check()) return true;
    await new Promise((r) => setTimeout(r, 200));
  }
  return false;
};

describe('the audit head cron', () => {
  const t = useTestApp();

  it('is a pg-boss schedule the worker runs at start, publishing the head to DATA_DIR', async () => {
    const s = t.app.services;
    for (let i = 0; i < 3; i++) await appendAuditNow(t.ctx(), { action: 'audit.verified', details: { i } });
    const file = auditHeadFileOf(s.config);
    expect(file.startsWith(s.config.DATA_DIR.replace(/\/$/, ''))).toBe(true);
    const worker = startWorker(s);
    try {
      expect(await waitFor(async () => (await readLastHead(file, s.crypto))?.seq === 3)).toBe(true);
      const schedules = await s.pool.query(`select cron from pgboss.schedule where name = 'cron.audit.publish-head'`);
      expect(schedules.rows).toEqual([{ cron: '*/10 * * * *' }]);
    } finally {
      await worker.stop();
    }
  });
});
