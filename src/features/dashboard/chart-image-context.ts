import { createContext } from 'react';
import type { Filters } from '../../domain/url-state';

/** What a chart image says besides the chart: the filters shown and the date of the data. */
export interface ChartImageInfo {
  filters: Filters;
  /** The filters in words, empty without filters. */
  filterSummary: string;
  /** The month of the latest check of the records (stats.json `asOf`). */
  asOf: string;
}

/** Given by the dashboard; chart cards without it offer no image download. */
export const ChartImageContext = createContext<ChartImageInfo | undefined>(undefined);
