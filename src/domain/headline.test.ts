import { describe, expect, it } from 'vitest';
import type { NetworkFigure, NetworkMetric } from '../api/network-schema';
import {
  HEADLINE_METRICS,
  coverageKind,
  headlineFigure,
  publishedEcosystemCounts,
} from './headline';

const SOURCE = {
  title: 'About the network',
  url: 'https://example.org/about',
  published: null,
  accessed: '2026-11-20',
  verified: '2026-11-20',
};

function figure(
  id: string,
  metric: NetworkMetric,
  value: number,
  extra: Partial<NetworkFigure> = {},
): NetworkFigure {
  return {
    id,
    label: id,
    metric,
    value,
    qualifier: 'at-least',
    display: `${String(value)}+`,
    asOf: null,
    headline: false,
    source: SOURCE,
    ...extra,
  };
}

describe('HEADLINE_METRICS', () => {
  it('leads with members, then ecosystems, gatherings and participants', () => {
    expect(HEADLINE_METRICS).toEqual([
      'member-organisations',
      'ecosystems',
      'gatherings-per-year',
      'participants',
    ]);
  });
});

describe('headlineFigure', () => {
  const olderCount = figure('ecosystems-2022', 'ecosystems', 60, { asOf: '2022' });
  const latestCount = figure('ecosystems-2025', 'ecosystems', 90, {
    asOf: '2025-06',
    headline: true,
  });
  const members = figure('members', 'member-organisations', 600, { headline: true });
  const experts = figure('experts', 'experts', 1000);

  it('shows the figure the network marks as the headline for the metric, not an older one', () => {
    const network = { figures: [olderCount, members, latestCount, experts] };
    expect(headlineFigure(network, 'ecosystems')).toEqual(latestCount);
    expect(headlineFigure(network, 'member-organisations')).toEqual(members);
  });

  it('shows no figure for a metric with no headline, even when figures exist for it', () => {
    const network = { figures: [olderCount, members, latestCount, experts] };
    expect(headlineFigure(network, 'experts')).toBeUndefined();
    expect(headlineFigure(network, 'participants')).toBeUndefined();
  });

  it("never shows another metric's headline", () => {
    expect(headlineFigure({ figures: [members] }, 'ecosystems')).toBeUndefined();
    expect(headlineFigure({ figures: [] }, 'ecosystems')).toBeUndefined();
  });
});

describe('publishedEcosystemCounts', () => {
  it('gives the dated ecosystem counts, oldest first, for the growth chart', () => {
    const y2025 = figure('y2025', 'ecosystems', 90, { asOf: '2025-06', headline: true });
    const y2019 = figure('y2019', 'ecosystems', 30, { asOf: '2019' });
    const y2022 = figure('y2022', 'ecosystems', 60, { asOf: '2022-03-01' });
    const undated = figure('undated', 'ecosystems', 80);
    const countries = figure('countries', 'countries', 25, { asOf: '2020' });
    const network = { figures: [y2025, undated, countries, y2019, y2022] };
    expect(publishedEcosystemCounts(network)).toEqual([y2019, y2022, y2025]);
    expect(network.figures).toEqual([y2025, undated, countries, y2019, y2022]);
  });

  it('is empty when the network dates no ecosystem count', () => {
    expect(publishedEcosystemCounts({ figures: [] })).toEqual([]);
    expect(
      publishedEcosystemCounts({
        figures: [
          figure('undated', 'ecosystems', 80),
          figure('c', 'countries', 25, { asOf: '2020' }),
        ],
      }),
    ).toEqual([]);
  });
});

describe('coverageKind', () => {
  it('says none when no ecosystem in view publishes the figure', () => {
    expect(coverageKind({ covered: 0, of: 12 })).toBe('none');
    expect(coverageKind({ covered: 0, of: 0 })).toBe('none');
  });

  it('says some when only part of the view publishes it', () => {
    expect(coverageKind({ covered: 1, of: 12 })).toBe('some');
    expect(coverageKind({ covered: 11, of: 12 })).toBe('some');
  });

  it('says all when every ecosystem in view publishes it', () => {
    expect(coverageKind({ covered: 12, of: 12 })).toBe('all');
    expect(coverageKind({ covered: 1, of: 1 })).toBe('all');
  });
});
