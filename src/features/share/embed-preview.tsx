// The embed as the other site will show it, in an iframe of the chosen size, scaled down to fit
// the dialog when it is larger (the frame keeps its real size, so the layout is the real one).
import { useEffect, useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { EmbedSize } from '../../domain/embed-snippet';
import './embed-preview.css';

/** The tallest the preview may be drawn in the dialog. */
const MAX_PREVIEW_HEIGHT = 400;
/** The width assumed before the box is measured (and where nothing lays out, as in tests). */
const UNMEASURED_WIDTH = 640;

/** The width of an element, following its changes where ResizeObserver exists. */
function useWidth(ref: RefObject<HTMLElement | null>): number {
  const [width, setWidth] = useState(0);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    setWidth(element.clientWidth);
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setWidth(entry.contentRect.width);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}

export function EmbedPreview({
  src,
  title,
  size,
}: {
  src: string;
  title: string;
  size: EmbedSize;
}) {
  const { t } = useTranslation();
  const boxRef = useRef<HTMLDivElement>(null);
  const available = useWidth(boxRef) || UNMEASURED_WIDTH;
  const byHeight = Math.min(1, MAX_PREVIEW_HEIGHT / size.height);
  // A full-width embed is as wide as the box (drawn smaller when it is too tall to fit).
  const frameWidth = size.width === 'full' ? Math.round(available / byHeight) : size.width;
  const scale = Math.min(byHeight, available / frameWidth);
  return (
    <div className="embed-preview">
      <h3>{t('embed.preview')}</h3>
      <div ref={boxRef} className="embed-preview__box">
        <div
          className="embed-preview__stage"
          style={{ width: frameWidth * scale, height: size.height * scale }}
        >
          <iframe
            className="embed-preview__frame"
            src={src}
            title={title}
            width={frameWidth}
            height={size.height}
            style={{ transform: `scale(${scale})` }}
          />
        </div>
      </div>
      {scale < 0.995 && (
        <p className="muted">{t('embed.previewScale', { percent: Math.round(scale * 100) })}</p>
      )}
    </div>
  );
}
