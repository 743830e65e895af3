import { describe, expect, it } from 'vitest';
import { appendAuditNow } from '../../platform/audit/chain.ts';
import { publishAuditHead } from '../../platform/audit/publish.ts';
import { createAccount, createOrg } from '../../test/factories.ts';
import { useTestApp } from '../../test/harness.ts';

describe('audit API', () => {
  const t = useTestApp();

  it('refuses without a session', async () => {
    expect((await t.app.inject('/api/audit')).statusCode).toBe(401);
    expect((await t.app.inject({ method: 'POST', url: '/api/audit/verify' })).statusCode).toBe(401);
  });

  it('is closed to system and security administrators (separation of duties)', async () => {
    const root = await createOrg(t.app.services);
    for (const role of ['system_admin', 'security_admin', 'party_office'] as const) {
      const acc = await createAccount(t.app.services, { grants: [{ role, org: root }] });
      expect((await t.app.inject({ url: '/api/audit', headers: acc.headers })).statusCode).toBe(403);
      const v = await t.app.inject({ method: 'POST', url: '/api/audit/verify', headers: acc.headers });
      expect(v.statusCode).toBe(403);
    }
  });

  it('lists and verifies for the audit administrator, scoped to their subtree', async () => {
    const root = await createOrg(t.app.services);
    const countyA = await createOrg(t.app.services, { parent: root, type: 'committee' });
    const countyB = await createOrg(t.app.services, { parent: root, type: 'committee' });
    await appendAuditNow(t.ctx(), { action: 'org.updated', orgId: countyA.id, targetId: 'a' });
    await appendAuditNow(t.ctx(), { action: 'org.updated', orgId: countyB.id, targetId: 'b' });
    await appendAuditNow(t.ctx(), { action: 'auth.login', outcome: 'failure' });

    const cityAuditor = await createAccount(t.app.services, { grants: [{ role: 'audit_admin', org: root }] });
    const all = await t.app.inject({ url: '/api/audit?pageSize=50', headers: cityAuditor.headers });
    expect(all.statusCode).toBe(200);
    expect(all.json().data.map((r: { targetId: string }) => r.targetId)).toEqual(expect.arrayContaining(['a', 'b']));
    expect(all.json().data.some((r: { action: string }) => r.action === 'auth.login')).toBe(true);
    expect(all.json().data[0]).not.toHaveProperty('prevHash');
    // The verification itself is audited, with the auditor's name.
    await t.app.inject({ method: 'POST', url: '/api/audit/verify', headers: cityAuditor.headers });
    const after = await t.app.inject({ url: '/api/audit?action=audit.verified', headers: cityAuditor.headers });
    expect(after.json().data[0].actorName).toMatch(/测试账号/);
    expect(after.json().data[0]).toMatchObject({
      actionLabel: '校验审计日志',
      summary: expect.stringMatching(/^测试账号\d+ 校验了审计日志哈希链$/),
    });
    // A target that is an account reads as its name, not its ID.
    const target = await createAccount(t.app.services);
    await appendAuditNow(t.ctx(), { action: 'accounts.disabled', targetType: 'account', targetId: target.id });
    const disabled = await t.app.inject({
      url: '/api/audit?action=accounts.disabled',
      headers: { ...cityAuditor.headers, 'accept-language': 'en' },
    });
    expect(disabled.json().data[0]).toMatchObject({
      actionLabel: 'Account disabled',
      summary: expect.stringMatching(/^System disabled the account 测试账号\d+$/),
    });

    const countyAuditor = await createAccount(t.app.services, { grants: [{ role: 'audit_admin', org: countyA }] });
    const mine = await t.app.inject({ url: '/api/audit?action=org.', headers: countyAuditor.headers });
    expect(mine.json().data.map((r: { targetId: string }) => r.targetId)).toEqual(['a']);

    const verify = await t.app.inject({ method: 'POST', url: '/api/audit/verify', headers: cityAuditor.headers });
    expect(verify.statusCode).toBe(200);
    expect(verify.json().data).toMatchObject({ ok: true });

    // With the head published, cutting off the newest rows shows on the screen's check too.
    const published = await publishAuditHead(t.app.services);
    await t.asOwner('alter table audit_log disable trigger user');
    await t.asOwner('delete from audit_log where seq = $1', [published?.seq]);
    await t.asOwner('alter table audit_log enable trigger user');
    const cut = await t.app.inject({ method: 'POST', url: '/api/audit/verify', headers: cityAuditor.headers });
    expect(cut.statusCode).toBe(200);
    expect(cut.json().data).toMatchObject({ ok: false, reason: 'truncated', publishedSeq: published?.seq });
  });

  it('lists every bad filter in a 400', async () => {
    const root = await createOrg(t.app.services);
    const acc = await createAccount(t.app.services, { grants: [{ role: 'audit_admin', org: root }] });
    const res = await t.app.inject({
      url: '/api/audit?pageSize=9999&actorAccountId=nope&outcome=x',
      headers: acc.headers,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('VALIDATION_FAILED');
    const fields = res.json().error.details.map((d: { field: string }) => d.field);
    expect(fields).toEqual(
      expect.arrayContaining(['querystring.pageSize', 'querystring.actorAccountId', 'querystring.outcome']),
    );
  });
});
