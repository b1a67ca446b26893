import { render, screen } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it, vi } from 'vitest';
import { testI18n } from '../../tests/test-utils';
import type { AtlasEvent } from '../api/documents';
import { VisitorTime } from './visitor-time';

const event: AtlasEvent = {
  id: 'cancer',
  title: 'Gathering',
  start: '2025-10-07',
  startTime: '15:00',
  endTime: '16:30',
  timeZone: 'Europe/Brussels',
  place: 'Online',
  hosts: [],
  sources: [
    {
      id: 'a',
      title: 'A',
      url: 'https://e.org',
      published: null,
      accessed: '2026',
      verified: '2026',
    },
  ],
};

/** The visitor's zone as the browser reports it. */
function visitorIn(timeZone: string) {
  const browser = new Intl.DateTimeFormat().resolvedOptions();
  vi.spyOn(Intl.DateTimeFormat.prototype, 'resolvedOptions').mockReturnValue({
    ...browser,
    timeZone,
  });
}

const ui = (language = 'en', gathering = event) => (
  <I18nextProvider i18n={testI18n(language)}>
    <VisitorTime event={gathering} />
  </I18nextProvider>
);

describe('a gathering’s time in the visitor’s zone', () => {
  it('is shown when it reads differently from the gathering’s own', () => {
    visitorIn('America/New_York');
    render(ui());
    expect(
      screen.getByText('Tue, 7 Oct 2025, 09:00–10:30 in your time zone (America/New_York)'),
    ).toHaveAttribute('datetime', '2025-10-07T13:00:00.000Z');
  });

  it('is in the active language', () => {
    visitorIn('Asia/Tokyo');
    render(ui('da'));
    expect(screen.getByText(/i din tidszone \(Asia\/Tokyo\)$/)).toHaveTextContent(
      'tirs. 7. okt. 2025 22.00–23.30 i din tidszone (Asia/Tokyo)',
    );
  });

  it('is left out when the visitor’s clock reads the same', () => {
    visitorIn('Europe/Paris');
    const { container } = render(ui());
    expect(container).toBeEmptyDOMElement();
  });

  it('is left out of the prerendered page and for whole-day gatherings', () => {
    visitorIn('America/New_York');
    expect(renderToString(ui())).toBe('');
    const { container } = render(ui('en', { ...event, startTime: undefined, endTime: undefined }));
    expect(container).toBeEmptyDOMElement();
  });
});
