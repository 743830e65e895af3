// The reader: the article at the app's text size (the body's sizes follow --hy-scale), with 收藏 and
// 朗读, and reading measured while the page is visible (reading-beats.ts). A document item shows its
// PDF in the page viewer, a video item the player (watching counted for the item); article images
// load at the phone's width.
import { Button, NavBar } from 'antd-mobile';
import { SoundOutline, StarFill, StarOutline } from 'antd-mobile-icons';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { LoadFailed, PageLoading } from '../shell/states.tsx';
import { VideoPlayer } from '../video/VideoPlayer.tsx';
import { PdfViewer } from './PdfViewer.tsx';
import { useArticle, useFavourite } from './queries.ts';
import { useReadAloud } from './read-aloud.ts';
import { useReadingBeats } from './reading-beats.ts';
import './strings.ts';
import './study.css';

/** The body's text for reading aloud (the HTML was sanitised by the server). */
function textOf(html: string): string {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  return (doc.body.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Article images at the phone's width (720 px) instead of the reader's full 1600 px. */
const phoneImages = (html: string) => html.replace(/(src="\/api\/content-media\/[0-9a-f-]{36})"/g, '$1?size=small"');

export function ReaderPage() {
  const { t, i18n } = useTranslation('study');
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const article = useArticle(id);
  const favourite = useFavourite(id);
  const endRef = useRef<HTMLDivElement>(null);
  const a = article.data;
  useReadingBeats(id, endRef, !!a);
  const aloud = useReadAloud(a ? `${a.title}。${textOf(a.bodyHtml)}` : '');

  return (
    <div className="hy-m-page hy-study">
      <NavBar back={t('back')} onBack={() => navigate(-1)} className="hy-study-nav" />
      {article.isPending && <PageLoading />}
      {article.error && <LoadFailed error={article.error} onRetry={() => article.refetch()} />}
      {a && (
        <article className="hy-study-article">
          <h1>{a.title}</h1>
          <p className="hy-study-meta">
            {a.orgName} · {new Date(a.publishedAt).toLocaleDateString(i18n.language === 'en' ? 'en' : 'zh-CN')}
            {a.source ? ` · ${t('source', { source: a.source })}` : ''}
          </p>
          <div className="hy-study-actions">
            <Button
              size="large"
              color={a.isFavourite ? 'primary' : 'default'}
              fill={a.isFavourite ? 'solid' : 'outline'}
              loading={favourite.isPending}
              onClick={() => favourite.mutate(!a.isFavourite)}
            >
              {a.isFavourite ? <StarFill /> : <StarOutline />} {a.isFavourite ? t('unfavourite') : t('favourite')}
            </Button>
            {aloud.isAvailable && (
              <Button size="large" onClick={aloud.isSpeaking ? aloud.stop : aloud.start}>
                <SoundOutline /> {aloud.isSpeaking ? t('stopReading') : t('readAloud')}
              </Button>
            )}
          </div>
          {a.kind === 'video' && <VideoPlayer contentId={a.id} />}
          {a.bodyHtml && (
            <div
              className="hy-study-body"
              // biome-ignore lint/security/noDangerouslySetInnerHtml: sanitised on the server (modules/content/sanitize.ts), an allow-list of tags
              dangerouslySetInnerHTML={{ __html: phoneImages(a.bodyHtml) }}
            />
          )}
          {a.document && <PdfViewer url={a.document.url} />}
          <div ref={endRef} className="hy-study-end">
            {a.reachedEnd ? t('finished') : null}
            {a.readSeconds > 0 &&
              ` ${a.readSeconds >= 60 ? t('readTime', { minutes: Math.floor(a.readSeconds / 60) }) : t('readTimeSeconds', { seconds: a.readSeconds })}`}
          </div>
        </article>
      )}
    </div>
  );
}

export { ReaderPage as Component };
