import { describe, expect, it } from 'vitest';
import { searchSections } from './search-words-plugin';

describe('the search sections of the catalogues', () => {
  it('holds each language’s locale, labels and places, and nothing else of its catalogue', () => {
    const sections = searchSections() as Record<string, Record<string, unknown>>;
    expect(Object.keys(sections)).toEqual(['da', 'en']);
    const danish = sections.da ?? {};
    expect(Object.keys(danish)).toEqual(['meta', 'labels', 'places']);
    expect(danish.meta).toEqual({ locale: 'da-DK' });
    expect(JSON.stringify(danish)).not.toContain('Netværket i tal');
  });
});
