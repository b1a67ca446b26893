import { createContext } from 'react';
import type { Location } from '../../api/documents';
import type { Filters } from '../../domain/url-state';

/** What a chart's embed code carries: the dashboard's filters, and the locations' names. */
export interface ChartEmbedInfo {
  filters: Filters;
  locations: readonly Pick<Location, 'id' | 'label' | 'kind' | 'iso'>[];
}

/** Given by the dashboard; chart cards without it (an embedded chart) offer no "Embed". */
export const ChartEmbedContext = createContext<ChartEmbedInfo | undefined>(undefined);
