// The "Embed" of each chart card, as the page gives it to the dashboard (features/share builds
// the code; features do not import each other, so the page composes them).
import { createContext, type ReactNode } from 'react';
import type { ChartRef } from './chart-entry';

/** The embed button for the chart named, rendered by the page. */
export type ChartEmbedSlot = (chart: ChartRef) => ReactNode;

/** Given by the dashboard; chart cards without it (an embedded chart) offer no "Embed". */
export const ChartEmbedContext = createContext<ChartEmbedSlot | undefined>(undefined);
