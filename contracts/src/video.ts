// The video service (视频云服务): a library of videos owned by organisations, transcoded into two
// renditions (流畅 small for weak networks, 标清 standard), streamed with HTTP ranges, and the
// watching members report, merged per person so that only seconds actually played count.
import { z } from 'zod';
import { PageQuery } from './common.ts';

export const VideoLimits = {
  titleMax: 100,
  descriptionMax: 2000,
  /** Media seconds a single watch report may name (the player reports every 15 s; a day is plenty). */
  mediaSecondsMax: 86_400,
} as const;

export const VideoStatuses = ['processing', 'ready', 'failed'] as const;
export type VideoStatus = (typeof VideoStatuses)[number];
export const VideoQualities = ['small', 'standard'] as const;
export type VideoQuality = (typeof VideoQualities)[number];

export const VideoStatusLabels: Record<VideoStatus, { zh: string; en: string }> = {
  processing: { zh: '转码中', en: 'Transcoding' },
  ready: { zh: '可播放', en: 'Ready' },
  failed: { zh: '转码失败', en: 'Failed' },
};

export const VideoQualityLabels: Record<VideoQuality, { zh: string; en: string }> = {
  small: { zh: '流畅', en: 'Smooth' },
  standard: { zh: '标清', en: 'Standard' },
};

/** The upload's text fields (multipart fields sent before the file). */
export const UploadVideoFields = z.object({
  orgId: z.coerce.number().int().positive().max(2_147_483_647),
  title: z.string().trim().min(1).max(VideoLimits.titleMax),
  description: z.string().trim().max(VideoLimits.descriptionMax).default(''),
});

export const VideoView = z
  .object({
    id: z.uuid(),
    orgId: z.number(),
    orgName: z.string(),
    title: z.string(),
    description: z.string(),
    status: z.enum(VideoStatuses),
    /** Transcoding progress, 0–100. */
    progress: z.number(),
    errorCode: z.string().nullable(),
    /** The error in the caller's language, when the transcoding failed. */
    errorMessage: z.string().nullable(),
    durationSeconds: z.number().nullable(),
    qualities: z.array(z.enum(VideoQualities)),
    hasPoster: z.boolean(),
    createdAt: z.string(),
  })
  .meta({ id: 'Video' });

export const VideoWatchView = z
  .object({
    watchedSeconds: z.number(),
    positionSeconds: z.number(),
    completed: z.boolean(),
  })
  .meta({ id: 'VideoWatch' });

export const VideoResponse = z.object({ data: VideoView });
export const VideoDetailResponse = z.object({ data: VideoView.extend({ watch: VideoWatchView.nullable() }) });
export const ListVideosQuery = PageQuery.extend({ status: z.enum(VideoStatuses).optional() });
export const ListVideosResponse = z.object({
  data: z.array(VideoView),
  page: z.number(),
  pageSize: z.number(),
  total: z.number(),
});
export const StreamVideoQuery = z.object({ quality: z.enum(VideoQualities).default('standard') });

/** What the player reports: a stretch of media it actually played, and where it is now. */
export const WatchReportRequest = z
  .object({
    from: z.number().min(0).max(VideoLimits.mediaSecondsMax),
    to: z.number().min(0).max(VideoLimits.mediaSecondsMax),
    positionSeconds: z.number().min(0).max(VideoLimits.mediaSecondsMax).optional(),
  })
  .refine((r) => r.to >= r.from, { message: 'video.segment.backwards', path: ['to'] });

export const WatchReportResponse = z.object({
  data: VideoWatchView.extend({ creditedSeconds: z.number() }),
});
