import { describe, expect, it } from 'vitest';
import {
  dataCounts,
  dataCountsDocument,
  withCountsBlock,
  COUNTS_END,
  COUNTS_START,
} from './data-counts';
import { fixtureEcosystem, fixtureEvents, fixturePlaceholder, fixtureRaw } from './test-fixtures';
import { validateData } from './validate-data';

const dataset = () => {
  const month = { ...fixtureEvents()[0], id: 'month-only', start: '2017-05' };
  const result = validateData(
    fixtureRaw([fixtureEcosystem(), fixturePlaceholder()], [...fixtureEvents(), month]),
  );
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.data;
};

describe('the counts of the data', () => {
  it('count records with facts, placeholders, gatherings by precision and network figures', () => {
    expect(dataCounts(dataset())).toEqual({
      ecosystems: 2,
      withFacts: 1,
      placeholders: 1,
      locations: 2,
      gatherings: 2,
      gatheringsDated: 1,
      gatheringsMonthOnly: 1,
      networkFigures: 1,
      networkFiguresDated: 1,
      sources: 4,
    });
  });

  it('are written as a marked block that says where it comes from', () => {
    const text = dataCountsDocument(dataCounts(dataset()));
    expect(text).toContain(COUNTS_START);
    expect(text).toContain(COUNTS_END);
    expect(text).toContain('| Ecosystems with public facts | 1 |');
    expect(text).toContain('| … dated to the month only | 1 |');
    expect(text).toMatch(/npm run build:api/);
  });
});

describe('the README’s counts block', () => {
  it('is replaced whole between its markers, and a text without them is left alone', () => {
    const block = `${COUNTS_START}\nnew\n${COUNTS_END}`;
    const readme = `# A\n\n<!-- data-counts:start -->\nold | 1\n${COUNTS_END}\n\nafter $1\n`;
    expect(withCountsBlock(readme, block)).toBe(`# A\n\n${block}\n\nafter $1\n`);
    expect(withCountsBlock('# no block\n', block)).toBe('# no block\n');
  });
});
