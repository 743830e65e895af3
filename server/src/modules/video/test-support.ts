import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import type { App } from '../../app.ts';
import { multipartFile, type OrgRow } from '../../test/factories.ts';
import { videoAssets } from './schema.ts';

// Helpers for the video tests (never shipped code paths): a real short clip made by ffmpeg, the
// top-level boxes of an MP4, an upload through the API, and a ready video row for watch tests.

/** Fails loudly (never skips) when ffmpeg is missing: CI installs it (.ci/run). */
export function requireFfmpeg(): void {
  const r = spawnSync('ffmpeg', ['-version']);
  if (r.error || r.status !== 0) {
    throw new Error('ffmpeg is not installed: the video tests need it (apt-get install -y ffmpeg)');
  }
}

/** A 640x360 test pattern with a 440 Hz tone, `seconds` long (a QuickTime .mov by default). */
export function makeClip(seconds = 2.5, ext = 'mov'): Buffer {
  requireFfmpeg();
  const dir = mkdtempSync(path.join(tmpdir(), 'hy-clip-'));
  const out = path.join(dir, `clip.${ext}`);
  execFileSync('ffmpeg', [
    ...['-hide_banner', '-loglevel', 'error', '-y'],
    ...['-f', 'lavfi', '-i', `testsrc=size=640x360:rate=25:duration=${seconds}`],
    ...['-f', 'lavfi', '-i', `sine=frequency=440:duration=${seconds}`],
    ...['-c:v', 'libx264', '-preset', 'ultrafast', '-pix_fmt', 'yuv420p', '-c:a', 'aac', '-shortest', out],
  ]);
  return readFileSync(out);
}

/** The types of an MP4's top-level boxes, in file order. */
export function topLevelBoxes(file: Buffer): string[] {
  const boxes: string[] = [];
  let at = 0;
  while (at + 8 <= file.length) {
    let size = file.readUInt32BE(at);
    const type = file.toString('latin1', at + 4, at + 8);
    if (size === 1) size = Number(file.readBigUInt64BE(at + 8));
    if (size < 8) break;
    boxes.push(type);
    at += size;
  }
  return boxes;
}

export async function uploadVideo(
  app: App,
  headers: Record<string, string>,
  input: { orgId: number; title?: string; file: Buffer; name?: string },
) {
  const file = multipartFile(input.file, input.name ?? 'clip.mov', 'video/quicktime');
  const boundary = /boundary=(.+)$/.exec(file.headers['content-type'] ?? '')?.[1] ?? '';
  const field = (name: string, value: string) =>
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`);
  const payload = Buffer.concat([
    field('orgId', String(input.orgId)),
    field('title', input.title ?? '党课视频'),
    field('description', '测试'),
    file.payload,
  ]);
  return app.inject({ method: 'POST', url: '/api/videos', headers: { ...headers, ...file.headers }, payload });
}

/** A transcoded-looking video row (no bytes), for tests of watching. */
export async function insertReadyVideo(app: App, org: OrgRow, durationSeconds = 100) {
  const [row] = await app.services.db
    .insert(videoAssets)
    .values({
      orgId: org.id,
      orgPath: org.path,
      title: '学习视频',
      status: 'ready',
      progress: 100,
      durationSeconds,
      sourceFormat: 'mp4',
      sourceKey: 'none/source.video',
      sourceSizeBytes: 1,
      standardKey: 'none/standard.mp4',
      uploadedBy: '00000000-0000-4000-8000-000000000000',
    })
    .returning();
  if (!row) throw new Error('video insert failed');
  return row;
}

/**
 * A ready video whose renditions and poster are small stand-in files in storage (bytes a player
 * would not decode, but a stream and a poster answer 200), for route-walking tests.
 */
export async function insertStoredVideo(app: App, org: OrgRow, title: string) {
  const files = app.services.files;
  const keys = { smallKey: files.newKey('mp4'), standardKey: files.newKey('mp4'), posterKey: files.newKey('jpg') };
  for (const key of Object.values(keys)) await files.save(key, Readable.from([Buffer.from(`stand-in ${key}`)]));
  const [row] = await app.services.db
    .insert(videoAssets)
    .values({
      ...keys,
      orgId: org.id,
      orgPath: org.path,
      title,
      status: 'ready',
      progress: 100,
      durationSeconds: 60,
      sourceFormat: 'mp4',
      sourceKey: keys.standardKey,
      sourceSizeBytes: 1,
      uploadedBy: '00000000-0000-4000-8000-000000000000',
    })
    .returning();
  if (!row) throw new Error('video insert failed');
  return row;
}
