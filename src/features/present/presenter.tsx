// Full-screen slides for a projector. The page passes the slides; this handles moving
// between them: keys, controls, auto-advance with a progress bar, kiosk mode, full screen.
import { useCallback, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { RegionBoundary } from '../../ui/region-boundary';
import { useIdleCursor } from './use-idle-cursor';
import { useAutoAdvance } from './use-auto-advance';
import { useSlideAddress } from './slide-address';
import { SlideQr } from './slide-qr';
import { useQrShown } from './use-qr-shown';
import { useSlideKeys } from './use-slide-keys';
import './presenter.css';

export interface Slide {
  id: string;
  title: string;
  content: ReactNode;
}

export interface PresenterProps {
  slides: readonly Slide[];
  index: number;
  onIndexChange: (index: number) => void;
  onExit: () => void;
  autoSeconds?: number;
  kiosk: boolean;
  /** Among the controls, after the QR code's: the page's share button ("Copy link"). */
  share?: ReactNode;
}

function toggleFullscreen(): void {
  if (document.fullscreenElement) void document.exitFullscreen();
  else {
    // Not every browser can go full screen (iOS Safari on a phone cannot).
    const root: Partial<Pick<HTMLElement, 'requestFullscreen'>> = document.documentElement;
    void root.requestFullscreen?.().catch(() => undefined);
  }
}

export function Presenter({
  slides,
  index,
  onIndexChange,
  onExit,
  autoSeconds,
  kiosk,
  share,
}: PresenterProps) {
  const { t } = useTranslation();
  const [paused, setPaused] = useState(false);
  const qr = useQrShown();
  const address = useSlideAddress();
  const count = slides.length;
  const go = useCallback(
    (next: number) => onIndexChange(Math.max(0, Math.min(count - 1, next))),
    [count, onIndexChange],
  );
  const advance = useCallback(() => {
    if (index < count - 1) go(index + 1);
    else if (kiosk || autoSeconds) go(0);
  }, [index, count, kiosk, autoSeconds, go]);
  const actions = useMemo(
    () => ({
      next: () => go(index + 1),
      previous: () => go(index - 1),
      first: () => go(0),
      last: () => go(count - 1),
      jump: (target: number) => {
        if (target < count) go(target);
      },
      toggleFullscreen,
      togglePause: () => setPaused((value) => !value),
      toggleQr: qr.toggle,
      exit: onExit,
    }),
    [go, index, count, onExit, qr.toggle],
  );
  useSlideKeys(actions);
  const progress = useAutoAdvance(autoSeconds, { paused, slide: index, onAdvance: advance });
  const idle = useIdleCursor(kiosk);
  const slide = slides[index];

  return (
    <div
      className={`presenter${kiosk ? ' presenter--kiosk' : ''}${idle ? ' presenter--idle' : ''}`}
    >
      <div
        className="presenter__slide"
        aria-live="polite"
        aria-roledescription="slide"
        aria-label={t('present.controls.slideLabel', {
          number: index + 1,
          total: count,
          title: slide?.title ?? '',
        })}
      >
        <RegionBoundary key={slide?.id} title={t('present.controls.slideFailed')}>
          {slide?.content}
        </RegionBoundary>
        {qr.shown && address && <SlideQr address={address} />}
      </div>
      {autoSeconds !== undefined && (
        <div
          className="presenter__progress"
          role="progressbar"
          aria-label={t('present.controls.progress')}
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={Math.round(progress * 100)}
        >
          <span style={{ width: `${progress * 100}%` }} />
        </div>
      )}
      {!kiosk && (
        <nav className="presenter__controls" aria-label={t('present.controls.label')}>
          <button type="button" onClick={actions.previous} disabled={index === 0}>
            {t('present.controls.previous')}
          </button>
          <span className="presenter__count">
            {t('present.controls.count', { number: index + 1, total: count })}
          </span>
          <button type="button" onClick={actions.next} disabled={index === count - 1}>
            {t('present.controls.next')}
          </button>
          {autoSeconds !== undefined && (
            <button type="button" onClick={actions.togglePause} aria-pressed={paused}>
              {paused ? t('present.controls.play') : t('present.controls.pause')}
            </button>
          )}
          <button
            type="button"
            className="presenter__qr-toggle"
            onClick={qr.toggle}
            aria-pressed={qr.shown}
            aria-keyshortcuts="Q"
            title={t('present.qr.keyHint')}
          >
            {t('present.qr.toggle')}
          </button>
          {share}
          <button type="button" onClick={toggleFullscreen}>
            {t('present.controls.fullScreen')}
          </button>
          <button type="button" onClick={onExit}>
            {t('present.controls.exit')}
          </button>
        </nav>
      )}
    </div>
  );
}
