// The dashboard's charts, in the order it shows them; each can be embedded at
// /embed/chart/<name> and is prerendered there (see chart-entry.ts).
import { growthChart } from './growth-chart';
import { memberCountsChart } from './member-counts-chart';
import { regionsChart } from './region-chart';
import { topLocationsChart } from './top-locations-chart';

export const CHARTS = [regionsChart, topLocationsChart, growthChart, memberCountsChart] as const;

export type ChartName = (typeof CHARTS)[number]['name'];

export const CHART_NAMES: readonly ChartName[] = CHARTS.map((chart) => chart.name);

/** The chart an address names, if there is one by that name. */
export const chartNamed = (value: unknown) => CHARTS.find((chart) => chart.name === value);
