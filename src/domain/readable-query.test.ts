import { describe, expect, it } from 'vitest';
import { readableQuery } from './readable-query';

describe('a readable query string', () => {
  it('keeps a list’s commas and encodes everything else', () => {
    const params = new URLSearchParams({ country: 'denmark,spain', q: 'a&b c' });
    expect(readableQuery(params)).toBe('country=denmark,spain&q=a%26b+c');
  });
});
