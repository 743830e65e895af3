import { ErrorCatalog, type ErrorCode, type VideoQuality } from '@hongyun/contracts';
import type { Lang } from '../../platform/errors.ts';
import type { videoAssets, videoWatches } from './schema.ts';

export type VideoRow = typeof videoAssets.$inferSelect;
export type WatchRow = typeof videoWatches.$inferSelect;

const isErrorCode = (code: string): code is ErrorCode => Object.hasOwn(ErrorCatalog, code);

/** What leaves the server about a video: never its storage keys. The error is told in words. */
export function presentVideo(v: VideoRow, orgName: string, lang: Lang) {
  const qualities: VideoQuality[] = [];
  if (v.smallKey) qualities.push('small');
  if (v.standardKey) qualities.push('standard');
  return {
    id: v.id,
    orgId: v.orgId,
    orgName,
    title: v.title,
    description: v.description,
    status: v.status,
    progress: v.progress,
    errorCode: v.errorCode,
    errorMessage: v.errorCode ? (isErrorCode(v.errorCode) ? ErrorCatalog[v.errorCode][lang] : v.errorCode) : null,
    durationSeconds: v.durationSeconds === null ? null : Math.round(v.durationSeconds * 10) / 10,
    qualities,
    hasPoster: !!v.posterKey,
    createdAt: v.createdAt.toISOString(),
  };
}

export function presentWatch(w: Pick<WatchRow, 'watchedSeconds' | 'positionSeconds' | 'completed'>) {
  return {
    watchedSeconds: Math.floor(w.watchedSeconds),
    positionSeconds: Math.round(w.positionSeconds * 10) / 10,
    completed: w.completed,
  };
}
