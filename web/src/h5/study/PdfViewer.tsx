// The phone's PDF viewer: pages drawn to canvas by pdf.js, because showing a PDF in the phone's own
// browser is unreliable (iOS shows only the first page in a frame, many Android browsers download
// it instead). Pages are drawn only when they come near the screen, at the screen's pixel density,
// and 放大/缩小 redraws them wider (the page then scrolls sideways). The legacy build runs on the
// older phone browsers members still use. The file comes through the item's audience (cookies).
import { Button } from 'antd-mobile';
import { AddOutline, MinusOutline } from 'antd-mobile-icons';
import type { PDFDocumentProxy } from 'pdfjs-dist';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadFailed, PageLoading } from '../shell/states.tsx';

const ZOOMS = [1, 1.5, 2, 3] as const;

// Range loading: the server answers byte ranges (206), so with streaming and pre-fetching off pdf.js
// reads the file's end (its cross-reference table) and then only the chunks of the pages it draws
// (64 KiB each, neighbouring chunks in one request): a phone on a weak signal opening a 50 MB
// document fetches the pages it shows, not the whole file.
const RANGE_CHUNK_BYTES = 65536;

async function loadPdf(url: string) {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const worker = await import('pdfjs-dist/legacy/build/pdf.worker.min.mjs?url');
  pdfjs.GlobalWorkerOptions.workerSrc = worker.default;
  // The character maps and standard fonts shipped with the build (vite.config.ts, pdfjsAssets): a
  // Chinese PDF whose fonts are not embedded (STSong-Light, UniGB-UCS2-H) renders blank without them.
  const assets = `${import.meta.env.BASE_URL}assets/pdfjs-${pdfjs.version}/`;
  return pdfjs.getDocument({
    url,
    withCredentials: true,
    isEvalSupported: false,
    rangeChunkSize: RANGE_CHUNK_BYTES,
    disableStream: true,
    disableAutoFetch: true,
    cMapUrl: `${assets}cmaps/`,
    cMapPacked: true,
    standardFontDataUrl: `${assets}standard_fonts/`,
    // Fetched by the page (its CSP allows our origin), not by the worker, whose script is served
    // with the strict file CSP of /assets (platform/http/web-app.ts).
    useWorkerFetch: false,
  });
}

function PdfPage({
  doc,
  number,
  width,
  ratio,
}: {
  doc: PDFDocumentProxy;
  number: number;
  width: number;
  ratio: number;
}) {
  const { t } = useTranslation('study');
  const box = useRef<HTMLDivElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  const [isNear, setNear] = useState(false);
  const [height, setHeight] = useState(width * ratio);

  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const io = new IntersectionObserver((es) => setNear(es.some((e) => e.isIntersecting)), { rootMargin: '800px 0px' });
    io.observe(el);
    return () => io.disconnect();
  }, []);

  useEffect(() => {
    const el = canvas.current;
    if (!isNear || !el || width <= 0) return;
    let task: { cancel: () => void; promise: Promise<void> } | null = null;
    let isGone = false;
    void doc.getPage(number).then((page) => {
      if (isGone) return;
      const base = page.getViewport({ scale: 1 });
      const dpr = Math.min(window.devicePixelRatio || 1, 3);
      const viewport = page.getViewport({ scale: (width / base.width) * dpr });
      el.width = Math.floor(viewport.width);
      el.height = Math.floor(viewport.height);
      setHeight((width * base.height) / base.width);
      task = page.render({ canvas: el, viewport });
      task.promise.catch(() => {
        // Cancelled by a zoom or by scrolling away: the next render draws it.
      });
    });
    return () => {
      isGone = true;
      task?.cancel();
    };
  }, [doc, number, width, isNear]);

  return (
    <div ref={box} className="hy-pdf-page" style={{ width, height }}>
      <canvas ref={canvas} style={{ width, height }} aria-label={t('pdfPage', { page: number })} />
    </div>
  );
}

export function PdfViewer({ url }: { url: string }) {
  const { t } = useTranslation('study');
  const frame = useRef<HTMLDivElement>(null);
  const [doc, setDoc] = useState<PDFDocumentProxy | null>(null);
  const [ratio, setRatio] = useState(Math.SQRT2); // A4 until the first page says otherwise
  const [error, setError] = useState<unknown>(null);
  const [attempt, setAttempt] = useState(0);
  const [zoom, setZoom] = useState(0);
  const [frameWidth, setFrameWidth] = useState(0);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `attempt` is the retry button: it reloads the file
  useEffect(() => {
    let destroy: (() => void) | null = null;
    let isGone = false;
    setError(null);
    void loadPdf(url)
      .then(async (task) => {
        destroy = () => void task.destroy();
        const d = await task.promise;
        const first = (await d.getPage(1)).getViewport({ scale: 1 });
        if (isGone) return;
        setRatio(first.height / first.width);
        setDoc(d);
      })
      .catch((e: unknown) => !isGone && setError(e));
    return () => {
      isGone = true;
      destroy?.();
    };
  }, [url, attempt]);

  useEffect(() => {
    const el = frame.current;
    if (!el) return;
    const ro = new ResizeObserver(() => setFrameWidth(el.clientWidth));
    ro.observe(el);
    return () => ro.disconnect();
  }, []);

  const width = Math.floor(frameWidth * (ZOOMS[zoom] ?? 1));
  return (
    <section className="hy-pdf" aria-label={t('pdfViewer')}>
      <div className="hy-pdf-bar">
        <span className="hy-m-small hy-m-muted">{doc ? t('pdfPages', { count: doc.numPages }) : ''}</span>
        <Button size="large" disabled={zoom === 0} onClick={() => setZoom((z) => z - 1)} aria-label={t('zoomOut')}>
          <MinusOutline /> {t('zoomOut')}
        </Button>
        <span className="hy-pdf-zoom">{Math.round((ZOOMS[zoom] ?? 1) * 100)}%</span>
        <Button
          size="large"
          disabled={zoom === ZOOMS.length - 1}
          onClick={() => setZoom((z) => z + 1)}
          aria-label={t('zoomIn')}
        >
          <AddOutline /> {t('zoomIn')}
        </Button>
      </div>
      <div ref={frame} className="hy-pdf-frame">
        {error ? (
          <LoadFailed error={error} onRetry={() => setAttempt((n) => n + 1)} />
        ) : !doc || width <= 0 ? (
          // Pages wait for the frame's width: laid out at width 0 every page would be "near the
          // screen" at once, and each would fetch its bytes.
          <PageLoading />
        ) : (
          Array.from({ length: doc.numPages }, (_, i) => i + 1).map((page) => (
            <PdfPage key={`${url}#${page}`} doc={doc} number={page} width={width} ratio={ratio} />
          ))
        )}
      </div>
    </section>
  );
}
