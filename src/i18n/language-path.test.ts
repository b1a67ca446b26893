import { describe, expect, it } from 'vitest';
import { localizedPath, splitLanguagePath } from './language-path';

const LANGUAGES = ['en', 'da'];

describe('localizedPath', () => {
  it('leaves English unprefixed and puts Danish under /da/', () => {
    expect(localizedPath('/', 'en', '/')).toBe('/');
    expect(localizedPath('/dashboard', 'en', '/')).toBe('/dashboard');
    expect(localizedPath('/', 'da', '/')).toBe('/da/');
    expect(localizedPath('/ecosystems/basque', 'da', '/')).toBe('/da/ecosystems/basque');
  });

  it('works under a sub-path, with or without its closing slash', () => {
    expect(localizedPath('/about', 'da', '/atlas/')).toBe('/atlas/da/about');
    expect(localizedPath('/about', 'en', '/atlas')).toBe('/atlas/about');
  });
});

describe('splitLanguagePath', () => {
  it('reads the prefix of a known language', () => {
    expect(splitLanguagePath('/da/dashboard', '/', LANGUAGES)).toEqual({
      language: 'da',
      route: '/dashboard',
    });
    expect(splitLanguagePath('/da', '/', LANGUAGES)).toEqual({ language: 'da', route: '/' });
    expect(splitLanguagePath('/da/', '/', LANGUAGES)).toEqual({ language: 'da', route: '/' });
    expect(splitLanguagePath('/atlas/da/about', '/atlas/', LANGUAGES)).toEqual({
      language: 'da',
      route: '/about',
    });
  });

  it('finds no language in an unprefixed path, an unknown code or the default’s code', () => {
    expect(splitLanguagePath('/dashboard', '/', LANGUAGES)).toEqual({
      language: undefined,
      route: '/dashboard',
    });
    expect(splitLanguagePath('/', '/', LANGUAGES)).toEqual({ language: undefined, route: '/' });
    expect(splitLanguagePath('/de/about', '/', LANGUAGES).language).toBeUndefined();
    expect(splitLanguagePath('/en/about', '/', LANGUAGES).language).toBeUndefined();
    expect(splitLanguagePath('/danmark', '/', LANGUAGES).language).toBeUndefined();
    expect(splitLanguagePath('/atlas/', '/atlas/', LANGUAGES)).toEqual({
      language: undefined,
      route: '/',
    });
  });
});
