import { describe, expect, it } from 'vitest';
import { checkDimension, embedSnippet, embedUrl, escapeAttribute } from './embed-snippet';

const ORIGIN = 'https://atlas.example.org';

describe('embedUrl', () => {
  it('is absolute, under the base path, with only the values that are set', () => {
    expect(
      embedUrl({
        origin: ORIGIN,
        base: '/',
        path: 'embed',
        search: { country: 'denmark,spain', region: undefined, q: '', list: '1' },
      }),
    ).toBe('https://atlas.example.org/embed?country=denmark,spain&list=1');
  });

  it('puts a language other than English in the path, never in the query', () => {
    expect(
      embedUrl({ origin: ORIGIN, base: '/da/', path: 'embed', search: { country: 'spain' } }),
    ).toBe('https://atlas.example.org/da/embed?country=spain');
    expect(
      embedUrl({ origin: ORIGIN, base: '/atlas/da/', path: '/embed/chart/growth', search: {} }),
    ).toBe('https://atlas.example.org/atlas/da/embed/chart/growth');
  });

  it('writes no query at all when every option is its default', () => {
    const search = { country: undefined, list: undefined };
    expect(embedUrl({ origin: ORIGIN, base: '/', path: 'embed', search })).toBe(
      'https://atlas.example.org/embed',
    );
  });

  it('works under a sub-path and for a chart', () => {
    expect(
      embedUrl({ origin: `${ORIGIN}/`, base: '/atlas/', path: '/embed/chart/growth', search: {} }),
    ).toBe('https://atlas.example.org/atlas/embed/chart/growth');
  });

  it('encodes what a query value cannot hold as it is', () => {
    expect(
      embedUrl({ origin: ORIGIN, base: '/', path: 'embed', search: { q: 'a&b="c" <d>' } }),
    ).toBe('https://atlas.example.org/embed?q=a%26b%3D%22c%22+%3Cd%3E');
  });
});

describe('embedSnippet', () => {
  it('writes an iframe with a title, the size, lazy loading and no border', () => {
    expect(
      embedSnippet({
        src: 'https://atlas.example.org/embed?country=spain',
        title: 'Map of digital health ecosystems: Spain',
        size: { width: 720, height: 480 },
      }),
    ).toBe(
      '<iframe src="https://atlas.example.org/embed?country=spain" title="Map of digital health ecosystems: Spain" width="720" height="480" loading="lazy" style="border:0"></iframe>',
    );
  });

  it('writes a full width as 100%', () => {
    expect(embedSnippet({ src: 'x', title: 't', size: { width: 'full', height: 600 } })).toContain(
      'width="100%" height="600"',
    );
  });

  it('escapes attribute values so a title cannot end the attribute or open a tag', () => {
    const snippet = embedSnippet({
      src: 'https://atlas.example.org/embed?a=1&b=2',
      title: 'Ecosystems: "Trøndelag" & <Co>\'s',
      size: { width: 480, height: 360 },
    });
    expect(snippet).toContain('src="https://atlas.example.org/embed?a=1&amp;b=2"');
    expect(snippet).toContain('title="Ecosystems: &quot;Trøndelag&quot; &amp; &lt;Co&gt;&#39;s"');
    expect(snippet.match(/"/g)).toHaveLength(12);
    expect(escapeAttribute('&amp;')).toBe('&amp;amp;');
  });
});

describe('checkDimension', () => {
  it('accepts whole pixels within the limits', () => {
    expect(checkDimension(' 720 ', 'width')).toEqual({ ok: true, value: 720 });
    expect(checkDimension('240', 'width')).toEqual({ ok: true, value: 240 });
    expect(checkDimension('2000', 'height')).toEqual({ ok: true, value: 2000 });
  });

  it.each([
    ['', 'empty'],
    ['12.5', 'notWhole'],
    ['-300', 'notWhole'],
    ['1e3', 'notWhole'],
    ['239', 'tooSmall'],
    ['2401', 'tooLarge'],
  ] as const)('rejects %j as %s', (text, problem) => {
    expect(checkDimension(text, 'width')).toEqual({ ok: false, problem });
  });
});
