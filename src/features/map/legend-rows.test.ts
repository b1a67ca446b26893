import { describe, expect, it } from 'vitest';
import { createFormatters } from '../../i18n/format';
import { CHOROPLETH_CLASSES } from './choropleth';
import { legendRows } from './legend-rows';

const qualify = (qualifier: 'at-least' | 'about', value: string) =>
  qualifier === 'at-least' ? `${value}+` : `about ${value}`;

describe('legendRows', () => {
  it('names each colour class of the map: single counts, ranges, and the open top', () => {
    const rows = legendRows(createFormatters('en-GB', qualify), (from, to) => `${from}–${to}`);
    expect(rows).toEqual([
      { color: '#c6dbef', label: '1' },
      { color: '#9ecae1', label: '2' },
      { color: '#6baed6', label: '3–4' },
      { color: '#3182bd', label: '5+' },
    ]);
  });

  it('uses the map’s own classes, one row each', () => {
    const rows = legendRows(createFormatters('da-DK', qualify), (from, to) => `${from} til ${to}`);
    expect(rows.map((row) => row.color)).toEqual(CHOROPLETH_CLASSES.map(([, color]) => color));
  });
});
