// The shapes of the benchmark's results file (bench/results.json) and of the budgets held
// against it: types only, shared by the runner, the budgets and the Markdown report.
import type { LighthouseResults } from './lighthouse-types';
import type { RouteBytes } from './measure';

export interface Latency {
  p50: number;
  p95: number;
  n: number;
}

export interface SizeResult {
  size: number;
  firstMapIdleMs: number;
  filter: Latency;
  search: Latency;
  openEcosystem: Latency;
  dashboardChartsMs: number;
  heapBytes: number;
  gzipBytesPerEcosystem: number;
}

export interface Results {
  date: string;
  machine: string;
  /** Absent when only Lighthouse has been run. */
  routes?: Record<'map' | 'dashboard' | 'present' | 'ecosystem' | 'reference', RouteBytes> & {
    /** `/` once the visitor has touched the map: the WebGL map's share on top of `map`. */
    mapTouched?: RouteBytes;
  };
  /** gzip bytes per ecosystem in ecosystems.json, for each dataset measured. */
  api: { ecosystems: number; gzipBytesPerEcosystem: number }[];
  sizes: SizeResult[];
  /** Lighthouse per route and preset (`npm run bench`, or `npm run bench -- --lighthouse-only`). */
  lighthouse?: LighthouseResults;
}

export interface Budget {
  name: string;
  ok: boolean;
  detail: string;
  /**
   * Byte budgets are deterministic and run in CI; timing and Lighthouse budgets are reported by
   * `npm run bench` only.
   */
  kind: 'bytes' | 'timing' | 'lighthouse' | 'target';
}
