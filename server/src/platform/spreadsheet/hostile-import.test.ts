import { beforeAll, describe, expect, it } from 'vitest';
import { createAccount, createOrg, multipartFile, type TestAccount } from '../../test/factories.ts';
import { useTestApp } from '../../test/harness.ts';
import { runJob } from '../jobs/runner.ts';
import { cell, MAX_LOOP_DELAY_MS, row, withLoopDelay, xlsxParts } from './hostile-fixtures.ts';

// The check run of a real import over a file with data in rows 2 and 30,000: it froze /readyz for
// 29 s (the report writer's time grows with the square of the gap). Now the reader refuses the gap
// as it streams, the job fails saying so, and the API's event loop never stalls meanwhile.
describe('a hostile register through the people import', () => {
  const t = useTestApp();
  let admin: TestAccount;
  let orgId: number;
  beforeAll(async () => {
    const org = await createOrg(t.app.services, { name: '甲村党支部' });
    orgId = org.id;
    admin = await createAccount(t.app.services, { grants: [{ role: 'org_admin', org }] });
  });

  it('uploading one cell of 157 million characters (460 KB) is refused at once, the loop free', async () => {
    const huge = Buffer.concat([Buffer.from('<si><t>'), Buffer.alloc(157_000_000, 'x'), Buffer.from('</t></si>')]);
    const body = multipartFile(xlsxParts(row(1, '<c r="A1" t="s"><v>0</v></c>'), huge), '花名册.xlsx');
    expect(body.payload.length).toBeLessThan(600_000);
    const { outcome, maxDelayMs } = await withLoopDelay(() =>
      t.app.inject({
        method: 'POST',
        url: '/api/files',
        headers: { ...admin.headers, ...body.headers },
        payload: body.payload,
      }),
    );
    expect(outcome).toMatchObject({ statusCode: 422 });
    expect((outcome as { json: () => { error: { code: string } } }).json().error.code).toBe(
      'SPREADSHEET_CELL_TOO_LONG',
    );
    expect(maxDelayMs).toBeLessThan(MAX_LOOP_DELAY_MS);
  });

  it('rows 2 and 30,000: the check fails with the gap named, the API answering all along', async () => {
    const header = row(1, cell('A1', '姓名'), cell('B1', '身份证号'), cell('C1', '所在党组织'));
    const far = row(30_000, cell('A30000', '李四'), cell('B30000', '520102197001010019'), cell('C30000', '甲村党支部'));
    const body = multipartFile(xlsxParts(header + row(2, cell('A2', '张三')) + far), '花名册.xlsx');
    const up = await t.app.inject({
      method: 'POST',
      url: '/api/files',
      headers: { ...admin.headers, ...body.headers },
      payload: body.payload,
    });
    expect(up.statusCode).toBe(201);
    const started = await t.app.inject({
      method: 'POST',
      url: '/api/people/imports',
      headers: admin.headers,
      payload: { fileId: up.json().data.id, orgId, dryRun: true },
    });
    expect(started.statusCode).toBe(202);
    const jobId = started.json().data.id as string;
    // The API keeps answering while the job runs in this same process.
    let answered = 0;
    const { maxDelayMs } = await withLoopDelay(async () => {
      const run = runJob(t.app.services, jobId);
      let done = false;
      void run.finally(() => {
        done = true;
      });
      while (!done) {
        const me = await t.app.inject({ method: 'GET', url: '/api/me', headers: admin.headers });
        expect(me.statusCode).toBe(200);
        answered++;
        await new Promise((r) => setTimeout(r, 20));
      }
      return run;
    });
    expect(answered).toBeGreaterThan(0);
    expect(maxDelayMs).toBeLessThan(MAX_LOOP_DELAY_MS);
    const job = (await t.app.inject({ method: 'GET', url: `/api/jobs/${jobId}`, headers: admin.headers })).json().data;
    expect(job).toMatchObject({
      status: 'failed',
      error: { code: 'SPREADSHEET_ROW_GAP' },
      result: { details: { afterRow: 2, row: 30_000 } },
    });
  });
});
