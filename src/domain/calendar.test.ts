import { describe, expect, it } from 'vitest';
import {
  calendarTime,
  ecosystemFeedPath,
  eventCalendarPath,
  feedHolding,
  networkFeedPath,
} from './calendar';
import { addDays, offsetAt, zonedTimeToUtc } from './time-zone';

const event = (id: string, start: string, hosts: string[] = []) => ({ id, start, hosts });

describe('which gatherings have a calendar file', () => {
  it('is those with a day; a month alone never gets one', () => {
    expect(eventCalendarPath(event('a', '2019-11-27'))).toBe('calendars/events/a.ics');
    expect(eventCalendarPath(event('b', '2019-11'))).toBeUndefined();
  });

  it('gives an ecosystem a feed only when it hosts a gathering with a day', () => {
    const events = [event('a', '2019-11-27', ['wales']), event('b', '2019-11', ['melbourne'])];
    expect(ecosystemFeedPath(events, 'wales')).toBe('calendars/ecosystems/wales.ics');
    expect(ecosystemFeedPath(events, 'melbourne')).toBeUndefined();
    expect(networkFeedPath(events)).toBe('calendars/network.ics');
    expect(networkFeedPath([event('b', '2019-11')])).toBeUndefined();
  });
});

describe('calendarTime', () => {
  it('is whole days with the day after the last as the end', () => {
    expect(calendarTime({ start: '2019-11-27', end: '2019-11-28' })).toEqual({
      kind: 'all-day',
      start: '2019-11-27',
      endExclusive: '2019-11-29',
    });
    expect(calendarTime({ start: '2019-12-31' })).toMatchObject({ endExclusive: '2020-01-01' });
    expect(calendarTime({ start: '2019-11' })).toBeUndefined();
  });

  it('is the local times in the gathering’s zone when the source gives a time', () => {
    const time = calendarTime({
      start: '2025-10-07',
      startTime: '15:00',
      endTime: '16:30',
      timeZone: 'Europe/Brussels',
    });
    expect(time).toMatchObject({
      kind: 'timed',
      timeZone: 'Europe/Brussels',
      start: { date: '2025-10-07', time: '15:00' },
      end: { date: '2025-10-07', time: '16:30' },
    });
    if (time?.kind !== 'timed') throw new Error('timed');
    expect(time.startUtc.toISOString()).toBe('2025-10-07T13:00:00.000Z');
    expect(time.endUtc?.toISOString()).toBe('2025-10-07T14:30:00.000Z');
    // No end time: none is made up.
    const open = calendarTime({
      start: '2025-10-07',
      startTime: '15:00',
      timeZone: 'Europe/Brussels',
    });
    expect(open).not.toHaveProperty('end');
  });

  it('is whole days for several days with a start time but no end time', () => {
    expect(
      calendarTime({ start: '2025-10-07', end: '2025-10-08', startTime: '09:00', timeZone: 'UTC' }),
    ).toMatchObject({ kind: 'all-day', endExclusive: '2025-10-09' });
  });
});

describe('time zones', () => {
  it('turns wall times into instants on both sides of a clock change', () => {
    expect(zonedTimeToUtc('2024-03-09', '10:00', 'America/New_York').toISOString()).toBe(
      '2024-03-09T15:00:00.000Z',
    );
    expect(zonedTimeToUtc('2024-03-11', '10:00', 'America/New_York').toISOString()).toBe(
      '2024-03-11T14:00:00.000Z',
    );
    expect(zonedTimeToUtc('2024-01-15', '09:30', 'Asia/Kolkata').toISOString()).toBe(
      '2024-01-15T04:00:00.000Z',
    );
    expect(offsetAt(Date.UTC(2024, 6, 1), 'Australia/Adelaide')).toBe(570);
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
  });
});

describe('feedHolding', () => {
  const wales = event('a', '2019-11-27', ['wales']);
  const trip = event('b', '2019-06-16', ['galicia', 'slovenia']);
  const slovenia = event('c', '2023-11-09', ['slovenia']);
  const monthOnly = event('d', '2019-11', ['melbourne']);
  const all = [wales, trip, slovenia, monthOnly];

  it('is the network feed when every dated gathering is shown', () => {
    expect(feedHolding(all, all)).toEqual({ kind: 'network', path: 'calendars/network.ics' });
  });

  it('is an ecosystem feed when the dated gatherings shown are exactly its own', () => {
    expect(feedHolding([wales, monthOnly], all)).toEqual({
      kind: 'ecosystem',
      id: 'wales',
      path: 'calendars/ecosystems/wales.ics',
    });
    expect(feedHolding([trip, slovenia], all)).toMatchObject({ id: 'slovenia' });
  });

  it('is none when no feed holds exactly those gatherings', () => {
    expect(feedHolding([wales, trip], all)).toBeUndefined();
    expect(feedHolding([monthOnly], all)).toBeUndefined();
    expect(feedHolding([], all)).toBeUndefined();
  });
});
