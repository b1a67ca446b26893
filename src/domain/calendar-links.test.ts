import { describe, expect, it } from 'vitest';
import { calendarTime } from './calendar';
import { googleCalendarUrl, outlookCalendarUrl, type CalendarEntry } from './calendar-links';

const entry = (time: CalendarEntry['time'] | undefined): CalendarEntry => {
  if (!time) throw new Error('no calendar time');
  return {
    title: 'Meet, greet; go',
    location: 'Cardiff',
    details: 'Source: https://e.org/a?b=c',
    time,
  };
};
const params = (url: string) => Object.fromEntries(new URL(url).searchParams);

describe('Google Calendar links', () => {
  it('gives whole days with the day after the last as the end', () => {
    const url = googleCalendarUrl(entry(calendarTime({ start: '2019-11-27', end: '2019-11-28' })));
    expect(url.startsWith('https://calendar.google.com/calendar/render?')).toBe(true);
    expect(params(url)).toEqual({
      action: 'TEMPLATE',
      text: 'Meet, greet; go',
      dates: '20191127/20191129',
      details: 'Source: https://e.org/a?b=c',
      location: 'Cardiff',
    });
    expect(url).not.toContain('+');
  });

  it('gives times as UTC instants with the gathering’s zone', () => {
    const time = calendarTime({
      start: '2025-10-07',
      startTime: '15:00',
      endTime: '17:00',
      timeZone: 'Europe/Brussels',
    });
    expect(params(googleCalendarUrl(entry(time)))).toMatchObject({
      dates: '20251007T130000Z/20251007T150000Z',
      ctz: 'Europe/Brussels',
    });
    const open = calendarTime({
      start: '2025-10-07',
      startTime: '15:00',
      timeZone: 'Europe/Brussels',
    });
    expect(params(googleCalendarUrl(entry(open))).dates).toBe('20251007T130000Z/20251007T130000Z');
  });
});

describe('Outlook links', () => {
  it('gives whole days as all-day with an exclusive end', () => {
    const url = outlookCalendarUrl(entry(calendarTime({ start: '2019-06-16', end: '2019-06-23' })));
    expect(url.startsWith('https://outlook.live.com/calendar/0/deeplink/compose?')).toBe(true);
    expect(params(url)).toMatchObject({
      subject: 'Meet, greet; go',
      startdt: '2019-06-16',
      enddt: '2019-06-24',
      allday: 'true',
      location: 'Cardiff',
      body: 'Source: https://e.org/a?b=c',
    });
  });

  it('gives times in UTC, and no end when the source gives none', () => {
    const time = calendarTime({
      start: '2025-10-07',
      startTime: '15:00',
      timeZone: 'Europe/Brussels',
    });
    const values = params(outlookCalendarUrl(entry(time)));
    expect(values).toMatchObject({ startdt: '2025-10-07T13:00:00Z', allday: 'false' });
    expect(values).not.toHaveProperty('enddt');
  });
});
