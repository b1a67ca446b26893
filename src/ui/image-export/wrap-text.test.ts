import { describe, expect, it } from 'vitest';
import { wrapText } from './wrap-text';

/** Every character one unit wide. */
const measure = (text: string) => text.length;

describe('wrapText', () => {
  it('keeps text that fits on one line', () => {
    expect(wrapText('Europe holds 43', 20, measure)).toEqual(['Europe holds 43']);
  });

  it('breaks between words, never past the width', () => {
    const lines = wrapText('Spain has the most ecosystems in the atlas: 7.', 16, measure);
    expect(lines).toEqual(['Spain has the', 'most ecosystems', 'in the atlas: 7.']);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(16);
  });

  it('breaks a word longer than the line (an address) between characters', () => {
    expect(wrapText('see https://example.org/dashboard', 10, measure)).toEqual([
      'see',
      'https://ex',
      'ample.org/',
      'dashboard',
    ]);
  });

  it('collapses white space and gives no lines for empty text', () => {
    expect(wrapText('  a \n  b ', 10, measure)).toEqual(['a b']);
    expect(wrapText('   ', 10, measure)).toEqual([]);
  });
});
