// The dashboard's charts that other sites can embed, by the name in their address
// (/embed/chart/<name>).
export const CHART_NAMES = ['regions', 'top-locations', 'growth', 'member-counts'] as const;
export type ChartName = (typeof CHART_NAMES)[number];

export const parseChartName = (value: unknown): ChartName | undefined =>
  CHART_NAMES.find((name) => name === value);
