// The charts load after the first paint: Recharts is fetched only when a chart is drawn, and
// its card keeps the chart's room meanwhile.
import { lazy } from 'react';

export const LazyRegionBars = lazy(() =>
  import('./region-bars').then((module) => ({ default: module.RegionBars })),
);
export const LazyGrowthLines = lazy(() =>
  import('./growth-lines').then((module) => ({ default: module.GrowthLines })),
);
export const LazyHorizontalBars = lazy(() =>
  import('./horizontal-bars').then((module) => ({ default: module.HorizontalBars })),
);
