import { describe, expect, it } from 'vitest';
import { createCollator } from './collation';

describe('collation', () => {
  const options = ['Østrig', 'All', 'Zambia', 'Belgien', 'Ålandsøerne'];
  const isAll = (name: string) => name === 'All';

  it('puts "All" first, then the places in Danish order', () => {
    expect(createCollator('da-DK').sortBy(options, (name) => name, isAll)).toEqual([
      'All',
      'Belgien',
      'Zambia',
      'Østrig',
      'Ålandsøerne',
    ]);
  });

  it('keeps "All" first even where it would sort last', () => {
    expect(
      createCollator('en-GB').sortBy(
        ['Zambia', 'Alle', 'Aarhus'],
        (n) => n,
        (n) => n === 'Alle',
      ),
    ).toEqual(['Alle', 'Aarhus', 'Zambia']);
    expect(
      createCollator('da-DK').sortBy(
        ['Zambia', 'Alle', 'Aarhus'],
        (n) => n,
        (n) => n === 'Alle',
      ),
    ).toEqual(['Alle', 'Zambia', 'Aarhus']);
  });
});
