import { render, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { testI18n } from '../../../tests/test-utils';
import type { AtlasEvent } from '../../api/documents';
import { AddToCalendar } from './add-to-calendar';

const base: AtlasEvent = {
  id: 'cardiff',
  title: '5 Nations, in Cardiff',
  start: '2019-11-27',
  end: '2019-11-28',
  place: 'Cardiff',
  hosts: [],
  sources: [
    {
      id: 'a',
      title: 'Report',
      url: 'https://example.org/r',
      published: null,
      accessed: '2026-11',
      verified: '2026-11',
    },
  ],
};

const renderIt = (event: AtlasEvent, language = 'en') =>
  render(
    <I18nextProvider i18n={testI18n(language)}>
      <AddToCalendar event={event} />
    </I18nextProvider>,
  );

describe('Add to calendar', () => {
  it('opens to the calendar file and prefilled Google and Outlook forms', async () => {
    const user = userEvent.setup();
    renderIt(base);
    const button = screen.getByRole('button', { name: 'Add to calendar' });
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('link', { name: /calendar file/ })).not.toBeInTheDocument();
    await user.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    const file = screen.getByRole('link', { name: 'Download calendar file (.ics)' });
    expect(file).toHaveAttribute('href', '/api/v1/calendars/events/cardiff.ics');
    expect(file).toHaveAttribute('download', 'cardiff.ics');
    const google = new URL(
      screen.getByRole('link', { name: /^Google Calendar/ }).getAttribute('href') ?? '',
    );
    expect(google.searchParams.get('dates')).toBe('20191127/20191129');
    expect(google.searchParams.get('text')).toBe('5 Nations, in Cardiff');
    const details = google.searchParams.get('details') ?? '';
    expect(details).toContain('Source: Report https://example.org/r');
    expect(details).toContain(
      'In the Ecosystem Atlas: http://localhost:3000/events#gathering-cardiff',
    );
    const outlook = new URL(
      screen.getByRole('link', { name: /^Outlook/ }).getAttribute('href') ?? '',
    );
    expect(outlook.searchParams.get('allday')).toBe('true');
    expect(outlook.searchParams.get('enddt')).toBe('2019-11-29');
  });

  it('closes with Escape and gives focus back to its button', async () => {
    const user = userEvent.setup();
    renderIt(base);
    await user.click(screen.getByRole('button', { name: 'Add to calendar' }));
    await user.keyboard('{Escape}');
    expect(screen.getByRole('button', { name: 'Add to calendar' })).toHaveFocus();
    expect(screen.queryByRole('list')).not.toBeInTheDocument();
  });

  it('opens Google Calendar at the UTC instant of a local time', async () => {
    const user = userEvent.setup();
    renderIt({ ...base, end: undefined, startTime: '15:00', timeZone: 'Europe/Brussels' }, 'da');
    await user.click(screen.getByRole('button', { name: 'Føj til kalender' }));
    const list = screen.getByRole('list');
    const google = new URL(
      within(list)
        .getByRole('link', { name: /^Google Kalender/ })
        .getAttribute('href') ?? '',
    );
    expect(google.searchParams.get('dates')).toBe('20191127T140000Z/20191127T140000Z');
    expect(google.searchParams.get('ctz')).toBe('Europe/Brussels');
  });

  it('says why a gathering known only by its month has no calendar entry', () => {
    renderIt({ ...base, start: '2019-11', end: undefined });
    expect(screen.queryByRole('button', { name: 'Add to calendar' })).not.toBeInTheDocument();
    expect(
      screen.getByText(
        'The source gives only the month, so there is no calendar file for this gathering.',
      ),
    ).toBeInTheDocument();
  });
});
