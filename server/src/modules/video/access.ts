import { authorize } from '../../core/policy.ts';
import type { Ctx } from '../../platform/context.ts';
import { AppError } from '../../platform/errors.ts';
import type { VideoRow } from './presenter.ts';
import { findVideoRow, viewerOrgPaths } from './queries.ts';

/** A video the actor may watch or preview, or NOT_FOUND exactly as for a missing one. */
export async function viewableVideo(ctx: Ctx, id: string): Promise<VideoRow> {
  const video = await findVideoRow(ctx.db, id);
  if (!video || !ctx.actor) throw new AppError('NOT_FOUND');
  const viewerPaths = await viewerOrgPaths(ctx.db, ctx.actor);
  const record = { orgPath: video.orgPath, viewerPaths }; // the view rule reads both
  authorize(ctx.actor, 'video.asset.view', record);
  return video;
}
