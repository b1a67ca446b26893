// What sits over the SVG map: zoom buttons that start the WebGL map, and the notice where it
// cannot start.
import { useTranslation } from 'react-i18next';

/** Zoom in and out: each starts the WebGL map, which then takes the step. */
export function ZoomButtons({ onZoom }: { onZoom: (step: 1 | -1) => void }) {
  const { t } = useTranslation();
  return (
    <div className="svg-map__zoom" role="group" aria-label={t('map.svg.zoom')}>
      <button type="button" aria-label={t('map.zoomIn')} onClick={() => onZoom(1)}>
        <span aria-hidden="true">+</span>
      </button>
      <button type="button" aria-label={t('map.zoomOut')} onClick={() => onZoom(-1)}>
        <span aria-hidden="true">−</span>
      </button>
    </div>
  );
}

/** The SVG stays the map: it says why, and that the list and filters work as ever. */
export function MapNotice({ reason }: { reason: string | undefined }) {
  const { t } = useTranslation();
  return (
    <div className="svg-map__notice" role="status">
      <p>
        {reason === undefined
          ? t('map.svg.unavailable')
          : t('map.svg.unavailableReason', { reason })}{' '}
        {t('map.unavailable.listInstead')}
      </p>
    </div>
  );
}
