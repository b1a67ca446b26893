// Numbers and dates in the active language, through Intl: "1,234" and "24 Nov 2026" in
// English, "1.234" and "24. nov. 2026" in Danish. Figures keep the qualifier their source gives.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Qualifier } from '../api/schemas';

/**
 * ICU versions differ in the spaces they put around dashes and in dates (thin, narrow
 * no-break, no-break): plain spaces make the build's prerendered text and the browser's agree.
 */
const plain = (text: string): string => text.replace(/[\u00a0\u2009\u202f]/g, ' ');

const utcDay = (date: string): Date => {
  const [year = 0, month = 1, day = 1] = date.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day));
};

export interface Formatters {
  locale: string;
  count: (value: number) => string;
  /** "110+", "about 260": a number as its source states it. */
  figure: (figure: { value: number; qualifier: Qualifier }) => string;
  /** "2023", "Nov 2019" or "24 Apr 2017": as precise as the date given, never more. */
  partialDate: (date: string) => string;
  /** A day with its weekday. */
  day: (date: string) => string;
  /** "27–28 Nov 2019". */
  dayRange: (start: string, end: string) => string;
  /** A date and time in a time zone (or the visitor's when none is given). */
  dateTime: (date: Date, timeZone?: string) => string;
}

/** Words around a qualified number, from the catalogue: "{{value}}+", "about {{value}}". */
export type Qualify = (qualifier: 'at-least' | 'about', value: string) => string;

export function createFormatters(locale: string, qualify: Qualify): Formatters {
  const number = new Intl.NumberFormat(locale);
  const months = new Intl.DateTimeFormat(locale, {
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });
  const days = new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });
  const weekdays = new Intl.DateTimeFormat(locale, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });
  const partialDate = (date: string) => {
    const parts = date.split('-');
    if (parts.length === 1) return date;
    return plain(parts.length === 2 ? months.format(utcDay(date)) : days.format(utcDay(date)));
  };
  return {
    locale,
    count: (value) => number.format(value),
    figure: ({ value, qualifier }) => {
      const text = number.format(value);
      return qualifier === 'exact' ? text : qualify(qualifier, text);
    },
    partialDate,
    day: (date) => plain(weekdays.format(utcDay(date))),
    dayRange: (start, end) => plain(days.formatRange(utcDay(start), utcDay(end))),
    dateTime: (date, timeZone) =>
      plain(
        new Intl.DateTimeFormat(locale, {
          dateStyle: 'medium',
          timeStyle: 'short',
          timeZone,
        }).format(date),
      ),
  };
}

/** The formatters of the active language. */
export function useFormat(): Formatters {
  const { t } = useTranslation();
  return useMemo(
    () =>
      createFormatters(t('meta.locale'), (qualifier, value) =>
        qualifier === 'at-least' ? t('format.atLeast', { value }) : t('format.about', { value }),
      ),
    // t is a new function whenever the language changes.
    [t],
  );
}
