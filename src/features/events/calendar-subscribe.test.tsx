import { render, screen } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { renderToString } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it, vi } from 'vitest';
import { testI18n } from '../../../tests/test-utils';
import { CalendarSubscribe } from './calendar-subscribe';

const ui = (
  <I18nextProvider i18n={testI18n()}>
    <CalendarSubscribe path="calendars/network.ics" title="All gatherings of the network" />
  </I18nextProvider>
);

describe('Subscribe to a calendar feed', () => {
  it('links webcal: and shows the https address in the browser', () => {
    render(ui);
    const group = screen.getByRole('group', { name: 'All gatherings of the network' });
    expect(group).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Subscribe in a calendar app' })).toHaveAttribute(
      'href',
      'webcal://localhost:3000/api/v1/calendars/network.ics',
    );
    expect(screen.getByRole('textbox', { name: 'Feed address' })).toHaveValue(
      'http://localhost:3000/api/v1/calendars/network.ics',
    );
  });

  it('prerenders the plain path, which needs no origin, so hydration matches', () => {
    const view = renderToString(ui);
    expect(view).toContain('href="/api/v1/calendars/network.ics"');
    expect(view).not.toContain('webcal:');
  });

  it('copies the address and says so', async () => {
    const user = userEvent.setup();
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue();
    render(ui);
    expect(screen.getByRole('status')).toHaveTextContent('');
    await user.click(screen.getByRole('button', { name: 'Copy' }));
    expect(writeText).toHaveBeenCalledWith('http://localhost:3000/api/v1/calendars/network.ics');
    expect(screen.getByRole('status')).toHaveTextContent('Feed address copied');
  });

  it('asks to copy by hand when the clipboard refuses', async () => {
    const user = userEvent.setup();
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new Error('denied'));
    render(ui);
    await user.click(screen.getByRole('button', { name: 'Copy' }));
    expect(screen.getByRole('status')).toHaveTextContent(
      'Could not copy: select the address and copy it.',
    );
  });
});
