import Papa from 'papaparse';
import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderApp } from './test-utils';

vi.mock('react-map-gl/maplibre', async () => (await import('./map-mock')).mapModule);

/** Replaces the clipboard (after userEvent.setup(), which installs its own). */
function mockClipboard(writeText: (text: string) => Promise<void>) {
  const spy = vi.fn(writeText);
  Object.defineProperty(navigator, 'clipboard', { value: { writeText: spy }, configurable: true });
  return spy;
}

/** jsdom's Blob has no text(); its FileReader reads one. */
const readText = (blob: Blob | undefined) =>
  new Promise<string>((resolve, reject) => {
    if (!blob) {
      reject(new Error('No file was made'));
      return;
    }
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as string);
    reader.onerror = () => reject(reader.error ?? new Error('Not read'));
    reader.readAsText(blob);
  });

afterEach(() => {
  vi.restoreAllMocks();
});

describe('Copy link', () => {
  it('copies the address of the view, filters included, and announces it', async () => {
    const { user } = renderApp({ url: '/?country=spain' });
    const writeText = mockClipboard(() => Promise.resolve());
    await user.click(await screen.findByRole('button', { name: 'Copy link' }));
    expect(await screen.findByText('Link copied')).toHaveAttribute('role', 'status');
    expect(writeText).toHaveBeenCalledTimes(1);
    expect(new URL(writeText.mock.calls[0]?.[0] ?? '').search).toBe('?country=spain');
  });

  it('shows the link to copy by hand when the clipboard refuses', async () => {
    const { user } = renderApp({ url: '/dashboard?region=europe' });
    mockClipboard(() => Promise.reject(new DOMException('Denied', 'NotAllowedError')));
    await user.click(await screen.findByRole('button', { name: 'Copy link' }));
    expect(
      await screen.findByText(
        'The link could not be copied automatically. Select it below and copy it.',
      ),
    ).toHaveAttribute('role', 'status');
    const field = screen.getByRole('textbox', { name: 'Link to this view' });
    expect(field).toHaveAttribute('readonly');
    expect((field as HTMLInputElement).value).toMatch(/\/dashboard\?region=europe$/);
    expect(field).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('textbox', { name: 'Link to this view' })).not.toBeInTheDocument();
  });

  it('falls back the same way where there is no clipboard at all', async () => {
    const { user } = renderApp({ url: '/about' });
    Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
    await user.click(await screen.findByRole('button', { name: 'Copy link' }));
    expect(await screen.findByRole('textbox', { name: 'Link to this view' })).toBeInTheDocument();
  });

  it('speaks Danish', async () => {
    const { user } = renderApp({ url: '/da/events' });
    mockClipboard(() => Promise.resolve());
    await user.click(await screen.findByRole('button', { name: 'Kopiér link' }));
    expect(await screen.findByText('Linket er kopieret')).toHaveAttribute('role', 'status');
  });
});

describe('Download', () => {
  it('offers the explorer’s filtered set as CSV, one row per ecosystem shown', async () => {
    const created: Blob[] = [];
    URL.createObjectURL = vi.fn((blob: Blob) => {
      created.push(blob);
      return 'blob:test';
    });
    URL.revokeObjectURL = vi.fn();
    const click = vi
      .spyOn(HTMLAnchorElement.prototype, 'click')
      .mockImplementation(() => undefined);
    const { user } = renderApp({ url: '/?country=spain' });
    const list = await screen.findByRole('list', { name: 'Ecosystems' });
    const shown = within(list).getAllByRole('listitem').length;
    expect(shown).toBe(8);
    await user.click(screen.getByText('Download'));
    expect(
      screen.getByText(`The ${shown} ecosystems shown, with the source of each figure`),
    ).toBeInTheDocument();
    await user.click(
      screen.getByRole('button', { name: /CSV \(spreadsheet\) ecosystems-spain\.csv/ }),
    );
    await vi.waitFor(() => expect(click).toHaveBeenCalledTimes(1));
    const text = await readText(created[0]);
    // FileReader drops the byte order mark as it decodes; the CSV unit tests check it is there.
    const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), {
      header: true,
    });
    expect(parsed.data).toHaveLength(shown);
    expect(new Set(parsed.data.map((row) => row.location_id))).toEqual(new Set(['spain']));
  });

  it('closes on Escape, back on its button, and on a click elsewhere', async () => {
    const { user } = renderApp({ url: '/dashboard' });
    const menu = await screen.findByText('Download');
    await user.click(menu);
    const csv = screen.getByRole('button', { name: /CSV \(spreadsheet\) ecosystems-all\.csv/ });
    expect(csv).toBeVisible();
    await user.keyboard('{Escape}');
    expect(csv).not.toBeVisible();
    expect(menu).toHaveFocus();
    await user.click(menu);
    expect(csv).toBeVisible();
    await user.click(screen.getByRole('heading', { level: 1 }));
    expect(csv).not.toBeVisible();
  });

  it('links the whole dataset from the about page', async () => {
    renderApp({ url: '/about' });
    const section = await screen.findByRole('region', { name: 'Download the whole dataset' });
    expect(within(section).getByRole('link', { name: 'Ecosystems as CSV' })).toHaveAttribute(
      'href',
      '/api/v1/downloads/ecosystems.csv',
    );
    expect(within(section).getByRole('link', { name: 'Licence status' })).toHaveAttribute(
      'href',
      '/api/v1/downloads/LICENSE',
    );
  });
});
