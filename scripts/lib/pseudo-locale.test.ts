import { describe, expect, it } from 'vitest';
import { pseudoCatalogue, pseudoString, visibleProblems, visibleTexts } from './pseudo-locale';

describe('the pseudo-language', () => {
  it('accents every letter and makes each word a third longer, keeping what i18next reads', () => {
    expect(pseudoString('Filters')).toBe('Ƒíļţéŕš~~~');
    expect(pseudoString('{{count}} ecosystems in <strong>{{place}}</strong>')).toBe(
      '{{count}} éçóšýšţéɱš~~~~ íñ~ <strong>{{place}}</strong>',
    );
    expect(pseudoString('$t(labels.theme)')).toBe('$t(labels.theme)');
  });

  it('turns a whole catalogue, and leaves its locale for Intl alone', () => {
    expect(pseudoCatalogue({ meta: { locale: 'en-GB' }, a: { b: 'Map' } })).toEqual({
      meta: { locale: 'en-GB' },
      a: { b: 'Ḿáƥ~' },
    });
  });
});

describe('text a page shows that is not from a catalogue', () => {
  const page = (body: string) =>
    `<html><body><div id="root" data-lang="xa">${body}</div><script type="application/json" id="atlas-state">{"a":"Hidden state"}</script></body></html>`;
  const known = 'Basque Health Ecosystem\nSpain';

  it('reads each text node of the content, not the state or the scripts', () => {
    expect(
      visibleTexts(page('<h1>Ḿáƥ~</h1><p>Spain<!-- --> · <!-- -->8</p><script>x()</script>')),
    ).toEqual(['Ḿáƥ~', 'Spain', '·', '8']);
  });

  it('accepts words from a catalogue, from the data and from Intl, and numbers', () => {
    expect(
      visibleProblems(
        page('<h1>Ƒíļţéŕš ~~~</h1><a>Basque Health Ecosystem</a><p>Spain · 12</p>'),
        known,
      ),
    ).toEqual([]);
  });

  it('fails on a string written into a component instead of a catalogue', () => {
    expect(
      visibleProblems(
        page('<h1>Ƒíļţéŕš ~~~</h1><button>Show more</button><span>&amp; more</span>'),
        known,
      ),
    ).toEqual(['Show more', '& more']);
  });
});
