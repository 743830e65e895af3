import { readFileSync } from 'node:fs';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { SESSION_COOKIE } from '../../core/auth/sessions.ts';
import { runJob } from '../../platform/jobs/runner.ts';
import { createAccount, createOrg, createPerson, type TestAccount } from '../../test/factories.ts';
import { useTestApp } from '../../test/harness.ts';
import { videoAssets } from './schema.ts';
import { makeClip, uploadVideo } from './test-support.ts';

// Streaming: HTTP ranges as a <video> element asks for them, cookie sessions, and a 404 for anyone
// outside the video's organisation subtree.
describe('video: streaming', () => {
  const t = useTestApp();
  let videoId = '';
  let member: TestAccount;
  let outsider: TestAccount;
  let standard: Buffer;
  beforeAll(async () => {
    const s = t.app.services;
    const town = await createOrg(s, { type: 'committee' });
    const branch = await createOrg(s, { parent: town });
    const admin = await createAccount(s, { grants: [{ role: 'org_admin', org: town }] });
    const person = await createPerson(s, { org: branch });
    member = await createAccount(s, { person, grants: [{ role: 'member', org: branch }] });
    outsider = await createAccount(s, { grants: [{ role: 'org_admin', org: await createOrg(s) }] });
    const res = await uploadVideo(t.app, admin.headers, { orgId: town.id, file: makeClip(2) });
    videoId = res.json().data.id;
    const [row] = await s.db.select().from(videoAssets).where(eq(videoAssets.id, videoId));
    await runJob(s, row?.jobId ?? '');
    const [ready] = await s.db.select().from(videoAssets).where(eq(videoAssets.id, videoId));
    standard = readFileSync(s.files.pathOf(ready?.standardKey ?? ''));
  });
  const get = (headers: Record<string, string>, query = '', url = `/api/videos/${videoId}/stream`) =>
    t.app.inject({ url: `${url}${query}`, headers });

  it('401 without a session; 404 for an administrator of another subtree, as for a missing video', async () => {
    expect((await get({})).statusCode).toBe(401);
    const foreign = await get(outsider.headers);
    const missing = await get(outsider.headers, '', '/api/videos/00000000-0000-4000-8000-000000000000/stream');
    expect({ status: foreign.statusCode, code: foreign.json().error.code }).toEqual({
      status: missing.statusCode,
      code: missing.json().error.code,
    });
    expect(foreign.statusCode).toBe(404);
    expect((await get(outsider.headers, '', `/api/videos/${videoId}/poster`)).statusCode).toBe(404);
  });

  it('400 for an unknown quality', async () => {
    expect((await get(member.headers, '?quality=4k')).statusCode).toBe(400);
  });

  it('the whole file with Accept-Ranges, for a member of the subtree signed in by cookie', async () => {
    const token = member.headers.authorization?.replace('Bearer ', '') ?? '';
    const res = await get({ cookie: `${SESSION_COOKIE}=${token}` });
    expect(res.statusCode).toBe(200);
    expect(res.headers['accept-ranges']).toBe('bytes');
    expect(res.headers['content-type']).toBe('video/mp4');
    expect(res.rawPayload.equals(standard)).toBe(true);
  });

  it('206 for the first bytes, an open range and a suffix range', async () => {
    const size = standard.length;
    const first = await get({ ...member.headers, range: 'bytes=0-99' });
    expect(first.statusCode).toBe(206);
    expect(first.headers['content-range']).toBe(`bytes 0-99/${size}`);
    expect(first.headers['content-length']).toBe('100');
    expect(first.rawPayload.equals(standard.subarray(0, 100))).toBe(true);
    const open = await get({ ...member.headers, range: `bytes=${size - 10}-` });
    expect(open.headers['content-range']).toBe(`bytes ${size - 10}-${size - 1}/${size}`);
    expect(open.rawPayload.equals(standard.subarray(size - 10))).toBe(true);
    const suffix = await get({ ...member.headers, range: 'bytes=-500' });
    expect(suffix.statusCode).toBe(206);
    expect(suffix.rawPayload.equals(standard.subarray(size - 500))).toBe(true);
    const small = await get({ ...member.headers, range: 'bytes=0-7' }, '?quality=small');
    expect(small.statusCode).toBe(206);
    expect(small.rawPayload.toString('latin1', 4, 8)).toBe('ftyp');
  });

  it('416 with the size for a range outside the file or unreadable', async () => {
    const size = standard.length;
    for (const range of [`bytes=${size}-`, 'bytes=50-10', 'bytes=-0', 'items=0-1']) {
      const res = await get({ ...member.headers, range });
      expect({ range, status: res.statusCode }).toEqual({ range, status: 416 });
      expect(res.headers['content-range']).toBe(`bytes */${size}`);
      expect(res.json().error.code).toBe('RANGE_NOT_SATISFIABLE');
    }
  });

  it('the poster for a member', async () => {
    const res = await get(member.headers, '', `/api/videos/${videoId}/poster`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('image/jpeg');
  });
});
