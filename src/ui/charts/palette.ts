// Okabe-Ito: a palette that stays distinct for the common colour-vision deficiencies.
export const PALETTE = [
  '#0072B2',
  '#E69F00',
  '#009E73',
  '#CC79A7',
  '#56B4E9',
  '#D55E00',
  '#F0E442',
  '#666666',
] as const;

export const SERIES = { ecosystems: '#0072B2', members: '#D55E00', meetings: '#009E73' } as const;

export const AXIS_TICK = { fill: '#3d4752', fontSize: 13 } as const;

/** Chart size used until the container is measured (and in tests, which cannot measure). */
export const INITIAL_SIZE = { width: 640, height: 320 } as const;

/** A tooltip formatter that writes numbers in the active language and leaves the rest as it is. */
export const formatValue =
  (count: (value: number) => string) =>
  (value: unknown): string =>
    typeof value === 'number' ? count(value) : String(value);

/** The height of a chart in a dashboard card: the card reserves it before the chart loads. */
export const CHART_HEIGHT = 340;
