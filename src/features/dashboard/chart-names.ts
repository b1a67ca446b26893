import type { ChartName } from '../../domain/url-state';

/** The catalogue key of each embeddable chart's title (the one its card shows). */
export const CHART_TITLE_KEYS = {
  regions: 'dashboard.region.title',
  'top-locations': 'dashboard.top.title',
  growth: 'dashboard.growth.title',
  'member-counts': 'dashboard.members.title',
} as const satisfies Record<ChartName, string>;
