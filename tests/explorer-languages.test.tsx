// The explorer in Danish and without WebGL.
import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { apiDocument } from '../mocks/api-files';
import type { EcosystemsDocument } from '../src/api/documents';
import { server } from '../mocks/node';
import { pretendWebGl, recorded, resetRecorded } from './map-mock';
import { renderApp } from './test-utils';

vi.mock('react-map-gl/maplibre', async () => (await import('./map-mock')).mapModule);

// MapLibre is a large module: it is loaded once before the tests, so that their waits measure
// the app and not a cold import on a busy machine.
beforeAll(async () => {
  await (
    await import('../src/features/map/maplibre')
  ).MAPLIBRE;
  await import('../src/features/map/ecosystem-map');
}, 30_000);

const { ecosystems } = apiDocument('ecosystems.json') as EcosystemsDocument;
const spanish = ecosystems.filter((ecosystem) => ecosystem.locationId === 'spain');

const results = () =>
  within(screen.getByRole('list', { name: 'Ecosystems' })).getAllByRole('listitem');

describe('map explorer in Danish', () => {
  beforeEach(() => {
    resetRecorded();
    pretendWebGl();
  });

  it('lists, selects and describes an ecosystem in Danish', async () => {
    const { user } = renderApp({ url: '/da/?country=denmark' });
    const list = await screen.findByRole('list', { name: 'Økosystemer' });
    const show = within(list).getByRole('button', {
      name: 'Vis på kortet: South DENMARK eHealth ECOsystem',
    });
    // The accessible name contains the visible label (WCAG 2.5.3).
    expect(show).toHaveTextContent(/^Vis på kortet$/);
    expect(screen.getByRole('button', { name: 'Vis listen' })).toBeInTheDocument();
    await user.click(show);
    const panel = await screen.findByRole('complementary', {
      name: 'South DENMARK eHealth ECOsystem',
    });
    expect(within(panel).getByText('Ledende organisationer:')).toBeInTheDocument();
    expect(within(panel).getByText('Møder om året', { selector: 'dt' })).toBeInTheDocument();
    // eslint-disable-next-line testing-library/no-node-access -- a <dt> names its <dd> by position
    expect(within(panel).getByText('Grundlagt').nextElementSibling).toHaveTextContent(
      '24. apr. 2017',
    );
    expect(within(panel).getByRole('heading', { name: 'Kilder til tallene' })).toBeInTheDocument();
    expect(within(panel).getByRole('link', { name: 'Åbn økosystemets side' })).toHaveAttribute(
      'href',
      '/da/ecosystems/south-denmark-ehealth-ecosystem?country=denmark',
    );
    expect(within(panel).getByRole('button', { name: 'Luk' })).toBeInTheDocument();
  });
});

describe('map explorer without WebGL', () => {
  it('says the map cannot be drawn and keeps the list working', async () => {
    renderApp({ url: '/?country=spain' });
    expect(
      await screen.findByText(/The zoomable map is not available in this browser/),
    ).toBeInTheDocument();
    expect(
      await screen.findByRole('link', { name: /^Spain: \d+ ecosystems$/ }),
    ).toBeInTheDocument();
    await screen.findByRole('list', { name: 'Ecosystems' });
    expect(results()).toHaveLength(spanish.length);
  });
});

describe('map explorer in Danish', () => {
  beforeEach(() => {
    resetRecorded();
    pretendWebGl();
  });

  it('words the filters, the map and its controls in Danish, with Danish numbers', async () => {
    const original = apiDocument('ecosystems.json') as EcosystemsDocument;
    const many = Array.from({ length: 1234 }, (_, i) => ({
      ...ecosystems[i % ecosystems.length],
      id: `eco-${i}`,
    }));
    server.use(
      http.get('*/api/v1/ecosystems.json', () =>
        HttpResponse.json({ ...original, ecosystems: many }),
      ),
    );
    const { user } = renderApp({ url: '/da/' });
    expect(
      await screen.findByRole('heading', { name: 'Hvilket økosystem vil du gerne i kontakt med?' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Alle (1.234)' })).toBeChecked();
    // Places in Danish: countries from Intl, the nations from the catalogue.
    expect(screen.getByRole('checkbox', { name: /^Danmark \(\d+\)$/ })).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: /^Skotland \(\d+\)$/ })).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Verdensdel' })).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: /^Europa \(/ })).toBeInTheDocument();
    expect(screen.getByRole('searchbox', { name: 'Søg i økosystemer' })).toHaveAttribute(
      'placeholder',
      'Navn, organisation, sted eller tema',
    );
    expect(screen.getByRole('button', { name: 'Ryd alle' })).toBeDisabled();
    expect(
      await screen.findByRole('region', { name: 'Kort over 1.234 økosystemer' }),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Zoom ind' }));
    await waitFor(() => expect(recorded.mapProps.locale).toBeDefined());
    expect(recorded.mapProps.locale).toMatchObject({
      'NavigationControl.ZoomIn': 'Zoom ind',
      'NavigationControl.ZoomOut': 'Zoom ud',
    });
    const legend = screen.getByRole('group', { name: 'Signaturforklaring' });
    expect(legend).toHaveTextContent('Økosystemer pr. land');
    expect(legend).toHaveTextContent('5+');

    await user.click(screen.getByRole('checkbox', { name: /^Medicoteknik/ }));
    expect(screen.getByRole('button', { name: 'Ryd alle (1)' })).toBeEnabled();
    expect(screen.getByRole('button', { name: 'Filtre (1)' })).toBeInTheDocument();
  });

  it('says in Danish when the map cannot be drawn', async () => {
    vi.restoreAllMocks();
    renderApp({ url: '/da/' });
    expect(
      await screen.findByText(/Det zoombare kort er ikke tilgængeligt i denne browser/),
    ).toBeInTheDocument();
  });
});
