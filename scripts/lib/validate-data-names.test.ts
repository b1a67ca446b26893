import { describe, expect, it } from 'vitest';
import { fixtureEcosystem, fixtureRaw } from './test-fixtures';
import { validateData } from './validate-data';
import { findKnownNames, KNOWN_NAME_HASHES, wordHash } from './validate-data-names';

// A made-up name stands in for the real one, which the repository never spells.
const MADE_UP = new Set([wordHash('quillonbard')]);

describe('the person-name guard of data/', () => {
  it('finds a known name inside a source address, by line, whatever its case', () => {
    const file = {
      path: 'data/ecosystems/x.json',
      text: '{\n  "url": "https://e.org/read-the-interview-with-QuillonBard/"\n}',
    };
    expect(findKnownNames(file, MADE_UP)).toEqual([
      expect.objectContaining({ file: 'data/ecosystems/x.json', id: 'line 2', field: 'text' }),
    ]);
  });

  it('lets words that merely contain the name pass', () => {
    const file = { path: 'x.json', text: '"quillonbardship" and "quillon-bards"' };
    expect(findKnownNames(file, MADE_UP)).toEqual([]);
  });

  it('fails the whole build when any data file names the person', () => {
    const sources = [
      {
        id: 'page',
        title: 'Interview',
        url: 'https://e.org/interview-with-quillonbard/',
        published: null,
        accessed: '2026-11',
        verified: '2026-11',
      },
    ];
    const raw = fixtureRaw([fixtureEcosystem({ sources })]);
    const result = validateData(raw, { nameHashes: MADE_UP });
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.errors.map((error) => error.message)).toEqual([
      expect.stringMatching(/names a person/),
    ]);
    expect(validateData(raw).ok).toBe(true);
  });

  it('remembers the name once found in the Poland source address (two words, by hash)', () => {
    expect(KNOWN_NAME_HASHES.size).toBe(2);
    for (const hash of KNOWN_NAME_HASHES) expect(hash).toMatch(/^[0-9a-f]{64}$/);
  });
});
