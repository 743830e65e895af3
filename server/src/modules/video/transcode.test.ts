import { readFileSync, statSync } from 'node:fs';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { runJob } from '../../platform/jobs/runner.ts';
import { createAccount, createOrg, type OrgRow, type TestAccount } from '../../test/factories.ts';
import { useTestApp } from '../../test/harness.ts';
import { videoAssets } from './schema.ts';
import { makeClip, topLevelBoxes, uploadVideo } from './test-support.ts';

// Transcoding a real clip made by ffmpeg: two faststart H.264/AAC renditions, a poster, the
// duration; a broken upload fails once with words; a missing ffmpeg is named as such.
describe('video: upload and transcoding', () => {
  const t = useTestApp();
  let town: OrgRow;
  let admin: TestAccount;
  const clip = makeClip(2.5);
  beforeAll(async () => {
    town = await createOrg(t.app.services, { type: 'committee' });
    admin = await createAccount(t.app.services, { grants: [{ role: 'org_admin', org: town }] });
  });
  const row = async (id: string) =>
    (await t.app.services.db.select().from(videoAssets).where(eq(videoAssets.id, id)))[0];

  it('401 without a session, 404 for an organisation outside the caller’s subtrees, 415 for a renamed text file', async () => {
    expect((await uploadVideo(t.app, {}, { orgId: town.id, file: clip })).statusCode).toBe(401);
    const other = await createOrg(t.app.services);
    const foreign = await uploadVideo(t.app, admin.headers, { orgId: other.id, file: clip });
    expect(foreign.statusCode).toBe(404);
    expect(foreign.json().error.code).toBe('NOT_FOUND');
    const text = await uploadVideo(t.app, admin.headers, {
      orgId: town.id,
      file: Buffer.alloc(400, 'a'),
      name: 'x.mp4',
    });
    expect(text.statusCode).toBe(415);
    expect(text.json().error.code).toBe('VIDEO_FORMAT_UNSUPPORTED');
    const noTitle = await uploadVideo(t.app, admin.headers, { orgId: town.id, title: ' ', file: clip });
    expect(noTitle.statusCode).toBe(400);
    expect(noTitle.json().error.details.map((d: { field: string }) => d.field)).toContain('body.title');
  });

  it('transcodes into two faststart renditions and a poster, private files, with the duration', async () => {
    const res = await uploadVideo(t.app, admin.headers, { orgId: town.id, file: clip });
    expect(res.statusCode, res.body).toBe(201);
    const video = res.json().data;
    expect(video).toMatchObject({ status: 'processing', progress: 0, qualities: [], orgName: town.name });
    const before = await row(video.id);
    expect(before?.sourceFormat).toBe('mov');
    const job = await runJob(t.app.services, before?.jobId ?? '');
    expect(job?.status, JSON.stringify(job)).toBe('succeeded');
    const after = await row(video.id);
    expect(after).toMatchObject({ status: 'ready', progress: 100, errorCode: null });
    expect(after?.durationSeconds).toBeGreaterThan(2.3);
    expect(after?.durationSeconds).toBeLessThan(2.8);
    const files = t.app.services.files;
    for (const key of [after?.smallKey, after?.standardKey]) {
      const p = files.pathOf(key ?? '');
      const boxes = topLevelBoxes(readFileSync(p));
      expect(boxes.indexOf('moov'), boxes.join(',')).toBeGreaterThanOrEqual(0);
      expect(boxes.indexOf('moov')).toBeLessThan(boxes.indexOf('mdat'));
      expect(statSync(p).mode & 0o777).toBe(0o600);
    }
    const poster = readFileSync(files.pathOf(after?.posterKey ?? ''));
    expect(poster.subarray(0, 2).toString('hex')).toBe('ffd8'); // JPEG
    const detail = await t.app.inject({ url: `/api/videos/${video.id}`, headers: admin.headers });
    expect(detail.json().data).toMatchObject({ status: 'ready', qualities: ['small', 'standard'], hasPoster: true });
    const list = await t.app.inject({ url: '/api/videos', headers: admin.headers });
    expect(list.json().data.map((v: { id: string }) => v.id)).toContain(video.id);
  });

  it('a broken file fails once, with a readable message in the library', async () => {
    // MP4 magic followed by garbage: accepted by the sniffer, refused by the decoder.
    const broken = Buffer.concat([Buffer.from('000000186674797069736f6d', 'hex'), Buffer.alloc(5000, 7)]);
    const res = await uploadVideo(t.app, admin.headers, { orgId: town.id, file: broken, name: 'broken.mp4' });
    expect(res.statusCode).toBe(201);
    const id = res.json().data.id;
    const job = await runJob(t.app.services, (await row(id))?.jobId ?? '');
    expect(job).toMatchObject({ status: 'failed', errorCode: 'VIDEO_UNREADABLE' });
    // A redelivery of the finished job does nothing: it is never retried forever.
    expect(await runJob(t.app.services, job?.id ?? '')).toBeNull();
    expect((await row(id))?.status).toBe('failed');
    const list = await t.app.inject({ url: '/api/videos?status=failed', headers: admin.headers });
    const shown = list.json().data.find((v: { id: string }) => v.id === id);
    expect(shown).toMatchObject({ status: 'failed', errorCode: 'VIDEO_UNREADABLE' });
    expect(shown.errorMessage).toMatch(/损坏/);
  });

  it('without ffmpeg on the PATH the job fails with VIDEO_TRANSCODER_MISSING', async () => {
    const res = await uploadVideo(t.app, admin.headers, { orgId: town.id, file: clip });
    const id = res.json().data.id;
    const path = process.env.PATH;
    process.env.PATH = '/nonexistent';
    try {
      const job = await runJob(t.app.services, (await row(id))?.jobId ?? '');
      expect(job).toMatchObject({ status: 'failed', errorCode: 'VIDEO_TRANSCODER_MISSING' });
    } finally {
      process.env.PATH = path;
    }
    const detail = await t.app.inject({
      url: `/api/videos/${id}`,
      headers: { ...admin.headers, 'accept-language': 'en' },
    });
    expect(detail.json().data.errorMessage).toMatch(/ffmpeg/);
  });
});
