// The phone's video player, reusable by any page that shows a video (the content module's channels
// embed it): a large play button, "continue where you stopped", 流畅/标清 (流畅 chosen by itself
// on a slow or data-saving connection), and reports of what was really played. `contentId` names
// the content item showing the video: then everything goes through the item's routes
// (/api/content/feed/{id}/video…), so the item's audience may watch and video.asset.watched names
// the item; without it, the video library's own routes.
import { useQuery } from '@tanstack/react-query';
import { Button, ProgressBar } from 'antd-mobile';
import { PlayOutline } from 'antd-mobile-icons';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call, http } from '../../api/client.ts';
import { LoadFailed, PageLoading } from '../shell/states.tsx';
import './strings.ts';
import { preferredQuality, type Stretch, trackWatching } from './watch-tracker.ts';

type Quality = 'small' | 'standard';

const clock = (seconds: number) => {
  const s = Math.round(seconds);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
};

/** A video of the library, or the video a content item shows (the item's id). */
type Props = { videoId: string; contentId?: undefined } | { contentId: string; videoId?: undefined };

function useVideo(videoId: string, contentId: string | undefined) {
  return useQuery({
    queryKey: ['video', videoId, contentId],
    queryFn: ({ signal }) =>
      call(
        contentId
          ? http.GET('/api/content/feed/{id}/video', { params: { path: { id: contentId } }, signal })
          : http.GET('/api/videos/{id}', { params: { path: { id: videoId } }, signal }),
      ),
    refetchInterval: (q) => (q.state.data?.data.status === 'processing' ? 5000 : false),
  });
}

const report = (videoId: string, contentId: string | undefined, s: Stretch) =>
  (contentId
    ? http.POST('/api/content/feed/{id}/video/watch', { params: { path: { id: contentId } }, body: s })
    : http.POST('/api/videos/{id}/watch', { params: { path: { id: videoId } }, body: s })
  ).catch(() => {
    // A lost report costs only its seconds; the next one goes on from where this one ended.
  });

export function VideoPlayer(props: Props) {
  const { contentId } = props;
  const videoId = props.videoId ?? '';
  const { t } = useTranslation('h5video');
  const q = useVideo(videoId, contentId);
  const base = contentId ? `/api/content/feed/${contentId}/video` : `/api/videos/${videoId}`;
  const ref = useRef<HTMLVideoElement>(null);
  const [quality, setQuality] = useState<Quality>(() => preferredQuality());
  const [isSlow] = useState(() => preferredQuality() === 'small');
  const [started, setStarted] = useState(false);
  const [askResume, setAskResume] = useState(true);
  const seekTo = useRef<number | null>(null);
  const video = q.data?.data;

  useEffect(() => {
    const el = ref.current;
    if (!el || !video || video.status !== 'ready') return;
    return trackWatching(el, (s) => void report(videoId, contentId, s));
  }, [video, videoId, contentId]);

  if (q.isPending) return <PageLoading />;
  if (q.error || !video) return <LoadFailed error={q.error} onRetry={() => void q.refetch()} />;
  if (video.status !== 'ready') {
    return (
      <div className="hy-m-card hy-m-note" role="status">
        {video.status === 'processing' ? t('processing', { percent: video.progress }) : t('failed')}
        {video.status === 'processing' && <ProgressBar percent={video.progress} />}
      </div>
    );
  }
  const resumeAt =
    video.watch && !video.watch.completed && video.watch.positionSeconds > 5 ? video.watch.positionSeconds : null;
  const start = (from: number | null) => {
    const el = ref.current;
    if (!el) return;
    if (from !== null) el.currentTime = from;
    setAskResume(false);
    setStarted(true);
    void el.play().catch(() => {});
  };
  const switchTo = (next: Quality) => {
    const el = ref.current;
    if (!el || next === quality) return;
    seekTo.current = el.currentTime; // the new source starts at 0: carry on where we are
    setQuality(next);
  };

  return (
    <div className="hy-m-video">
      <div className="hy-m-video-frame">
        {/* biome-ignore lint/a11y/useMediaCaption: uploaded lessons come without caption tracks */}
        <video
          ref={ref}
          src={`${base}/stream?quality=${quality}`}
          poster={video.hasPoster ? `${base}/poster` : undefined}
          controls={started}
          playsInline
          preload="metadata"
          onLoadedMetadata={(e) => {
            if (seekTo.current !== null) {
              e.currentTarget.currentTime = seekTo.current;
              seekTo.current = null;
              if (started) void e.currentTarget.play().catch(() => {});
            }
          }}
        />
        {!started && (
          <div className="hy-m-video-overlay">
            {resumeAt !== null && askResume ? (
              <div className="hy-m-video-resume">
                <Button color="primary" size="large" block onClick={() => start(resumeAt)}>
                  {t('resume', { at: clock(resumeAt) })}
                </Button>
                <Button size="large" block onClick={() => start(0)}>
                  {t('restart')}
                </Button>
              </div>
            ) : (
              <button type="button" className="hy-m-video-play" aria-label={t('play')} onClick={() => start(null)}>
                <PlayOutline />
              </button>
            )}
          </div>
        )}
      </div>
      <div className="hy-m-video-bar">
        <span className="hy-m-small hy-m-muted">{t('quality')}</span>
        {(['small', 'standard'] as const).map((k) => (
          <Button
            key={k}
            size="small"
            color={quality === k ? 'primary' : 'default'}
            fill={quality === k ? 'solid' : 'outline'}
            onClick={() => switchTo(k)}
            aria-pressed={quality === k}
          >
            {t(k)}
          </Button>
        ))}
      </div>
      {isSlow && quality === 'small' && <p className="hy-m-note">{t('slowHint')}</p>}
      {video.watch && video.durationSeconds !== null && (
        <p className="hy-m-note">
          {video.watch.completed
            ? t('completed')
            : t('watched', { watched: clock(video.watch.watchedSeconds), total: clock(video.durationSeconds) })}
        </p>
      )}
    </div>
  );
}
