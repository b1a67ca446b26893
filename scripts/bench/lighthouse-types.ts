// The shapes of the Lighthouse part of the benchmark's results: one route and preset's figures
// (the median load's) and a whole Lighthouse run over the build and the reference app.

export type Preset = 'mobile' | 'desktop';

export interface LighthouseRun {
  route: string;
  preset: Preset;
  /** Category scores, 0 to 1. */
  performance: number | null;
  accessibility: number | null;
  bestPractices: number | null;
  /** Metrics in ms (CLS unitless), as Lighthouse reports them (simulated for mobile). */
  fcpMs: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  speedIndexMs: number;
  /** Performance score of every load (the median run's figures are the ones above). */
  performanceRuns: (number | null)[];
  /** The largest contentful paint's element, as Lighthouse describes it. */
  lcpElement?: string;
  /** Audits that cost points in accessibility and best practices. */
  failing: string[];
  /** What Lighthouse's errors-in-console audit saw (first line of each). */
  consoleErrors: string[];
  warnings: string[];
}

export interface LighthouseResults {
  date: string;
  lighthouse: string;
  chrome: string;
  /** Loads per route and preset; with more than one, the run with the median performance score. */
  runs: number;
  /** Which HTML dist/ held: prerendered per route, or the single-page app's index.html only. */
  html: 'prerendered' | 'single-page app';
  /** The build was made with NODE_ENV=development (React's development runtime): not comparable. */
  developmentBuild: boolean;
  results: LighthouseRun[];
  /** The reference map app (React + react-map-gl + MapLibre, nothing else), same conditions. */
  reference?: LighthouseRun[];
}
