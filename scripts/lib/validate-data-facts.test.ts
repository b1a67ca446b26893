// Facts of the real dataset that a careless edit could undo: each tied to what its sources say.
import { readFile, readdir } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { EventSource } from '../../src/api/event-schema';
import { EcosystemSource } from '../../src/api/schemas';
import { zonedTimeToUtc } from '../../src/domain/time-zone';

const json = async (file: string): Promise<unknown> => JSON.parse(await readFile(file, 'utf8'));
const ecosystems = async () =>
  Promise.all(
    (await readdir('data/ecosystems')).map(async (name) =>
      EcosystemSource.parse(await json(`data/ecosystems/${name}`)),
    ),
  );

describe('the dataset', () => {
  it('lists the Massachusetts ecosystem, sourced, where the USA placeholder was', async () => {
    const usa = (await ecosystems()).filter((ecosystem) => ecosystem.locationId === 'usa');
    expect(usa.map((ecosystem) => [ecosystem.id, ecosystem.placeholder])).toEqual([
      ['massachusetts-digital-health-ecosystem', false],
    ]);
    expect(usa[0]?.joinedNetwork).toEqual({ date: '2022-11-03', source: 'welcome' });
  });

  it('gives no ecosystem its lead organisation’s founding year (Slovenia: HealthDay.si, 2014)', async () => {
    const slovenia = (await ecosystems()).find((e) => e.id === 'slovenia-digital-health-ecosystem');
    expect(slovenia?.founded).toBeUndefined();
    expect(slovenia?.description).toMatch(
      /HealthDay\.si, which Technology Park Ljubljana set up in 2014/,
    );
  });

  it('shows both of Kuopio’s founding months with their sources, and only the year as the date', async () => {
    const kuopio = (await ecosystems()).find((e) => e.id === 'kuopio-ecosystem');
    expect(kuopio?.founded?.date).toBe('2019');
    expect(kuopio?.founded?.note).toMatch(/March 2019.*April 2019/);
  });

  it('dates both of Greater Manchester’s leads, each by its own source', async () => {
    const manchester = (await ecosystems()).find(
      (e) => e.id === 'greater-manchester-connected-health-ecosystem',
    );
    expect(manchester?.leadOrganisations.map((lead) => [lead.asOf, lead.source])).toEqual([
      ['2011', 'informatics'],
      ['2022', 'ecosystems-of-the-month-2022'],
    ]);
  });

  it('places the Global Cancer gathering at 15:00 CET, which is 14:00 UTC on 7 October 2025', async () => {
    const events = ((await json('data/events.json')) as unknown[]).map((e) => EventSource.parse(e));
    const cancer = events.find((e) => e.id === '2025-10-global-cancer-ecosystem-first-gathering');
    expect(cancer).toMatchObject({ startTime: '15:00', timeZoneName: 'CET' });
    const instant = zonedTimeToUtc(
      cancer?.start ?? '',
      cancer?.startTime ?? '',
      cancer?.timeZone ?? '',
    );
    expect(instant.toISOString()).toBe('2025-10-07T14:00:00.000Z');
  });

  it('says "about 300" where the source says about, never "nearly"', async () => {
    for (const ecosystem of await ecosystems())
      expect(ecosystem.description ?? '', ecosystem.id).not.toMatch(/nearly 300/);
  });
});
