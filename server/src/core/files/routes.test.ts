import { readdir } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { UploadQuota } from '../../platform/files/records.ts';
import { createAccount, createOrg, multipartFile, superSql } from '../../test/factories.ts';
import { useTestApp } from '../../test/harness.ts';

// An .xlsx is a zip (first bytes PK\3\4); the upload also unpacks it once to count its real size.
const book = new ExcelJS.Workbook();
book.addWorksheet('党员').addRow(['姓名', '身份证号']);
const ZIP = Buffer.from(await book.xlsx.writeBuffer());
const NOT_A_ZIP = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(60, 1)]);
const XLS = Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(60, 1)]);

describe('files: upload and download', () => {
  const t = useTestApp({ UPLOAD_MAX_MB: '1' });
  const setup = async () => {
    const city = await createOrg(t.app.services);
    const admin = await createAccount(t.app.services, { grants: [{ role: 'org_admin', org: city }] });
    const other = await createAccount(t.app.services, { grants: [{ role: 'org_admin', org: city }] });
    const member = await createAccount(t.app.services, { grants: [{ role: 'member', org: city }] });
    return { admin, other, member };
  };
  const upload = (headers: Record<string, string>, body: { payload: Buffer; headers: Record<string, string> }) =>
    t.app.inject({
      method: 'POST',
      url: '/api/files',
      headers: { ...headers, ...body.headers },
      payload: body.payload,
    });

  it('401 without a session', async () => {
    expect((await upload({}, multipartFile(ZIP))).statusCode).toBe(401);
  });

  it('403 for an account that imports nothing (a member); a system admin may upload an org tree', async () => {
    const { member } = await setup();
    const res = await upload(member.headers, multipartFile(ZIP));
    expect(res.statusCode).toBe(403);
    const city = await createOrg(t.app.services);
    const sys = await createAccount(t.app.services, { grants: [{ role: 'system_admin', org: city }] });
    expect((await upload(sys.headers, multipartFile(ZIP))).statusCode).toBe(201);
  });

  it('400 without a file, 415 for a renamed text file, 422 for a broken .xls or zip, 413 over the limit', async () => {
    const { admin } = await setup();
    const none = await t.app.inject({
      method: 'POST',
      url: '/api/files',
      headers: { ...admin.headers, 'content-type': 'application/json' },
      payload: {},
    });
    expect(none.statusCode).toBe(400);
    expect(none.json().error.code).toBe('FILE_REQUIRED');
    // Legacy .xls is read now (formats.test.ts); a compound-file header with nothing behind it is damaged.
    const xls = await upload(admin.headers, multipartFile(XLS, '花名册.xls'));
    expect(xls.statusCode).toBe(422);
    expect(xls.json().error.code).toBe('SPREADSHEET_DAMAGED');
    const text = await upload(admin.headers, multipartFile(Buffer.from('姓名,身份证号\n'), 'fake.xlsx'));
    expect(text.statusCode).toBe(415);
    const broken = await upload(admin.headers, multipartFile(NOT_A_ZIP, 'broken.xlsx'));
    expect(broken.statusCode).toBe(422);
    expect(broken.json().error.code).toBe('SPREADSHEET_DAMAGED');
    const big = await upload(admin.headers, multipartFile(Buffer.concat([ZIP, Buffer.alloc(1024 * 1024 + 10)])));
    expect(big.statusCode).toBe(413);
    expect(big.json().error.code).toBe('FILE_TOO_LARGE');
  });

  it('201 stores the bytes under a server-chosen name; only the uploader can download them', async () => {
    const { admin, other } = await setup();
    const res = await upload(admin.headers, multipartFile(ZIP, '../../etc/云岩区花名册.xlsx'));
    expect(res.statusCode).toBe(201);
    const file = res.json().data;
    expect(file.sizeBytes).toBe(ZIP.length);
    expect(file.name).not.toContain('/');
    const own = await t.app.inject({ method: 'GET', url: `/api/files/${file.id}`, headers: admin.headers });
    expect(own.statusCode).toBe(200);
    expect(own.rawPayload.equals(ZIP)).toBe(true);
    expect(own.headers['content-disposition']).toContain("filename*=UTF-8''");
    const theirs = await t.app.inject({ method: 'GET', url: `/api/files/${file.id}`, headers: other.headers });
    expect(theirs.statusCode).toBe(404);
    const bad = await t.app.inject({ method: 'GET', url: '/api/files/not-a-uuid', headers: admin.headers });
    expect(bad.statusCode).toBe(400);
  });

  it('429 once an account keeps as many live uploads as the quota allows', async () => {
    const { admin } = await setup();
    for (let i = 0; i < UploadQuota.files; i++) {
      expect((await upload(admin.headers, multipartFile(ZIP))).statusCode).toBe(201);
    }
    const over = await upload(admin.headers, multipartFile(ZIP));
    expect(over.statusCode).toBe(429);
    expect(over.json().error.code).toBe('FILE_QUOTA_EXCEEDED');
  });

  it('400 UPLOAD_MALFORMED for a multipart body the parser cannot read, and nothing is kept', async () => {
    const { admin } = await setup();
    const head = (boundary: string) =>
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.xlsx"\r\n` +
      'Content-Type: application/octet-stream\r\n\r\n';
    const part = `${head('XX')}${ZIP.toString('latin1')}`;
    const cases: [string, string, string][] = [
      ['truncated', part.slice(0, part.length - 40), 'multipart/form-data; boundary=XX'],
      ['no closing boundary', `${part}\r\n`, 'multipart/form-data; boundary=XX'],
      ['wrong closing boundary', `${part}\r\n--YY--\r\n`, 'multipart/form-data; boundary=XX'],
      ['empty boundary', `${part}\r\n--XX--\r\n`, 'multipart/form-data; boundary='],
      ['no boundary', `${part}\r\n--XX--\r\n`, 'multipart/form-data'],
      [
        '300-character boundary',
        `${head('b'.repeat(300))}abc\r\n--${'b'.repeat(300)}--\r\n`,
        `multipart/form-data; boundary=${'b'.repeat(300)}`,
      ],
    ];
    for (const [what, body, contentType] of cases) {
      const res = await upload(admin.headers, {
        payload: Buffer.from(body, 'latin1'),
        headers: { 'content-type': contentType },
      });
      expect({ what, status: res.statusCode, code: res.json().error?.code }).toEqual({
        what,
        status: 400,
        code: 'UPLOAD_MALFORMED',
      });
    }
    const rows = await superSql(
      t.app.services,
      `select count(*)::int as n from stored_files where owner_account_id = '${admin.id}'`,
    );
    expect(rows.rows[0]?.n).toBe(0);
    const left = await readdir(t.app.services.config.FILES_DIR ?? '.', { recursive: true }).catch(() => [] as string[]);
    expect(left.filter((f) => f.endsWith('.part'))).toEqual([]);
  });
});
