// The upcoming gatherings as a visitor sees them, on a day chosen by the test: the page reads
// today from the clock, so the clock is set (only Date is faked; timers run as usual).
import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { apiDocument } from '../mocks/api-files';
import type { EventsDocument } from '../src/api/documents';
import { renderApp } from './test-utils';

vi.mock('react-map-gl/maplibre', async () => (await import('./map-mock')).mapModule);

const { events } = apiDocument('events.json') as EventsDocument;

function setToday(day: string) {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(`${day}T12:00:00Z`));
}

afterEach(() => {
  vi.useRealTimers();
});

const titles = (region: HTMLElement) =>
  within(region)
    .queryAllByRole('article')
    .map((article) => within(article).getByRole('heading').textContent);

describe('upcoming gatherings', () => {
  it('lists on /events the gatherings not over yet, soonest first, and the rest as past', async () => {
    const today = '2025-07-15';
    setToday(today);
    renderApp({ url: '/events' });
    const upcoming = await screen.findByRole('region', { name: 'Upcoming gatherings' });
    // Worked out here from the dates alone: a gathering is over after its last day.
    const expected = events
      .filter(
        (event) => (event.end ?? event.start) >= today.slice(0, (event.end ?? event.start).length),
      )
      .sort((a, b) => a.start.localeCompare(b.start))
      .map((event) => event.title);
    expect(expected).toContain('Africa Primary Health Care Forum'); // its last day is today
    expect(titles(upcoming)).toEqual(expected);
    expect(upcoming).not.toHaveTextContent(/No upcoming gathering/);
    const past = screen.getByRole('region', { name: 'Past gatherings' });
    expect(titles(past)).toHaveLength(events.length - expected.length);
    expect(titles(past)[0]).toMatch(/5 Nations Ecosystem Gathering/); // May 2025, the latest past
  });

  it('says so when nothing is upcoming, on a day after the last gathering', async () => {
    setToday('2099-01-01');
    renderApp({ url: '/events' });
    const upcoming = await screen.findByRole('region', { name: 'Upcoming gatherings' });
    expect(titles(upcoming)).toEqual([]);
    expect(upcoming).toHaveTextContent(
      'No upcoming gathering has been announced on a public page yet.',
    );
  });

  it('shows an ecosystem’s next gathering on its page before it happens', async () => {
    setToday('2017-04-01');
    renderApp({ url: '/ecosystems/south-denmark-ehealth-ecosystem' });
    const gatherings = await screen.findByRole('region', { name: 'Gatherings' });
    expect(
      await within(gatherings).findByRole('heading', {
        name: 'Founding meeting of the South DENMARK eHealth ECOsystem',
      }),
    ).toBeInTheDocument();
    expect(gatherings).not.toHaveTextContent('No upcoming gathering is published.');
  });
});
