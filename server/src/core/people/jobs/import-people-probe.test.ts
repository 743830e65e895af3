import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { runJob } from '../../../platform/jobs/runner.ts';
import { createAccount, createOrg, createPerson, makeIdNumber, multipartFile } from '../../../test/factories.ts';
import { useTestApp } from '../../../test/harness.ts';

// A check run answers "already registered" for an ID number held anywhere on the platform, like the
// single registration does. There each refusal is audited (people.duplicate_id_attempt) so probing is
// visible; a file of guessed numbers must be just as visible, without telling the importer more.
describe('people import: probing the register with a file of ID numbers', () => {
  const t = useTestApp();

  it('the check run is audited with how many numbers were already registered, and how many elsewhere', async () => {
    const s = t.app.services;
    const county = await createOrg(s, { name: '中共探测县委员会' });
    const branch = await createOrg(s, { parent: county, name: '探测村党支部' });
    const elsewhere = await createOrg(s, { parent: await createOrg(s), name: '别处党支部' });
    const inside = await createPerson(s, { org: branch });
    const outside = await createPerson(s, { org: elsewhere });
    const admin = await createAccount(s, { grants: [{ role: 'org_admin', org: county }] });

    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('党员');
    sheet.addRow(['姓名', '身份证号', '入党时间', '党员类别', '所在党组织']);
    sheet.addRow(['甲', inside.idNumberPlain, '2001-07-01', '正式党员', '探测村党支部']);
    sheet.addRow(['乙', outside.idNumberPlain, '2001-07-01', '正式党员', '探测村党支部']);
    sheet.addRow(['丙', makeIdNumber('520102'), '2001-07-01', '正式党员', '探测村党支部']);
    const body = multipartFile(Buffer.from(await book.xlsx.writeBuffer()));
    const up = await t.app.inject({
      method: 'POST',
      url: '/api/files',
      headers: { ...admin.headers, ...body.headers },
      payload: body.payload,
    });
    const started = await t.app.inject({
      method: 'POST',
      url: '/api/people/imports',
      headers: admin.headers,
      payload: { fileId: up.json().data.id, orgId: county.id, dryRun: true },
    });
    const job = await runJob(s, started.json().data.id);
    expect(job?.result).toMatchObject({ rows: 3, duplicatesInRegister: 2 });
    // The importer is not told which of the numbers belong outside their subtree.
    expect(JSON.stringify(job?.result)).not.toContain('Outside');

    const audit = await s.db.execute<{ details: Record<string, unknown> }>(
      sql`select details from audit_log where action = 'people.import_checked' and target_id = ${job?.id}`,
    );
    expect(audit.rows[0]?.details).toMatchObject({ duplicatesInRegister: 2, duplicatesOutsideScope: 1 });
  });
});
