// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { rememberLanguage } from '../i18n/languages';
import { languageFromUrl } from './language';

const at = (address: string) => window.history.replaceState(null, '', address);
const address = () => `${window.location.pathname}${window.location.search}`;

afterEach(() => {
  window.localStorage.clear();
  at('/');
});

describe('the language of a page load', () => {
  it('is the path’s prefix', () => {
    at('/da/dashboard?country=spain');
    expect(languageFromUrl()).toBe('da');
    expect(address()).toBe('/da/dashboard?country=spain');
    at('/dashboard');
    expect(languageFromUrl()).toBe('en');
    expect(address()).toBe('/dashboard');
  });

  it('leaves a list’s commas as the address wrote them', () => {
    at('/dashboard?country=spain,finland');
    expect(languageFromUrl()).toBe('en');
    expect(address()).toBe('/dashboard?country=spain,finland');
    at('/?lang=da&country=spain,finland');
    expect(languageFromUrl()).toBe('da');
    expect(address()).toBe('/da/?country=spain,finland');
  });

  it('turns an old ?lang= link into the Danish path, keeping the other parameters', () => {
    at('/?lang=da&country=spain');
    expect(languageFromUrl()).toBe('da');
    expect(address()).toBe('/da/?country=spain');
    at('/ecosystems/basque-health-ecosystem?lang=da');
    expect(languageFromUrl()).toBe('da');
    expect(address()).toBe('/da/ecosystems/basque-health-ecosystem');
  });

  it('gives /da its closing slash, the address of the Danish explorer', () => {
    at('/da');
    expect(languageFromUrl()).toBe('da');
    expect(address()).toBe('/da/');
  });

  it('sends an unprefixed address to the language chosen on an earlier visit', () => {
    rememberLanguage('da');
    at('/about?country=spain');
    expect(languageFromUrl()).toBe('da');
    expect(address()).toBe('/da/about?country=spain');
    // An address that says its language keeps it.
    at('/about?lang=en');
    expect(languageFromUrl()).toBe('en');
    expect(address()).toBe('/about');
  });
});
