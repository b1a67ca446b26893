// "Download map image": the map as shown, with its title, legend, attribution and source.
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMap } from 'react-map-gl/maplibre';
import { statsQuery } from '../../api/stats';
import type { Filters } from '../../domain/url-state';
import { useFormat } from '../../i18n/format';
import { saveBlob } from '../../ui/save-file';
import { COLORS } from './layers';
import { legendRows } from './legend-rows';
import './map-download.css';

/** The image's drawing code loads on the first click: no visit to the map pays for it. */
const imageModules = () =>
  Promise.all([
    import('./map-image'),
    import('../../ui/image-export/svg-to-png'),
    import('../../ui/image-export/measure-text'),
    import('../../ui/image-export/file-name'),
  ]);

export interface MapImageInfo {
  filters: Filters;
  /** "52 ecosystems in 35 countries". */
  result: string;
  /** The filters in words, empty without filters. */
  filterSummary: string;
}

/** A child of the map: it reads the map it sits in. */
export function MapDownload({ filters, result, filterSummary }: MapImageInfo) {
  const { t } = useTranslation();
  const format = useFormat();
  const queryClient = useQueryClient();
  const { current: mapRef } = useMap();
  const [state, setState] = useState<'idle' | 'busy' | 'failed'>('idle');
  const download = async () => {
    if (!mapRef) return;
    setState('busy');
    try {
      const map = mapRef.getMap();
      const [
        { composeMapImage, grabMapFrame },
        { canvasToPng },
        { pageFontFamily },
        { imageFileName },
      ] = await imageModules();
      const stats = await queryClient.query({ ...statsQuery(), staleTime: 'static' });
      const attribution = map
        .getContainer()
        .querySelector('.maplibregl-ctrl-attrib-inner')
        ?.textContent.trim();
      const frame = await grabMapFrame(map);
      const image = composeMapImage(
        frame,
        map.getPixelRatio(),
        {
          title: t('images.map.title', { app: t('app.name'), result }),
          subtitle: filterSummary
            ? t('images.filters', { filters: filterSummary })
            : t('images.map.unfiltered'),
          legendTitle: t('map.legend.title'),
          legend: legendRows(format, (from, to) => t('map.legend.range', { from, to })),
          bubble: { color: COLORS.ecosystem, label: t('images.map.bubble') },
          attribution: attribution ? t('images.map.attribution', { attribution }) : '',
          source: t('images.source', { app: t('app.name'), date: format.partialDate(stats.asOf) }),
          address: window.location.href.replace(/#.*$/, ''),
        },
        pageFontFamily(),
      );
      saveBlob(
        await canvasToPng(image),
        imageFileName(t('images.map.name'), filters, 'png', 'map'),
      );
      setState('idle');
    } catch {
      setState('failed');
    }
  };
  return (
    <div className="map-download">
      <button
        type="button"
        className="button button--quiet"
        aria-busy={state === 'busy'}
        onClick={() => void download()}
      >
        {t('images.map.download')}
      </button>
      {state === 'failed' && (
        <p role="alert" className="map-download__error">
          {t('images.map.failed')}
        </p>
      )}
    </div>
  );
}
