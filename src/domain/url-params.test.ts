import { describe, expect, it } from 'vitest';
import {
  parseEmbed,
  parsePresent,
  parseQrShown,
  parseSelected,
  serialiseEmbed,
  serialiseSlide,
} from './url-params';

describe('presenter and selection parameters', () => {
  it('reads slide, auto, kiosk and spotlight, dropping what is malformed', () => {
    expect(parsePresent({ slide: '3', auto: '10', kiosk: '1', spotlight: 'malta' })).toEqual({
      slide: 3,
      auto: 10,
      kiosk: true,
      spotlight: 'malta',
    });
    expect(parsePresent({ slide: '0', auto: '-1', kiosk: 'yes', spotlight: '<x>' })).toEqual({
      slide: undefined,
      auto: undefined,
      kiosk: false,
      spotlight: undefined,
    });
  });

  it('writes no slide for the first one', () => {
    expect(serialiseSlide(0)).toBeUndefined();
    expect(serialiseSlide(4)).toBe('5');
  });

  it('reads a selected ecosystem id only when it is a slug', () => {
    expect(parseSelected('basque-health-ecosystem')).toBe('basque-health-ecosystem');
    expect(parseSelected('javascript:alert(1)')).toBeUndefined();
    expect(parseSelected(undefined)).toBeUndefined();
  });
});

describe('embed parameters', () => {
  it.each([{ list: false }, { list: true }])(
    'round-trips %j, leaving the default out',
    (params) => {
      const search = serialiseEmbed(params);
      expect(parseEmbed(search)).toEqual(params);
      if (!params.list) expect(search).toEqual({ list: undefined });
    },
  );

  it('shows the list only for list=1', () => {
    expect(parseEmbed({ list: '1' }).list).toBe(true);
    for (const list of ['0', 'yes', 'true', '', undefined, 1]) {
      expect(parseEmbed({ list }).list).toBe(false);
    }
  });
});

describe('presenter parameters at their edges', () => {
  it('accepts slides 1 to 999 and auto-advance of 1 to 3600 seconds', () => {
    expect(parsePresent({ slide: '1', auto: '1' })).toStrictEqual({
      slide: 1,
      auto: 1,
      kiosk: false,
      spotlight: undefined,
    });
    expect(parsePresent({ slide: '999', auto: '3600' })).toMatchObject({ slide: 999, auto: 3600 });
    expect(parsePresent({ slide: '1000', auto: '3601' })).toMatchObject({
      slide: undefined,
      auto: undefined,
    });
  });

  it('accepts only plain digits as numbers', () => {
    for (const bad of ['1.5', '1e3', ' 3', '3 ', '+3', '0x10', '00003', '']) {
      expect(parsePresent({ slide: bad, auto: bad })).toMatchObject({
        slide: undefined,
        auto: undefined,
      });
    }
    expect(parsePresent({ slide: '0003', auto: '0010' })).toMatchObject({ slide: 3, auto: 10 });
  });

  it('ignores numbers and lists that did not come from the URL as text', () => {
    expect(parsePresent({ slide: 3, auto: 10, kiosk: 1, spotlight: ['malta'] })).toStrictEqual({
      slide: undefined,
      auto: undefined,
      kiosk: false,
      spotlight: undefined,
    });
    expect(parsePresent({ slide: ['3'], auto: ['10'] })).toMatchObject({
      slide: undefined,
      auto: undefined,
    });
  });

  it('spotlights an id of up to 80 characters only', () => {
    const eighty = 'a'.repeat(80);
    expect(parsePresent({ spotlight: eighty }).spotlight).toBe(eighty);
    expect(parsePresent({ spotlight: `${eighty}a` }).spotlight).toBeUndefined();
  });

  it('hides the QR code only for qr=0', () => {
    expect(parseQrShown('0')).toBe(false);
    for (const value of ['1', '', 'false', undefined, 0]) expect(parseQrShown(value)).toBe(true);
  });
});
