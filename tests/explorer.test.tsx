import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { apiDocument } from '../mocks/api-files';
import type { EcosystemsDocument, LocationsDocument } from '../src/api/documents';
import { pretendWebGl, recorded, resetRecorded } from './map-mock';
import { renderApp } from './test-utils';

vi.mock('react-map-gl/maplibre', async () => (await import('./map-mock')).mapModule);

const { ecosystems } = apiDocument('ecosystems.json') as EcosystemsDocument;
const spanish = ecosystems.filter((ecosystem) => ecosystem.locationId === 'spain');
const { locations } = apiDocument('locations.json') as LocationsDocument;
const regionOf = new Map(locations.map((location) => [location.id, location.region]));

const results = () =>
  within(screen.getByRole('list', { name: 'Ecosystems' })).getAllByRole('listitem');
const status = () => screen.getByText(/ecosystems? in \d+ countr|No ecosystems match/);

describe('map explorer', () => {
  beforeEach(() => {
    resetRecorded();
    pretendWebGl();
  });

  it('lists every ecosystem and announces the count', async () => {
    renderApp({ url: '/' });
    expect(
      await screen.findByRole('checkbox', { name: `All (${ecosystems.length})` }),
    ).toBeChecked();
    expect(results()).toHaveLength(ecosystems.length);
    expect(status()).toHaveAttribute('role', 'status');
    expect(status()).toHaveTextContent(`${ecosystems.length} ecosystems in`);
  });

  it('filters to a location and writes it to the URL', async () => {
    const { user, router } = renderApp({ url: '/' });
    await user.click(await screen.findByRole('checkbox', { name: /^Spain \(\d+\)$/ }));
    expect(results()).toHaveLength(spanish.length);
    expect(status()).toHaveTextContent(`${spanish.length} ecosystems in 1 country`);
    expect(router.state.location.searchStr).toBe('?country=spain');
    await user.click(screen.getByRole('button', { name: /Clear all/ }));
    expect(results()).toHaveLength(ecosystems.length);
    expect(router.state.location.searchStr).toBe('');
  });

  it('keeps counts faceted: location and region counts follow the theme filter', async () => {
    const { user } = renderApp({ url: '/' });
    await user.click(await screen.findByRole('checkbox', { name: /^Active and healthy ageing/ }));
    const themed = ecosystems.filter((ecosystem) =>
      ecosystem.themes.includes('active-healthy-ageing'),
    );
    expect(screen.getByRole('checkbox', { name: `All (${themed.length})` })).toBeInTheDocument();
    const inDenmark = themed.filter((ecosystem) => ecosystem.locationId === 'denmark').length;
    expect(screen.getByRole('checkbox', { name: `Denmark (${inDenmark})` })).toBeInTheDocument();
    const europe = (list: typeof ecosystems) =>
      list.filter((ecosystem) => regionOf.get(ecosystem.locationId) === 'europe').length;
    expect(europe(themed)).toBeLessThan(europe(ecosystems));
    const region = () => screen.getByRole('checkbox', { name: `Europe (${europe(themed)})` });
    expect(region()).not.toBeChecked();
    // A region's count ignores the region filter: choosing Europe leaves North America's.
    const northAmerica = themed.filter(
      (ecosystem) => regionOf.get(ecosystem.locationId) === 'north-america',
    ).length;
    expect(northAmerica).toBeGreaterThan(0);
    await user.click(region());
    expect(region()).toBeChecked();
    expect(
      screen.getByRole('checkbox', { name: `North America (${northAmerica})` }),
    ).not.toBeChecked();
  });

  it('passes only the filtered ecosystems to the map, with country shading', async () => {
    const { user } = renderApp({ url: '/?country=spain' });
    await screen.findByRole(
      'region',
      { name: `Map of ${spanish.length} ecosystems` },
      { timeout: 5000 },
    );
    // The SVG map is the map until the visitor reaches for it: a zoom button starts WebGL.
    await user.click(screen.getByRole('button', { name: 'Zoom in' }));
    await waitFor(() => expect(recorded.sources.get('ecosystems')).toBeDefined());
    const source = recorded.sources.get('ecosystems') as {
      data: { features: { properties: object }[] };
    };
    expect(source.data.features).toHaveLength(spanish.length);
    expect(Object.keys(source.data.features[0]?.properties ?? {})).toEqual(['slug', 'name']);
    const choropleth = recorded.layers.get('countries-choropleth') as {
      paint: { 'fill-color': unknown };
    };
    expect(JSON.stringify(choropleth.paint['fill-color'])).toContain('"724"');
    const bubbles = recorded.sources.get('locations') as {
      data: { features: { properties: { count: number } }[] };
    };
    expect(bubbles.data.features.map((feature) => feature.properties.count)).toEqual([
      spanish.length,
    ]);
  });

  it('searches names, organisations and places', async () => {
    const { user, router } = renderApp({ url: '/' });
    const search = await screen.findByRole('searchbox', { name: 'Search ecosystems' });
    for (const [query, found] of [
      ['welfare tech', 'South DENMARK eHealth ECOsystem'], // a lead organisation
      ['medical valley', 'Medical Valley'], // a name
      ['szombathely', 'West Hungary Ecosystem'], // a place
    ] as const) {
      await user.clear(search);
      await user.type(search, query);
      await waitFor(() => {
        expect(results()).toHaveLength(1);
        expect(results()[0]).toHaveTextContent(found);
      });
    }
    expect(router.state.location.searchStr).toBe('?q=szombathely');
  });

  it('drops unknown URL values, says so, and shows hostile text as text', async () => {
    const { router } = renderApp({
      url: '/?country=denmark,%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&theme=crypto',
    });
    const notice = await screen.findByText(/not recognised and were left out/);
    expect(notice).toHaveTextContent('<img src=x onerror=alert(1)>');
    // eslint-disable-next-line testing-library/no-node-access -- proving no markup was injected needs a DOM query
    expect(document.querySelector('img[src="x"]')).toBeNull();
    await waitFor(() => expect(router.state.location.searchStr).toBe('?country=denmark'));
    expect(results()).toHaveLength(1);
  });

  it('selecting an ecosystem from the list opens its panel', async () => {
    const { user } = renderApp({ url: '/?country=denmark' });
    await user.click(
      await screen.findByRole('button', {
        name: 'Show on map: South DENMARK eHealth ECOsystem',
      }),
    );
    const panel = await screen.findByRole('complementary', {
      name: 'South DENMARK eHealth ECOsystem',
    });
    expect(
      within(panel).getByText('Welfare Tech; Health Innovation Centre of Southern Denmark'),
    ).toBeInTheDocument();
    expect(within(panel).getByRole('link', { name: 'Open the ecosystem page' })).toHaveAttribute(
      'href',
      '/ecosystems/south-denmark-ehealth-ecosystem?country=denmark',
    );
    await user.keyboard('{Escape}');
    expect(
      screen.queryByRole('complementary', { name: 'South DENMARK eHealth ECOsystem' }),
    ).not.toBeInTheDocument();
  });

  it('adds the ecosystem shown in the map card to the comparison', async () => {
    const { user, router } = renderApp({ url: '/?country=denmark' });
    await user.click(
      await screen.findByRole('button', { name: 'Show on map: South DENMARK eHealth ECOsystem' }),
    );
    const panel = await screen.findByRole('complementary', {
      name: 'South DENMARK eHealth ECOsystem',
    });
    await user.click(
      within(panel).getByRole('button', {
        name: 'Add to comparison: South DENMARK eHealth ECOsystem',
      }),
    );
    const tray = await screen.findByRole('complementary', { name: 'Comparison' });
    expect(within(tray).getByRole('listitem')).toHaveTextContent('South DENMARK eHealth ECOsystem');
    expect(new URLSearchParams(router.state.location.searchStr).get('compare')).toBe(
      'south-denmark-ehealth-ecosystem',
    );
    // The card's button now takes it out again.
    await user.click(
      within(panel).getByRole('button', {
        name: 'Remove from comparison: South DENMARK eHealth ECOsystem',
      }),
    );
    expect(screen.queryByRole('complementary', { name: 'Comparison' })).not.toBeInTheDocument();
  });
});
