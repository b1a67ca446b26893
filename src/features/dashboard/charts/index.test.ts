import { describe, expect, it } from 'vitest';
import en from '../../../i18n/locales/en.json';
import { CHART_NAMES, chartNamed } from '.';

/** A catalogue value by its dotted key. */
const wordsAt = (key: string): unknown =>
  key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], en);

describe('the dashboard’s charts', () => {
  it('are named as their embed addresses are, in the dashboard’s order', () => {
    expect(CHART_NAMES).toEqual(['regions', 'top-locations', 'growth', 'member-counts']);
  });

  it('knows each chart by its name and nothing else', () => {
    for (const name of CHART_NAMES) expect(chartNamed(name)?.name).toBe(name);
    for (const other of ['Growth', '__proto__', 'growth/', '', undefined, 1])
      expect(chartNamed(other), String(other)).toBeUndefined();
  });

  it('each has a title in the catalogue and says where its figures come from', () => {
    for (const name of CHART_NAMES) {
      const chart = chartNamed(name);
      expect(typeof wordsAt(chart?.titleKey ?? ''), name).toBe('string');
    }
    expect(chartNamed('member-counts')?.source).toBe('published');
    expect(chartNamed('growth')).toMatchObject({ source: 'records', networkCounts: true });
  });
});
