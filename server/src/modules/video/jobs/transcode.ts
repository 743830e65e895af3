import { chmod, stat } from 'node:fs/promises';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Services } from '../../../platform/context.ts';
import { AppError } from '../../../platform/errors.ts';
import { PRIVATE_FILE_MODE } from '../../../platform/files/private.ts';
import { typedJob } from '../../../platform/jobs/registry.ts';
import { ffmpeg, probe, transcoderAvailable } from '../ffmpeg.ts';
import { videoAssets } from '../schema.ts';

// Turns an upload into what phones play: two H.264/AAC MP4 renditions with the index at the front
// (-movflags +faststart, so playback starts before the whole file has arrived), 流畅 small at 360p
// ~400 kbit/s for weak village networks and 标清 standard at 720p ~1.5 Mbit/s, never upscaled;
// plus a poster frame and the duration. Progress goes to the video's row (every admin of the
// library sees it) and to the job. A file ffmpeg cannot read fails the job once, with its reason.

export const TRANSCODE_JOB = 'video.transcode';

type Rendition = { key: 'smallKey' | 'standardKey'; height: number; videoKbps: number; audioKbps: number };
const RENDITIONS: Rendition[] = [
  { key: 'smallKey', height: 360, videoKbps: 400, audioKbps: 64 },
  { key: 'standardKey', height: 720, videoKbps: 1500, audioKbps: 128 },
];

/** ffmpeg's arguments for one rendition (an output of the one run over the source). */
function renditionArgs(r: Rendition, sourceHeight: number, out: string): string[] {
  const height = Math.min(r.height, sourceHeight - (sourceHeight % 2));
  return [
    ...['-map', '0:v:0', '-map', '0:a:0?'],
    ...['-vf', `scale=-2:${height}`, '-c:v', 'libx264', '-preset', 'veryfast', '-profile:v', 'main'],
    ...['-pix_fmt', 'yuv420p', '-b:v', `${r.videoKbps}k`, '-maxrate', `${Math.round(r.videoKbps * 1.2)}k`],
    ...['-bufsize', `${r.videoKbps * 2}k`, '-c:a', 'aac', '-b:a', `${r.audioKbps}k`, '-ac', '2'],
    ...['-movflags', '+faststart', '-f', 'mp4', out],
  ];
}

async function setVideo(services: Services, id: string, values: Partial<typeof videoAssets.$inferInsert>) {
  await services.db
    .update(videoAssets)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(videoAssets.id, id));
}

async function transcode(services: Services, videoId: string, report: (percent: number) => Promise<void>) {
  const [video] = await services.db.select().from(videoAssets).where(eq(videoAssets.id, videoId));
  if (!video) throw new AppError('NOT_FOUND');
  if (!(await transcoderAvailable())) throw new AppError('VIDEO_TRANSCODER_MISSING');
  const storage = services.files;
  const source = storage.pathOf(video.sourceKey);
  const info = await probe(source);
  const keys = {
    smallKey: storage.newKey('mp4'),
    standardKey: storage.newKey('mp4'),
    posterKey: storage.newKey('jpg'),
  };
  const made: string[] = [];
  try {
    const args = ['-i', source];
    for (const r of RENDITIONS) {
      const out = await storage.prepare(keys[r.key]);
      made.push(keys[r.key]);
      args.push(...renditionArgs(r, info.height, out));
    }
    let last = -1;
    await ffmpeg(args, (seconds) => {
      const percent = Math.min(95, Math.floor((seconds / info.durationSeconds) * 95));
      if (percent > last) {
        last = percent;
        report(percent).catch(() => {}); // progress is a courtesy; the run goes on
      }
    });
    const poster = await storage.prepare(keys.posterKey);
    made.push(keys.posterKey);
    const at = Math.min(1, info.durationSeconds / 2).toFixed(2);
    const posterHeight = Math.min(720, info.height - (info.height % 2));
    await ffmpeg(['-ss', at, '-i', source, '-frames:v', '1', '-vf', `scale=-2:${posterHeight}`, '-q:v', '4', poster]);
    // ffmpeg may recreate its outputs (faststart rewrites the file): keep them private anyway.
    for (const key of made) {
      const p = storage.pathOf(key);
      if ((await stat(p)).size === 0) throw new AppError('VIDEO_UNREADABLE', { reason: 'empty output' });
      await chmod(p, PRIVATE_FILE_MODE);
    }
  } catch (e) {
    for (const key of made) await storage.remove(key);
    throw e;
  }
  await setVideo(services, videoId, {
    ...keys,
    status: 'ready',
    progress: 100,
    errorCode: null,
    durationSeconds: info.durationSeconds,
  });
  return { durationSeconds: info.durationSeconds };
}

export const transcodeJob = typedJob({
  params: z.object({ videoId: z.uuid() }),
  run: async (services, { params, progress }) => {
    let lastWrite = 0;
    const report = async (percent: number) => {
      await progress(percent, 100, 'transcoding');
      if (Date.now() - lastWrite < 1000) return;
      lastWrite = Date.now();
      await setVideo(services, params.videoId, { progress: percent });
    };
    try {
      const result = await transcode(services, params.videoId, report);
      return { result: { videoId: params.videoId, ...result } };
    } catch (e) {
      const code = e instanceof AppError ? e.code : 'INTERNAL';
      await setVideo(services, params.videoId, { status: 'failed', errorCode: code });
      throw e;
    }
  },
});
