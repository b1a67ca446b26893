import type { TFunction } from 'i18next';

/** MapLibre's own words (its controls' names, the canvas's name), in the active language. */
export function mapLocale(t: TFunction, title: string): Record<string, string> {
  return {
    'Map.Title': title,
    'NavigationControl.ZoomIn': t('map.zoomIn'),
    'NavigationControl.ZoomOut': t('map.zoomOut'),
    'NavigationControl.ResetBearing': t('map.resetBearing'),
    'AttributionControl.ToggleAttribution': t('map.toggleAttribution'),
  };
}
