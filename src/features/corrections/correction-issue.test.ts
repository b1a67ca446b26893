import { describe, expect, it } from 'vitest';
import {
  correctionBody,
  isSourceAddress,
  issueUrl,
  repositoryUrl,
  type Correction,
} from './correction-issue';

const correction: Correction = {
  kind: 'ecosystem',
  id: 'alpha',
  name: 'Alpha & Co',
  page: 'https://atlas.example.org/ecosystems/alpha',
  field: 'Member organisations',
  text: '120 members\nsince 2026',
  source: 'https://alpha.example.org/about?x=1&y=2',
};

describe('a suggested correction', () => {
  it('accepts only https pages as its source', () => {
    expect(isSourceAddress('https://alpha.example.org/about')).toBe(true);
    expect(isSourceAddress('http://alpha.example.org/about')).toBe(false);
    expect(isSourceAddress('javascript:alert(1)')).toBe(false);
    expect(isSourceAddress('alpha.example.org')).toBe(false);
    expect(isSourceAddress('')).toBe(false);
  });

  it('builds the prefilled issue address on the repository', () => {
    const url = new URL(issueUrl('https://github.com/org/atlas', correction));
    expect(`${url.origin}${url.pathname}`).toBe('https://github.com/org/atlas/issues/new');
    expect(url.searchParams.get('title')).toBe('Correction: Alpha & Co (Member organisations)');
    expect(url.searchParams.get('body')).toBe(correctionBody(correction));
    expect(url.search).not.toContain('+');
    expect(correctionBody(correction)).toContain('> 120 members\n> since 2026');
    expect(correctionBody(correction)).toContain(
      'The public page that says so: https://alpha.example.org/about?x=1&y=2',
    );
  });

  it('takes the repository only from an https address', () => {
    expect(repositoryUrl('https://github.com/org/atlas/')).toBe('https://github.com/org/atlas');
    expect(repositoryUrl('https://github.com/org/atlas.git')).toBe('https://github.com/org/atlas');
    expect(repositoryUrl('javascript:alert(1)')).toBeUndefined();
    expect(repositoryUrl(undefined)).toBeUndefined();
  });
});
